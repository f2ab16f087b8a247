package dev.azlon.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.azlon.ConfigurationException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SolutionTest {

  @TempDir Path temp;
  private Workspace solution;
  private Path target;
  private Path patch;

  @BeforeEach
  void solution() throws Exception {
    solution = new Workspace(Files.createDirectories(temp.resolve("solution")));
    solution.apply(new FileChanges("FROM base\n", List.of(
        new SourceFile("src/app.py", "print('new')\n"), new SourceFile("same.txt", "same\n"))));
    target = Files.createDirectories(temp.resolve("project"));
    patch = temp.resolve("solution.patch");
  }

  @Test
  void copiesNewAndChangedFilesAndWritesTheirPatch() throws Exception {
    Files.writeString(target.resolve("same.txt"), "same\n");

    Solution.Applied applied = Solution.apply(solution, target, false, patch);

    assertThat(applied.written()).containsExactly("Dockerfile", "src/app.py");
    assertThat(applied.unchanged()).containsExactly("same.txt");
    assertThat(target.resolve("src/app.py")).hasContent("print('new')");
    assertThat(Files.readString(patch)).contains("--- /dev/null\n+++ b/src/app.py\n")
        .contains("+print('new')").doesNotContain("same.txt");
  }

  @Test
  void refusesToOverwriteADifferentFileAndWritesNothing() throws Exception {
    Files.createDirectories(target.resolve("src"));
    Files.writeString(target.resolve("src/app.py"), "print('mine')\n");

    assertThatThrownBy(() -> Solution.apply(solution, target, false, patch))
        .isInstanceOfSatisfying(ConfigurationException.class, e -> {
          assertThat(e.setting()).isEqualTo("overwrite");
          assertThat(e.getMessage()).contains("src/app.py").contains("Nothing was written");
        });
    assertThat(target.resolve("src/app.py")).hasContent("print('mine')");
    assertThat(target.resolve("Dockerfile")).doesNotExist();
    assertThat(Files.readString(patch)).contains("-print('mine')").contains("+print('new')");
  }

  @Test
  void overwriteReplacesDifferentFiles() throws Exception {
    Files.createDirectories(target.resolve("src"));
    Files.writeString(target.resolve("src/app.py"), "print('mine')\n");

    Solution.apply(solution, target, true, patch);

    assertThat(target.resolve("src/app.py")).hasContent("print('new')");
  }
}
