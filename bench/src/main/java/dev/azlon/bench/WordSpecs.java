package dev.azlon.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.azlon.batch.Batch;
import dev.azlon.batch.BatchTask;
import dev.azlon.batch.SpecResult;
import dev.azlon.sandbox.DockerSandbox;
import dev.azlon.sandbox.SandboxLimits;
import dev.azlon.solve.SolveSpec;
import dev.azlon.verdict.Check;
import dev.azlon.verdict.Checks;
import dev.langchain4j.model.chat.ChatModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The batch benchmarks' specs and answers: "Print WORD." in one iteration, decided by a check (no
 * judge), and the candidate a model gives for it.
 */
final class WordSpecs {

  private static final ObjectMapper JSON = new ObjectMapper();

  private WordSpecs() {}

  static SolveSpec spec(String word, String baseImage) {
    return SolveSpec.builder()
        .prompt("Print " + word + ".")
        .testConditions("Prints " + word)
        .maxIterations(1)
        .baseImage(baseImage)
        .checks(Checks.of(List.of(new Check.StdoutContains(word)), true))
        .judge(false)
        .build();
  }

  /**
   * Solves specs {@code spec0}, {@code spec1}, ... with the real batch code; the wall-clock seconds
   * it took. All must be solved.
   */
  static double solveLocally(
      ChatModel model, DockerSandbox engine, List<SolveSpec> specs, Path folder, int parallel) {
    List<BatchTask> tasks = new ArrayList<>();
    for (int i = 0; i < specs.size(); i++) {
      tasks.add(new BatchTask("spec" + i, specs.get(i), SandboxLimits.defaults()));
    }
    long start = System.nanoTime();
    List<SpecResult> results =
        Batch.builder()
            .model(model)
            .sandboxes(engine::withLimits)
            .outputDirectory(folder)
            .parallel(parallel)
            .build()
            .solve(tasks, false);
    double seconds = (System.nanoTime() - start) / 1e9;
    for (SpecResult result : results) {
      if (!result.solved()) {
        throw new IllegalStateException(result.name() + " was not solved: " + result.result());
      }
    }
    return seconds;
  }

  /** A candidate, as the model's answer text, whose program prints {@code word}. */
  static String candidate(String baseImage, String word) {
    ObjectNode answer = JSON.createObjectNode();
    answer.put(
        "dockerfile",
        "FROM " + baseImage + "\nCOPY . /app\nWORKDIR /app\nCMD [\"python3\", \"main.py\"]\n");
    answer
        .putArray("files")
        .addObject()
        .put("filename", "main.py")
        .put("content", "print('" + word + "')\n");
    return answer.toString();
  }
}
