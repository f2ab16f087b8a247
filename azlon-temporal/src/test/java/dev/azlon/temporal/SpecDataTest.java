package dev.azlon.temporal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.azlon.ConfigurationException;
import dev.azlon.budget.Budget;
import dev.azlon.budget.Prices;
import dev.azlon.solve.SolveSpec;
import dev.azlon.solve.SpecFingerprint;
import dev.azlon.verdict.Check;
import dev.azlon.verdict.Checks;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SpecDataTest {

  @Test
  void aSpecSurvivesTheTripAsJsonWithEveryCheckAndLimit() throws Exception {
    SolveSpec spec =
        SolveSpec.builder()
            .prompt("Print the primes below 100.")
            .testConditions("25 numbers.")
            .baseImage("azlon-local/python:3-bookworm")
            .maxIterations(7)
            .checks(
                Checks.of(
                    List.of(
                        new Check.ExitCode(3),
                        new Check.StdoutContains("97"),
                        Check.StdoutMatches.of("^2\\b"),
                        new Check.Command("python3 -m pytest -q", Duration.ofSeconds(40))),
                    false))
            .budget(
                new Budget(
                    Optional.of(50_000L),
                    Optional.of(new BigDecimal("0.75")),
                    Optional.of(Duration.ofMinutes(9)),
                    Optional.of(Prices.of("2.50", "10.00"))))
            .contextTokens(8_000)
            .build();
    ObjectMapper json = new ObjectMapper();

    SpecData data = json.readValue(json.writeValueAsString(SpecData.of(spec)), SpecData.class);
    SolveSpec back = data.toSolveSpec(null);

    assertThat(SpecFingerprint.of(back)).isEqualTo(SpecFingerprint.of(spec));
    assertThat(back.checks().effective())
        .extracting(Check::describe)
        .isEqualTo(spec.checks().effective().stream().map(Check::describe).toList());
    assertThat(back.budget()).isEqualTo(spec.budget());
    assertThat(back.maxIterations()).isEqualTo(7);
    assertThat(back.contextTokens()).isEqualTo(8_000);
    assertThat(back.defaultDockerfile()).isEqualTo(spec.defaultDockerfile());
  }

  @Test
  void aBadSpecIsAConfigurationErrorOnTheWorkerToo() {
    SpecData data = SpecData.of(new SolveSpec("Greet.", "Hello", 3, "base"));
    SpecData bad =
        new SpecData(
            data.prompt(),
            data.testConditions(),
            0,
            data.baseImage(),
            data.allowedBaseImages(),
            data.checks(),
            data.requireZeroExit(),
            data.judge(),
            null,
            null,
            null,
            null,
            data.defaultDockerfile(),
            data.maxRepeatedFailures(),
            null,
            null,
            null,
            data.contextTokens(),
            data.inputExcludes());

    assertThatThrownBy(() -> bad.toSolveSpec(null))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("maxIterations");
  }
}
