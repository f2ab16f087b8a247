package dev.azlon.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.azlon.history.GitHistory.FileDiff;
import dev.azlon.history.GitHistory.Touch;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitHistoryTest {

  @TempDir Path workTree;

  @Test
  void stagingFindsNewChangedAndDeletedFilesAndTheCommitRecordsThem() throws Exception {
    Files.writeString(workTree.resolve("kept.py"), "print(1)\n");
    Files.writeString(workTree.resolve("changed.py"), "a = 1\n");
    Files.writeString(workTree.resolve("deleted.py"), "gone = True\n");
    try (GitHistory history = GitHistory.init(workTree)) {
      assertThat(history.stage()).extracting(FileDiff::touch).containsOnly(Touch.ADDED);
      history.commit("input");
      // Same length, written at once: only the content tells the change.
      Files.writeString(workTree.resolve("changed.py"), "a = 2\n");
      Files.delete(workTree.resolve("deleted.py"));
      Files.createDirectories(workTree.resolve("pkg"));
      Files.writeString(workTree.resolve("pkg/new.py"), "x = 0\n");

      List<FileDiff> changes = history.stage();
      String commit = history.commit("iteration 1");

      assertThat(changes)
          .extracting(FileDiff::path, FileDiff::touch)
          .containsExactly(
              tuple("changed.py", Touch.CHANGED),
              tuple("deleted.py", Touch.DELETED),
              tuple("pkg/new.py", Touch.ADDED));
      assertThat(GitHistory.unified(changes, 10_000))
          .contains("-a = 1\n+a = 2\n")
          .contains("deleted file mode")
          .contains("-gone = True")
          .contains("+++ b/pkg/new.py");
      try (Git git = Git.open(workTree.toFile())) {
        assertThat(git.status().call().isClean()).isTrue();
        assertThat(git.log().call().iterator().next().getName()).isEqualTo(commit);
      }
    }
  }

  @Test
  void nothingChangedStagesNothing() throws Exception {
    Files.writeString(workTree.resolve("main.py"), "print(1)\n");
    try (GitHistory history = GitHistory.init(workTree)) {
      history.stage();
      history.commit("input");

      assertThat(history.stage()).isEmpty();
    }
  }

  @Test
  void aLongDiffIsCutWithANote() {
    FileDiff big = new FileDiff("a.py", Touch.CHANGED, "+x\n".repeat(100));

    assertThat(GitHistory.unified(List.of(big), 30))
        .startsWith("+x\n")
        .endsWith("[azlon: 270 more characters of the diff not shown]\n");
  }
}
