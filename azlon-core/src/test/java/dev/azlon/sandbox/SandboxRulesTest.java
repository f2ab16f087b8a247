package dev.azlon.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** What the model is told about the sandbox must be true. */
class SandboxRulesTest {

  @Test
  void limitsAreSaidAsPeopleSayThemNeverAsZeroMinutes() {
    assertThat(Quantities.words(Duration.ofSeconds(30))).isEqualTo("30 seconds");
    assertThat(Quantities.words(Duration.ofMillis(1500))).isEqualTo("2 seconds");
    assertThat(Quantities.words(Duration.ofMinutes(10))).isEqualTo("10 minutes");
    assertThat(Quantities.words(Duration.ofSeconds(61))).isEqualTo("1 minute 1 second");
    assertThat(Quantities.words(Duration.ofSeconds(90))).isEqualTo("1 minute 30 seconds");
  }

  @Test
  void aBuildWithoutNetworkIsNotToldItMayUseOne() {
    String rules =
        DockerSandbox.rules(
            SandboxLimits.builder()
                .buildNetwork(false)
                .buildTimeout(Duration.ofSeconds(30))
                .build());

    assertThat(rules)
        .contains("The image build has no network")
        .contains("30 seconds")
        .doesNotContain("may use the network")
        .doesNotContain("0 minutes");
    assertThat(DockerSandbox.rules(SandboxLimits.defaults()))
        .contains("may use the network to install packages")
        .contains("10 minutes");
  }
}
