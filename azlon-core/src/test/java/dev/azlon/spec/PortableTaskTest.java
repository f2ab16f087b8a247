package dev.azlon.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.azlon.ConfigurationException;
import dev.azlon.Setting;
import dev.azlon.budget.Budget;
import dev.azlon.budget.Prices;
import dev.azlon.sandbox.SandboxLimits;
import dev.azlon.solve.SolveSpec;
import dev.azlon.verdict.Check;
import dev.azlon.verdict.Checks;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A task as text for a remote worker: what the key table says travels, and nothing mirrored. */
class PortableTaskTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void everyPortableKeyTravelsAndComesBackAsItWasSet() throws Exception {
    TaskSettings sent = TaskSettings.empty();
    for (Setting key : Setting.values()) {
      if (key.isPortable()) {
        sent = sent.with(key, sample(key));
      }
    }

    Map<String, String> payload = PortableTask.of(sent);
    TaskSettings received = new PortableTask(roundTrip(payload)).settings();

    for (Setting key : Setting.values()) {
      if (key.isPortable()) {
        assertThat(payload).as(key.key()).containsKey(key.key());
        Object value = received.values().get(key);
        Object expected = sent.values().get(key);
        if (key.kind() == Setting.Kind.TEXT_FILE) {
          assertThat(((FileText) value).text())
              .as(key.key())
              .isEqualTo(((FileText) expected).text());
        } else if (key.kind() == Setting.Kind.CHECKS) {
          assertThat(((List<?>) value).stream().map(c -> ((Check) c).describe()).toList())
              .isEqualTo(((List<?>) expected).stream().map(c -> ((Check) c).describe()).toList());
        } else {
          assertThat(value).as(key.key()).isEqualTo(expected);
        }
      }
    }
    assertThat(payload.keySet())
        .doesNotContain(
            Setting.INPUT_DIRECTORY.key(),
            Setting.APPLY.key(),
            Setting.APPLY_DIRECTORY.key(),
            Setting.FAIL_ON_UNSOLVED.key());
  }

  @Test
  void aSpecAndItsLimitsSurviveTheTripAsJson() throws Exception {
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
                        Check.StdoutMatches.of("^2\\\\b"),
                        new Check.Command("python3 -m pytest -q", Duration.ofSeconds(40))),
                    false))
            .budget(
                new Budget(
                    Optional.of(50_000L),
                    Optional.of(new BigDecimal("0.75")),
                    Optional.of(Duration.ofMinutes(9)),
                    Prices.known("gpt-4o")))
            .contextTokens(8_000)
            .build();
    SandboxLimits limits =
        SandboxLimits.builder().memoryBytes(512L << 20).runTimeout(Duration.ofSeconds(30)).build();

    PortableTask back = new PortableTask(roundTrip(PortableTask.of(spec, limits).values()));
    SolveSpec again = back.solveSpec(null);

    assertThat(again.task().fingerprint()).isEqualTo(spec.task().fingerprint());
    assertThat(again.checks().effective())
        .extracting(Check::describe)
        .isEqualTo(spec.checks().effective().stream().map(Check::describe).toList());
    assertThat(again.budget()).isEqualTo(spec.budget());
    assertThat(again.budget().prices().orElseThrow().model()).isEqualTo("gpt-4o");
    assertThat(again.effort()).isEqualTo(spec.effort());
    assertThat(again.defaultDockerfile()).isEqualTo(spec.defaultDockerfile());
    assertThat(back.limits()).isEqualTo(limits);
  }

  @Test
  void aBadValueIsAConfigurationErrorOnTheWorkerToo() {
    Map<String, String> payload =
        new HashMap<>(
            PortableTask.of(new SolveSpec("Greet.", "Hello", 3, "base"), SandboxLimits.defaults())
                .values());
    payload.put(Setting.MAX_ITERATIONS.key(), "0");

    assertThatThrownBy(() -> new PortableTask(payload).solveSpec(null))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("maxIterations");
  }

  private static Map<String, String> roundTrip(Map<String, String> payload) throws Exception {
    return JSON.readValue(JSON.writeValueAsString(payload), new TypeReference<>() {});
  }

  /** A value of the key's kind that is not its default. */
  static Object sample(Setting key) {
    return switch (key.kind()) {
      case TEXT -> key.key() + " text";
      case TEXT_FILE -> new FileText(key.key() + ".txt", "FROM base\nthe " + key.key() + "\n");
      case PATH -> Path.of("/some/" + key.key());
      case INTEGER -> 1234;
      case LONG -> 98_765L;
      case DECIMAL -> new BigDecimal("0.7");
      case BOOLEAN -> !Boolean.parseBoolean(key.defaultText().orElse("false"));
      case DURATION -> Duration.ofSeconds(95);
      case BYTES -> 768L << 20;
      case CPUS -> 1_500_000_000L;
      case DOLLARS -> new BigDecimal("1.25");
      case TEXT_LIST -> List.of(key.key() + "-a", key.key() + "-b");
      case CHECKS ->
          List.of(
              new Check.ExitCode(2),
              new Check.StdoutContains("done"),
              Check.StdoutMatches.of("^x$"),
              new Check.Command("make test", Duration.ofMinutes(3)));
    };
  }
}
