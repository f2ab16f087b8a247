package dev.azlon.budget;

import dev.azlon.ConfigurationException;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a model charges, in US dollars per million input and output tokens. Defaults exist for
 * well-known OpenAI models (list prices as of 2026; override them for your contract or server).
 */
public record Prices(BigDecimal inputPerMillion, BigDecimal outputPerMillion) {

  private static final Map<String, Prices> KNOWN = Map.of(
      "gpt-4o", of("2.50", "10.00"),
      "gpt-4o-mini", of("0.15", "0.60"),
      "gpt-4.1", of("2.00", "8.00"),
      "gpt-4.1-mini", of("0.40", "1.60"),
      "gpt-4.1-nano", of("0.10", "0.40"),
      "o3-mini", of("1.10", "4.40"),
      "o4-mini", of("1.10", "4.40"));

  public Prices {
    if (inputPerMillion.signum() < 0 || outputPerMillion.signum() < 0) {
      throw new ConfigurationException("prices", "Token prices cannot be negative.");
    }
  }

  public static Prices of(String inputPerMillion, String outputPerMillion) {
    return new Prices(new BigDecimal(inputPerMillion), new BigDecimal(outputPerMillion));
  }

  /** The default prices of a well-known model, matched by name ("gpt-4o-2024-08-06" too). */
  public static Optional<Prices> known(String model) {
    if (model == null) {
      return Optional.empty();
    }
    String name = model.strip().toLowerCase(Locale.ROOT);
    return KNOWN.entrySet().stream()
        .filter(e -> name.equals(e.getKey()) || name.startsWith(e.getKey() + "-20"))
        .map(Map.Entry::getValue)
        .findFirst();
  }

  /** The cost of some tokens, in dollars. */
  public BigDecimal cost(long inputTokens, long outputTokens) {
    return inputPerMillion.multiply(BigDecimal.valueOf(inputTokens))
        .add(outputPerMillion.multiply(BigDecimal.valueOf(outputTokens)))
        .movePointLeft(6);
  }
}
