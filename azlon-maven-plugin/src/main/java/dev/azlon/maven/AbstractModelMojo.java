package dev.azlon.maven;

import dev.azlon.Setting;
import dev.azlon.generate.OpenAiModels;
import dev.azlon.spec.TaskKey;
import dev.azlon.spec.TaskSettings;
import java.io.File;
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
   * The model's price in dollars per million input tokens served from the provider's prompt cache;
   * overrides the built-in default (given prices without it bill cached input at the input price).
   *
   * @since 0.1.0
   */
  @Parameter(property = Setting.Property.CACHED_INPUT_PRICE_PER_MILLION)
  String cachedInputPricePerMillion;

  /**
   * Wall-clock time for the whole solve ({@code 30m}, {@code PT1H}); checked before every model
   * call.
   *
   * @since 0.1.0
   */
  @Parameter(property = Setting.Property.TIMEOUT)
  String timeout;

  /** The budget's parameters as task settings, each checked. */
  TaskSettings withBudget(TaskSettings settings) {
    return settings
        .with(TaskKey.MAX_TOKENS, maxTokens)
        .withText(TaskKey.MAX_COST_USD, maxCostUsd)
        .withText(TaskKey.TIMEOUT, timeout)
        .withText(TaskKey.INPUT_PRICE_PER_MILLION, inputPricePerMillion)
        .withText(TaskKey.OUTPUT_PRICE_PER_MILLION, outputPricePerMillion)
        .withText(TaskKey.CACHED_INPUT_PRICE_PER_MILLION, cachedInputPricePerMillion);
  }
}
