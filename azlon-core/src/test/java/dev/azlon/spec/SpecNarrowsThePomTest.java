package dev.azlon.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.azlon.ConfigurationException;
import dev.azlon.Setting;
import dev.azlon.host.ProjectBoundary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The POM decides; a spec file may set what is asked and narrow the rest, never widen it. */
class SpecNarrowsThePomTest {

  private static final String TASK = "prompt: Greet.\ntestConditions: Prints Hello\n";

  @TempDir Path folder;

  /** What the plugin passes when the POM leaves every parameter at its default. */
  private final TaskSettings pom =
      TaskSettings.empty()
          .with(Setting.MAX_ITERATIONS, 20)
          .withText(Setting.SANDBOX_MEMORY, "1g")
          .withText(Setting.SANDBOX_CPUS, "1")
          .with(Setting.SANDBOX_PIDS, 256L)
          .with(Setting.SANDBOX_RUN_NETWORK, false)
          .with(Setting.SANDBOX_BUILD_NETWORK, true)
          .withText(Setting.SANDBOX_RUN_TIMEOUT, "2m")
          .withText(Setting.SANDBOX_BUILD_TIMEOUT, "10m")
          .with(Setting.OVERWRITE, false)
          .with(Setting.APPLY_REFUSED, List.of("*.sh"))
          .with(Setting.INPUT_EXCLUDES, List.of("secrets/"));

  @Test
  void limitsMayBeLoweredAndWhatIsAskedSet() throws IOException {
    TaskSettings merged =
        pom.withSpec(
            spec(
                TASK
                    + "maxIterations: 3\nsandboxMemory: 256m\nsandboxRunTimeout: 30s\n"
                    + "sandboxBuildNetwork: false\nmaxTokens: 5000\nbaseImage: python:3.12\n"));

    assertThat(merged.solveSpec("gpt-4o").maxIterations()).isEqualTo(3);
    assertThat(merged.solveSpec("gpt-4o").baseImage()).isEqualTo("python:3.12");
    assertThat(merged.sandboxLimits().memoryBytes()).isEqualTo(256L << 20);
    assertThat(merged.sandboxLimits().runTimeout()).isEqualTo(Duration.ofSeconds(30));
    assertThat(merged.sandboxLimits().buildNetwork()).isFalse();
    assertThat(merged.budget("gpt-4o").maxTokens()).contains(5000L);
  }

  @Test
  void raisingALimitIsRefusedNamingEachKeyWithItsLine() throws IOException {
    SpecFile spec =
        spec(
            TASK
                + "sandboxMemory: 64g\nsandboxCpus: 8\nsandboxPids: 100000\n"
                + "sandboxRunTimeout: 1h\nsandboxBuildTimeout: 2h\nmaxIterations: 500\n");

    assertThatThrownBy(() -> pom.withSpec(spec))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("A spec file may narrow what the build allows, never widen it")
        .hasMessageContaining(
            spec.file()
                + ":3: sandboxMemory 64g is more than the build allows (1g): a spec may only lower"
                + " it. Raise `sandboxMemory` in the build to allow more.")
        .hasMessageContaining(spec.file() + ":4: sandboxCpus 8 is more than the build allows (1)")
        .hasMessageContaining(":5: sandboxPids 100000 is more than the build allows (256)")
        .hasMessageContaining(":6: sandboxRunTimeout 1h is more than the build allows (2m)")
        .hasMessageContaining(":7: sandboxBuildTimeout 2h is more than the build allows (10m)")
        .hasMessageContaining(":8: maxIterations 500 is more than the build allows (20)");
  }

  @Test
  void budgetsThePomSetsCannotBeRaisedAndUnsetOnesMayBeSet() throws IOException {
    TaskSettings capped = pom.with(Setting.MAX_TOKENS, 1000L).withText(Setting.TIMEOUT, "10m");

    assertThatThrownBy(() -> capped.withSpec(spec(TASK + "maxTokens: 2000\ntimeout: 1h\n")))
        .hasMessageContaining(":3: maxTokens 2000 is more than the build allows (1000)")
        .hasMessageContaining(":4: timeout 1h is more than the build allows (10m)");
    assertThat(pom.withSpec(spec(TASK + "maxCostUsd: 3\n")).budget("gpt-4o").maxCostUsd())
        .isPresent();
  }

