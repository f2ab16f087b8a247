package dev.azlon.solve;

import dev.azlon.budget.Usage;
import java.nio.file.Path;
import java.util.List;

/**
 * How a solve ended and where its work is.
 *
 * @param outcome solved or not
 * @param iterations how many iterations ran
 * @param files the final files, relative to {@code solutionDirectory}, sorted
 * @param runDirectory the run's folder, with its history and records
 * @param solutionDirectory the final files (a git repository with one commit per iteration)
 * @param usage what the model calls cost: tokens, and dollars where prices are known
 * @param detail why the solve ended, in a sentence
 */
public record SolveResult(
    Outcome outcome,
    int iterations,
    List<String> files,
    Path runDirectory,
    Path solutionDirectory,
    Usage usage,
    String detail) {

  public SolveResult {
    files = List.copyOf(files);
  }

  /** Input and output tokens together. */
  public long tokens() {
    return usage.totalTokens();
  }

  public boolean solved() {
    return outcome == Outcome.SOLVED;
  }
}
