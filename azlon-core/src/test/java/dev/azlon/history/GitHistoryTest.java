package dev.azlon.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitHistoryTest {

  @TempDir Path workTree;

  @Test
  void eachCommitRecordsNewChangedAndDeletedFiles() throws Exception {
    Files.writeString(workTree.resolve("kept.py"), "print(1)\n");
    Files.writeString(workTree.resolve("changed.py"), "a = 1\n");
    Files.writeString(workTree.resolve("deleted.py"), "gone = True\n");
    try (GitHistory history = GitHistory.init(workTree)) {
      history.commit("input");
      // Same length, written at once: only the content tells the change.
      Files.writeString(workTree.resolve("changed.py"), "a = 2\n");
      Files.delete(workTree.resolve("deleted.py"));
      Files.createDirectories(workTree.resolve("pkg"));
      Files.writeString(workTree.resolve("pkg/new.py"), "x = 0\n");

      String diff = history.diff(history.commit("iteration 1"), 10_000);

      assertThat(diff).contains("-a = 1\n+a = 2\n").contains("deleted file mode")
          .contains("-gone = True").contains("+++ b/pkg/new.py").doesNotContain("kept.py");
    }
  }

  @Test
  void aCommitWithNoChangesIsEmpty() throws Exception {
    Files.writeString(workTree.resolve("main.py"), "print(1)\n");
    try (GitHistory history = GitHistory.init(workTree)) {
      history.commit("input");

      assertThat(history.diff(history.commit("iteration 1"), 10_000)).isEmpty();
    }
  }
}
