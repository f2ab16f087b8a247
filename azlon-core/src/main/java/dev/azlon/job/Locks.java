package dev.azlon.job;

import dev.azlon.ConfigurationException;
import dev.azlon.Setting;
import dev.azlon.host.ProjectBoundary;
import dev.azlon.lock.LockInputs;
import dev.azlon.lock.LockedCheck;
import dev.azlon.lock.SolutionLock;
import dev.azlon.sandbox.Quantities;
import dev.azlon.sandbox.Sandbox;
import dev.azlon.sandbox.SandboxLimits;
import dev.azlon.solve.SolveResult;
import dev.azlon.solve.SolveSpec;
import dev.azlon.workspace.Workspace;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The solution lock in a job: a lock that fits is used instead of a model, a solved task is locked
 * for the user to commit, and with {@code verifyLocked} a locked solution is checked again in the
 * sandbox.
 */
final class Locks {

  /** The base image's id when the solution was locked, in the lock's environment. */
  static final String BASE_IMAGE_ID = "baseImageId";

  private final JobOptions options;
  private final ProjectBoundary project;
  private final Sandboxes sandboxes;
  private final Say say;

  Locks(JobOptions options, ProjectBoundary project, Sandboxes sandboxes, Say say) {
    this.options = options;
    this.project = project;
    this.sandboxes = sandboxes;
    this.say = say;
  }

  /**
   * The lock to use instead of solving, when one fits; checks the lock's files whatever it decides.
   *
   * @param name the task as a message names it ("the task", a spec's name)
   * @throws ConfigurationException when the lock is damaged, or when none fits and nothing may be
   *     solved ({@code frozenLock}, or offline): before any model call
   */
  Optional<SolutionLock> fitting(String name, Path directory, SolveSpec spec) {
    Optional<SolutionLock> locked = SolutionLock.read(directory, project);
    if (options.refresh) {
      return Optional.empty();
    }
    SortedMap<String, String> inputs = LockInputs.of(spec, options.model);
    if (locked.isPresent() && locked.get().isFor(inputs)) {
      return locked;
    }
    String state =
        locked.isEmpty()
            ? " has no lock in " + directory
            : "'s lock in "
                + directory
                + " is stale: "
                + String.join(", ", locked.get().changedInputs(inputs))
                + " changed";
    if (options.frozenLock) {
      throw new ConfigurationException(
          Setting.FROZEN_LOCK,
          capitalized(name)
              + state
              + ". No model was called. Refresh it by solving without "
              + Setting.FROZEN_LOCK.mention("true")
              + ", and commit "
              + directory
              + ".");
    }
    if (options.offline) {
      throw new ConfigurationException(
          Setting.LOCK,
          capitalized(name)
              + state
              + ", and the build is offline, so no model can be asked. Solve it once online (the"
              + " same build, not offline) to lock it in "
              + directory
              + ", and commit that folder; offline builds then take it from there.");
    }
    locked.ifPresent(
        stale ->
            say.info(
                "The lock of "
                    + name
                    + " is stale ("
                    + String.join(", ", stale.changedInputs(inputs))
                    + " changed): solving again."));
    return Optional.empty();
  }

  /**
   * Locks a solved task, for the user to commit.
   *
   * @param sandbox where it was solved, to record the base image's id; null when it was solved on a
   *     remote worker, whose engine this job cannot ask
   */
  void lock(Path directory, SolveSpec spec, SolveResult result, Sandbox sandbox) {
    Map<String, String> environment = new TreeMap<>();
    if (sandbox != null) {
      sandbox.imageId(spec.baseImage()).ifPresent(id -> environment.put(BASE_IMAGE_ID, id));
    }
    SolutionLock written =
        SolutionLock.write(
            directory,
            project,
            LockInputs.of(spec, options.model),
            new Workspace(result.solutionDirectory()),
            result.runId(),
            Instant.now(),
            environment);
    say.info(
        "Locked "
            + Quantities.count(written.files().size(), "file", "files")
            + " in "
            + directory
            + ": commit it, and later builds take the solution from it without a model call.");
  }

  /**
   * With {@code verifyLocked}, builds, runs and checks a locked solution in the sandbox, and says
   * when the base image is no longer the one it was locked on (the checks decide either way).
   *
   * @return why it no longer passes; empty when it does, or when it is not to be checked
   */
  Optional<String> failure(SolutionLock locked, SolveSpec spec, SandboxLimits limits) {
    if (!options.verifyLocked) {
      return Optional.empty();
    }
    Sandbox sandbox = sandboxes.forLimits(limits);
    String then = locked.environment().get(BASE_IMAGE_ID);
    Optional<String> now = sandbox.imageId(spec.baseImage());
    if (then != null && now.isPresent() && !now.get().equals(then)) {
      say.info(
          spec.baseImage()
              + " is not the image the lock in "
              + locked.directory()
              + " was checked on ("
              + then
              + ", now "
              + now.get()
              + "); the checks decide whether the solution still holds.");
    }
    List<String> failures = LockedCheck.failures(sandbox, spec, locked);
    return failures.isEmpty()
        ? Optional.empty()
        : Optional.of(
            "The locked solution in "
                + locked.directory()
                + " no longer passes: "
                + String.join("; ", failures)
                + ". Re-solve it with "
                + Setting.REFRESH.mention("true")
                + " and commit the new lock.");
  }

  /** Says where a solution came from when the lock gave it. */
  void tookFrom(String name, SolutionLock locked) {
    say.info(
        "Took the solution of "
            + name
            + " from its lock in "
            + locked.directory()
            + " (run "
            + locked.runId()
            + ", "
            + locked.lockedAt()
            + "): no model call"
            + (options.verifyLocked ? ", checked again in the sandbox." : ", no container."));
  }

  private static String capitalized(String name) {
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }
}
