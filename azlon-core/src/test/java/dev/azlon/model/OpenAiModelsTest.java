package dev.azlon.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.azlon.ConfigurationException;
import dev.azlon.Setting;
import dev.azlon.testing.OpenAiStub;
import dev.langchain4j.data.message.UserMessage;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OpenAiModelsTest {

  @Test
  void openAiWithoutAKeyIsRefusedBeforeAnyCall() {
    assertThatThrownBy(
            () ->
                OpenAiModels.chatModel(
                    OpenAiModels.OPENAI_BASE_URL, " ", "gpt-4o", Duration.ofSeconds(1)))
        .isInstanceOfSatisfying(
            ConfigurationException.class,
            e -> {
              assertThat(e.setting()).isEqualTo(Setting.SERVER_ID);
              assertThat(e.getMessage()).contains("OPENAI_API_KEY").contains("local");
            });
  }

  @Test
  void localServerNeedsNoKey() {
    assertThat(OpenAiModels.chatModel("http://localhost:8080/v1", null, "m", Duration.ofSeconds(1)))
        .isNotNull();
  }

  @Test
  void malformedBaseUrlNamesTheSetting() {
    assertThatThrownBy(
            () -> OpenAiModels.chatModel("localhost:8080", "k", "m", Duration.ofSeconds(1)))
        .isInstanceOfSatisfying(
            ConfigurationException.class, e -> assertThat(e.setting()).isEqualTo(Setting.BASE_URL));
  }

  @Test
  void aReasoningModelIsSentItsEffortAndNoTemperatureNorMaxTokens() {
    try (OpenAiStub stub = OpenAiStub.start().answer("{}")) {
      OpenAiModels.chatModel(
              stub.baseUrl(), null, "gpt-5", Duration.ofSeconds(5), new Sampling(null, 7, "low"))
          .chat(UserMessage.from("hi"));
      JsonNode body = stub.requests().get(0);
      assertThat(body.path("model").asText()).isEqualTo("gpt-5");
      assertThat(body.path("reasoning_effort").asText()).isEqualTo("low");
      assertThat(body.path("seed").asInt()).isEqualTo(7);
      assertThat(body.has("temperature")).isFalse();
      assertThat(body.has("max_tokens")).isFalse();
    }
  }

  @Test
  void aSamplingModelIsSentItsTemperatureAndNoEffort() {
    try (OpenAiStub stub = OpenAiStub.start().answer("{}")) {
      OpenAiModels.chatModel(
              stub.baseUrl(), null, "gpt-4o", Duration.ofSeconds(5), new Sampling(0.2, null, null))
          .chat(UserMessage.from("hi"));
      JsonNode body = stub.requests().get(0);
      assertThat(body.path("temperature").asDouble()).isEqualTo(0.2);
      assertThat(body.has("reasoning_effort")).isFalse();
      assertThat(body.has("max_tokens")).isFalse();
    }
  }

  @Test
  void aTemperatureForAReasoningModelNamesTheSetting() {
    assertThatThrownBy(
            () ->
                OpenAiModels.chatModel(
                    "http://localhost:8080/v1",
                    null,
                    "o4-mini",
                    Duration.ofSeconds(1),
                    new Sampling(0.2, null, null)))
        .isInstanceOfSatisfying(
            ConfigurationException.class,
            e -> {
              assertThat(e.setting()).isEqualTo(Setting.TEMPERATURE);
              assertThat(e.getMessage()).contains("o4-mini is a reasoning model");
            });
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "gpt-5",
        "gpt-5-mini",
        "GPT-5.1",
        "gpt-5-2025-08-07",
        "o3",
        "o4-mini",
        "openai/o1"
      })
  void reasoningModelsAreKnownByName(String model) {
    assertThat(Sampling.none().reasons(model)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"gpt-4o", "gpt-4.1-mini", "gpt-5-chat-latest", "stub-model", "llama3"})
  void otherModelsSample(String model) {
    assertThat(Sampling.none().reasons(model)).isFalse();
    assertThat(new Sampling(null, null, "high").reasons(model)).isTrue();
  }

  @Test
  void aReasoningEffortIsOneWord() {
    assertThatThrownBy(() -> new Sampling(null, null, "very high"))
        .isInstanceOfSatisfying(
            ConfigurationException.class,
            e -> assertThat(e.setting()).isEqualTo(Setting.REASONING_EFFORT));
    assertThat(new Sampling(null, null, " ").reasoningEffort()).isNull();
  }
}
