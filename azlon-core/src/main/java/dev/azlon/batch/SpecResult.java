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
 * @param lock the solution lock it was taken from, or checked again from, with no run; null
 *     otherwise
 * @param lockFailure why the locked solution, checked again in the sandbox, no longer passes; null
 *     when it was not checked or passes
 * @param lockRunId the run that solved the lock, as the lock says (data: check it before use); null
 *     when not taken from a lock
 * @param lockedAt when the lock was written, as the lock says; null when not taken from a lock
 */
public record SpecResult(
    String name,
    SolveResult result,
    String notStarted,
    Path lock,
    String lockFailure,
    String lockRunId,
    String lockedAt) {

  public static SpecResult ran(String name, SolveResult result) {
    return new SpecResult(name, result, null, null, null, null, null);
  }

  public static SpecResult notStarted(String name, String why) {
    return new SpecResult(name, null, why, null, null, null, null);
  }

  /** A spec whose solution came from its lock: solved, without a run. */
  public static SpecResult fromLock(String name, Path lock) {
    return fromLock(name, lock, null, null);
  }

  /** A spec whose solution came from its lock, which the run {@code runId} wrote at {@code at}. */
  public static SpecResult fromLock(String name, Path lock, String runId, String at) {
    return new SpecResult(name, null, null, lock, null, runId, at);
  }

  /** A spec whose locked solution, checked again, no longer passes: not solved, without a run. */
  public static SpecResult lockFailed(String name, Path lock, String why) {
    return new SpecResult(name, null, null, lock, why, null, null);
  }

  /** Whether its solution came from its lock (and, if checked again, still passes). */
  public boolean locked() {
    return lock != null && lockFailure == null;
  }

  public boolean lockFailed() {
    return lockFailure != null;
  }

  public Optional<SolveResult> run() {
    return Optional.ofNullable(result);
  }

  public boolean solved() {
    return locked() || (result != null && result.solved());
  }
}
