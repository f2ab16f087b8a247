package dev.azlon.budget;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * What a solve spent on the model.
 *
 * @param inputTokens tokens sent
 * @param outputTokens tokens received
 * @param costUsd estimated dollars, when the model's prices are known
 */
public record Usage(long inputTokens, long outputTokens, Optional<BigDecimal> costUsd) {

  public long totalTokens() {
    return inputTokens + outputTokens;
  }

  /** What was spent since {@code earlier}; the cost when both are known. */
  public Usage minus(Usage earlier) {
    return new Usage(
        inputTokens - earlier.inputTokens,
        outputTokens - earlier.outputTokens,
        costUsd.flatMap(cost -> earlier.costUsd.map(cost::subtract)));
  }
}
