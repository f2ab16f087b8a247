package dev.azlon.temporal;

/**
 * How a solve ended, as a workflow's result: UNSOLVED, STUCK and BUDGET_EXCEEDED are results too,
 * like SOLVED. The solution comes back as an archive ({@link FileArchive}; empty when unsolved).
 *
 * @param outcome the {@code dev.azlon.solve.Outcome}'s name
 * @param runId the run folder's name on the worker that finished it
 * @param worker the worker that finished it
 */
public record SolveReport(
    String outcome,
    String detail,
    int iterations,
    long inputTokens,
    long cachedInputTokens,
    long outputTokens,
    String runId,
    String worker,
    byte[] solution) {}
