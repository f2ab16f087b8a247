package dev.azlon.spec;

import dev.azlon.ConfigurationException;
import dev.azlon.Setting;
import dev.azlon.budget.Budget;
import dev.azlon.budget.Prices;
import dev.azlon.generate.PromptOverrides;
import dev.azlon.host.ApplyPolicy;
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
 * and a spec file sets what is asked and narrows the rest, key by key as {@link Setting.SpecRule}
 * says. Turns into the core's values ({@link SolveSpec}, {@link SandboxLimits}, ...) with every
 * cross-key rule checked.
 */
public final class TaskSettings {

  private final Map<Setting, Object> values;

  /** A spec file's applyAllowed, which narrows the POM's; null when no spec set one. */
  private final List<String> specApplyAllowed;

  private TaskSettings(Map<Setting, Object> values, List<String> specApplyAllowed) {
    this.values = values;
    this.specApplyAllowed = specApplyAllowed;
  }

  public static TaskSettings empty() {
    return new TaskSettings(new EnumMap<>(Setting.class), null);
  }

  /**
   * These settings with {@code key} set to an already typed value ({@link String}, {@link Path},
   * {@link Integer}, {@link Long}, {@link Boolean}, {@link Duration}, {@link BigDecimal}, a {@code
   * List<String>} or a {@code List<Check>}, by kind); null leaves the key unset.
   */
  public TaskSettings with(Setting key, Object value) {
    EnumMap<Setting, Object> copy = copy();
    if (value == null) {
      copy.remove(key);
    } else {
      copy.put(
          key,
          key.kind() == Setting.Kind.TEXT_FILE && value instanceof Path file
              ? read(key, file)
              : value);
    }
    return new TaskSettings(copy, specApplyAllowed);
  }

  /** These settings with {@code key} set from its text form ("2m", "1g", "2.50"); null: unset. */
  public TaskSettings withText(Setting key, String text) {
    return with(key, text == null ? null : Values.fromText(key, text, null));
  }

  /**
   * These settings (the POM's) with a spec file's on top: what is asked replaced, the rest narrowed
   * as each key's {@link Setting.SpecRule} says. A spec that would widen what the POM allows is an
   * error, never quietly cut back.
   *
   * @throws ConfigurationException naming the file, line and key of every widening at once
   */
  public TaskSettings withSpec(SpecFile spec) {
    EnumMap<Setting, Object> merged = copy();
    List<String> narrowing = specApplyAllowed;
    List<String> problems = new ArrayList<>();
    for (Map.Entry<Setting, Object> entry : spec.settings().values.entrySet()) {
      Setting key = entry.getKey();
      Object value = entry.getValue();
      Optional<String> widening =
          switch (key.specRule()) {
            case SETS -> Optional.empty();
            case LOWERS -> raises(key, value);
            case NEEDS_CONSENT -> turnsOn(key, value);
            case IMAGES -> widensImages(key, value);
            case FORBIDDEN, BUILD ->
                Optional.of(key.key() + " is the build's own to set, not a spec file's.");
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
          "A spec file may narrow what the build allows, never widen it:\n    "
              + String.join("\n    ", problems));
    }
    return new TaskSettings(merged, narrowing);
  }

  /** A ceiling raised: the spec's value above the POM's (or its default, when unset). */
  private Optional<String> raises(Setting key, Object value) {
    Object ceiling = value(key);
    if (ceiling == null || compare(value, ceiling) <= 0) {
      return Optional.empty();
    }
    return Optional.of(
        key.key()
            + " "
            + Values.describe(key, value)
            + " is more than the build allows ("
            + Values.describe(key, ceiling)
            + "): a spec may only lower it. Raise "
            + key.mention()
            + " in the build to allow more.");
  }

  /** A permission turned on that the POM has off. */
  private Optional<String> turnsOn(Setting key, Object value) {
    boolean allowed = flag(key);
    if (!Boolean.TRUE.equals(value) || allowed) {
      return Optional.empty();
    }
    return Optional.of(
        key.key()
            + " true needs the build's consent: set "
            + key.mention("true")
            + " in the build to let specs turn it on.");
  }

