package dev.azlon.run;

import dev.azlon.Redactor;
import dev.azlon.budget.Usage;
import dev.azlon.report.IterationRecord;
import dev.azlon.report.Preflight;
import dev.azlon.report.Reports;
import dev.azlon.report.RunReport;
import dev.azlon.sandbox.CandidateRun;
import dev.azlon.sandbox.Excerpt;
import dev.azlon.solve.Outcome;
import dev.azlon.solve.SolveSpec;
import dev.azlon.verdict.Check;
import dev.azlon.verdict.CheckResult;
import dev.azlon.verdict.Verdict;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Keeps what the reports tell of a run, iteration by iteration, and writes them at the end. */
public final class RunRecorder {

  private static final int REPORT_OUTPUT_CHARS = 16 * 1024;

  /** How much of an iteration's diff the reports keep. */
  static final int REPORT_DIFF_CHARS = 64 * 1024;

  private final SolveSpec spec;
  private final String sandboxRules;
  private final Map<String, String> promptHashes;
  private final Clock clock;
  private final Instant startedAt;
  private final List<IterationRecord> iterations = new ArrayList<>();
  private Instant iterationStart;
  private Preflight preflight;
  private List<CheckResult> acceptance = List.of();

  public RunRecorder(
      SolveSpec spec, String sandboxRules, Map<String, String> promptHashes, Clock clock) {
    this.spec = spec;
    this.sandboxRules = sandboxRules;
    this.promptHashes = promptHashes;
    this.clock = clock;
    this.startedAt = clock.instant();
  }

  public void preflight(int files, CandidateRun run) {
    preflight =
        new Preflight(files, run.buildTime(), run.runTime(), run.describe(), run.exitCode());
  }

  /** Records the held-out acceptance checks' results, run after the loop solved the task. */
  public void acceptance(List<CheckResult> results) {
    acceptance = List.copyOf(results);
  }

  public void iterationStarted() {
    iterationStart = clock.instant();
  }

  /** Records an iteration; {@code run} is null when nothing was built. */
  public void iterationEnded(
      int iteration,
      Verdict verdict,
      CandidateRun run,
      String judgeAnswer,
      String commit,
      String diff,
      Usage usage) {
    Duration duration = Duration.between(iterationStart, clock.instant());
    String answer = judgeAnswer == null ? null : Excerpt.of(judgeAnswer, REPORT_OUTPUT_CHARS);
    iterations.add(
        run == null
            ? new IterationRecord(
                iteration,
                verdict,
                "nothing was built",
                -1,
                Duration.ZERO,
                Duration.ZERO,
                "",
                diff,
                usage,
                null,
                commit,
                duration,
                answer)
            : new IterationRecord(
                iteration,
                verdict,
                run.describe(),
                run.exitCode(),
                run.buildTime(),
                run.runTime(),
                Excerpt.ofRun(run, REPORT_OUTPUT_CHARS),
                diff,
                usage,
                run.imageId(),
                commit,
                duration,
                answer));
  }

  /** Time since the run began. */
  Duration elapsed() {
    return Duration.between(startedAt, clock.instant());
  }

  void write(
      Path runDirectory,
      Outcome outcome,
      String detail,
      Duration duration,
      String model,
      Usage usage,
      Map<String, String> files,
      Redactor redactor) {
    write(runDirectory, outcome.name(), detail, duration, model, usage, files, redactor);
  }

  /** The reports of a run still going, which say so and refresh themselves in a browser. */
  void writeInProgress(
      Path runDirectory,
      String detail,
      String model,
      Usage usage,
      Map<String, String> files,
      Redactor redactor) {
    write(runDirectory, RunReport.RUNNING, detail, elapsed(), model, usage, files, redactor);
  }

  private void write(
      Path runDirectory,
      String outcome,
      String detail,
      Duration duration,
      String model,
      Usage usage,
      Map<String, String> files,
      Redactor redactor) {
    Reports.write(
        runDirectory,
        new RunReport(
            runDirectory.getFileName().toString(),
            spec.prompt(),
            spec.testConditions(),
            outcome,
            detail,
            startedAt,
            duration,
            model,
            usage,
            parameters(),
            promptHashes,
            List.copyOf(iterations),
            files,
            preflight,
            acceptance),
        redactor);
  }

  private Map<String, Object> parameters() {
    Map<String, Object> parameters = new LinkedHashMap<>();
    parameters.put("maxIterations", spec.maxIterations());
    parameters.put("baseImage", spec.baseImage());
    parameters.put("allowedBaseImages", spec.allowedBaseImages());
    parameters.put("judge", spec.judge());
    parameters.put("checks", spec.checks().effective().stream().map(Check::describe).toList());
    if (!spec.acceptance().isEmpty()) {
      parameters.put(
          "acceptance", spec.acceptance().configured().stream().map(Check::describe).toList());
    }
    spec.budget().maxTokens().ifPresent(max -> parameters.put("maxTokens", max));
    spec.budget().maxCostUsd().ifPresent(max -> parameters.put("maxCostUsd", max));
    spec.budget().timeout().ifPresent(t -> parameters.put("timeout", t.toString()));
    parameters.put("maxRepeatedFailures", spec.maxRepeatedFailures());
    parameters.put("contextTokens", spec.contextTokens());
    parameters.put(
        "sandbox", sandboxRules.lines().map(line -> line.replaceFirst("^- ", "")).toList());
    return parameters;
  }
}
