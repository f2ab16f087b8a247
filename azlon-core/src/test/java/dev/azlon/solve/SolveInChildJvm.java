package dev.azlon.solve;

import static dev.azlon.testing.Answers.candidate;

import dev.azlon.testing.InMemorySandbox;
import dev.azlon.testing.ScriptedChatModel;
import java.nio.file.Path;

/**
 * A child JVM for {@link EndingsIT}: solves with a candidate that never ends, and says {@value
 * #RUNNING} on stdout once the candidate runs, so the parent can stop this JVM mid-run. Arguments:
 * the output folder.
 */
public final class SolveInChildJvm {

  static final String RUNNING = "candidate running";
  static final SolveSpec SPEC = new SolveSpec("Greet Azlon.", "Prints Hello, Azlon", 3, "base");

  private SolveInChildJvm() {}

  public static void main(String[] args) throws Exception {
    InMemorySandbox endless =
        new InMemorySandbox(
            files -> {
              System.out.println(RUNNING);
              System.out.flush();
              try {
                Thread.sleep(Long.MAX_VALUE);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              throw new IllegalStateException("The parent was to stop this JVM.");
            });
    ScriptedChatModel model =
        new ScriptedChatModel()
            .answer(candidate("FROM base\nCMD cat out.txt\n", "out.txt", "Hello, Azlon"));
    Solver.builder()
        .model(model)
        .sandbox(endless)
        .outputDirectory(Path.of(args[0]))
        .build()
        .solve(SPEC);
  }
}
