package dev.azlon.model;

import dev.azlon.ConfigurationException;
import dev.azlon.Setting;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;

/** Builds the chat model for OpenAI or any server that speaks its chat completions API. */
public final class OpenAiModels {

  public static final String OPENAI_BASE_URL = Setting.Defaults.BASE_URL;
  public static final String DEFAULT_MODEL = Setting.Defaults.MODEL;

  private OpenAiModels() {}

  /**
   * A chat model that asks for strict JSON-schema answers. langchain4j's own retries are off: its
   * backoff swallows interrupts and ignores {@code Retry-After}; the solver retries instead.
   *
   * @param apiKey the key, or null for a local server that needs none
   * @throws ConfigurationException when the URL is malformed, or OpenAI itself is named without a
   *     key
   */
  public static ChatModel chatModel(
      String baseUrl, String apiKey, String modelName, Duration timeout) {
    return chatModel(baseUrl, apiKey, modelName, timeout, Sampling.none());
  }

  /**
   * As {@link #chatModel(String, String, String, Duration)}, with sampling settings. A reasoning
   * model (see {@link Sampling#reasons}) is sent its reasoning effort and never a temperature nor
   * {@code max_tokens}, which such models refuse.
   *
   * @throws ConfigurationException as above, and when a temperature is set for a reasoning model
   */
  public static ChatModel chatModel(
      String baseUrl, String apiKey, String modelName, Duration timeout, Sampling sampling) {
    URI url = checkedUrl(baseUrl);
    boolean hasKey = apiKey != null && !apiKey.isBlank();
    if (!hasKey && "api.openai.com".equalsIgnoreCase(url.getHost())) {
      throw new ConfigurationException(
          Setting.SERVER_ID,
          "No API key for "
              + baseUrl
              + ". Set the environment variable OPENAI_API_KEY, or point"
              + " the base URL at a local OpenAI-compatible server.");
    }
    if (modelName == null || modelName.isBlank()) {
      throw new ConfigurationException(
          Setting.MODEL, "model is required, for example " + DEFAULT_MODEL);
    }
    boolean reasons = sampling.reasons(modelName);
    if (reasons && sampling.temperature() != null) {
      throw new ConfigurationException(
          Setting.TEMPERATURE,
          modelName.strip()
              + " is a reasoning model and takes no temperature. Leave temperature unset, or"
              + " choose a model that samples with one.");
    }
    return OpenAiChatModel.builder()
        .baseUrl(url.toString())
        // A local server that needs no key still gets a well-formed Authorization header.
        .apiKey(hasKey ? apiKey : "no-key")
        .modelName(modelName.strip())
        .supportedCapabilities(Capability.RESPONSE_FORMAT_JSON_SCHEMA)
        .strictJsonSchema(true)
        .maxRetries(0)
        .httpClientBuilder(ModelHttpClient.builder())
        .timeout(timeout)
        .temperature(reasons ? null : sampling.temperature())
        .seed(sampling.seed())
        .reasoningEffort(sampling.reasoningEffort())
        .build();
  }

  private static URI checkedUrl(String baseUrl) {
    try {
      URI url = new URI(baseUrl == null ? "" : baseUrl.strip());
      if (!("http".equals(url.getScheme()) || "https".equals(url.getScheme()))
          || url.getHost() == null) {
        throw new URISyntaxException(String.valueOf(baseUrl), "not an http(s) URL with a host");
      }
      return url;
    } catch (URISyntaxException e) {
      throw new ConfigurationException(
          Setting.BASE_URL,
          "baseUrl '"
              + baseUrl
              + "' is not an http(s) URL: "
              + e.getReason()
              + ". Use for example "
              + OPENAI_BASE_URL
              + " or http://localhost:8080/v1");
    }
  }
}
