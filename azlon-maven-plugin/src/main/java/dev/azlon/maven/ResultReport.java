package dev.azlon.maven;

import dev.azlon.budget.Meter;
import dev.azlon.report.Reports;
import dev.azlon.solve.SolveResult;
import dev.azlon.workspace.Solution;
import dev.azlon.workspace.Workspace;
import java.time.Duration;
import java.util.Locale;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;

/**
 * Tells Maven how a solve ended: a summary line, the solution applied when asked, and BUILD
 * FAILURE or BUILD ERROR with the parameter to change when it did not solve.
 */
final class ResultReport {

  private final AbstractSolveMojo mojo;

  ResultReport(AbstractSolveMojo mojo) {
    this.mojo = mojo;
  }

  void report(SolveResult result, Duration duration)
      throws MojoExecutionException, MojoFailureException {
    String tally = result.iterations() + (result.iterations() == 1 ? " iteration" : " iterations")
        + String.format(Locale.ROOT, ", %.1f s, %,d tokens", duration.toMillis() / 1000.0,
            result.tokens())
        + result.usage().costUsd().map(cost -> " (about $" + Meter.dollars(cost) + ")").orElse("");
    mojo.getLog().info("Report: " + result.runDirectory().resolve(Reports.HTML));
    String resumeHint = " Continue it with -Dazlon.resume=" + result.runDirectory().getFileName()
        + ".";
    switch (result.outcome()) {
      case SOLVED -> {
        mojo.getLog().info("Solved in " + tally + ". Solution: " + result.solutionDirectory());
        if (mojo.apply) {
          Solution.Applied applied = Solution.apply(new Workspace(result.solutionDirectory()),
              mojo.applyDirectory.toPath(), mojo.overwrite,
              result.runDirectory().resolve("solution.patch"));
          mojo.getLog().info("Applied to " + mojo.applyDirectory + ": " + applied.written().size()
              + " files written, " + applied.unchanged().size() + " unchanged; patch: "
              + applied.patch());
        }
      }
      case BUDGET_EXCEEDED -> unsolved("Stopped by the budget after "
          + tally + ": " + result.detail() + " The files and their history are in "
          + result.solutionDirectory() + ". Raise the limit it names (<maxTokens> /"
          + " -Dazlon.maxTokens, <maxCostUsd> / -Dazlon.maxCostUsd, <timeout> / -Dazlon.timeout)."
          + resumeHint);
      case INFRA_FAILURE -> throw new MojoExecutionException(result.detail()
          + " Nothing of it was shown to the model, and the iteration does not count."
          + resumeHint);
      case STUCK -> unsolved("Stuck after " + tally + ": " + result.detail() + " The files and"
          + " their history are in " + result.solutionDirectory() + ". Refine the prompt or test"
          + " conditions; <maxRepeatedFailures> / -Dazlon.maxRepeatedFailures sets how many"
          + " repeats end a run.");
      case UNSOLVED -> unsolved("Not solved after " + tally
          + " (maxIterations = " + mojo.maxIterations + "). The files and their history are in "
          + result.solutionDirectory() + ". Refine the prompt or test conditions, or allow more"
          + " iterations with <maxIterations> / -Dazlon.maxIterations.");
    }
  }

  private void unsolved(String message) throws MojoFailureException {
    if (mojo.failOnUnsolved) {
      throw new MojoFailureException(message);
    }
    mojo.getLog().warn(message + " (failOnUnsolved is false, so the build goes on.)");
  }
}
