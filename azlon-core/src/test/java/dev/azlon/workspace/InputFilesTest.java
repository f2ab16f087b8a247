package dev.azlon.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFilesTest {

  @TempDir Path input;
  @TempDir Path elsewhere;
  @TempDir Path workspace;

  @Test
  void defaultsLeaveOutHistoriesEnvironmentsCachesAndBuildOutput() throws IOException {
    write("main.py", "print(1)\n");
    write("pkg/util.py", "x = 1\n");
    write(".git/config", "[core]\n");
    write(".venv/pyvenv.cfg", "home = /usr/bin\n");
    write("venv/lib/site.py", "\n");
    write("pkg/__pycache__/util.cpython-311.pyc", "\0");
    write("old.pyc", "\0");
    write("web/node_modules/left-pad/index.js", "\n");
    write("target/classes/A.class", "\0");
    write("build/lib/x.py", "\n");
    write(".pytest_cache/v/cache", "{}\n");
    write("demo.egg-info/PKG-INFO", "Name: demo\n");

    InputFiles files = InputFiles.scan(input, List.of());

    assertThat(files.names()).containsExactly("main.py", "pkg/util.py");
    assertThat(files.problems()).isEmpty();
  }

  @Test
  void gitignoreFilesAreHonouredAndInputExcludesWinOverThem() throws IOException {
    write(".gitignore", "*.log\nsecrets/\n");
    write("app.py", "\n");
    write("run.log", "\n");
    write("secrets/key.txt", "k\n");
    write("docs/.gitignore", "draft.md\n");
    write("docs/draft.md", "\n");
    write("docs/index.md", "\n");
    write("build/keep.py", "\n");

    assertThat(InputFiles.scan(input, List.of()).names())
        .containsExactly(".gitignore", "app.py", "docs/.gitignore", "docs/index.md");
    assertThat(InputFiles.scan(input, List.of("!build/", "docs/", "!run.log")).names())
        .containsExactly(".gitignore", "app.py", "build/keep.py", "run.log");
  }

  @Test
  void theFileCapCountsWhatIsLeftAfterExcludes() throws IOException {
    write("main.py", "\n");
    for (int i = 0; i < FileNames.MAX_FILES + 10; i++) {
      write("data/row_" + i + ".txt", "\n");
    }

    assertThat(InputFiles.scan(input, List.of()).problems())
        .singleElement()
        .asString()
        .contains("files after excludes, over the limit of " + FileNames.MAX_FILES)
        .contains("inputExcludes");
    assertThat(InputFiles.scan(input, List.of("data/")).problems()).isEmpty();
  }

  @Test
  void namesThatCannotBeKeptAreAllListedAndNothingIsCopied() throws IOException {
    write("main.py", "\n");
    write("a\\b.py", "\n");
    write("c:d.py", "\n");
    write("trailing.", "\n");
    write("vendor/lib/.git/HEAD", "ref\n");

    InputFiles files = InputFiles.scan(input, List.of());

    assertThat(files.problems())
        .anySatisfy(p -> assertThat(p).startsWith("'a\\b.py': contains '\\'"))
        .anySatisfy(p -> assertThat(p).startsWith("'c:d.py': contains ':'"))
        .anySatisfy(p -> assertThat(p).startsWith("'trailing.': a folder or file name ends"))
        .anySatisfy(
            p ->
                assertThat(p)
                    .startsWith("'vendor/lib/.git': a Git repository inside the input")
                    .contains("inputExcludes (vendor/lib/.git/)"))
        .hasSize(4);
    assertThat(new Workspace(workspace).copyFrom(files)).isEqualTo(files.problems());
    try (var left = Files.list(workspace)) {
      assertThat(left).isEmpty();
    }
  }

  @Test
  void linksInsideAreCopiedAsTheirTargetAndOthersAreSkippedAndSaid() throws IOException {
    write("real/config.py", "X = 1\n");
    write("real/sub/mod.py", "\n");
    Files.writeString(elsewhere.resolve("secret.txt"), "host secret\n");
    Files.createSymbolicLink(input.resolve("config.py"), Path.of("real/config.py"));
    Files.createSymbolicLink(input.resolve("outside.txt"), elsewhere.resolve("secret.txt"));
    Files.createSymbolicLink(input.resolve("gone.py"), input.resolve("nothing-here.py"));
    Files.createSymbolicLink(input.resolve("folder"), input.resolve("real/sub"));

    InputFiles files = InputFiles.scan(input, List.of());

    assertThat(files.names()).containsExactly("config.py", "real/config.py", "real/sub/mod.py");
    assertThat(files.links()).isEqualTo(Map.of("config.py", "real/config.py"));
    assertThat(files.skipped())
        .containsEntry("outside.txt", "a link that leads outside the input folder")
        .containsEntry("gone.py", "a link that leads nowhere")
        .containsEntry("folder", "a link to a folder")
        .hasSize(3);
    assertThat(files.skippedText()).doesNotContain(elsewhere.toString());

    assertThat(new Workspace(workspace).copyFrom(files)).isEmpty();
    assertThat(workspace.resolve("config.py")).isRegularFile().hasContent("X = 1");
    assertThat(Files.isSymbolicLink(workspace.resolve("config.py"))).isFalse();
    assertThat(workspace.resolve("outside.txt")).doesNotExist();
  }

  private void write(String name, String content) throws IOException {
    Path file = input.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
  }
}
