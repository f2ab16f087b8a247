package dev.azlon.spec;

import dev.azlon.ConfigurationException;
import dev.azlon.Setting;
import dev.azlon.apply.ApplyPolicy;
import dev.azlon.budget.Budget;
import dev.azlon.budget.Prices;
import dev.azlon.generate.PromptOverrides;
import dev.azlon.host.DataFiles;
import dev.azlon.sandbox.DockerfilePolicy;
import dev.azlon.sandbox.SandboxLimits;
import dev.azlon.solve.SolveSpec;
import dev.azlon.verdict.Check;
import dev.azlon.verdict.Checks;
import java.io.IOException;
import java.math.BigDecimal;
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
 * and a spec file sets what is asked and narrows the rest, key by key as {@link TaskKey.SpecRule}
 * says. Turns into the core's values ({@link SolveSpec}, {@link SandboxLimits}, ...) with every
 * cross-key rule checked.
 */
public final class TaskSettings {

  private final Map<TaskKey, Object> values;

  /** A spec file's applyAllowed, which narrows the POM's; null when no spec set one. */
  private final List<String> specApplyAllowed;

  private TaskSettings(Map<TaskKey, Object> values, List<String> specApplyAllowed) {
    this.values = values;
    this.specApplyAllowed = specApplyAllowed;
  }

  public static TaskSettings empty() {
    return new TaskSettings(new EnumMap<>(TaskKey.class), null);
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
    return new TaskSettings(copy, specApplyAllowed);
  }

  /** These settings with {@code key} set from its text form ("2m", "1g", "2.50"); null: unset. */
  public TaskSettings withText(TaskKey key, String text) {
    return with(key, text == null ? null : Values.fromText(key, text, null));
  }

  /**
   * These settings (the POM's) with a spec file's on top: what is asked replaced, the rest narrowed
   * as each key's {@link TaskKey.SpecRule} says. A spec that would widen what the POM allows is an
   * error, never quietly cut back.
   *
   * @throws ConfigurationException naming the file, line and key of every widening at once
   */
  public TaskSettings withSpec(SpecFile spec) {
    EnumMap<TaskKey, Object> merged = copy();
    List<String> narrowing = specApplyAllowed;
    List<String> problems = new ArrayList<>();
    for (Map.Entry<TaskKey, Object> entry : spec.settings().values.entrySet()) {
      TaskKey key = entry.getKey();
      Object value = entry.getValue();
      Optional<String> widening =
          switch (key.specRule()) {
            case SETS -> Optional.empty();
            case LOWERS -> raises(key, value);
            case NEEDS_POM -> turnsOn(key, value);
            case IMAGES -> widensImages(key, value);
            case POM_ONLY -> Optional.of(key.key() + " is set in the POM or with -D only.");
            case ADDS, NARROWS -> Optional.empty();
          };
      if (widening.isPresent()) {
        problems.add(spec.where(key) + ": " + widening.get());
        continue;
      }
      switch (key.specRule()) {
        case ADDS -> merged.put(key, added(key, value));
        case NARROWS -> narrowing = texts(value);
        default -> merged.put(key, value);
      }
    }
    if (!problems.isEmpty()) {
      throw new ConfigurationException(
          Setting.SPECS,
          "A spec file may narrow what the POM allows, never widen it:\n    "
              + String.join("\n    ", problems));
    }
    return new TaskSettings(merged, narrowing);
  }

  /** A ceiling raised: the spec's value above the POM's (or its default, when unset). */
  private Optional<String> raises(TaskKey key, Object value) {
    Object ceiling = values.containsKey(key) ? values.get(key) : ceiling(key);
    if (ceiling == null || compare(value, ceiling) <= 0) {
      return Optional.empty();
    }
    return Optional.of(
        key.key()
            + " "
            + Values.describe(key, value)
            + " is more than the POM allows ("
            + Values.describe(key, ceiling)
            + "): a spec may only lower it. Raise "
            + key.setting().howToSet()
            + " to allow more.");
  }

