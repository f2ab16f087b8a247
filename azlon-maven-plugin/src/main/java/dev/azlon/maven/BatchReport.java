package dev.azlon.maven;

import dev.azlon.AzlonException;
import dev.azlon.Redactor;
import dev.azlon.batch.BatchSummary;
import dev.azlon.batch.BatchTask;
import dev.azlon.batch.JUnitReport;
import dev.azlon.batch.SpecResult;
import dev.azlon.lock.SolutionLock;
import dev.azlon.report.Reports;
import dev.azlon.solve.Outcome;
import dev.azlon.solve.SolveResult;
import dev.azlon.spec.TaskSettings;
import dev.azlon.workspace.FileNames;
import dev.azlon.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;

/**
 * Tells Maven how a batch went: a line per spec, solutions applied where their spec asks, the JUnit
 * XML and batch summary written, and the build's result: success only when every spec was solved; a
 * failure listing each spec that was not, with its outcome and reason.
 */
final class BatchReport {

  private final Log log;
  private final String keySource;
  private final Redactor redactor;
  private final Path projectRoot;

  /**
   * @param projectRoot the project's base folder, where the default apply refusals are judged
   */
  BatchReport(Log log, String keySource, Redactor redactor, Path projectRoot) {
    this.log = log;
    this.keySource = keySource;
    this.redactor = redactor;
    this.projectRoot = projectRoot;
  }

  void report(
      List<SpecResult> results,
      Map<BatchTask, TaskSettings> tasks,
      Path outputDirectory,
      Path reportsDirectory,
      boolean resuming)
      throws MojoExecutionException, MojoFailureException {
    List<String> unsolved = new ArrayList<>();
    boolean stopped = false;
    boolean failOnUnsolved = false;
    for (SpecResult spec : results) {
      TaskSettings settings = settingsOf(tasks, spec.name());
      writeJUnit(reportsDirectory, spec);
      if (spec.locked()) {
        applyFromLock(spec, settings, outputDirectory);
        continue;
      }
      if (spec.result() == null) {
        log.info("[" + shown(spec.name()) + "] not started: " + spec.notStarted() + ".");
        if (!resuming) {
          unsolved.add(shown(spec.name()) + ": NOT_STARTED, " + spec.notStarted());
          failOnUnsolved |= settings.failOnUnsolved();
        }
        continue;
      }
      SolveResult result = spec.result();
      log.info(
          "["
              + shown(spec.name())
              + "] "
              + result.outcome()
              + (result.runDirectory() == null
                  ? ": " + redactor.redact(result.detail())
                  : ", report: " + report(result)));
      if (result.solved()) {
        apply(spec.name(), settings, result);
      } else {
        unsolved.add(
            shown(spec.name())
                + ": "
                + result.outcome()
                + ", "
                + result.detail().lines().findFirst().orElse(""));
        Outcome outcome = result.outcome();
        stopped |= !outcome.isFinal() && outcome != Outcome.BUDGET_EXCEEDED;
        failOnUnsolved |= settings.failOnUnsolved();
      }
    }
    writeSummary(outputDirectory, results);
    long solved = results.stream().filter(SpecResult::solved).count();
    log.info(
        solved
            + " of "
            + results.size()
            + " specs solved. Batch: "
            + outputDirectory.resolve(BatchSummary.HTML)
            + "; JUnit XML: "
            + reportsDirectory);
    if (unsolved.isEmpty()) {
      return;
    }
    String message =
        redactor.redact(
            unsolved.size()
                + (unsolved.size() == 1 ? " spec was" : " specs were")
                + " not solved:\n  "
                + String.join("\n  ", unsolved)
                + "\nEach run's report.html says why; -Dazlon.resume=true continues the"
                + " unfinished ones.");
    if (stopped) {
      throw new MojoExecutionException(message);
    }
    if (failOnUnsolved) {
      throw new MojoFailureException(message);
    }
    log.warn(message + " (failOnUnsolved is false, so the build goes on.)");
  }

  private void apply(String name, TaskSettings settings, SolveResult result)
      throws MojoExecutionException {
    try {
      new ResultReport(log, settings, 0, keySource, redactor, projectRoot).apply(result);
    } catch (AzlonException e) {
      throw MojoErrors.couldNotRun(e, keySource, redactor);
    }
  }

  /** A spec taken from its lock is applied as a single task's is, through the same door. */
  private void applyFromLock(SpecResult spec, TaskSettings settings, Path outputDirectory)
      throws MojoExecutionException {
    if (!settings.apply()) {
      return;
    }
    try {
      ResultReport.apply(
          log,
          settings,
          new Workspace(spec.lock().resolve(SolutionLock.FILES)),
          outputDirectory.resolve(spec.name()).resolve("from-lock"),
          projectRoot,
          "[" + shown(spec.name()) + "] the locked solution ");
    } catch (AzlonException e) {
      throw MojoErrors.couldNotRun(e, keySource, redactor);
    }
  }

  private void writeJUnit(Path reportsDirectory, SpecResult spec) {
    try {
      JUnitReport.write(reportsDirectory, spec, redactor);
    } catch (IOException | RuntimeException e) {
      log.warn(
          "The JUnit report of " + shown(spec.name()) + " could not be written: " + e.getMessage());
    }
  }

  private void writeSummary(Path outputDirectory, List<SpecResult> results) {
    try {
      BatchSummary.write(outputDirectory, results, redactor);
    } catch (IOException | RuntimeException e) {
      log.warn("The batch summary could not be written: " + e.getMessage());
    }
  }

  /** A spec's name in a log line: no character of it can split or forge a line. */
  static String shown(String name) {
    return FileNames.printable(name);
  }

  private static String report(SolveResult result) {
    return result.runDirectory().resolve(Reports.HTML).toString();
  }

  private static TaskSettings settingsOf(Map<BatchTask, TaskSettings> tasks, String name) {
    return tasks.entrySet().stream()
        .filter(entry -> entry.getKey().name().equals(name))
        .map(Map.Entry::getValue)
        .findFirst()
        .orElseThrow();
  }
}
