package dev.azlon.testing;

import static dev.azlon.testing.Answers.candidate;

import dev.azlon.solve.SolveResult;
import dev.azlon.solve.SolveSpec;
import dev.azlon.solve.Solver;
import dev.azlon.verdict.Check;
import dev.azlon.verdict.Checks;
import java.nio.file.Path;
import java.util.List;

/** A real run folder from one scripted iteration: the checks alone decide, no judge. */
public final class OneIteration {

  private OneIteration() {}

  /**
   * Solves "print {@code expected}" with a candidate that prints {@code printed}: solved when it
   * contains {@code expected}, unsolved otherwise.
   */
  public static SolveResult solve(Path outputDirectory, String printed, String expected) {
    SolveSpec spec =
        SolveSpec.builder()
            .prompt("Print " + expected + ".")
            .testConditions("Prints " + expected)
            .maxIterations(1)
            .baseImage("base")
            .checks(Checks.of(List.of(new Check.StdoutContains(expected)), true))
            .judge(false)
            .build();
    return Solver.builder()
        .model(
            new ScriptedChatModel()
                .answer(candidate("FROM base\nCMD cat out.txt\n", "out.txt", printed)))
        .sandbox(InMemorySandbox.printingOutTxt())
        .outputDirectory(outputDirectory)
        .build()
        .solve(spec);
  }
}
