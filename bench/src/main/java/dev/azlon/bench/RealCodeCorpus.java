package dev.azlon.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A project that looks like real code rather than generated modules: Python packages with
 * multi-line signatures, decorators, nested classes, constants and imports (and prose and strings
 * that look like declarations), a few Java classes, a large engine module, a large lock file, CSV
 * data, documents, CI templates, binary assets and a virtualenv with byte code. It knows which of
 * its lines are declarations, so an outline can be graded.
 */
public final class RealCodeCorpus {

  /** The large module a traceback runs through. */
  static final String ENGINE = "src/app/engine.py";

  /** The line of the engine the traceback names. */
  static final int ENGINE_LINE = 2_101;

  /** Declaration lines (stripped) of each source file, by name. */
  private final Map<String, Set<String>> declarations = new HashMap<>();

  private final Path root;
  private int files;

  private RealCodeCorpus(Path root) {
    this.root = root;
  }

  /** Writes a project of about {@code size} files (after the virtualenv is left out) to root. */
  public static RealCodeCorpus write(Path root, int size) throws IOException {
    RealCodeCorpus project = new RealCodeCorpus(root);
    project.fixed();
    for (int i = 0; project.files < size; i++) {
      switch (i % 6) {
        case 0, 1, 2 -> project.module("src/app/" + area(i) + "/records_" + i + ".py", i, 120);
        case 3 -> project.javaClass("java/src/main/java/shop/Order" + i + ".java", i);
        case 4 -> project.text("docs/guide_" + i + ".md", prose(i, 60));
        default -> project.text("data/accounts_" + i + ".csv", GeneratedProject.csv(i, 400));
      }
    }
    project.virtualenv();
    return project;
  }

  public Set<String> declarations(String name) {
    return declarations.getOrDefault(name, Set.of());
  }

  /** What a pre-flight that listed the project printed. */
  public static String listing() {
    return "Dockerfile\nREADME.md\npoetry.lock\npyproject.toml\nsrc/app/engine.py\nsrc/app/cli.py\n"
        + "data\ndocs\n";
  }

  /** A traceback through the CLI into the engine, as the run printed it. */
  public static String traceback() {
    return "Traceback (most recent call last):\n"
        + "  File \"/app/main.py\", line 3, in <module>\n"
        + "  File \"/app/src/app/cli.py\", line 21, in main\n"
        + "  File \"/usr/local/lib/python3.12/json/__init__.py\", line 346, in loads\n"
        + "  File \"/app/"
        + ENGINE
        + "\", line "
        + ENGINE_LINE
        + ", in step_700\n"
        + "ZeroDivisionError: division by zero\n";
  }

  private static String area(int i) {
    return List.of("billing", "accounts", "reports").get(i % 3);
  }

  private void fixed() throws IOException {
    text(
        "Dockerfile",
        "FROM python:3.12-slim\nCOPY . /app\nWORKDIR /app\nCMD [\"python3\", \"main.py\"]\n");
    module("main.py", 0, 0);
    text("README.md", prose(0, 80));
    text("docs/CNAME", "docs.example.org\n");
    text(".github/workflows/ci.yml", "on: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n");
    text("pyproject.toml", "[project]\nname = \"app\"\nversion = \"1.0\"\n");
    text("poetry.lock", lock(16_000));
    module("src/app/cli.py", 1, 60);
    module(ENGINE, 2, 3_000);
    binary("assets/logo.png", 4_000);
    binary("assets/icon.ico", 900);
  }

  /** A Python module of about {@code lines} lines; declarations recorded as written. */
  private void module(String name, int index, int lines) throws IOException {
    Set<String> declared = new HashSet<>();
    StringBuilder text = new StringBuilder();
    text.append("\"\"\"Records for area ")
        .append(index)
        .append(
            ".\n\nUse class Record or def parse(text, type=int,) as shown in the docs.\n\"\"\"\n");
    add(text, declared, "from __future__ import annotations", true);
    text.append('\n');
    add(text, declared, "import json", true);
    add(text, declared, "import logging", true);
    add(text, declared, "from dataclasses import dataclass, field", true);
    add(text, declared, "from typing import Any, Optional", true);
    text.append('\n');
    add(text, declared, "LOG = logging.getLogger(__name__)", true);
    add(text, declared, "DEFAULT_LIMIT = " + (100 + index), true);
    add(text, declared, "HELP = \"usage: run --type=int, public class Config, def main(\"", true);
    text.append("\n\n");
    int block = 0;
    while (text.toString().lines().count() < lines || block == 0) {
      if (block % 2 == 0) {
        recordClass(text, declared, index, block);
      } else {
        asyncFunction(text, declared, block);
      }
      block++;
      if (lines == 0) {
        break;
      }
    }
    if (name.equals("main.py")) {
      text.append("\nif __name__ == \"__main__\":\n    print(Record0_0.parse(\"x\"))\n");
    }
    declarations.put(name, declared);
    text(name, text.toString());
  }

