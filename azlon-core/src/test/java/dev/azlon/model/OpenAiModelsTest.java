package dev.azlon.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.azlon.ConfigurationException;
import dev.azlon.Setting;
import java.time.Duration;
import org.junit.jupiter.api.Test;

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
}
