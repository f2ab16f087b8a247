package dev.azlon.maven;

import dev.azlon.ConfigurationException;
import dev.azlon.Setting;
import dev.azlon.budget.Budget;
import dev.azlon.budget.Prices;
import dev.azlon.generate.OpenAiModels;
import dev.azlon.sandbox.Quantities;
import java.io.File;
import java.math.BigDecimal;
import java.util.Optional;
import org.apache.maven.plugins.annotations.Parameter;

/** The model's parameters: where to ask, with which key and settings, and what it may cost. */
abstract class AbstractModelMojo extends AbstractSandboxMojo {

  /**
   * The chat model's name.
   *
   * @since 0.1.0
   */
  @Parameter(property = Setting.Property.MODEL, defaultValue = OpenAiModels.DEFAULT_MODEL)
  String model;

  /**
   * The OpenAI-compatible API to ask. The key comes from the environment variable {@code
   * OPENAI_API_KEY}; a local server may need none.
   *
   * @since 0.1.0
   */
  @Parameter(property = Setting.Property.BASE_URL, defaultValue = OpenAiModels.OPENAI_BASE_URL)
  String baseUrl;

  /**
   * The id of the {@code settings.xml} server whose password is the API key (Maven's password
   * encryption works). Without such a server, the key comes from {@code OPENAI_API_KEY}.
   *
   * @since 0.1.0
   */
  @Parameter(property = Setting.Property.SERVER_ID, defaultValue = "azlon")
  String serverId;

  /**
   * Sampling temperature, 0 to 2; the server's default when unset.
   *
   * @since 0.1.0
   */
  @Parameter(property = Setting.Property.TEMPERATURE)
  Double temperature;

  /**
   * A seed, for servers that support reproducible sampling.
   *
   * @since 0.1.0
   */
  @Parameter(property = Setting.Property.SEED)
  Integer seed;

  /**
   * How long one model request may take ({@code 3m}, {@code 90s}).
   *
   * @since 0.1.0
   */
  @Parameter(property = Setting.Property.REQUEST_TIMEOUT, defaultValue = "3m")
  String requestTimeout;

  /**
   * A transcript.jsonl from an earlier run whose model answers are served again, in order, instead
   * of calling a model: no network and no key. Builds and runs are real.
   *
   * @since 0.1.0
   */
  @Parameter(property = Setting.Property.REPLAY)
  File replay;

  /**
   * The most tokens (input and output together) the solve may use; checked before every model call.
   *
   * @since 0.1.0
   */
  @Parameter(property = Setting.Property.MAX_TOKENS)
  Long maxTokens;

  /**
   * The most estimated US dollars the solve may spend; needs the model's prices (known for
   * well-known OpenAI models, else set the two price parameters).
   *
   * @since 0.1.0
   */
  @Parameter(property = Setting.Property.MAX_COST_USD)
  String maxCostUsd;

  /**
   * The model's price in dollars per million input tokens; overrides the built-in default.
   *
   * @since 0.1.0
   */
  @Parameter(property = Setting.Property.INPUT_PRICE_PER_MILLION)
  String inputPricePerMillion;

  /**
   * The model's price in dollars per million output tokens; overrides the built-in default.
   *
   * @since 0.1.0
   */
  @Parameter(property = Setting.Property.OUTPUT_PRICE_PER_MILLION)
  String outputPricePerMillion;

  /**
   * Wall-clock time for the whole solve ({@code 30m}, {@code PT1H}); checked before every model
   * call.
   *
   * @since 0.1.0
   */
  @Parameter(property = Setting.Property.TIMEOUT)
  String timeout;

  Budget budget() {
    if ((inputPricePerMillion == null) != (outputPricePerMillion == null)) {
      throw new ConfigurationException(
          Setting.INPUT_PRICE_PER_MILLION,
          "Set both inputPricePerMillion and outputPricePerMillion, or neither.");
    }
    Optional<Prices> prices =
        inputPricePerMillion != null
            ? Optional.of(
                Prices.given(
                    dollars(Setting.INPUT_PRICE_PER_MILLION, inputPricePerMillion),
                    dollars(Setting.OUTPUT_PRICE_PER_MILLION, outputPricePerMillion)))
            : Prices.known(model);
    return new Budget(
        Optional.ofNullable(maxTokens),
        Optional.ofNullable(maxCostUsd).map(cost -> dollars(Setting.MAX_COST_USD, cost)),
        Optional.ofNullable(timeout).map(t -> Quantities.duration(Setting.TIMEOUT, t)),
        prices);
  }

  private static BigDecimal dollars(Setting setting, String text) {
    try {
      return new BigDecimal(text.strip());
    } catch (NumberFormatException e) {
      throw new ConfigurationException(
          setting,
          setting.parameter() + " '" + text + "' is not a number of dollars; write it like 2.50.");
    }
  }
}
