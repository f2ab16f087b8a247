package dev.azlon.model;

import dev.azlon.ConfigurationException;
import dev.azlon.Setting;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How the model is asked to answer: sampling temperature and seed, for models that sample with
 * them, and reasoning effort, for reasoning models.
 *
 * @param temperature 0 to 2, or null for the server's default
 * @param seed for servers that support reproducible sampling, or null
 * @param reasoningEffort sent as {@code reasoning_effort} (OpenAI knows {@code minimal}, {@code
 *     low}, {@code medium}, {@code high}), or null for the server's default
 */
public record Sampling(Double temperature, Integer seed, String reasoningEffort) {

  /**
   * Model names of OpenAI's reasoning families, which take no {@code temperature} and no {@code
   * max_tokens}: the gpt-5 family (not its chat variants) and the o-series. A provider prefix such
   * as {@code openai/} is allowed.
   */
  private static final Pattern REASONING_MODEL =
      Pattern.compile("(?:[\\w.-]+/)?(?:gpt-5(?![\\w.-]*-chat)|o[1-9](?![0-9]))[\\w.:-]*");

  private static final Pattern EFFORT = Pattern.compile("[a-z]{1,16}");

  public Sampling {
    if (temperature != null && (temperature < 0 || temperature > 2)) {
      throw new ConfigurationException(
          Setting.TEMPERATURE, "temperature must be between 0 and 2, but was " + temperature + ".");
    }
    if (reasoningEffort != null) {
      reasoningEffort = reasoningEffort.strip().toLowerCase(Locale.ROOT);
      if (reasoningEffort.isEmpty()) {
        reasoningEffort = null;
      } else if (!EFFORT.matcher(reasoningEffort).matches()) {
        throw new ConfigurationException(
            Setting.REASONING_EFFORT,
            "reasoningEffort must be one word such as minimal, low, medium or high.");
      }
    }
  }

  /** The server's defaults. */
  public static Sampling none() {
    return new Sampling(null, null, null);
  }

  /**
   * Whether {@code model} reasons before it answers, as the gpt-5 family and the o-series do: such
   * a model is sent no temperature and no {@code max_tokens}. Setting a reasoning effort makes any
   * model count as one.
   */
  public boolean reasons(String model) {
    return reasoningEffort != null
        || model != null
            && REASONING_MODEL.matcher(model.strip().toLowerCase(Locale.ROOT)).matches();
  }
}
