package dev.azlon.report;

import dev.azlon.budget.Usage;
import dev.azlon.verdict.CheckResult;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Everything the reports tell about a run.
 *
 * @param runId the run folder's name
 * @param prompt what the program should do
 * @param testConditions what its output must satisfy
 * @param outcome the {@code dev.azlon.solve.Outcome}'s name: SOLVED, UNSOLVED, STUCK,
 *     ACCEPTANCE_FAILED, BUDGET_EXCEEDED, INFRA_FAILURE, MODEL_UNAVAILABLE, MODEL_REJECTED,
 *     INTERRUPTED, CONFIGURATION_ERROR or INTERNAL_ERROR; {@value #RUNNING} while the run goes on
 * @param detail why it ended
 * @param startedAt when it began
 * @param duration how long it took
 * @param model the model that answered, as the server named it; null when none did
 * @param usage tokens and estimated cost
 * @param parameters the settings that shaped the run, by name
 * @param promptHashes SHA-256 of each prompt template used, by name
 * @param iterations each iteration, in order
 * @param files the final files (text), by path
 * @param preflight the starting files' pre-flight; null when the run started from nothing
 * @param acceptance each held-out acceptance check's result, in order; empty when none ran
 */
public record RunReport(
    String runId,
    String prompt,
    String testConditions,
    String outcome,
    String detail,
    Instant startedAt,
    Duration duration,
    String model,
    Usage usage,
    Map<String, Object> parameters,
    Map<String, String> promptHashes,
    List<IterationRecord> iterations,
    Map<String, String> files,
    Preflight preflight,
    List<CheckResult> acceptance) {

  public RunReport {
    acceptance = acceptance == null ? List.of() : List.copyOf(acceptance);
  }

  /** The outcome of a run still going: its reports are rewritten after each phase. */
  public static final String RUNNING = "RUNNING";

  public boolean running() {
    return RUNNING.equals(outcome);
  }
}
