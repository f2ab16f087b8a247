package dev.azlon.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.azlon.solve.SolveSpec;
import dev.azlon.verdict.Check;
import dev.azlon.verdict.Checks;
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
