package dev.azlon.maven;

import dev.azlon.ConfigurationException;
import dev.azlon.Setting;
import dev.azlon.lock.LockInputs;
import dev.azlon.lock.LockedCheck;
import dev.azlon.lock.SolutionLock;
import dev.azlon.sandbox.DockerSandbox;
import dev.azlon.sandbox.Sandbox;
import dev.azlon.sandbox.SandboxLimits;
import dev.azlon.solve.SolveResult;
import dev.azlon.solve.SolveSpec;
import dev.azlon.spec.TaskSettings;
import dev.azlon.workspace.Workspace;
import java.io.File;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * The solve goal's parameters for the solution lock: a solution is paid for once, committed, and
 * taken from the lock by later builds for as long as what it was solved for stays the same.
 */
abstract class AbstractLockMojo extends AbstractBatchMojo {

  /** The base image's id when the solution was locked, in the lock's environment. */
  static final String BASE_IMAGE_ID = "baseImageId";

  /**
   * Whether a solved task is locked (its files and what it was solved for, in {@code
   * lockDirectory}, to commit), and a lock that still fits is used instead of asking the model.
   *
   * @since 0.1.0
   */
  @Parameter(property = Setting.Property.LOCK, defaultValue = "true")
  boolean lock;

  /**
   * Where the lock of a POM-configured task goes; by default {@code azlon.lock} beside the POM.
   *
   * @since 0.1.0
   */
  @Parameter(property = Setting.Property.LOCK_DIRECTORY)
  File lockDirectory;

  /**
   * With a lock that fits: build, run and check the locked solution in the sandbox (no model), and
   * fail when it no longer passes.
   *
   * @since 0.1.0
   */
  @Parameter(property = Setting.Property.VERIFY_LOCKED, defaultValue = "false")
  boolean verifyLocked;

  /**
   * For CI, like {@code npm ci}: a missing or stale lock fails the build before any model call,
   * instead of solving again.
   *
   * @since 0.1.0
   */
  @Parameter(property = Setting.Property.FROZEN_LOCK, defaultValue = "false")
  boolean frozenLock;

  /**
   * Solves again even when the lock fits, and locks the new solution.
   *
   * @since 0.1.0
   */
  @Parameter(property = Setting.Property.REFRESH, defaultValue = "false")
  boolean refresh;

  /** The lock folder of a POM-configured task; empty when there is no project to put it in. */
  Optional<Path> lockDirectory() {
    if (!lock) {
      return Optional.empty();
    }
    if (lockDirectory != null && !lockDirectory.getPath().contains("${")) {
      return Optional.of(lockDirectory.toPath());
    }
    return project == null || project.getFile() == null
        ? Optional.empty()
        : Optional.of(project.getBasedir().toPath().resolve("azlon.lock"));
  }

  /**
   * The lock to use instead of solving, when one fits; checks the lock's files whatever it decides.
   *
   * @throws ConfigurationException when the lock is damaged, or with {@code frozenLock} when it is
   *     missing or stale: before any model call
   */
  Optional<SolutionLock> fittingLock(String name, Path directory, SolveSpec spec) {
    if (frozenLock && refresh) {
      throw new ConfigurationException(
          Setting.FROZEN_LOCK, "frozenLock forbids solving and refresh asks for it: set one.");
    }
    Optional<SolutionLock> locked = SolutionLock.read(directory, boundary());
    if (refresh) {
      return Optional.empty();
    }
    SortedMap<String, String> inputs = LockInputs.of(spec, model);
    if (locked.isPresent() && locked.get().isFor(inputs)) {
      return locked;
    }
    if (frozenLock) {
      throw new ConfigurationException(
          Setting.FROZEN_LOCK,
          Character.toUpperCase(name.charAt(0))
              + name.substring(1)
              + (locked.isEmpty()
                  ? " has no lock in " + directory
                  : "'s lock in "
                      + directory
                      + " is stale: "
                      + String.join(", ", locked.get().changedInputs(inputs))
                      + " changed")
              + ". No model was called. Refresh it with 'mvn azlon:solve' (without -D"
              + Setting.FROZEN_LOCK.property()
              + "=true) and commit "
              + directory
              + ".");
    }
    locked.ifPresent(
        stale ->
            getLog()
                .info(
                    "The lock of "
                        + name
                        + " is stale ("
                        + String.join(", ", stale.changedInputs(inputs))
                        + " changed): solving again."));
    return Optional.empty();
  }

