package dev.azlon.solve;

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
 * @param tokens the model tokens the solve used, input and output together
 */
public record SolveResult(
    Outcome outcome,
    int iterations,
    List<String> files,
    Path runDirectory,
    Path solutionDirectory,
    long tokens) {

  public SolveResult {
    files = List.copyOf(files);
  }

  public boolean solved() {
    return outcome == Outcome.SOLVED;
  }
}
