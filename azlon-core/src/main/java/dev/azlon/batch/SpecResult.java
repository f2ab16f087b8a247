package dev.azlon.batch;

import dev.azlon.solve.SolveResult;
import java.util.Optional;

/**
 * How one spec of a batch went.
 *
 * @param name the spec's name
 * @param result its run's result; null when it was not started
 * @param notStarted why it was not started (the batch's budget ran out, or resume found nothing to
 *     continue); null when it ran
 */
public record SpecResult(String name, SolveResult result, String notStarted) {

  public static SpecResult ran(String name, SolveResult result) {
    return new SpecResult(name, result, null);
  }

  public static SpecResult notStarted(String name, String why) {
    return new SpecResult(name, null, why);
  }

  public Optional<SolveResult> run() {
    return Optional.ofNullable(result);
  }

  public boolean solved() {
    return result != null && result.solved();
  }
}
