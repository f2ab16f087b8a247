package dev.azlon.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.azlon.ConfigurationException;
import dev.azlon.Redactor;
import dev.azlon.Setting;
import dev.azlon.model.ModelRejectedException;
import dev.azlon.model.ModelUnavailableException;
import org.junit.jupiter.api.Test;

class MojoErrorsTest {

  private static final String FROM_SETTINGS = "the password of the settings.xml server 'azlon'";

  @Test
  void configurationErrorNamesThePomElementAndTheProperty() {
    String message =
        MojoErrors.message(
            new ConfigurationException(
                Setting.SANDBOX_RUN_TIMEOUT, "sandboxRunTimeout 'soon' is bad."),
            FROM_SETTINGS);

    assertThat(message).contains("<sandboxRunTimeout>").contains("-Dazlon.sandbox.runTimeout");
  }

  @Test
  void aBadPriceNamesTheParameterThatExists() {
    String message =
        MojoErrors.message(
            new ConfigurationException(
                Setting.INPUT_PRICE_PER_MILLION, "Token prices cannot be negative."),
            FROM_SETTINGS);

    assertThat(message)
        .contains("<inputPricePerMillion> / -Dazlon.inputPricePerMillion")
        .doesNotContain("<prices>");
  }

  @Test
  void missingKeySaysHowToSetItOrUseALocalServer() {
    String message =
        MojoErrors.message(
            new ConfigurationException(Setting.SERVER_ID, "No API key."), FROM_SETTINGS);

    assertThat(message).contains("export OPENAI_API_KEY=").contains("-Dazlon.baseUrl=");
  }

  @Test
  void modelFailureNamesWhereTheKeyCameFromAndWhetherRetryingHelps() {
    assertThat(MojoErrors.message(new ModelRejectedException("Refused.", null), FROM_SETTINGS))
        .contains("-Dazlon.baseUrl")
        .contains("-Dazlon.model")
        .contains("the key was read from " + FROM_SETTINGS)
        .doesNotContain("try again")
        .doesNotContain("OPENAI_API_KEY");
    assertThat(
            MojoErrors.message(
                new ModelUnavailableException("Timed out.", null),
                "the environment variable OPENAI_API_KEY"))
        .contains("try again")
        .contains("read from the environment variable OPENAI_API_KEY");
  }

  @Test
  void aMessageThatRevealsTheKeyIsRedactedAndLosesItsCause() {
    String key = "plain-looking-key-42";
    var error =
        MojoErrors.couldNotRun(
            new ModelRejectedException("Server said: " + key, new IllegalStateException(key)),
            FROM_SETTINGS,
            Redactor.of(key));

    assertThat(error.getMessage()).doesNotContain(key).contains("Server said: ***");
    assertThat(error.getCause()).isNull();
  }
}
