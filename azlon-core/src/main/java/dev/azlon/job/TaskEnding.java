package dev.azlon.job;

import dev.azlon.solve.Outcome;
import dev.azlon.solve.SolveResult;
import java.nio.file.Path;
import java.util.Optional;

/**
 * How one task of a job ended: solved here or remotely, taken from its lock, checked again from its
 * lock and found failing, not solved, stopped, or not started.
 *
 * @param name the task's name (a spec's name in a batch)
 * @param outcome how it ended; null when it was not started
 * @param detail why, in a line or a few
 * @param run its run's result; null when it has none here (from its lock, not started)
 * @param lock the lock it came from; null when it did not
 * @param failOnUnsolved whether its not being solved should fail the build
 */
public record TaskEnding(
    String name,
    Outcome outcome,
    String detail,
    SolveResult run,
    Path lock,
    boolean failOnUnsolved) {

  public static TaskEnding ran(String name, SolveResult run, boolean failOnUnsolved) {
    return new TaskEnding(name, run.outcome(), run.detail(), run, null, failOnUnsolved);
  }

  public static TaskEnding fromLock(String name, Path lock, boolean failOnUnsolved) {
    return new TaskEnding(name, Outcome.SOLVED, "taken from " + lock, null, lock, failOnUnsolved);
  }

  /** A locked solution checked again in the sandbox that no longer passes: finished, unsolved. */
  public static TaskEnding lockFailed(
      String name, Path lock, String detail, boolean failOnUnsolved) {
    return new TaskEnding(name, Outcome.UNSOLVED, detail, null, lock, failOnUnsolved);
  }

  public static TaskEnding notStarted(String name, String why, boolean failOnUnsolved) {
    return new TaskEnding(name, null, why, null, null, failOnUnsolved);
  }

  public boolean solved() {
    return outcome == Outcome.SOLVED;
  }

  public boolean started() {
    return outcome != null;
  }

  public boolean fromLock() {
    return lock != null;
  }

  public Optional<SolveResult> result() {
    return Optional.ofNullable(run);
  }
}
