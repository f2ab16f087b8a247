package dev.azlon.spec;

import dev.azlon.ConfigurationException;
import dev.azlon.Setting;
import dev.azlon.apply.ApplyPolicy;
import dev.azlon.budget.Budget;
import dev.azlon.budget.Prices;
import dev.azlon.generate.PromptOverrides;
import dev.azlon.sandbox.SandboxLimits;
import dev.azlon.solve.SolveSpec;
import dev.azlon.verdict.Check;
import dev.azlon.verdict.Checks;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A task's settings, key by key, with checked values: the plugin's parameters give the defaults,
 * and a spec file overrides them one key at a time. Turns into the core's values ({@link
 * SolveSpec}, {@link SandboxLimits}, ...) with every cross-key rule checked.
 */
public final class TaskSettings {

  private final Map<TaskKey, Object> values;

  private TaskSettings(Map<TaskKey, Object> values) {
    this.values = values;
  }

  public static TaskSettings empty() {
    return new TaskSettings(new EnumMap<>(TaskKey.class));
  }

  /**
   * These settings with {@code key} set to an already typed value ({@link String}, {@link Path},
   * {@link Integer}, {@link Long}, {@link Boolean}, {@link Duration}, {@link BigDecimal}, a {@code
   * List<String>} or a {@code List<Check>}, by kind); null leaves the key unset.
   */
  public TaskSettings with(TaskKey key, Object value) {
    EnumMap<TaskKey, Object> copy = copy();
    if (value == null) {
      copy.remove(key);
    } else {
      copy.put(key, value);
    }
    return new TaskSettings(copy);
  }

  /** These settings with {@code key} set from its text form ("2m", "1g", "2.50"); null: unset. */
  public TaskSettings withText(TaskKey key, String text) {
    return with(key, text == null ? null : Values.fromText(key, text, null));
  }

  /** These settings, with each key {@code overrides} sets replacing this one's. */
  public TaskSettings overriddenBy(TaskSettings overrides) {
    EnumMap<TaskKey, Object> copy = copy();
    copy.putAll(overrides.values);
    return new TaskSettings(copy);
  }

  /** The keys set, with their values. */
  public Map<TaskKey, Object> values() {
    return Collections.unmodifiableMap(values);
  }

  private EnumMap<TaskKey, Object> copy() {
    return values.isEmpty() ? new EnumMap<>(TaskKey.class) : new EnumMap<>(values);
  }

  /** The task, checked; the prompt and other files are read now. */
  public SolveSpec solveSpec(String model) {
    if (flag(TaskKey.APPLY, false) && path(TaskKey.APPLY_DIRECTORY) == null) {
      throw new ConfigurationException(
          Setting.APPLY_DIRECTORY,
          "apply is true, but applyDirectory does not say where the solution should go.");
    }
    applyPolicy();
    Path generatePrompt = path(TaskKey.GENERATE_PROMPT_FILE);
    Path fixPrompt = path(TaskKey.FIX_PROMPT_FILE);
    Path reviewPrompt = path(TaskKey.REVIEW_PROMPT_FILE);
    return new SolveSpec(
        text(TaskKey.PROMPT, TaskKey.PROMPT_FILE),
        text(TaskKey.TEST_CONDITIONS, TaskKey.TEST_CONDITIONS_FILE),
        number(TaskKey.MAX_ITERATIONS, SolveSpec.DEFAULT_MAX_ITERATIONS),
        string(TaskKey.BASE_IMAGE, SolveSpec.DEFAULT_BASE_IMAGE),
        list(TaskKey.ALLOWED_BASE_IMAGES),
        checks(),
        flag(TaskKey.JUDGE, true),
        budget(model),
        path(TaskKey.INPUT_DIRECTORY),
        read(TaskKey.DEFAULT_DOCKERFILE),
        number(TaskKey.MAX_REPEATED_FAILURES, SolveSpec.DEFAULT_MAX_REPEATED_FAILURES),
        new PromptOverrides(
            read(TaskKey.GENERATE_PROMPT_FILE),
            String.valueOf(generatePrompt),
            read(TaskKey.FIX_PROMPT_FILE),
            String.valueOf(fixPrompt),
            read(TaskKey.REVIEW_PROMPT_FILE),
            String.valueOf(reviewPrompt)),
        number(TaskKey.CONTEXT_TOKENS, SolveSpec.DEFAULT_CONTEXT_TOKENS),
        list(TaskKey.INPUT_EXCLUDES));
  }

