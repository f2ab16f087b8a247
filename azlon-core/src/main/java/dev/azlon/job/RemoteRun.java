package dev.azlon.job;

import dev.azlon.ConfigurationException;
import dev.azlon.Setting;
import dev.azlon.batch.BatchBudget;
import dev.azlon.batch.BatchTask;
import dev.azlon.batch.SpecResult;
import dev.azlon.remote.RemoteBatch;
import dev.azlon.remote.RemoteBatchSolver;
import dev.azlon.remote.RemoteOptions;
import dev.azlon.remote.RemoteSubmission;
import dev.azlon.remote.StopWhileFollowing;
import dev.azlon.sandbox.SandboxLimits;
import dev.azlon.solve.SolveResult;
import dev.azlon.solve.SolveSpec;
import java.util.List;
import java.util.Optional;

/**
 * Solves on remote workers: a task or a folder of specs, checked here as for a local solve,
 * submitted, and followed with the same events, its run folders written here. Ctrl-C while
 * following leaves the remote work going unless the options ask to cancel it.
 */
final class RemoteRun {

  private final JobOptions options;
  private final Say say;
  private final RemoteOptions remote;
  private final RemoteBatchSolver solver;

  RemoteRun(Job.Steps steps) {
    this.options = steps.options();
    this.say = steps.say();
    this.remote = options.remote;
    this.solver =
        options.remoteSolver != null
            ? options.remoteSolver
            : RemoteBatchSolver.find(RemoteRun.class.getClassLoader())
                .orElseThrow(
                    () ->
                        new ConfigurationException(
                            Setting.TEMPORAL_TARGET,
                            Setting.TEMPORAL_TARGET.mention()
                                + " is set, but no remote solver is on the class path: add"
                                + " dev.azlon:azlon-temporal (Azlon's version) to it, or unset "
                                + Setting.TEMPORAL_TARGET.mention()
                                + " to solve here."));
  }

  /**
   * Submits the task and follows it.
   *
   * @return how it ended, or empty when it was submitted without following it
   */
  Optional<SolveResult> solve(SolveSpec spec, SandboxLimits limits) {
    RemoteSubmission submission = solver.submit(options.taskName, spec, limits, remote);
    String id = submission.id();
    if (submission.solvedEarlier()) {
      solvedEarlier(null, id);
    } else {
      submitted(id);
    }
    if (options.detach) {
      if (!submission.solvedEarlier()) {
        detached(id);
      }
      return Optional.empty();
    }
    // Solved earlier: nothing goes on remotely, so Ctrl-C has nothing to cancel or leave going.
    try (StopWhileFollowing stop =
        submission.solvedEarlier()
            ? null
            : stopWhileFollowing("the remote solve " + id, id, "spec")) {
      return Optional.of(solver.follow(id, remote, say.forTask(null), options.outputDirectory));
    }
  }

  /**
   * Submits the specs as one batch and follows it.
   *
   * @param name the batch's name, such as its folder's
   * @return how each spec went, or empty when the batch was submitted without following it
   */
  Optional<List<SpecResult>> solveBatch(String name, List<BatchTask> tasks) {
    BatchBudget budget =
        new BatchBudget(
            // The workers' own --concurrent-solves bound what runs.
            options.parallel == null ? tasks.size() : options.parallel,
            options.batchMaxTokens,
            options.batchMaxCostUsd);
    RemoteBatch batch = solver.submitBatch(name, tasks, budget, remote);
    batch.solvedEarlier().forEach(spec -> solvedEarlier(spec, batch.solves().get(spec)));
    if (batch.submitted()) {
      int count = tasks.size() - batch.solvedEarlier().size();
      submitted(batch.id() + " (" + count + (count == 1 ? " spec" : " specs") + ")");
    }
    if (options.detach) {
      if (batch.submitted()) {
        detached(batch.id());
      }
      batch.solves().forEach((spec, id) -> say.info("  " + spec + ": " + id));
      return Optional.empty();
    }
    // Nothing submitted (all solved earlier): nothing to cancel, nothing goes on.
    try (StopWhileFollowing stop =
        batch.submitted()
            ? stopWhileFollowing("the remote batch " + batch.id(), batch.id(), "folder")
            : null) {
      return Optional.of(
          solver.followBatch(
              batch,
              remote,
              (spec, event) -> say.forTask(spec).on(event),
              options.outputDirectory));
    }
  }

  private void submitted(String what) {
    say.info(
        "Submitted to "
            + solver.engine()
            + " at "
            + remote.target()
            + " (namespace "
            + remote.namespace()
            + ", task queue "
            + remote.taskQueue()
            + ") as "
            + what
            + ".");
  }

  private void solvedEarlier(String spec, String id) {
    say.info(
        spec,
        "Solved earlier under "
            + Setting.TEMPORAL_RUN.named(remote.run())
            + " as "
            + id
            + ": its result is fetched, no model is asked again.");
  }

  private void detached(String id) {
    say.info(
        "Not following it ("
            + Setting.TEMPORAL_DETACH.named()
            + "): "
            + id
            + ". Submit again without "
            + Setting.TEMPORAL_DETACH.named()
            + " and with the same "
            + Setting.TEMPORAL_RUN.named()
            + " to follow it while it goes.");
  }

  private StopWhileFollowing stopWhileFollowing(String what, String id, String submitted) {
    return StopWhileFollowing.install(
        solver, what, id, remote, "Submit the same " + submitted + " again", say::stopping);
  }
}
