package dev.azlon.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WorkspaceTest {

  @TempDir Path temp;

  private Workspace workspace() throws IOException {
    return new Workspace(Files.createDirectories(temp.resolve("ws")));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "../escape.py",
        "a/../../escape.py",
        "/etc/passwd",
        "a//b.py",
        "./a.py",
        ".git/config",
        "src/.GIT/hooks/pre-commit",
        "C:\\evil.py",
        "bad\u0000name",
        "tab\tname",
        "line\nbreak",
        "trailing.",
        "space /a.py",
        "",
        "evil\u202Egnp.py",
        "iso\u2066late.py",
        "zero\u200Bwidth.py",
        "join\u200Ded.py",
        "bom\uFEFF.py",
        "line\u2028sep.py",
        "filler\u3164.py"
      })
  void refusesNamesThatCouldLeaveTheWorkspaceOrMisbehave(String name) throws IOException {
    // Bidi and invisible characters make a name read as another (U+202E: "evil‮gnp.py"
    // shows as "evilyp.png"), so they are refused like control characters.
    Workspace workspace = workspace();

    List<String> problems =
        workspace.apply(new FileChanges(null, List.of(new SourceFile(name, "x"))));

    assertThat(problems).hasSize(1);
    assertThat(workspace.files()).isEmpty();
    assertThat(temp.resolve("escape.py")).doesNotExist();
  }

  @Test
  void oneBadNameStopsEveryWrite() throws IOException {
    Workspace workspace = workspace();

    List<String> problems =
        workspace.apply(
            new FileChanges(
                "FROM base\n",
                List.of(
                    new SourceFile("good.py", "print(1)"),
                    new SourceFile("../bad.py", "print(2)"))));

    assertThat(problems).singleElement().asString().contains("'../bad.py'");
    assertThat(workspace.files()).isEmpty();
  }

  @Test
  void namesDifferingOnlyInCaseCollideAlsoWithExistingFiles() throws IOException {
    Workspace workspace = workspace();
    assertThat(workspace.apply(new FileChanges(null, List.of(new SourceFile("Main.py", "a")))))
        .isEmpty();

    List<String> problems =
        workspace.apply(new FileChanges(null, List.of(new SourceFile("main.py", "b"))));

    assertThat(problems).singleElement().asString().contains("differs only in case");
    assertThat(workspace.files()).containsExactly("Main.py");
  }

  @Test
  void doesNotWriteThroughASymbolicLink() throws IOException {
    Workspace workspace = workspace();
    Path outside = Files.createDirectories(temp.resolve("outside"));
    Files.createSymbolicLink(workspace.root().resolve("linked"), outside);

    List<String> problems =
        workspace.apply(new FileChanges(null, List.of(new SourceFile("linked/x.py", "x"))));

    assertThat(problems).singleElement().asString().contains("outside the workspace");
    assertThat(outside).isEmptyDirectory();
  }

  @Test
  void capsFileSizeAndCount() throws IOException {
    Workspace workspace = workspace();
    String big = "x".repeat(FileNames.MAX_FILE_BYTES + 1);
    List<SourceFile> many = new java.util.ArrayList<>();
    for (int i = 0; i <= FileNames.MAX_FILES; i++) {
      many.add(new SourceFile("f" + i + ".txt", "x"));
    }

    assertThat(workspace.apply(new FileChanges(null, List.of(new SourceFile("big.txt", big)))))
        .singleElement()
        .asString()
        .contains("over the limit");
    assertThat(workspace.apply(new FileChanges(null, many)))
        .anyMatch(p -> p.contains(FileNames.MAX_FILES + 1 + " files"));
    assertThat(workspace.files()).isEmpty();
  }

  @Test
  void writesNestedFilesAndTheDockerfileAndListsThemWithoutHistory() throws IOException {
    Workspace workspace = workspace();
    Files.createDirectories(workspace.root().resolve(".git"));
    Files.writeString(workspace.root().resolve(".git/HEAD"), "ref");

    List<String> problems =
        workspace.apply(
            new FileChanges(
                "FROM base\n", List.of(new SourceFile("src/app/main.py", "print('ü')"))));

    assertThat(problems).isEmpty();
    assertThat(workspace.files()).containsExactly("Dockerfile", "src/app/main.py");
    assertThat(workspace.read()).containsEntry("src/app/main.py", "print('ü')");
  }

  @Test
  void dockerfileMayNotAlsoComeAsAFile() throws IOException {
    List<String> problems =
        workspace()
            .apply(new FileChanges("FROM a\n", List.of(new SourceFile("Dockerfile", "FROM b\n"))));

    assertThat(problems).isNotEmpty();
  }
}
