package dev.azlon.temporal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * How a solve ended, as a workflow's result: UNSOLVED, STUCK and BUDGET_EXCEEDED are results too,
 * like SOLVED. The run folder comes back as an archive ({@link FileArchive}): its reports and its
 * final files ({@code workspace/}), without the workspace's history and the transcript, which stay
 * on the worker.
 *
 * @param outcome the {@code dev.azlon.solve.Outcome}'s name
 * @param costUsd the estimated cost as decimal text, or null when no prices are known
 * @param model the model that answered, as the server named it, or null
 * @param runId the run folder's name on the worker that finished it
 * @param worker the worker that finished it
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SolveReport(
    String outcome,
    String detail,
    int iterations,
    long inputTokens,
    long cachedInputTokens,
    long outputTokens,
    String costUsd,
    String model,
    long durationMs,
    String runId,
    String worker,
    byte[] runFolder) {

  /** The same report without its run folder. */
  public SolveReport withoutRunFolder() {
    return new SolveReport(
        outcome,
        detail,
        iterations,
        inputTokens,
        cachedInputTokens,
        outputTokens,
        costUsd,
        model,
        durationMs,
        runId,
        worker,
        null);
  }
}
