package dev.azlon.report;

import dev.azlon.budget.Usage;
import dev.azlon.verdict.Verdict;
import java.time.Duration;

/**
 * One iteration as the reports tell it.
 *
 * @param iteration counting from 1
 * @param verdict checks, judge and reason
 * @param outcome how far the candidate got, in words ("the program exited with code 0")
 * @param exitCode the program's exit code, or -1
 * @param buildTime the image build's duration
 * @param runTime the program's duration
 * @param output the capped build log (when the build failed) or program output
 * @param diff what the iteration changed, as a unified diff
 * @param usage what the iteration's model calls used: tokens in and out, and their cost
 * @param imageId the built image, if any
 * @param commit the iteration's commit in the run's history
 * @param duration the whole iteration, wall clock
 * @param judgeAnswer the judge's answer as the model gave it (JSON); null when it was not asked
 */
public record IterationRecord(
    int iteration,
    Verdict verdict,
    String outcome,
    int exitCode,
    Duration buildTime,
    Duration runTime,
    String output,
    String diff,
    Usage usage,
    String imageId,
    String commit,
    Duration duration,
    String judgeAnswer) {

  /** Tokens in and out. */
  public long tokens() {
    return usage.totalTokens();
  }
}
