package dev.azlon.solve;

import dev.azlon.budget.Meter;
import dev.azlon.budget.Usage;
import dev.azlon.generate.Transcript;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How a solve ended and where its work is. Once a run has begun, every ending is a result, failures
 * included: the run folder then holds its state and reports, and {@link #failure()} the cause.
 *
 * @param outcome how it ended
 * @param iterations how many iterations ran to their verdict
 * @param files the final files, relative to {@code solutionDirectory}, sorted
 * @param runDirectory the run's folder, with its history and records
 * @param solutionDirectory the final files (a git repository with one commit per iteration)
 * @param usage what the model calls cost: tokens, and dollars where prices are known
 * @param detail why the solve ended, in a sentence
 * @param duration how long the run took, as its reports say
 * @param model the model that answered, when one did
 * @param cause what stopped the run, for outcomes that are failures; null otherwise
 */
public record SolveResult(
    Outcome outcome,
    int iterations,
    List<String> files,
    Path runDirectory,
    Path solutionDirectory,
    Usage usage,
    String detail,
    Duration duration,
    String model,
    RuntimeException cause) {

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

  /**
   * What stopped the run, when a failure did; an {@link dev.azlon.AzlonException}'s type says
   * whether trying again may help.
   */
  public Optional<RuntimeException> failure() {
    return Optional.ofNullable(cause);
  }

  /** What the run took, in words: {@code 2 iterations, 3.1 s, 360 tokens (about $0.0014)}. */
  public String tally() {
    return iterations
        + (iterations == 1 ? " iteration" : " iterations")
        + String.format(Locale.ROOT, ", %.1f s, ", duration.toMillis() / 1000.0)
        + usage.describeTokens()
        + usage.costUsd().map(cost -> " (about $" + Meter.dollars(cost) + ")").orElse("");
  }

  /**
   * The run's transcript: every model exchange, which {@code replay} serves again; null when the
   * run left no folder here.
   */
  public Path transcript() {
    return runDirectory == null ? null : runDirectory.resolve(Transcript.FILE_NAME);
  }

  /** The run's id, which {@code resume} takes. */
  public String runId() {
    return runDirectory.getFileName().toString();
  }
}
