package dev.azlon.maven;

import dev.azlon.AzlonException;
import dev.azlon.Redactor;
import dev.azlon.Setting;
import dev.azlon.apply.Solution;
import dev.azlon.budget.Meter;
import dev.azlon.report.Reports;
import dev.azlon.solve.SolveResult;
import dev.azlon.spec.TaskSettings;
import dev.azlon.workspace.Workspace;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;

/**
 * Tells Maven how a solve ended: a summary line, the solution applied when asked, and the build's
 * result. Each outcome maps to one: SOLVED to success; UNSOLVED, STUCK and BUDGET_EXCEEDED (the
 * solve ran, and did not solve) to a {@code MojoFailureException}; every failure that stopped it to
 * a {@code MojoExecutionException}, through {@link MojoErrors}.
 */
final class ResultReport {

  private final Log log;
  private final TaskSettings settings;
  private final int maxIterations;
  private final String keySource;
  private final Redactor redactor;
  private final Path projectRoot;

  /**
   * @param projectRoot the project's base folder, where the default apply refusals are judged
   */
  ResultReport(
      Log log,
      TaskSettings settings,
      int maxIterations,
      String keySource,
      Redactor redactor,
      Path projectRoot) {
    this.log = log;
    this.projectRoot = projectRoot;
    this.settings = settings;
    this.maxIterations = maxIterations;
    this.keySource = keySource;
    this.redactor = redactor;
  }

  void report(SolveResult result) throws MojoExecutionException, MojoFailureException {
    String tally =
        result.iterations()
            + (result.iterations() == 1 ? " iteration" : " iterations")
            + String.format(Locale.ROOT, ", %.1f s, ", result.duration().toMillis() / 1000.0)
            + result.usage().describeTokens()
            + result
                .usage()
                .costUsd()
                .map(cost -> " (about $" + Meter.dollars(cost) + ")")
                .orElse("");
    log.info("Report: " + result.runDirectory().resolve(Reports.HTML));
    String files = " The files and their history are in " + result.solutionDirectory() + ".";
    String resume = " Continue it with -D" + Setting.RESUME.property() + "=" + result.runId() + ".";
    switch (result.outcome()) {
      case SOLVED -> solved(result, tally);
      case BUDGET_EXCEEDED ->
          unsolved(
              "Stopped by the budget after "
                  + tally
                  + ": "
                  + result.detail()
                  + files
                  + " Raise the limit it names ("
                  + Setting.MAX_TOKENS.howToSet()
                  + ", "
                  + Setting.MAX_COST_USD.howToSet()
                  + ", "
                  + Setting.TIMEOUT.howToSet()
                  + ")."
                  + resume);
      case STUCK ->
          unsolved(
              "Stuck after "
                  + tally
                  + ": "
                  + result.detail()
                  + files
                  + " Refine the prompt or test conditions; "
                  + Setting.MAX_REPEATED_FAILURES.howToSet()
                  + " sets how many repeats end a run.");
      case UNSOLVED ->
          unsolved(
              "Not solved after "
                  + tally
                  + " (maxIterations = "
                  + maxIterations
                  + ")."
                  + files
                  + " Refine the prompt or test conditions, or allow"
                  + " more iterations with "
                  + Setting.MAX_ITERATIONS.howToSet()
                  + ".");
      default -> throw stopped(result, tally, resume);
    }
  }

  private void solved(SolveResult result, String tally) throws MojoExecutionException {
    log.info("Solved in " + tally + ". Solution: " + result.solutionDirectory());
    try {
      apply(result);
    } catch (AzlonException e) {
      throw MojoErrors.couldNotRun(e, keySource, redactor);
    }
  }

  /** Copies a solved run's files into the project, when the settings ask for it. */
  void apply(SolveResult result) {
    if (settings.apply()) {
      apply(
          log,
          settings,
          new Workspace(result.solutionDirectory()),
          result.runDirectory(),
          projectRoot,
          "");
    }
  }

  /**
   * Copies a solution into the apply directory through the guarded door, and says so.
   *
   * @param patchFolder where {@code solution.patch} goes (made when missing)
   * @param projectRoot the project's base folder, where the default refusals are judged
   * @param what how to name the solution in the log ("the locked solution "), or ""
   */
  static void apply(
      Log log,
      TaskSettings settings,
      Workspace solution,
      Path patchFolder,
      Path projectRoot,
      String what) {
    Solution.Applied applied =
        Solution.apply(
            solution,
            settings.applyDirectory(),
            projectRoot,
            settings.applyPolicy(),
            settings.overwrite(),
            patchFolder);
    log.info(
        "Applied "
            + what
            + "to "
            + settings.applyDirectory()
            + ": "
            + applied.written().size()
            + " files written, "
            + applied.unchanged().size()
            + " unchanged; patch: "
            + applied.patch());
  }

  /** A run a failure stopped: the failure's own hint, the record, and how to go on. */
  private MojoExecutionException stopped(SolveResult result, String tally, String resume) {
    String hint =
        result
            .failure()
            .map(cause -> MojoErrors.message(cause, keySource))
            .filter(message -> !result.detail().contains(message))
            .map(message -> " " + message)
            .orElse("");
    return new MojoExecutionException(
        redactor.redact(
            result.outcome()
                + " after "
                + tally
                + ": "
                + result.detail()
                + hint
                + " Nothing of it was shown to the model, and the iteration it"
                + " stopped does not count."
                + resume));
  }

  private void unsolved(String message) throws MojoFailureException {
    if (settings.failOnUnsolved()) {
      throw new MojoFailureException(message);
    }
    log.warn(message + " (failOnUnsolved is false, so the build goes on.)");
  }
}
