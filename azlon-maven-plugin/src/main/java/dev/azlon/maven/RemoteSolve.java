package dev.azlon.maven;

import dev.azlon.Redactor;
import dev.azlon.Setting;
import dev.azlon.sandbox.SandboxLimits;
import dev.azlon.solve.RemoteOptions;
import dev.azlon.solve.RemoteSolver;
import dev.azlon.solve.SolveResult;
import dev.azlon.solve.SolveSpec;
import dev.azlon.spec.TaskSettings;
import dev.azlon.workspace.Workspace;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;

/**
 * A solve on remote workers: validated here as a local one, submitted, followed with the same log
 * lines, its run folder written here, and the build ending as a local solve would end it.
 */
final class RemoteSolve {

  private final SolveMojo mojo;
  private final Redactor redactor;

  RemoteSolve(SolveMojo mojo, Redactor redactor) {
    this.mojo = mojo;
    this.redactor = redactor;
  }

  /**
   * @param lockFolder where a solved task is locked, if locks are on
   */
  void solve(TaskSettings settings, SolveSpec spec, SandboxLimits limits, Optional<Path> lockFolder)
      throws MojoExecutionException, MojoFailureException {
    RemoteSolver remote =
        RemoteSolver.find(getClass().getClassLoader())
            .orElseThrow(
                () ->
                    new MojoExecutionException(
                        Setting.TEMPORAL_TARGET.howToSet()
                            + " is set, but no remote solver is on the plugin's class path. Add"
                            + " dev.azlon:azlon-temporal (the plugin's version) under the"
                            + " azlon-maven-plugin's <dependencies> in the POM, or unset "
                            + Setting.TEMPORAL_TARGET.parameter()
                            + " to solve here."));
    RemoteOptions options = mojo.remoteOptions();
    String id = remote.submit(mojo.specName(), spec, limits, options);
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
                + id
                + ".");
    if (mojo.temporalDetach) {
      mojo.getLog().info("Not following it (" + Setting.TEMPORAL_DETACH.property() + "): " + id);
      return;
    }
    Thread stop =
        new Thread(
            () -> {
              if (options.cancelOnInterrupt()) {
                remote.cancel(id, options);
                System.err.println("[azlon] Stopped; the remote solve " + id + " was cancelled.");
              } else {
                System.err.println(
                    "[azlon] Stopped following; the remote solve "
                        + id
                        + " goes on. Submit the same spec again to follow it, or set "
                        + Setting.TEMPORAL_CANCEL_ON_INTERRUPT.property()
                        + "=true to cancel on Ctrl-C.");
              }
            },
            "azlon-remote-stop");
    Runtime.getRuntime().addShutdownHook(stop);
    SolveResult result;
    try {
      result =
          remote.follow(id, options, new ProgressLog(mojo.getLog(), ""), mojo.outputDirectory());
    } finally {
      try {
        Runtime.getRuntime().removeShutdownHook(stop);
      } catch (IllegalStateException shuttingDown) {
        // The hook runs: the JVM is stopping.
      }
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
            mojo.getLog(), settings, spec.maxIterations(), "the workers' own keys", redactor)
        .report(result);
    if (result.solved()) {
      lockFolder.ifPresent(folder -> mojo.lockSolution(folder, spec, result, null));
      mojo.generateSources(Map.of(result.runId(), new Workspace(result.solutionDirectory())));
    }
  }
}
