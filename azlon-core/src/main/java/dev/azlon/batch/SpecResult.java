package dev.azlon.batch;

import dev.azlon.solve.SolveResult;
import java.nio.file.Path;
import java.util.Optional;

/**
 * How one spec of a batch went.
 *
 * @param name the spec's name
 * @param result its run's result; null when it was not started
 * @param notStarted why it was not started (the batch's budget ran out, or resume found nothing to
 *     continue); null when it ran or its lock gave it
 * @param lock the solution lock it was taken from, with no run; null otherwise
 */
public record SpecResult(String name, SolveResult result, String notStarted, Path lock) {

  public static SpecResult ran(String name, SolveResult result) {
    return new SpecResult(name, result, null, null);
  }

  public static SpecResult notStarted(String name, String why) {
    return new SpecResult(name, null, why, null);
  }

  /** A spec whose solution came from its lock: solved, without a run. */
  public static SpecResult fromLock(String name, Path lock) {
    return new SpecResult(name, null, null, lock);
  }

  public boolean locked() {
    return lock != null;
  }

  public Optional<SolveResult> run() {
    return Optional.ofNullable(result);
  }

  public boolean solved() {
    return locked() || (result != null && result.solved());
  }
}
