package dev.azlon.budget;

import dev.azlon.ConfigurationException;
import dev.azlon.Setting;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a model charges, in US dollars per million tokens: input, input the provider served from its
 * prompt cache, and output. Defaults exist for well-known OpenAI models (list prices as of 2026;
 * override them for your contract or server).
 *
 * @param cachedInputPerMillion the price of cached input tokens; the input price where a provider
 *     gives no discount
 * @param model the model these are the known prices of, or null for prices given for any model
 */
public record Prices(
    BigDecimal inputPerMillion,
    BigDecimal cachedInputPerMillion,
    BigDecimal outputPerMillion,
    String model) {

  private static final Map<String, Prices> KNOWN =
      Map.ofEntries(
          Map.entry("gpt-5", of("1.25", "0.125", "10.00")),
          Map.entry("gpt-5-mini", of("0.25", "0.025", "2.00")),
          Map.entry("gpt-5-nano", of("0.05", "0.005", "0.40")),
          Map.entry("gpt-5.1", of("1.25", "0.125", "10.00")),
          Map.entry("gpt-4o", of("2.50", "1.25", "10.00")),
          Map.entry("gpt-4o-mini", of("0.15", "0.075", "0.60")),
          Map.entry("gpt-4.1", of("2.00", "0.50", "8.00")),
          Map.entry("gpt-4.1-mini", of("0.40", "0.10", "1.60")),
          Map.entry("gpt-4.1-nano", of("0.10", "0.025", "0.40")),
          Map.entry("o3", of("2.00", "0.50", "8.00")),
          Map.entry("o3-mini", of("1.10", "0.55", "4.40")),
          Map.entry("o4-mini", of("1.10", "0.275", "4.40")));

  public Prices {
    if (inputPerMillion.signum() < 0 || outputPerMillion.signum() < 0) {
      throw new ConfigurationException(
          Setting.INPUT_PRICE_PER_MILLION, "Token prices cannot be negative.");
    }
    if (cachedInputPerMillion.signum() < 0) {
      throw new ConfigurationException(
          Setting.CACHED_INPUT_PRICE_PER_MILLION, "Token prices cannot be negative.");
    }
  }

  /** Prices without a cache discount. */
  public static Prices of(String inputPerMillion, String outputPerMillion) {
    return of(inputPerMillion, inputPerMillion, outputPerMillion);
  }

  public static Prices of(
      String inputPerMillion, String cachedInputPerMillion, String outputPerMillion) {
    return new Prices(
        new BigDecimal(inputPerMillion),
        new BigDecimal(cachedInputPerMillion),
        new BigDecimal(outputPerMillion),
        null);
  }

  /**
   * Prices given by the user, which hold for whatever model answers.
   *
   * @param cachedInputPerMillion the cached input price, or null for no discount
   */
  public static Prices given(
      BigDecimal inputPerMillion, BigDecimal outputPerMillion, BigDecimal cachedInputPerMillion) {
    return new Prices(
        inputPerMillion,
        cachedInputPerMillion == null ? inputPerMillion : cachedInputPerMillion,
        outputPerMillion,
        null);
  }

  /** These prices with another price for cached input, or as they are for null. */
  public Prices withCachedInput(BigDecimal perMillion) {
    return perMillion == null
        ? this
        : new Prices(inputPerMillion, perMillion, outputPerMillion, model);
  }

  /** The default prices of a well-known model, matched by name ("gpt-4o-2024-08-06" too). */
  public static Optional<Prices> known(String model) {
    if (model == null) {
      return Optional.empty();
    }
    String name = model.strip().toLowerCase(Locale.ROOT);
    return KNOWN.entrySet().stream()
        .filter(e -> matches(e.getKey(), name))
        .map(
            e ->
                new Prices(
                    e.getValue().inputPerMillion,
                    e.getValue().cachedInputPerMillion,
                    e.getValue().outputPerMillion,
                    e.getKey()))
        .findFirst();
  }

  /**
   * Whether these prices are those of {@code answered}, the model that actually answered: given
   * prices hold for any; a known model's only for that model (a replay or another server's model is
   * not priced as gpt-4o).
   */
  public boolean appliesTo(String answered) {
    return model == null
        || answered != null && matches(model, answered.strip().toLowerCase(Locale.ROOT));
  }

  private static boolean matches(String known, String name) {
    return name.equals(known) || name.startsWith(known + "-20");
  }

  /**
   * The cost of some tokens, in dollars.
   *
   * @param inputTokens all input tokens, cached ones included
   * @param cachedInputTokens those of them the provider served from its cache
   */
  public BigDecimal cost(long inputTokens, long cachedInputTokens, long outputTokens) {
    long cached = Math.min(Math.max(cachedInputTokens, 0), inputTokens);
    return inputPerMillion
        .multiply(BigDecimal.valueOf(inputTokens - cached))
        .add(cachedInputPerMillion.multiply(BigDecimal.valueOf(cached)))
        .add(outputPerMillion.multiply(BigDecimal.valueOf(outputTokens)))
        .movePointLeft(6);
  }
}
