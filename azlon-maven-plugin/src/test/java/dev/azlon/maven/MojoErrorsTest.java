package dev.azlon.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.azlon.ConfigurationException;
import dev.azlon.generate.ModelException;
import org.junit.jupiter.api.Test;

class MojoErrorsTest {

  @Test
  void configurationErrorNamesThePomElementAndTheProperty() {
    String message = MojoErrors.message(
        new ConfigurationException("sandbox.runTimeout", "sandbox.runTimeout 'soon' is bad."));

    assertThat(message).contains("<sandboxRunTimeout>").contains("-Dazlon.sandbox.runTimeout");
  }

  @Test
  void missingKeySaysHowToSetItOrUseALocalServer() {
    String message = MojoErrors.message(new ConfigurationException("apiKey", "No API key."));

    assertThat(message).contains("export OPENAI_API_KEY=").contains("-Dazlon.baseUrl=");
  }

  @Test
  void modelFailureNamesTheSettingsAndWhetherRetryingHelps() {
    assertThat(MojoErrors.message(new ModelException("Refused.", null, false)))
        .contains("-Dazlon.baseUrl").contains("-Dazlon.model").doesNotContain("try again");
    assertThat(MojoErrors.message(new ModelException("Timed out.", null, true)))
        .contains("try again");
  }
}
