package dev.azlon.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.azlon.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneratedSourcesTest {

  @TempDir Path temp;

  @Test
  void matchingFilesLandAtThePackageRootAndTheRestStaysOut() throws IOException {
    Workspace solution =
        solution(
            "a",
            "src/main/java/dev/x/Greeter.java",
            "class Greeter {}",
            "src/test/java/dev/x/GreeterTest.java",
            "class GreeterTest {}",
            "Dockerfile",
            "FROM jdk",
            "pom.xml",
            "<project/>");
    Path root = temp.resolve("target/generated-sources/azlon");

    List<String> written =
        GeneratedSources.write(Map.of("a", solution), root, GeneratedSources.MAIN_INCLUDES);

    assertThat(written).containsExactly("dev/x/Greeter.java");
    assertThat(root.resolve("dev/x/Greeter.java")).hasContent("class Greeter {}");
    try (var all = Files.walk(root)) {
      assertThat(all.filter(Files::isRegularFile).count()).isEqualTo(1);
    }
  }

  @Test
  void whatEarlierBuildsGeneratedIsGone() throws IOException {
    Path root = temp.resolve("generated");
    Files.createDirectories(root.resolve("old"));
    Files.writeString(root.resolve("old/Stale.java"), "class Stale {}");

    GeneratedSources.write(
        Map.of("a", solution("a", "src/main/java/New.java", "class New {}")),
        root,
        GeneratedSources.MAIN_INCLUDES);

    assertThat(root.resolve("old/Stale.java")).doesNotExist();
    assertThat(root.resolve("New.java")).exists();
  }

  @Test
  void twoSpecsGeneratingTheSameClassAreNamed() throws IOException {
    Map<String, Workspace> solutions =
        new java.util.LinkedHashMap<>(
            Map.of("a", solution("a", "src/main/java/dev/A.java", "class A {}")));
    solutions.put("b", solution("b", "src/main/java/dev/A.java", "class A { int b; }"));

    assertThatThrownBy(
            () ->
                GeneratedSources.write(
                    solutions, temp.resolve("generated"), GeneratedSources.MAIN_INCLUDES))
        .hasMessageContaining("Both a and b generate dev/A.java");
  }

  @Test
  void aLinkInTheGeneratedFolderIsNeverFollowed() throws IOException {
    Path root = temp.resolve("generated");
    Path outside = Files.createDirectories(temp.resolve("outside"));
    Files.createDirectories(root);
    Files.createSymbolicLink(root.resolve("dev"), outside);

    GeneratedSources.write(
        Map.of("a", solution("a", "src/main/java/dev/A.java", "class A {}")),
        root,
        GeneratedSources.MAIN_INCLUDES);

    assertThat(outside.resolve("A.java")).doesNotExist();
    assertThat(Files.isSymbolicLink(root.resolve("dev"))).isFalse();
    assertThat(root.resolve("dev/A.java")).exists();
  }

  @Test
  void theFixedPartOfEachGlobIsTakenOff() {
    assertThat(GeneratedSources.mapped("src/gen/x/A.java", List.of("src/gen/**/*.java")))
        .isEqualTo("x/A.java");
    assertThat(GeneratedSources.mapped("A.java", List.of("*.java"))).isEqualTo("A.java");
    assertThat(GeneratedSources.mapped("README.md", List.of("src/main/java/**"))).isNull();
  }

  private Workspace solution(String name, String... namesAndContents) throws IOException {
    Path root = Files.createDirectories(temp.resolve("solutions/" + name));
    for (int i = 0; i < namesAndContents.length; i += 2) {
      Path file = root.resolve(namesAndContents[i]);
      Files.createDirectories(file.getParent());
      Files.writeString(file, namesAndContents[i + 1]);
    }
    return new Workspace(root);
  }
}
