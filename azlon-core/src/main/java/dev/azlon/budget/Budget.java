package dev.azlon.budget;

import dev.azlon.ConfigurationException;
import dev.azlon.Setting;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Optional;

/**
 * Hard limits on a solve, checked before every model call. Any may be absent.
 *
 * @param maxTokens input and output tokens together
 * @param maxCostUsd estimated dollars, which needs {@code prices}
 * @param timeout wall-clock time for the whole solve
 * @param prices what the model charges, if known; also used to report the estimated cost
 */
public record Budget(
    Optional<Long> maxTokens,
    Optional<BigDecimal> maxCostUsd,
    Optional<Duration> timeout,
    Optional<Prices> prices) {

  public Budget {
    maxTokens.ifPresent(tokens -> check(tokens > 0, Setting.MAX_TOKENS, "must be more than zero"));
    maxCostUsd.ifPresent(
        cost -> check(cost.signum() > 0, Setting.MAX_COST_USD, "must be more than zero"));
    timeout.ifPresent(
        t -> check(!t.isNegative() && !t.isZero(), Setting.TIMEOUT, "must be longer than zero"));
    if (maxCostUsd.isPresent() && prices.isEmpty()) {
      throw new ConfigurationException(
          Setting.MAX_COST_USD,
          "maxCostUsd needs the model's prices, and none are known for this model. Set"
              + " inputPricePerMillion and outputPricePerMillion.");
    }
  }

  /** No limits, no prices. */
  public static Budget unlimited() {
    return new Budget(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }

  private static void check(boolean holds, Setting setting, String rule) {
    if (!holds) {
      throw new ConfigurationException(setting, setting.key() + " " + rule + ".");
    }
  }
}