  private static void recordClass(StringBuilder text, Set<String> declared, int index, int block) {
    String name = "Record" + index + "_" + block;
    add(text, declared, "@dataclass(frozen=True)", true);
    add(text, declared, "class " + name + ":", true);
    text.append("    \"\"\"A record of the ledger.\"\"\"\n\n");
    add(text, declared, "    name: str", true);
    add(text, declared, "    amount: int = 0", true);
    add(text, declared, "    tags: list[str] = field(default_factory=list)", true);
    text.append('\n');
    add(text, declared, "    class Meta:", true);
    add(text, declared, "        ordering = (\"name\",)", true);
    text.append('\n');
    add(text, declared, "    @property", true);
    add(text, declared, "    def label(self) -> str:", true);
    text.append("        return f\"{self.name}: {self.amount}\"\n\n");
    add(text, declared, "    @classmethod", true);
    add(text, declared, "    def parse(", true);
    add(text, declared, "        cls,", true);
    add(text, declared, "        text: str,", true);
    add(text, declared, "        *,", true);
    add(text, declared, "        strict: bool = False,", true);
    add(text, declared, "        type=int,", true);
    add(text, declared, "    ) -> \"" + name + "\":", true);
    text.append("        parser.add_argument(\"--count\", type=int, default=1)\n")
        .append("        if strict:\n")
        .append("            raise ValueError(\"def parse(type=int,) failed for \" + text)\n")
        .append("        total = json.loads(text or \"0\")\n")
        .append("        return cls(name=text, amount=type(total))\n\n\n");
  }

  private static void asyncFunction(StringBuilder text, Set<String> declared, int block) {
    add(text, declared, "async def fetch_" + block + "(", true);
    add(text, declared, "    client,", true);
    add(text, declared, "    url: str,", true);
    add(text, declared, "    retries: int = DEFAULT_LIMIT,", true);
    add(text, declared, ") -> dict[str, Any]:", true);
    text.append("    for attempt in range(retries):\n")
        .append("        LOG.info(\"attempt %d of %s\", attempt, url)\n")
        .append("        response = await client.get(url, timeout=attempt + 1)\n")
        .append("        if response.ok:\n")
        .append("            return response.json()\n")
        .append("    return {}\n\n\n");
  }

  private void javaClass(String name, int index) throws IOException {
    Set<String> declared = new HashSet<>();
    StringBuilder text = new StringBuilder();
    add(text, declared, "package shop;", true);
    text.append('\n');
    add(text, declared, "import java.util.List;", true);
    add(text, declared, "import java.util.Map;", true);
    text.append("\n/** An order; see public class Order in the docs. */\n");
    add(text, declared, "@Entity", true);
    add(text, declared, "public class Order" + index + " {", false);
    declared.add("public class Order" + index);
    text.append('\n');
    add(text, declared, "  private static final int MAX_LINES = " + index + ";", true);
    add(text, declared, "  private final Map<String, Integer> lines = Map.of();", true);
    text.append('\n');
    for (int m = 0; m < 8; m++) {
      add(text, declared, "  @Transactional(readOnly = " + (m % 2 == 0) + ")", true);
      add(text, declared, "  public <T extends Number> List<T> total" + m + "(", true);
      add(text, declared, "      String customer,", true);
      add(text, declared, "      int limit) throws java.io.IOException {", false);
      declared.add("int limit) throws java.io.IOException");
      text.append("    String note = \"public void notAMethod(int x) {}\";\n")
          .append("    return List.of();\n")
          .append("  }\n\n");
    }
    text.append("}\n");
    declarations.put(name, declared);
    text(name, text.toString());
  }

  private static void add(StringBuilder text, Set<String> declared, String line, boolean record) {
    text.append(line).append('\n');
    if (record) {
      declared.add(line.strip());
    }
  }

  private static String prose(int index, int lines) {
    StringBuilder text = new StringBuilder("# Guide " + index + "\n\n");
    for (int i = 0; i < lines; i++) {
      text.append(List.of("The public", "import the", "class", "from the CLI, the").get(i % 4))
          .append(" records module: def parse(text, type=int,) reads the lines (step ")
          .append(i)
          .append(").\n");
    }
    return text.toString();
  }

  private static String lock(int packages) {
    StringBuilder text = new StringBuilder("# This file is automatically generated.\n\n");
    for (int i = 0; i < packages; i++) {
      text.append("[[package]]\nname = \"package-")
          .append(i)
          .append("\"\nversion = \"1.")
          .append(i % 40)
          .append('.')
          .append(i % 7)
          .append("\"\noptional = false\n\n");
    }
    return text.toString();
  }

  /** A virtualenv and byte code the defaults leave out: 600 files that count for nothing. */
  private void virtualenv() throws IOException {
    for (int i = 0; i < 600; i++) {
      Path file = root.resolve(".venv/lib/python3.12/site-packages/pkg_" + i + "/__init__.py");
      Files.createDirectories(file.getParent());
      Files.writeString(file, "# " + root + "\nVALUE = " + i + "\n");
    }
    Path pyc = root.resolve("src/app/__pycache__/cli.cpython-312.pyc");
    Files.createDirectories(pyc.getParent());
    Files.write(pyc, new byte[] {0x55, 0x0d, 0x0d, 0x0a, 0, 0, 0, 0});
  }

  private void text(String name, String content) throws IOException {
    Path file = root.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content, StandardCharsets.UTF_8);
    files++;
  }

  private void binary(String name, int size) throws IOException {
    Path file = root.resolve(name);
    Files.createDirectories(file.getParent());
    byte[] bytes = new byte[size];
    for (int i = 0; i < size; i++) {
      bytes[i] = (byte) (i * 31);
    }
    Files.write(file, bytes);
    files++;
  }
}
