package dev.azlon.job;

import dev.azlon.host.ProjectBoundary;
import dev.azlon.lock.SolutionLock;
import dev.azlon.report.Reports;
import dev.azlon.sandbox.Quantities;
import dev.azlon.sandbox.Sandbox;
import dev.azlon.sandbox.SandboxLimits;
import dev.azlon.solve.SolveResult;
import dev.azlon.solve.SolveSpec;
import dev.azlon.solve.Solver;
import dev.azlon.spec.TaskSettings;
import dev.azlon.workspace.Workspace;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The whole flow a build needs: look at the lock, solve (here, as a batch, or on remote workers),
 * lock what was solved, apply it, write generated sources, and, for a batch, write its reports.
 * Every setting is checked before the first model call, so a mistake costs no tokens. What a run
 * ends with is a {@link JobResult}, failures of the candidate included; an exception means the job
 * could not run (a bad setting, Docker or the disk).
 */
public final class Job {

  private final JobOptions options;

  public Job(JobOptions options) {
    this.options = options;
  }

  /**
   * Runs the job, telling {@code listener} what it does.
   *
   * @throws dev.azlon.AzlonException when it could not run: its type says whether to fix a setting
   *     or try again later
   */
  public JobResult run(JobListener listener) {
    Say say = new Say(listener, options.redactor);
    Sandboxes sandboxes = new Sandboxes(options.sandboxes);
    ProjectBoundary project =
        ProjectBoundary.of(options.projectDirectory, options.specAllowedRoots);
    Locks locks = new Locks(options, project, sandboxes, say);
    Handover handover = new Handover(options, say);
    Steps steps = new Steps(options, say, sandboxes, locks, handover, project);
    return options.isBatch() ? new BatchRun(steps).run() : new SingleRun(steps).run();
  }

  /** What the flows share: the options and the job's parts. */
  record Steps(
      JobOptions options,
      Say say,
      Sandboxes sandboxes,
      Locks locks,
      Handover handover,
      ProjectBoundary project) {

    /** The remote path, for a job with a remote target. */
    RemoteRun remote() {
      return new RemoteRun(this);
    }
  }

  /** One task, from the build's settings. */
  private static final class SingleRun {
    private final Steps steps;
    private final JobOptions options;

    SingleRun(Steps steps) {
      this.steps = steps;
      this.options = steps.options();
    }

    JobResult run() {
      // Everything the user can get wrong is checked here, before a token is spent.
      TaskSettings settings = options.task;
      SolveSpec spec = settings.solveSpec(options.model).withLayout(options.layout());
      SandboxLimits limits = settings.sandboxLimits();
      Path lockFolder = options.lockFolder();
      Optional<SolutionLock> locked =
          lockFolder == null
              ? Optional.empty()
              : steps.locks().fitting("the task", lockFolder, spec);
      if (locked.isPresent()) {
        return fromLock(settings, spec, limits, locked.get());
      }
      if (options.remote != null) {
        Optional<SolveResult> followed = steps.remote().solve(spec, limits);
        return followed
            .map(result -> ended(settings, spec, result, lockFolder, null))
            .orElseGet(() -> JobResult.detached(false));
      }
      steps
          .say()
          .info(
              "Solving in at most "
                  + Quantities.count(spec.maxIterations(), "iteration", "iterations")
                  + " on "
                  + spec.baseImage()
                  + ".");
      Sandbox sandbox = steps.sandboxes().forLimits(limits);
      Solver solver =
          Solver.builder()
              .model(options.chatModel.get())
              .sandbox(sandbox)
              .outputDirectory(options.outputDirectory)
              .listener(steps.say().forTask(null))
              .redactor(options.redactor)
              .build();
      SolveResult result =
          options.resuming()
              ? solver.resume(spec, "true".equals(options.resume) ? null : options.resume)
              : solver.solve(spec);
      return ended(settings, spec, result, lockFolder, sandbox);
    }

    /** A lock that fits: its solution, checked again in the sandbox when asked; no model. */
    private JobResult fromLock(
        TaskSettings settings, SolveSpec spec, SandboxLimits limits, SolutionLock locked) {
      Optional<String> failure = steps.locks().failure(locked, spec, limits);
      if (failure.isPresent()) {
        return single(
            TaskEnding.lockFailed(
                options.taskName, locked.directory(), failure.get(), settings.failOnUnsolved()),
            List.of());
      }
      steps.locks().tookFrom("the task", locked);
      Workspace solution = new Workspace(locked.filesDirectory());
      // The same door as a solved run's apply; the patch goes to a folder of its own.
      steps
          .handover()
          .apply(
              settings,
              solution,
              options.outputDirectory.resolve("from-lock"),
              "the locked solution ");
      return single(
          TaskEnding.fromLock(options.taskName, locked.directory(), settings.failOnUnsolved()),
          steps.handover().generate(Map.of(options.taskName, solution)));
    }

    /**
     * A run that ended: its report named, and when solved, locked (what was paid for is kept
     * first), applied and generated.
     *
     * @param sandbox where it ran; null when it ran on a remote worker
     */
    private JobResult ended(
        TaskSettings settings,
        SolveSpec spec,
        SolveResult result,
        Path lockFolder,
        Sandbox sandbox) {
      TaskEnding ending = TaskEnding.ran(options.taskName, result, settings.failOnUnsolved());
      if (result.runDirectory() == null) {
        return single(ending, List.of());
      }
      steps.say().info("Report: " + result.runDirectory().resolve(Reports.HTML));
      if (!result.solved()) {
        return single(ending, List.of());
      }
      steps.say().info("Solved in " + result.tally() + ". Solution: " + result.solutionDirectory());
      Workspace solution = new Workspace(result.solutionDirectory());
      if (lockFolder != null) {
        steps.locks().lock(lockFolder, spec, result, sandbox);
      }
      steps.handover().apply(settings, solution, result.runDirectory(), "");
      return single(ending, steps.handover().generate(Map.of(result.runId(), solution)));
    }

    private JobResult single(TaskEnding ending, List<JobResult.GeneratedRoot> sources) {
      return new JobResult(List.of(ending), false, options.resuming(), false, sources, null, null);
    }
  }
}
