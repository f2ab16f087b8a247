package dev.azlon.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.azlon.ConfigurationException;
import dev.azlon.Setting;
import dev.azlon.workspace.FileChanges;
import dev.azlon.workspace.SourceFile;
import dev.azlon.workspace.Workspace;
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
  private Path run;

  @BeforeEach
  void solution() throws Exception {
    solution =
        workspaceWith(
            new SourceFile("src/app.py", "print('new')\n"), new SourceFile("same.txt", "same\n"));
    target = Files.createDirectories(temp.resolve("project"));
    run = Files.createDirectories(temp.resolve("run"));
  }

  private Workspace workspaceWith(SourceFile... files) throws Exception {
    Workspace workspace = new Workspace(Files.createDirectories(temp.resolve("solution")));
    assertThat(workspace.apply(new FileChanges("FROM base\n", List.of(files)))).isEmpty();
    return workspace;
  }

  @Test
  void anApplyDirectoryNotMadeYetIsMadeAndFilled() throws Exception {
    Path fresh = temp.resolve("not/made/yet");

    Solution.Applied applied = Solution.apply(solution, fresh, ApplyPolicy.defaults(), false, run);

    assertThat(applied.written()).contains("src/app.py");
    assertThat(fresh.resolve("src/app.py")).hasContent("print('new')\n");
  }

  @Test
  void aLinkAboveAnApplyDirectoryNotMadeYetIsTheUsersChoice() throws Exception {
    Path outside = Files.createDirectories(temp.resolve("outside"));
    Files.createSymbolicLink(target.resolve("linked"), outside);

    Solution.apply(solution, target.resolve("linked/new"), ApplyPolicy.defaults(), false, run);
    // A link above the apply directory is the user's choice: it is where they asked to write.
    assertThat(outside.resolve("new/src/app.py")).exists();
  }

  @Test
  void copiesNewAndChangedFilesAndWritesTheirPatch() throws Exception {
    Files.writeString(target.resolve("same.txt"), "same\n");

    Solution.Applied applied = Solution.apply(solution, target, ApplyPolicy.defaults(), false, run);

    assertThat(applied.written()).containsExactly("Dockerfile", "src/app.py");
    assertThat(applied.unchanged()).containsExactly("same.txt");
    assertThat(target.resolve("src/app.py")).hasContent("print('new')");
    assertThat(Files.readString(run.resolve(Solution.PATCH)))
        .contains("--- /dev/null\n+++ b/src/app.py\n")
        .contains("+print('new')")
        .doesNotContain("same.txt");
  }

  @Test
  void refusesToOverwriteADifferentFileAndWritesNothing() throws Exception {
    Files.createDirectories(target.resolve("src"));
    Files.writeString(target.resolve("src/app.py"), "print('mine')\n");

    assertThatThrownBy(() -> Solution.apply(solution, target, ApplyPolicy.defaults(), false, run))
        .isInstanceOfSatisfying(
            ConfigurationException.class,
            e -> {
              assertThat(e.setting()).isEqualTo(Setting.OVERWRITE);
              assertThat(e.getMessage()).contains("src/app.py").contains("Nothing was written");
            });
    assertThat(target.resolve("src/app.py")).hasContent("print('mine')");
    assertThat(target.resolve("Dockerfile")).doesNotExist();
    assertThat(Files.readString(run.resolve(Solution.PATCH)))
        .contains("-print('mine')")
        .contains("+print('new')");
  }

  @Test
  void overwriteReplacesDifferentFiles() throws Exception {
    Files.createDirectories(target.resolve("src"));
    Files.writeString(target.resolve("src/app.py"), "print('mine')\n");

    Solution.apply(solution, target, ApplyPolicy.defaults(), true, run);

    assertThat(target.resolve("src/app.py")).hasContent("print('new')");
  }

  @Test
  void aPlantedLinkToAFolderOutsideGetsNothingAndNothingElseIsWritten() throws Exception {
    Path outside = Files.createDirectories(temp.resolve("outside"));
    Files.createSymbolicLink(target.resolve("src"), outside);

    assertThatThrownBy(() -> Solution.apply(solution, target, ApplyPolicy.defaults(), true, run))
        .isInstanceOfSatisfying(
            ConfigurationException.class,
            e -> {
              assertThat(e.setting()).isEqualTo(Setting.APPLY_DIRECTORY);
              assertThat(e.getMessage()).contains("'src' there is a link").contains("src/app.py");
            });
    try (var listing = Files.list(outside)) {
      assertThat(listing).isEmpty();
    }
    assertThat(target.resolve("Dockerfile")).doesNotExist();
    assertThat(target.resolve("same.txt")).doesNotExist();
  }

  @Test
  void aLinkPlantedAsTheFileItselfIsNotWrittenThrough() throws Exception {
    Path victim = Files.writeString(temp.resolve("victim.txt"), "keep\n");
    Files.createSymbolicLink(target.resolve("same.txt"), victim);

    assertThatThrownBy(() -> Solution.apply(solution, target, ApplyPolicy.defaults(), true, run))
        .hasMessageContaining("'same.txt' there is a link");
    assertThat(victim).hasContent("keep");
  }

  @Test
  void aLinkedPatchInTheRunFolderIsRefused() throws Exception {
    Path victim = Files.writeString(temp.resolve("victim.txt"), "keep\n");
    Files.createSymbolicLink(run.resolve(Solution.PATCH), victim);

    assertThatThrownBy(() -> Solution.apply(solution, target, ApplyPolicy.defaults(), true, run))
        .hasMessageContaining("patch cannot be written");
    assertThat(victim).hasContent("keep");
    assertThat(target.resolve("src/app.py")).doesNotExist();
  }

  @Test
  void mavenExtensionsFromTheModelAreRefusedOnApplyButAllowedWhenListed() throws Exception {
    Workspace risky =
        workspaceWith(
            new SourceFile(".mvn/extensions.xml", "<extensions/>"),
            new SourceFile("app.py", "print(1)\n"));

    assertThatThrownBy(() -> Solution.apply(risky, target, ApplyPolicy.defaults(), false, run))
        .isInstanceOfSatisfying(
            ConfigurationException.class,
            e -> {
              assertThat(e.setting()).isEqualTo(Setting.APPLY_ALLOWED);
              assertThat(e.getMessage()).contains(".mvn/extensions.xml").contains("applyAllowed");
            });
    assertThat(target.resolve("app.py")).doesNotExist();
    assertThat(target.resolve(".mvn")).doesNotExist();

    Solution.apply(risky, target, new ApplyPolicy(List.of(".mvn/**"), List.of()), false, run);
    assertThat(target.resolve(".mvn/extensions.xml")).hasContent("<extensions/>");
  }

  @Test
  void userRefusalsWinOverAllowances() throws Exception {
    ApplyPolicy policy = new ApplyPolicy(List.of("**"), List.of("*.sh"));

    assertThat(policy.refusal("scripts/run.sh")).isPresent();
    assertThat(policy.refusal("pom.xml")).isEmpty();
  }
}