  /** A permission turned on that the POM has off. */
  private Optional<String> turnsOn(TaskKey key, Object value) {
    boolean allowed = values.containsKey(key) ? (Boolean) values.get(key) : permission(key);
    if (!Boolean.TRUE.equals(value) || allowed) {
      return Optional.empty();
    }
    return Optional.of(
        key.key()
            + " true needs the POM's consent: set "
            + key.setting().howToSet()
            + " to true to let specs turn it on.");
  }

  /**
   * Images beyond the POM's: within its allowedBaseImages when it sets them, and otherwise named
   * one by one (a wildcard would let candidates start from any image).
   */
  @SuppressWarnings("unchecked")
  private Optional<String> widensImages(TaskKey key, Object value) {
    List<String> images =
        key == TaskKey.BASE_IMAGE ? List.of((String) value) : (List<String>) value;
    List<String> pom = list(TaskKey.ALLOWED_BASE_IMAGES);
    if (pom.isEmpty()) {
      return key == TaskKey.ALLOWED_BASE_IMAGES && images.stream().anyMatch(i -> i.contains("*"))
          ? Optional.of(
              "allowedBaseImages with a wildcard ('*') needs the POM's: set "
                  + Setting.ALLOWED_BASE_IMAGES.howToSet()
                  + ", and a spec may choose among those images.")
          : Optional.empty();
    }
    DockerfilePolicy policy = DockerfilePolicy.allowing(pom);
    List<String> outside = images.stream().filter(image -> !policy.allows(image)).toList();
    return outside.isEmpty()
        ? Optional.empty()
        : Optional.of(
            key.key()
                + " "
                + outside
                + " is not among the POM's allowedBaseImages "
                + pom
                + ": a spec may only choose among them. Add it to "
                + Setting.ALLOWED_BASE_IMAGES.howToSet()
                + ".");
  }

  /** A list a spec adds to: for excludes the POM's come last, so they win over the spec's. */
  private List<String> added(TaskKey key, Object value) {
    List<String> merged = new ArrayList<>();
    if (key == TaskKey.INPUT_EXCLUDES) {
      merged.addAll(texts(value));
      merged.addAll(list(key));
    } else {
      merged.addAll(list(key));
      merged.addAll(texts(value));
    }
    return List.copyOf(merged);
  }

  /** A ceiling's value when the POM leaves it unset; null when unset means unlimited. */
  private static Object ceiling(TaskKey key) {
    SandboxLimits defaults = SandboxLimits.defaults();
    return switch (key) {
      case SANDBOX_MEMORY -> defaults.memoryBytes();
      case SANDBOX_CPUS -> defaults.nanoCpus();
      case SANDBOX_PIDS -> defaults.pids();
      case SANDBOX_RUN_TIMEOUT -> defaults.runTimeout();
      case SANDBOX_BUILD_TIMEOUT -> defaults.buildTimeout();
      case MAX_ITERATIONS -> SolveSpec.DEFAULT_MAX_ITERATIONS;
      default -> null;
    };
  }

  /** A permission's value when the POM leaves it unset. */
  private static boolean permission(TaskKey key) {
    return switch (key) {
      case SANDBOX_BUILD_NETWORK -> SandboxLimits.defaults().buildNetwork();
      case SANDBOX_RUN_NETWORK -> SandboxLimits.defaults().runNetwork();
      default -> false;
    };
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static int compare(Object value, Object ceiling) {
    return ((Comparable) value).compareTo(ceiling);
  }

  @SuppressWarnings("unchecked")
  private static List<String> texts(Object value) {
    return (List<String>) value;
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

  /** What {@code apply} may and may not copy into the project; a spec's applyAllowed narrows. */
  public ApplyPolicy applyPolicy() {
    return new ApplyPolicy(list(TaskKey.APPLY_ALLOWED), list(TaskKey.APPLY_REFUSED))
        .narrowedBy(specApplyAllowed, List.of());
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

  /** A file's text, read bounded (a FIFO or a device is never opened), or null for no file. */
  private String read(TaskKey key) {
    Path file = path(key);
    if (file == null) {
      return null;
    }
    try {
      return DataFiles.readText(file, DataFiles.TEXT_MAX_BYTES);
    } catch (IOException e) {
      throw new ConfigurationException(
          key.setting(),
          key.key()
              + " "
              + SpecFile.shown(file)
              + " "
              + SpecFile.reason(e)
              + ", so it was not read.");
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