  /**
   * Images beyond the POM's: within its allowedBaseImages when it sets them, and otherwise named
   * one by one (a wildcard would let candidates start from any image).
   */
  @SuppressWarnings("unchecked")
  private Optional<String> widensImages(Setting key, Object value) {
    List<String> images =
        key == Setting.BASE_IMAGE ? List.of((String) value) : (List<String>) value;
    List<String> pom = list(Setting.ALLOWED_BASE_IMAGES);
    if (pom.isEmpty()) {
      return key == Setting.ALLOWED_BASE_IMAGES && images.stream().anyMatch(i -> i.contains("*"))
          ? Optional.of(
              "allowedBaseImages with a wildcard ('*') needs the build's: set "
                  + Setting.ALLOWED_BASE_IMAGES.mention()
                  + " in the build, and a spec may choose among those images.")
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
                + " is not among the build's allowedBaseImages "
                + pom
                + ": a spec may only choose among them. Add it to "
                + Setting.ALLOWED_BASE_IMAGES.mention()
                + " in the build.");
  }

  /** A list a spec adds to: for excludes the POM's come last, so they win over the spec's. */
  private List<String> added(Setting key, Object value) {
    List<String> merged = new ArrayList<>();
    if (key == Setting.INPUT_EXCLUDES) {
      merged.addAll(texts(value));
      merged.addAll(list(key));
    } else {
      merged.addAll(list(key));
      merged.addAll(texts(value));
    }
    return List.copyOf(merged);
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
  public Map<Setting, Object> values() {
    return Collections.unmodifiableMap(values);
  }

  private EnumMap<Setting, Object> copy() {
    return values.isEmpty() ? new EnumMap<>(Setting.class) : new EnumMap<>(values);
  }

  /** The task, checked; the prompt and other files are read now. */
  public SolveSpec solveSpec(String model) {
    if (flag(Setting.APPLY) && path(Setting.APPLY_DIRECTORY) == null) {
      throw new ConfigurationException(
          Setting.APPLY_DIRECTORY,
          "apply is true, but applyDirectory does not say where the solution should go.");
    }
    applyPolicy();
    return new SolveSpec(
            text(Setting.PROMPT, Setting.PROMPT_FILE),
            text(Setting.TEST_CONDITIONS, Setting.TEST_CONDITIONS_FILE),
            number(Setting.MAX_ITERATIONS),
            string(Setting.BASE_IMAGE),
            list(Setting.ALLOWED_BASE_IMAGES),
            checks(),
            flag(Setting.JUDGE),
            budget(model),
            path(Setting.INPUT_DIRECTORY),
            read(Setting.DEFAULT_DOCKERFILE),
            number(Setting.MAX_REPEATED_FAILURES),
            new PromptOverrides(
                read(Setting.GENERATE_PROMPT_FILE),
                source(Setting.GENERATE_PROMPT_FILE),
                read(Setting.FIX_PROMPT_FILE),
                source(Setting.FIX_PROMPT_FILE),
                read(Setting.REVIEW_PROMPT_FILE),
                source(Setting.REVIEW_PROMPT_FILE)),
            number(Setting.CONTEXT_TOKENS),
            list(Setting.INPUT_EXCLUDES))
        .withAcceptance(acceptance());
  }

  /** The sandbox's limits; unset keys keep their defaults. */
  public SandboxLimits sandboxLimits() {
    return SandboxLimits.builder()
        .memoryBytes(get(Setting.SANDBOX_MEMORY, Long.class))
        .nanoCpus(get(Setting.SANDBOX_CPUS, Long.class))
        .pids(get(Setting.SANDBOX_PIDS, Long.class))
        .runNetwork(flag(Setting.SANDBOX_RUN_NETWORK))
        .buildNetwork(flag(Setting.SANDBOX_BUILD_NETWORK))
        .runTimeout(get(Setting.SANDBOX_RUN_TIMEOUT, Duration.class))
        .buildTimeout(get(Setting.SANDBOX_BUILD_TIMEOUT, Duration.class))
        .build();
  }

  /** The budget; prices are the given ones, or those known for {@code model}. */
  public Budget budget(String model) {
    BigDecimal input = get(Setting.INPUT_PRICE_PER_MILLION, BigDecimal.class);
    BigDecimal output = get(Setting.OUTPUT_PRICE_PER_MILLION, BigDecimal.class);
    BigDecimal cached = get(Setting.CACHED_INPUT_PRICE_PER_MILLION, BigDecimal.class);
    if ((input == null) != (output == null)) {
      throw new ConfigurationException(
          Setting.INPUT_PRICE_PER_MILLION,
          "Set both inputPricePerMillion and outputPricePerMillion, or neither.");
    }
    return new Budget(
        Optional.ofNullable(get(Setting.MAX_TOKENS, Long.class)),
        Optional.ofNullable(get(Setting.MAX_COST_USD, BigDecimal.class)),
        Optional.ofNullable(get(Setting.TIMEOUT, Duration.class)),
        input != null
            ? Optional.of(Prices.given(input, output, cached))
            : Prices.known(model).map(known -> known.withCachedInput(cached)));
  }

  /** What {@code apply} may and may not copy into the project; a spec's applyAllowed narrows. */
  public ApplyPolicy applyPolicy() {
    return new ApplyPolicy(list(Setting.APPLY_ALLOWED), list(Setting.APPLY_REFUSED))
        .narrowedBy(specApplyAllowed, List.of());
  }

  /** Whether a solved run is copied into {@link #applyDirectory()}. */
  public boolean apply() {
    return flag(Setting.APPLY);
  }

  public Path applyDirectory() {
    return path(Setting.APPLY_DIRECTORY);
  }

  public boolean overwrite() {
    return flag(Setting.OVERWRITE);
  }

  public boolean failOnUnsolved() {
    return flag(Setting.FAIL_ON_UNSOLVED);
  }

  private Checks checks() {
    List<Check> all = new ArrayList<>();
    @SuppressWarnings("unchecked")
    List<Check> listed = get(Setting.CHECKS, List.class);
    all.addAll(listed == null ? List.of() : listed);
    Integer exitCode = get(Setting.EXPECT_EXIT_CODE, Integer.class);
    if (exitCode != null) {
      all.add(new Check.ExitCode(exitCode));
    }
    String output = string(Setting.EXPECT_OUTPUT);
    if (output != null) {
      all.add(Check.StdoutMatches.of(output));
    }
    return Checks.of(all, flag(Setting.REQUIRE_ZERO_EXIT));
  }

  /** The held-out checks, exactly as listed. */
  private Checks acceptance() {
    @SuppressWarnings("unchecked")
    List<Check> listed = get(Setting.ACCEPTANCE, List.class);
    return Checks.of(listed == null ? List.of() : listed, false);
  }

  /** A text given inline or in a file, not both; null when neither. */
  private String text(Setting inline, Setting file) {
    String text = string(inline);
    String fromFile = read(file);
    if (fromFile != null && text != null && !text.isBlank()) {
      throw new ConfigurationException(
          file, "Set " + inline.key() + " or " + file.key() + ", not both.");
    }
    return fromFile == null ? text : fromFile;
  }

  /** A file's text, read bounded (a FIFO or a device is never opened): when it is set. */
  private static FileText read(Setting key, Path file) {
    try {
      return new FileText(file.toString(), DataFiles.readText(file, DataFiles.TEXT_MAX_BYTES));
    } catch (IOException e) {
      throw new ConfigurationException(
          key,
          key.key()
              + " "
              + SpecFile.shown(file)
              + " "
              + SpecFile.reason(e)
              + ", so it was not read.");
    }
  }

  /** The text of the file a key named, or null for none. */
  private String read(Setting key) {
    FileText file = get(key, FileText.class);
    return file == null ? null : file.text();
  }

  /** Where the file a key named came from, for messages. */
  private String source(Setting key) {
    FileText file = get(key, FileText.class);
    return file == null ? "null" : file.source();
  }

  /** The value set, else the setting's default ({@link Setting#defaultText()}); null for none. */
  public Object value(Setting key) {
    Object value = values.get(key);
    return value != null || key.defaultText().isEmpty()
        ? value
        : Values.fromText(key, key.defaultText().get(), null);
  }

  private String string(Setting key) {
    return get(key, String.class);
  }

  private Path path(Setting key) {
    return get(key, Path.class);
  }

  private int number(Setting key) {
    return get(key, Integer.class);
  }

  private boolean flag(Setting key) {
    return Boolean.TRUE.equals(get(key, Boolean.class));
  }

  @SuppressWarnings("unchecked")
  private List<String> list(Setting key) {
    List<String> list = get(key, List.class);
    return list == null ? List.of() : list;
  }

  private <T> T get(Setting key, Class<T> type) {
    return type.cast(value(key));
  }
}