  @Test
  void theNetworkAndOverwriteNeedThePomsConsent() throws IOException {
    SpecFile spec = spec(TASK + "sandboxRunNetwork: true\noverwrite: true\n");

    assertThatThrownBy(() -> pom.withSpec(spec))
        .hasMessageContaining(
            ":3: sandboxRunNetwork true needs the build's consent: set `sandboxRunNetwork=true`"
                + " in the build")
        .hasMessageContaining(":4: overwrite true needs the build's consent");
    TaskSettings consenting =
        pom.with(Setting.SANDBOX_RUN_NETWORK, true).with(Setting.OVERWRITE, true);
    TaskSettings merged = consenting.withSpec(spec);
    assertThat(merged.sandboxLimits().runNetwork()).isTrue();
    assertThat(merged.overwrite()).isTrue();
  }

  @Test
  void aSpecAddsRefusalsAndExcludesButTakesNoneOfThePomsBack() throws IOException {
    TaskSettings merged =
        pom.withSpec(spec(TASK + "applyRefused: []\ninputExcludes: ['!secrets/', 'tmp/']\n"));

    assertThat(merged.applyPolicy().refusal("run.sh")).isPresent();
    // The POM's excludes come last, so they win over a spec's '!' (gitignore: last match wins).
    assertThat(merged.solveSpec("gpt-4o").inputExcludes())
        .containsExactly("!secrets/", "tmp/", "secrets/");
  }

  @Test
  void aSpecsApplyAllowedLiftsNothingThePomDoesNot() throws IOException {
    TaskSettings merged = pom.withSpec(spec(TASK + "applyAllowed: ['**', pom.xml, '.mvn']\n"));

    assertThat(merged.applyPolicy().refusal("pom.xml")).isPresent();
    assertThat(merged.applyPolicy().refusal(".mvn/extensions.xml")).isPresent();
    assertThat(merged.applyPolicy().refusal("src/app.py")).isEmpty();
  }

  @Test
  void aSpecsApplyAllowedNarrowsThePoms() throws IOException {
    TaskSettings allowing = pom.with(Setting.APPLY_ALLOWED, List.of("pom.xml", ".mvn/**"));

    TaskSettings narrowed = allowing.withSpec(spec(TASK + "applyAllowed: [pom.xml]\n"));

    assertThat(narrowed.applyPolicy().refusal("pom.xml")).isEmpty();
    assertThat(narrowed.applyPolicy().refusal(".mvn/extensions.xml"))
        .hasValueSatisfying(why -> assertThat(why).contains("the spec's applyAllowed"));
    assertThat(allowing.withSpec(spec(TASK)).applyPolicy().refusal(".mvn/maven.config")).isEmpty();
  }

  @Test
  void imagesStayWithinThePomsAllowedBaseImages() throws IOException {
    TaskSettings pythonOnly = pom.with(Setting.ALLOWED_BASE_IMAGES, List.of("python:3.*"));

    assertThat(
            pythonOnly
                .withSpec(spec(TASK + "baseImage: python:3.13\nallowedBaseImages: [python:3.13]\n"))
                .solveSpec("gpt-4o")
                .allowedBaseImages())
        .containsExactly("python:3.13");
    assertThatThrownBy(() -> pythonOnly.withSpec(spec(TASK + "baseImage: evil/miner:1\n")))
        .hasMessageContaining(
            ":3: baseImage [evil/miner:1] is not among the build's allowedBaseImages [python:3.*]");
    assertThatThrownBy(() -> pom.withSpec(spec(TASK + "allowedBaseImages: ['*']\n")))
        .hasMessageContaining(":3: allowedBaseImages with a wildcard ('*') needs the build's");
  }

  private SpecFile spec(String content) throws IOException {
    Path file = Files.writeString(folder.resolve("task.azlon.yaml"), content);
    return SpecFile.read("task", file, ProjectBoundary.of(folder, List.of()));
  }
}