  /** The sandbox's limits; unset keys keep {@link SandboxLimits#defaults()}. */
  public SandboxLimits sandboxLimits() {
    SandboxLimits defaults = SandboxLimits.defaults();
    return SandboxLimits.builder()
        .memoryBytes(get(TaskKey.SANDBOX_MEMORY, Long.class, defaults.memoryBytes()))
        .nanoCpus(get(TaskKey.SANDBOX_CPUS, Long.class, defaults.nanoCpus()))
        .pids(get(TaskKey.SANDBOX_PIDS, Long.class, defaults.pids()))
        .runNetwork(flag(TaskKey.SANDBOX_RUN_NETWORK, defaults.runNetwork()))
        .buildNetwork(flag(TaskKey.SANDBOX_BUILD_NETWORK, defaults.buildNetwork()))
        .runTimeout(get(TaskKey.SANDBOX_RUN_TIMEOUT, Duration.class, defaults.runTimeout()))
        .buildTimeout(get(TaskKey.SANDBOX_BUILD_TIMEOUT, Duration.class, defaults.buildTimeout()))
        .build();
  }

  /** The budget; prices are the given ones, or those known for {@code model}. */
  public Budget budget(String model) {
    BigDecimal input = get(TaskKey.INPUT_PRICE_PER_MILLION, BigDecimal.class, null);
    BigDecimal output = get(TaskKey.OUTPUT_PRICE_PER_MILLION, BigDecimal.class, null);
    BigDecimal cached = get(TaskKey.CACHED_INPUT_PRICE_PER_MILLION, BigDecimal.class, null);
    if ((input == null) != (output == null)) {
      throw new ConfigurationException(
          Setting.INPUT_PRICE_PER_MILLION,
          "Set both inputPricePerMillion and outputPricePerMillion, or neither.");
    }
    return new Budget(
        Optional.ofNullable(get(TaskKey.MAX_TOKENS, Long.class, null)),
        Optional.ofNullable(get(TaskKey.MAX_COST_USD, BigDecimal.class, null)),
        Optional.ofNullable(get(TaskKey.TIMEOUT, Duration.class, null)),
        input != null
            ? Optional.of(Prices.given(input, output, cached))
            : Prices.known(model).map(known -> known.withCachedInput(cached)));
  }

  /** What {@code apply} may and may not copy into the project. */
  public ApplyPolicy applyPolicy() {
    return new ApplyPolicy(list(TaskKey.APPLY_ALLOWED), list(TaskKey.APPLY_REFUSED));
  }

  /** Whether a solved run is copied into {@link #applyDirectory()}. */
  public boolean apply() {
    return flag(TaskKey.APPLY, false);
  }

  public Path applyDirectory() {
    return path(TaskKey.APPLY_DIRECTORY);
  }

  public boolean overwrite() {
    return flag(TaskKey.OVERWRITE, false);
  }

  public boolean failOnUnsolved() {
    return flag(TaskKey.FAIL_ON_UNSOLVED, true);
  }

  private Checks checks() {
    List<Check> all = new ArrayList<>();
    @SuppressWarnings("unchecked")
    List<Check> listed = get(TaskKey.CHECKS, List.class, List.of());
    all.addAll(listed);
    Integer exitCode = get(TaskKey.EXPECT_EXIT_CODE, Integer.class, null);
    if (exitCode != null) {
      all.add(new Check.ExitCode(exitCode));
    }
    String output = string(TaskKey.EXPECT_OUTPUT, null);
    if (output != null) {
      all.add(Check.StdoutMatches.of(output));
    }
    return Checks.of(all, flag(TaskKey.REQUIRE_ZERO_EXIT, true));
  }

  /** A text given inline or in a file, not both; null when neither. */
  private String text(TaskKey inline, TaskKey file) {
    String text = string(inline, null);
    if (path(file) != null && text != null && !text.isBlank()) {
      throw new ConfigurationException(
          file.setting(), "Set " + inline.key() + " or " + file.key() + ", not both.");
    }
    return path(file) == null ? text : read(file);
  }

  /** A file's text, or null for no file. */
  private String read(TaskKey key) {
    Path file = path(key);
    if (file == null) {
      return null;
    }
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ConfigurationException(
          key.setting(), "Cannot read " + key.key() + " " + file + ": " + e.getMessage() + ".");
    }
  }

  private String string(TaskKey key, String otherwise) {
    return get(key, String.class, otherwise);
  }

  private Path path(TaskKey key) {
    return get(key, Path.class, null);
  }

  private int number(TaskKey key, int otherwise) {
    return get(key, Integer.class, otherwise);
  }

  private boolean flag(TaskKey key, boolean otherwise) {
    return get(key, Boolean.class, otherwise);
  }

  @SuppressWarnings("unchecked")
  private List<String> list(TaskKey key) {
    return get(key, List.class, List.of());
  }

  private <T> T get(TaskKey key, Class<T> type, T otherwise) {
    Object value = values.get(key);
    return value == null ? otherwise : type.cast(value);
  }
}
