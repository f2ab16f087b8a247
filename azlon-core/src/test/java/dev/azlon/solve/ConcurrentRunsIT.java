package dev.azlon.solve;

import static dev.azlon.testing.Answers.pythonCandidate;
import static dev.azlon.testing.Answers.review;
import static org.assertj.core.api.Assertions.assertThat;

import dev.azlon.sandbox.DockerSandbox;
import dev.azlon.sandbox.SandboxLimits;
import dev.azlon.testing.ScriptedChatModel;
import dev.azlon.testing.TestImages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two solves at once in one output folder, on one real Docker engine. */
class ConcurrentRunsIT {

  @TempDir Path output;

  @Test
  void twoRunsAtOnceKeepTheirOwnFoldersAndResources() throws Exception {
    DockerSandbox sandbox = DockerSandbox.connect(SandboxLimits.defaults());
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<SolveResult> first = pool.submit(() -> solve(sandbox, "first"));
      Future<SolveResult> second = pool.submit(() -> solve(sandbox, "second"));

      SolveResult a = first.get();
      SolveResult b = second.get();

      assertThat(List.of(a.outcome(), b.outcome())).containsOnly(Outcome.SOLVED);
      assertThat(a.runDirectory()).isNotEqualTo(b.runDirectory());
      assertThat(a.solutionDirectory().resolve("main.py")).hasContent("print('first')");
      assertThat(b.solutionDirectory().resolve("main.py")).hasContent("print('second')");
      try (var runs = Files.list(output)) {
        assertThat(runs.count()).isEqualTo(2);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private SolveResult solve(DockerSandbox sandbox, String word) {
    ScriptedChatModel model =
        new ScriptedChatModel()
            .answer(pythonCandidate(TestImages.PYTHON, "print('" + word + "')"))
            .answer(review(true, "It prints " + word + "."));
    return Solver.builder()
        .model(model)
        .sandbox(sandbox)
        .outputDirectory(output)
        .build()
        .solve(new SolveSpec("Print " + word + ".", "Prints " + word + ".", 2, TestImages.PYTHON));
  }
}
