package dev.azlon.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Outlines from tree-sitter over real-looking Python and Java, and first lines for the rest. */
class OutlinesTest {

  static String resource(String name) {
    try (InputStream in = OutlinesTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void pythonOutlineKeepsWholeSignaturesDecoratorsClassesAndConstants() {
    Outlines.Outline outline = Outlines.of("app/views.py", resource("outline-sample.py"));

    assertThat(outline.parsed()).isTrue();
    assertThat(outline.text())
        .contains(
            "@app.route(\"/users\", methods=[\"GET\"])\n"
                + "@login_required\n"
                + "async def list_users(\n"
                + "    request,\n"
                + "    page: int = 1,\n"
                + "    type=int,\n"
                + ") -> list[User]:")
        .contains("@dataclass(frozen=True)\nclass Settings:")
        .contains("    name: str\n    timeout: int = DEFAULT_TIMEOUT")
        .contains("    @property\n    def url(self) -> str:")
        .contains("    class Meta:\n        ordering = [\"name\"]\n        def describe(self):")
        .contains("DEFAULT_TIMEOUT = 30\nRETRIES: int = 3")
        .contains("def main(argv: Optional[list[str]] = None) -> int:");
    // Imports collapse to one line, in their place.
    assertThat(outline.lines())
        .contains(
            "from __future__ import annotations; import os; import sys; from typing import ("
                + " Any, Optional, ); from .models import User");
    // Bodies, nested functions and text that merely looks like code are not declarations.
    assertThat(outline.text())
        .doesNotContain("return f\"https://")
        .doesNotContain("parser.add_argument")
        .doesNotContain("def inner")
        .doesNotContain("sys.exit");
    assertThat(outline.lines()).noneMatch(line -> line.startsWith("def not_a_function"));
  }

  @Test
  void javaOutlineKeepsAnnotationsMembersAndNestedTypes() {
    Outlines.Outline outline = Outlines.of("src/OrderService.java", resource("OutlineSample.java"));

    assertThat(outline.parsed()).isTrue();
    assertThat(outline.lines())
        .startsWith(
            "package com.example.shop;",
            "import java.util.List; import java.util.Map; import static"
                + " java.util.Objects.requireNonNull;");
    assertThat(outline.text())
        .contains(
            "@Service\n@RequiredArgsConstructor\npublic class OrderService implements Closeable")
        .contains("  private static final int MAX_ITEMS = 100;")
        .contains("  private final Map<String, Order> orders = …")
        .contains("  public OrderService(Repository repository)")
        .contains(
            "  @Transactional(readOnly = true)\n"
                + "  public <T extends Order> List<T> find(\n"
                + "      String customer,\n"
                + "      int limit) throws IOException")
        .contains("  abstract void close();")
        .contains("  enum Status\n    OPEN, PAID\n    boolean done()")
        .contains("    boolean done()")
        .contains("  record Line(String sku, int count)")
        .contains("  interface Listener\n    void changed(Order order);");
    assertThat(outline.text())
        .doesNotContain("requireNonNull(repository)")
        .doesNotContain("notAMethod")
        .doesNotContain("return this == PAID");
  }

  @Test
  void otherFilesShowTheirFirstLinesCutToWidth() {
    StringBuilder lock = new StringBuilder();
    for (int i = 0; i < 5000; i++) {
      lock.append("package-").append(i).append(" = \"1.0.").append(i).append("\"\n");
    }
    lock.append("x".repeat(1000)).append('\n');

    Outlines.Outline outline = Outlines.of("poetry.lock", lock.toString());

    assertThat(outline.parsed()).isFalse();
    assertThat(outline.label()).isEqualTo("first lines");
    assertThat(outline.lines()).hasSize(Outlines.HEAD_LINES).startsWith("package-0 = \"1.0.0\"");
    assertThat(Outlines.of("min.js", "y".repeat(5000)).lines())
        .containsExactly("y".repeat(Outlines.LINE_CHARS) + " …");
  }

  @Test
  void pythonWithoutDeclarationsShowsItsFirstLines() {
    Outlines.Outline outline = Outlines.of("script.py", "print('a')\nprint('b')\n");

    assertThat(outline.parsed()).isFalse();
    assertThat(outline.lines()).isEqualTo(List.of("print('a')", "print('b')"));
  }

  @Test
  void aLongOutlineSaysHowMuchItLeavesOut() {
    StringBuilder source = new StringBuilder();
    for (int i = 0; i < 200; i++) {
      source.append("def f").append(i).append("():\n    return ").append(i).append("\n");
    }

    List<String> lines = Outlines.of("many.py", source.toString()).lines();

    assertThat(lines).hasSize(Outlines.MAX_LINES + 1);
    assertThat(lines.get(Outlines.MAX_LINES)).isEqualTo("... 120 more lines of outline");
  }
}
