package dev.azlon.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.azlon.ConfigurationException;
import dev.azlon.Setting;
import dev.azlon.host.ProjectBoundary;
import dev.azlon.sandbox.SandboxLimits;
import dev.azlon.solve.SolveSpec;
import dev.azlon.verdict.Check;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpecFileTest {

  @TempDir Path folder;

  private static final String EVERY_KEY =
      """
      # A spec with every key.
      prompt: Print the first ten primes.
      promptFile: prompt.txt
      testConditions: Prints 2 3 5 7 11 13 17 19 23 29, one per line.
      testConditionsFile: conditions.txt
      checks:
        - exitCode: 0
        - stdoutContains: "29"
        - stdoutMatches: "^2$"
        - command: python3 -m unittest
          timeout: 90s
      acceptance:
        - stdoutMatches: "^29$"
        - command: python3 -m unittest discover -s held_out
      expectExitCode: 0
      expectOutput: "^29$"
      requireZeroExit: false
      judge: false
      baseImage: python:3.12-slim
      allowedBaseImages: [python:3.12-slim, "python:3.13-*"]
      inputDirectory: start
      inputExcludes: ["data/", "!build/"]
      defaultDockerfile: docker/Dockerfile
      maxIterations: 7
      maxRepeatedFailures: 4
      generatePromptFile: prompts/generate.txt
      fixPromptFile: prompts/fix.txt
      reviewPromptFile: prompts/review.txt
      contextTokens: 5000
      maxTokens: 100000
      maxCostUsd: 2.50
      timeout: 15m
      sandboxMemory: 512m
      sandboxCpus: 0.5
      sandboxPids: 64
      sandboxRunNetwork: true
      sandboxBuildNetwork: false
      sandboxRunTimeout: 30s
      sandboxBuildTimeout: 5m
      apply: true
      applyDirectory: generated
      applyAllowed: [pom.xml]
      applyRefused: ["*.sh"]
      overwrite: true
      failOnUnsolved: false
      """;

  @Test
  void everyKeyIsReadWithItsType() throws IOException {
    for (String named :
        List.of(
            "prompt.txt",
            "conditions.txt",
            "docker/Dockerfile",
            "prompts/generate.txt",
            "prompts/fix.txt",
            "prompts/review.txt")) {
      write(named, "{{prompt}} " + named);
    }
    Path file = write("primes.azlon.yaml", EVERY_KEY);

    TaskSettings settings = read("primes", file).settings();

    Set<String> keys =
        settings.values().keySet().stream().map(Setting::key).collect(Collectors.toSet());
    assertThat(keys)
        .containsExactlyInAnyOrderElementsOf(
            Arrays.stream(Setting.values()).filter(Setting::isSpecKey).map(Setting::key).toList());
    assertThat(settings.values().get(Setting.MAX_ITERATIONS)).isEqualTo(7);
    assertThat((BigDecimal) settings.values().get(Setting.MAX_COST_USD))
        .isEqualByComparingTo("2.5");
    assertThat(settings.values().get(Setting.INPUT_EXCLUDES))
        .isEqualTo(List.of("data/", "!build/"));
    assertThat(settings.values().get(Setting.ALLOWED_BASE_IMAGES))
        .isEqualTo(List.of("python:3.12-slim", "python:3.13-*"));
    assertThat(settings.values().get(Setting.CHECKS))
        .asList()
        .containsExactly(
            new Check.ExitCode(0),
            new Check.StdoutContains("29"),
            ((List<?>) settings.values().get(Setting.CHECKS)).get(2),
            new Check.Command("python3 -m unittest", Duration.ofSeconds(90)));
    assertThat(settings.values().get(Setting.ACCEPTANCE))
        .asList()
        .hasSize(2)
        .contains(
            new Check.Command("python3 -m unittest discover -s held_out", Duration.ofMinutes(2)));
    SandboxLimits limits = settings.sandboxLimits();
    assertThat(limits.memoryBytes()).isEqualTo(512L << 20);
    assertThat(limits.nanoCpus()).isEqualTo(500_000_000L);
    assertThat(limits.pids()).isEqualTo(64);
    assertThat(limits.runNetwork()).isTrue();
    assertThat(limits.buildNetwork()).isFalse();
    assertThat(limits.runTimeout()).isEqualTo(Duration.ofSeconds(30));
    assertThat(limits.buildTimeout()).isEqualTo(Duration.ofMinutes(5));
    assertThat(settings.apply()).isTrue();
    assertThat(settings.overwrite()).isTrue();
    assertThat(settings.failOnUnsolved()).isFalse();
    assertThat(settings.applyPolicy().refusal("pom.xml")).isEmpty();
    assertThat(settings.applyPolicy().refusal("run.sh")).isPresent();
    assertThat(settings.budget("gpt-4o").maxTokens()).contains(100_000L);
  }

  @Test
  void aKnownModelBillsCachedInputAtItsListPriceUnlessThePomSaysOtherwise() throws IOException {
    TaskSettings listed =
        read("a", write("a.azlon.yaml", "prompt: p\ntestConditions: t\n")).settings();
    TaskSettings given =
        TaskSettings.empty()
            .withText(Setting.CACHED_INPUT_PRICE_PER_MILLION, "2.5")
            .withSpec(read("b", write("b.azlon.yaml", "prompt: p\ntestConditions: t\n")));

    // gpt-4.1: $2.00 input, $0.50 cached input, $8.00 output per million.
    assertThat(listed.budget("gpt-4.1").prices().orElseThrow().cost(1_000_000, 1_000_000, 0))
        .isEqualByComparingTo("0.50");
    assertThat(given.budget("gpt-4.1").prices().orElseThrow().cost(1_000_000, 1_000_000, 0))
        .isEqualByComparingTo("2.50");
  }

  @Test
  void pricesAreThePomsToSayNotASpecs() throws IOException {
    Path file = write("a.azlon.yaml", "prompt: p\ninputPricePerMillion: 0\n");

    assertThatThrownBy(() -> read("a", file))
        .hasMessageContaining(file + ":2: inputPricePerMillion is the build's own to set");
  }

  @Test
  void relativePathsResolveAgainstTheSpecFilesFolder() throws IOException {
    Files.createDirectories(folder.resolve("greet/start"));
    Files.writeString(folder.resolve("greet/prompt.txt"), "Greet Azlon.");
    Path file =
        write(
            "greet/hello.azlon.yaml",
            "promptFile: prompt.txt\ntestConditions: Prints Hello\ninputDirectory: start\n"
                + "applyDirectory: out\n");

    SpecFile spec = read("greet.hello", file);
    SolveSpec solveSpec = spec.settings().solveSpec("gpt-4o");

    assertThat(solveSpec.prompt()).isEqualTo("Greet Azlon.");
    assertThat(solveSpec.inputDirectory()).isEqualTo(folder.resolve("greet/start"));
    assertThat(spec.settings().applyDirectory()).isEqualTo(folder.resolve("greet/out"));
  }

  @Test
  void aSpecOverridesTheDefaultsKeyByKey() throws IOException {
    TaskSettings defaults =
        TaskSettings.empty()
            .with(Setting.TEST_CONDITIONS, "Prints Hello")
            .with(Setting.MAX_ITERATIONS, 20)
            .withText(Setting.SANDBOX_RUN_TIMEOUT, "2m")
            .with(Setting.BASE_IMAGE, "python:3.12-slim");
    Path file = write("a.azlon.yaml", "prompt: Greet.\nmaxIterations: 3\n");

    TaskSettings merged = defaults.withSpec(read("a", file));
    SolveSpec spec = merged.solveSpec("gpt-4o");

    assertThat(spec.prompt()).isEqualTo("Greet.");
    assertThat(spec.testConditions()).isEqualTo("Prints Hello");
    assertThat(spec.maxIterations()).isEqualTo(3);
    assertThat(spec.baseImage()).isEqualTo("python:3.12-slim");
    assertThat(merged.sandboxLimits().runTimeout()).isEqualTo(Duration.ofMinutes(2));
  }

  @Test
  void jsonIsReadToo() throws IOException {
    Path file =
        write(
            "a.azlon.json",
            "{\"prompt\": \"Greet.\", \"testConditions\": \"Hello\", \"checks\": [{\"exitCode\":"
                + " 0}]}");

    assertThat(read("a", file).settings().values().get(Setting.CHECKS))
        .isEqualTo(List.of(new Check.ExitCode(0)));
  }

  @Test
  void anUnknownKeyIsNamedWithFileAndLine() throws IOException {
    Path file = write("a.azlon.yaml", "prompt: Greet.\n\nmaxIteration: 3\n");

    assertThatThrownBy(() -> read("a", file))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining(file + ":3:")
        .hasMessageContaining("'maxIteration' is not a spec key");
  }

  @Test
  void aWrongTypeIsNamedWithFileLineAndKey() throws IOException {
    Path file = write("a.azlon.yaml", "prompt: Greet.\nmaxIterations: many\n");

    assertThatThrownBy(() -> read("a", file))
        .hasMessageContaining(file + ":2: maxIterations takes a whole number, not 'many'");
  }

  @Test
  void aBadValueIsNamedWithFileLineAndKey() throws IOException {
    Path file = write("a.azlon.yaml", "prompt: Greet.\nsandboxRunTimeout: soon\n");

    assertThatThrownBy(() -> read("a", file))
        .hasMessageContaining(file + ":2:")
        .hasMessageContaining("sandboxRunTimeout")
        .hasMessageContaining("soon");
  }

  @Test
  void aBadCheckIsNamedWithItsLine() throws IOException {
    Path file =
        write(
            "a.azlon.yaml",
            "prompt: Greet.\nchecks:\n  - exitCode: 0\n  - exitCode: 0\n    stdoutContains: x\n");

    assertThatThrownBy(() -> read("a", file))
        .hasMessageContaining(file + ":4: checks: check number 2 must set exactly one of")
        .hasMessageContaining("exitCode and stdoutContains");
  }

  @Test
  void anUnknownKindOfCheckIsNamedWithItsLine() throws IOException {
    Path file = write("a.azlon.yaml", "checks:\n  - exitCode: 0\n  - stderrContains: x\n");
    Path held = write("h.azlon.yaml", "prompt: a\nacceptance:\n  - stderrContains: x\n");

    assertThatThrownBy(() -> read("a", file))
        .hasMessageContaining(file + ":3: checks: 'stderrContains' is not a kind of check");
    assertThatThrownBy(() -> read("h", held))
        .hasMessageContaining(held + ":3: acceptance: 'stderrContains' is not a kind of check");
  }

  @Test
  void theModelIsNotASpecKey() throws IOException {
    Path file = write("a.azlon.yaml", "prompt: Greet.\nmodel: gpt-4o\n");

    assertThatThrownBy(() -> read("a", file))
        .hasMessageContaining(file + ":2: model is the build's own to set, not a spec file's");
  }

  @Test
  void aDuplicateKeyAndBrokenYamlAreNamedWithTheirLine() throws IOException {
    Path duplicate = write("d.azlon.yaml", "prompt: a\nprompt: b\n");
    Path broken = write("b.azlon.yaml", "prompt: a\nchecks: [\n");

    assertThatThrownBy(() -> read("d", duplicate))
        .hasMessageContaining(duplicate + ":2:")
        .hasMessageContaining("Duplicate field 'prompt'");
    assertThatThrownBy(() -> read("b", broken)).hasMessageContaining(broken + ":");
  }

  @Test
  void anEmptyFileOrAListIsNotASpec() throws IOException {
    Path empty = write("e.azlon.yaml", "");
    Path list = write("l.azlon.yaml", "- prompt: a\n");

    assertThatThrownBy(() -> read("e", empty)).hasMessageContaining("empty");
    assertThatThrownBy(() -> read("l", list)).hasMessageContaining("mapping of keys");
  }

  @Test
  void theExampleCoversEverySpecKey() {
    assertThat(EVERY_KEY.lines().filter(l -> l.matches("^[a-zA-Z]+:.*")).map(l -> l.split(":")[0]))
        .containsExactlyInAnyOrderElementsOf(
            Arrays.stream(Setting.values()).filter(Setting::isSpecKey).map(Setting::key).toList());
  }

  @Test
  void aBuildSettingIsNotASpecKey() throws IOException {
    Path file = write("a.azlon.yaml", "prompt: Greet.\nlockDirectory: elsewhere\n");

    assertThatThrownBy(() -> read("a", file))
        .hasMessageContaining(file + ":2: lockDirectory is the build's own to set");
  }

  private SpecFile read(String name, Path file) {
    return SpecFile.read(name, file, ProjectBoundary.of(folder, List.of()));
  }

  private Path write(String name, String content) throws IOException {
    Path file = folder.resolve(name);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, content);
  }
}
