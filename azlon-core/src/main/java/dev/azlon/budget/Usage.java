package dev.azlon.budget;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;

/**
 * What a solve spent on the model.
 *
 * @param inputTokens tokens sent, cached ones included
 * @param cachedInputTokens of those, the tokens the provider reported as served from its prompt
 *     cache (billed at the cached-input price)
 * @param outputTokens tokens received
 * @param costUsd estimated dollars, when the model's prices are known
 */
public record Usage(
    long inputTokens, long cachedInputTokens, long outputTokens, Optional<BigDecimal> costUsd) {

  public long totalTokens() {
    return inputTokens + outputTokens;
  }

  /** "12,345 tokens", with "(8,192 of the input cached)" when the provider reported a cache hit. */
  public String describeTokens() {
    return String.format(Locale.ROOT, "%,d tokens", totalTokens())
        + (cachedInputTokens == 0
            ? ""
            : String.format(Locale.ROOT, " (%,d of the input cached)", cachedInputTokens));
  }

  /** The tokens spent since {@code earlier}, not yet priced. */
  Usage tokensSince(Usage earlier) {
    return new Usage(
        inputTokens - earlier.inputTokens,
        cachedInputTokens - earlier.cachedInputTokens,
        outputTokens - earlier.outputTokens,
        Optional.empty());
  }
}
