package dev.azlon.batch;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * What bounds a batch as a whole: once the specs that ended have used a budget up, the specs not
 * yet started are not started.
 *
 * @param parallel how many specs are solved at once
 * @param maxTokens the tokens all specs may use together, or null for no bound
 * @param maxCostUsd the dollars all specs may cost together, or null for no bound
 */
public record BatchBudget(int parallel, Long maxTokens, BigDecimal maxCostUsd) {

  public BatchBudget {
    if (parallel < 1) {
      throw new IllegalArgumentException("parallel must be at least 1: " + parallel);
    }
  }

  /**
   * Why a spec may not start once the specs before it used {@code tokens} and {@code costUsd}, or
   * empty when it may.
   */
  public Optional<String> spent(long tokens, BigDecimal costUsd) {
    if (maxTokens != null && tokens >= maxTokens) {
      return Optional.of(
          "the batch's token budget (batchMaxTokens "
              + maxTokens
              + ") was used up by the specs before it ("
              + tokens
              + " tokens)");
    }
    if (maxCostUsd != null && costUsd.compareTo(maxCostUsd) >= 0) {
      return Optional.of(
          "the batch's cost budget (batchMaxCostUsd "
              + maxCostUsd.toPlainString()
              + ") was used up by the specs before it ($"
              + costUsd.toPlainString()
              + ")");
    }
    return Optional.empty();
  }
}