  /** Locks a solved run, for the user to commit. */
  /**
   * Locks a solved task.
   *
   * @param sandbox where it was solved, to record the base image's id; null when it was solved on a
   *     remote worker, whose engine this build cannot ask
   */
  void lockSolution(Path directory, SolveSpec spec, SolveResult result, Sandbox sandbox) {
    Map<String, String> environment = new TreeMap<>();
    if (sandbox != null) {
      sandbox.imageId(spec.baseImage()).ifPresent(id -> environment.put(BASE_IMAGE_ID, id));
    }
    SolutionLock written =
        SolutionLock.write(
            directory,
            boundary(),
            LockInputs.of(spec, model),
            new Workspace(result.solutionDirectory()),
            result.runId(),
            Instant.now(),
            environment);
    getLog()
        .info(
            "Locked "
                + written.files().size()
                + " files in "
                + directory
                + ": commit it, and later builds take the solution from it without a model call.");
  }

  /**
   * Builds, runs and checks a locked solution in the sandbox, and says when the base image is no
   * longer the one it was locked on (the checks decide either way).
   *
   * @return what failed; empty when the solution still passes
   */
  List<String> verifyLock(SolutionLock locked, SolveSpec spec, SandboxLimits limits) {
    DockerSandbox sandbox = DockerSandbox.connect(limits);
    String then = locked.environment().get(BASE_IMAGE_ID);
    Optional<String> now = sandbox.imageId(spec.baseImage());
    if (then != null && now.isPresent() && !now.get().equals(then)) {
      getLog()
          .info(
              spec.baseImage()
                  + " is not the image the lock in "
                  + locked.directory()
                  + " was checked on ("
                  + then
                  + ", now "
                  + now.get()
                  + "); the checks decide whether the solution still holds.");
    }
    return LockedCheck.failures(sandbox, spec, locked);
  }

  /** Says where a solution came from when the lock gave it. */
  void tookFromLock(String name, SolutionLock locked) {
    getLog()
        .info(
            "Took the solution of "
                + name
                + " from its lock in "
                + locked.directory()
                + " (run "
                + locked.runId()
                + ", "
                + locked.lockedAt()
                + "): no model call"
                + (verifyLocked ? ", checked again in the sandbox." : ", no container."));
  }

  /** A lock that fits: its solution, checked again in the sandbox when asked; no model. */
  void useLock(String name, TaskSettings settings, SolveSpec spec, SolutionLock locked)
      throws MojoFailureException {
    SandboxLimits limits = settings.sandboxLimits();
    if (verifyLocked) {
      List<String> failures = verifyLock(locked, spec, limits);
      if (!failures.isEmpty()) {
        throw new MojoFailureException(
            "The locked solution in "
                + locked.directory()
                + " no longer passes: "
                + String.join("; ", failures)
                + ". Re-solve it with -D"
                + Setting.REFRESH.property()
                + "=true and commit the new lock.");
      }
    }
    tookFromLock(name, locked);
    if (settings.apply()) {
      // The same door as a solved run's apply; the patch goes to a folder of its own.
      ResultReport.apply(
          getLog(),
          settings,
          new Workspace(locked.filesDirectory()),
          outputDirectory().resolve("from-lock"),
          baseDirectory(),
          "the locked solution ");
    }

    generateSources(Map.of(name, new Workspace(locked.filesDirectory())));
  }
}
