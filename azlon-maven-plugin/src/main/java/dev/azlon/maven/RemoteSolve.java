package dev.azlon.maven;

import dev.azlon.Redactor;
import dev.azlon.Setting;
import dev.azlon.batch.BatchBudget;
import dev.azlon.batch.BatchTask;
import dev.azlon.batch.RemoteBatch;
import dev.azlon.batch.RemoteBatchSolver;
import dev.azlon.batch.SpecResult;
import dev.azlon.sandbox.SandboxLimits;
import dev.azlon.solve.RemoteOptions;
import dev.azlon.solve.RemoteSubmission;
import dev.azlon.solve.SolveResult;
import dev.azlon.solve.SolveSpec;
import dev.azlon.solve.StopWhileFollowing;
import dev.azlon.spec.TaskSettings;
import dev.azlon.workspace.Workspace;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;

/**
 * Solves on remote workers: a spec or a folder of specs validated here as for a local solve,
 * submitted, followed with the same log lines, its run folders written here, and the build ending
 * as a local solve would end it. Ctrl-C while following leaves the remote work going unless {@code
 * temporalCancelOnInterrupt} says otherwise.
 */
final class RemoteSolve {

  private final SolveMojo mojo;
  private final Redactor redactor;
  private final RemoteBatchSolver remote;
  private final RemoteOptions options;

  RemoteSolve(SolveMojo mojo, Redactor redactor) throws MojoExecutionException {
    this.mojo = mojo;
    this.redactor = redactor;
    this.remote =
        RemoteBatchSolver.find(getClass().getClassLoader())
            .orElseThrow(
                () ->
                    new MojoExecutionException(
                        Setting.TEMPORAL_TARGET.howToSet()
                            + " is set, but no remote solver is on the plugin's class path. Add"
                            + " dev.azlon:azlon-temporal (the plugin's version) under the"
                            + " azlon-maven-plugin's <dependencies> in the POM, or unset "
                            + Setting.TEMPORAL_TARGET.parameter()
                            + " to solve here."));
    this.options = mojo.remoteOptions(redactor);
  }

  /**
   * @param lockFolder where a solved task is locked, if locks are on
   */
  void solve(TaskSettings settings, SolveSpec spec, SandboxLimits limits, Optional<Path> lockFolder)
      throws MojoExecutionException, MojoFailureException {
    RemoteSubmission submission = remote.submit(mojo.specName(), spec, limits, options);
    String id = submission.id();
    if (submission.solvedEarlier()) {
      solvedEarlier("", id);
    } else {
      submitted(id);
    }
    if (mojo.temporalDetach) {
      if (!submission.solvedEarlier()) {
        detached(id);
      }
      return;
    }
    SolveResult result;
    // Solved earlier: nothing goes on remotely, so Ctrl-C has nothing to cancel or leave going.
    try (StopWhileFollowing stop =
        submission.solvedEarlier()
            ? null
            : stopWhileFollowing("the remote solve " + id, id, "spec")) {
      result =
          remote.follow(id, options, new ProgressLog(mojo.getLog(), ""), mojo.outputDirectory());
    }
    if (result.runDirectory() == null) {
      switch (result.outcome()) {
        case CONFIGURATION_ERROR ->
            throw new MojoExecutionException(redactor.redact(result.detail()));
        default ->
            throw new MojoFailureException(
                result.outcome() + ": " + redactor.redact(result.detail()));
      }
    }
    new ResultReport(
            mojo.getLog(),
            settings,
            spec.maxIterations(),
            "the workers' own keys",
            redactor,
            mojo.baseDirectory())
        .report(result);
    if (result.solved()) {
      lockFolder.ifPresent(folder -> mojo.lockSolution(folder, spec, result, null));
      mojo.generateSources(Map.of(result.runId(), new Workspace(result.solutionDirectory())));
    }
  }

  /**
   * Submits the specs as one batch and follows it.
   *
   * @return how each spec went, or empty when the batch was submitted without following it
   */
  Optional<List<SpecResult>> solveBatch(String name, List<BatchTask> tasks, BatchBudget budget) {
    RemoteBatch batch = remote.submitBatch(name, tasks, budget, options);
    batch
        .solvedEarlier()
        .forEach(
            spec -> solvedEarlier("[" + BatchReport.shown(spec) + "] ", batch.solves().get(spec)));
    if (batch.submitted()) {
      int count = tasks.size() - batch.solvedEarlier().size();
      submitted(batch.id() + " (" + count + (count == 1 ? " spec" : " specs") + ")");
    }
    if (mojo.temporalDetach) {
      if (batch.submitted()) {
        detached(batch.id());
      }
      batch.solves().forEach((spec, id) -> mojo.getLog().info("  " + spec + ": " + id));
      return Optional.empty();
    }
    Map<String, ProgressLog> logs = new ConcurrentHashMap<>();
    // Nothing submitted (all solved earlier): nothing to cancel, nothing goes on.
    try (StopWhileFollowing stop =
        batch.submitted()
            ? stopWhileFollowing("the remote batch " + batch.id(), batch.id(), "folder")
            : null) {
      return Optional.of(
          remote.followBatch(
              batch,
              options,
              (spec, event) ->
                  logs.computeIfAbsent(
                          spec,
                          n -> new ProgressLog(mojo.getLog(), "[" + BatchReport.shown(n) + "] "))
                      .on(event),
              mojo.outputDirectory()));
    }
  }

  private void submitted(String what) {
    mojo.getLog()
        .info(
            "Submitted to "
                + remote.engine()
                + " at "
                + options.target()
                + " (namespace "
                + options.namespace()
                + ", task queue "
                + options.taskQueue()
                + ") as "
                + what
                + ".");
  }

  private void solvedEarlier(String prefix, String id) {
    mojo.getLog()
        .info(
            prefix
                + "Solved earlier under "
                + Setting.TEMPORAL_RUN.property()
                + "="
                + options.run()
                + " as "
                + id
                + ": its result is fetched, no model is asked again.");
  }

  private void detached(String id) {
    mojo.getLog()
        .info(
            "Not following it ("
                + Setting.TEMPORAL_DETACH.property()
                + "): "
                + id
                + ". Submit again without "
                + Setting.TEMPORAL_DETACH.property()
                + " and with the same "
                + Setting.TEMPORAL_RUN.property()
                + " to follow it while it goes.");
  }

  private StopWhileFollowing stopWhileFollowing(String what, String id, String submitted) {
    return StopWhileFollowing.install(
        remote,
        what,
        id,
        options,
        "Submit the same " + submitted + " again",
        message -> System.err.println("[azlon] " + message));
  }
}
