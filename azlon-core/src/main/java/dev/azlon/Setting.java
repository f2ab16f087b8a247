package dev.azlon;

import java.util.Arrays;
import java.util.Optional;

/**
 * The one table of Azlon's settings: every key a build, a spec file or a remote payload names, with
 * the kind of value it takes, its default (one constant, in {@link Defaults}), the group it belongs
 * to, and what a spec file may do with it. Errors name a {@code Setting}, never a free string, so a
 * hint can only point at a key that exists; a front end (the Maven plugin) says how its users set
 * each one.
 *
 * <p>Messages mention a setting as {@link #mention()} ({@code `sandboxMemory`}: how to set it),
 * {@link #mention(String)} ({@code `refresh=true`}: set it so), or {@link #named()} ({@code
 * `@temporalRun`}: the setting itself, as its users know it): a front end may show each in its own
 * words.
 */
public enum Setting {
  PROMPT("prompt", Group.TASK, Kind.TEXT, null, SpecRule.SETS),
  PROMPT_FILE("promptFile", Group.TASK, Kind.TEXT_FILE, null, SpecRule.SETS),
  TEST_CONDITIONS("testConditions", Group.TASK, Kind.TEXT, null, SpecRule.SETS),
  TEST_CONDITIONS_FILE("testConditionsFile", Group.TASK, Kind.TEXT_FILE, null, SpecRule.SETS),
  CHECKS("checks", Group.TASK, Kind.CHECKS, null, SpecRule.SETS),
  ACCEPTANCE("acceptance", Group.TASK, Kind.CHECKS, null, SpecRule.SETS),
  EXPECT_EXIT_CODE("expectExitCode", Group.TASK, Kind.INTEGER, null, SpecRule.SETS),
  EXPECT_OUTPUT("expectOutput", Group.TASK, Kind.TEXT, null, SpecRule.SETS),
  REQUIRE_ZERO_EXIT(
      "requireZeroExit", Group.TASK, Kind.BOOLEAN, Defaults.REQUIRE_ZERO_EXIT, SpecRule.SETS),
  JUDGE("judge", Group.TASK, Kind.BOOLEAN, Defaults.JUDGE, SpecRule.SETS),
  BASE_IMAGE("baseImage", Group.TASK, Kind.TEXT, Defaults.BASE_IMAGE, SpecRule.IMAGES),
  ALLOWED_BASE_IMAGES("allowedBaseImages", Group.TASK, Kind.TEXT_LIST, null, SpecRule.IMAGES),
  INPUT_DIRECTORY("inputDirectory", Group.TASK, Kind.PATH, null, SpecRule.SETS),
  INPUT_EXCLUDES("inputExcludes", Group.TASK, Kind.TEXT_LIST, null, SpecRule.ADDS),
  DEFAULT_DOCKERFILE("defaultDockerfile", Group.TASK, Kind.TEXT_FILE, null, SpecRule.SETS),
  GENERATE_PROMPT_FILE("generatePromptFile", Group.TASK, Kind.TEXT_FILE, null, SpecRule.SETS),
  FIX_PROMPT_FILE("fixPromptFile", Group.TASK, Kind.TEXT_FILE, null, SpecRule.SETS),
  REVIEW_PROMPT_FILE("reviewPromptFile", Group.TASK, Kind.TEXT_FILE, null, SpecRule.SETS),
  MAX_ITERATIONS(
      "maxIterations", Group.EFFORT, Kind.INTEGER, Defaults.MAX_ITERATIONS, SpecRule.LOWERS),
  MAX_REPEATED_FAILURES(
      "maxRepeatedFailures",
      Group.EFFORT,
      Kind.INTEGER,
      Defaults.MAX_REPEATED_FAILURES,
      SpecRule.SETS),
  CONTEXT_TOKENS(
      "contextTokens", Group.EFFORT, Kind.INTEGER, Defaults.CONTEXT_TOKENS, SpecRule.SETS),
  MAX_TOKENS("maxTokens", Group.EFFORT, Kind.LONG, null, SpecRule.LOWERS),
  MAX_COST_USD("maxCostUsd", Group.EFFORT, Kind.DOLLARS, null, SpecRule.LOWERS),
  TIMEOUT("timeout", Group.EFFORT, Kind.DURATION, null, SpecRule.LOWERS),
  INPUT_PRICE_PER_MILLION(
      "inputPricePerMillion", Group.EFFORT, Kind.DOLLARS, null, SpecRule.FORBIDDEN),
  OUTPUT_PRICE_PER_MILLION(
      "outputPricePerMillion", Group.EFFORT, Kind.DOLLARS, null, SpecRule.FORBIDDEN),
  CACHED_INPUT_PRICE_PER_MILLION(
      "cachedInputPricePerMillion", Group.EFFORT, Kind.DOLLARS, null, SpecRule.FORBIDDEN),
  SANDBOX_MEMORY(
      "sandboxMemory", Group.SANDBOX, Kind.BYTES, Defaults.SANDBOX_MEMORY, SpecRule.LOWERS),
  SANDBOX_CPUS("sandboxCpus", Group.SANDBOX, Kind.CPUS, Defaults.SANDBOX_CPUS, SpecRule.LOWERS),
  SANDBOX_PIDS("sandboxPids", Group.SANDBOX, Kind.LONG, Defaults.SANDBOX_PIDS, SpecRule.LOWERS),
  SANDBOX_RUN_NETWORK(
      "sandboxRunNetwork",
      Group.SANDBOX,
      Kind.BOOLEAN,
      Defaults.SANDBOX_RUN_NETWORK,
      SpecRule.NEEDS_CONSENT),
  SANDBOX_BUILD_NETWORK(
      "sandboxBuildNetwork",
      Group.SANDBOX,
      Kind.BOOLEAN,
      Defaults.SANDBOX_BUILD_NETWORK,
      SpecRule.NEEDS_CONSENT),
  SANDBOX_RUN_TIMEOUT(
      "sandboxRunTimeout",
      Group.SANDBOX,
      Kind.DURATION,
      Defaults.SANDBOX_RUN_TIMEOUT,
      SpecRule.LOWERS),
  SANDBOX_BUILD_TIMEOUT(
      "sandboxBuildTimeout",
      Group.SANDBOX,
      Kind.DURATION,
      Defaults.SANDBOX_BUILD_TIMEOUT,
      SpecRule.LOWERS),
  APPLY("apply", Group.APPLY, Kind.BOOLEAN, Defaults.APPLY, SpecRule.SETS),
  APPLY_DIRECTORY("applyDirectory", Group.APPLY, Kind.PATH, null, SpecRule.SETS),
  APPLY_ALLOWED("applyAllowed", Group.APPLY, Kind.TEXT_LIST, null, SpecRule.NARROWS),
  APPLY_REFUSED("applyRefused", Group.APPLY, Kind.TEXT_LIST, null, SpecRule.ADDS),
  OVERWRITE("overwrite", Group.APPLY, Kind.BOOLEAN, Defaults.OVERWRITE, SpecRule.NEEDS_CONSENT),
  FAIL_ON_UNSOLVED(
      "failOnUnsolved", Group.APPLY, Kind.BOOLEAN, Defaults.FAIL_ON_UNSOLVED, SpecRule.SETS),
  MODEL("model", Group.MODEL, Kind.TEXT, Defaults.MODEL, SpecRule.BUILD),
  BASE_URL("baseUrl", Group.MODEL, Kind.TEXT, Defaults.BASE_URL, SpecRule.BUILD),
  SERVER_ID("serverId", Group.MODEL, Kind.TEXT, Defaults.SERVER_ID, SpecRule.BUILD),
  TEMPERATURE("temperature", Group.MODEL, Kind.DECIMAL, null, SpecRule.BUILD),
  SEED("seed", Group.MODEL, Kind.INTEGER, null, SpecRule.BUILD),
  REASONING_EFFORT("reasoningEffort", Group.MODEL, Kind.TEXT, null, SpecRule.BUILD),
  REQUEST_TIMEOUT(
      "requestTimeout", Group.MODEL, Kind.DURATION, Defaults.REQUEST_TIMEOUT, SpecRule.BUILD),
  REPLAY("replay", Group.MODEL, Kind.PATH, null, SpecRule.BUILD),
  OUTPUT_DIRECTORY("outputDirectory", Group.BUILD, Kind.PATH, null, SpecRule.BUILD),
  RESUME("resume", Group.BUILD, Kind.TEXT, null, SpecRule.BUILD),
  SKIP("skip", Group.BUILD, Kind.BOOLEAN, Defaults.SKIP, SpecRule.BUILD),
  SPECS("specs", Group.BATCH, Kind.PATH, null, SpecRule.BUILD),
  SPEC("spec", Group.BATCH, Kind.TEXT, null, SpecRule.BUILD),
  SPEC_INCLUDES("specIncludes", Group.BATCH, Kind.TEXT_LIST, null, SpecRule.BUILD),
  SPEC_EXCLUDES("specExcludes", Group.BATCH, Kind.TEXT_LIST, null, SpecRule.BUILD),
  SPEC_ALLOWED_ROOTS("specAllowedRoots", Group.BATCH, Kind.TEXT_LIST, null, SpecRule.BUILD),
  PARALLEL("parallel", Group.BATCH, Kind.INTEGER, null, SpecRule.BUILD),
  BATCH_MAX_TOKENS("batchMaxTokens", Group.BATCH, Kind.LONG, null, SpecRule.BUILD),
  BATCH_MAX_COST_USD("batchMaxCostUsd", Group.BATCH, Kind.DOLLARS, null, SpecRule.BUILD),
  REPORTS_DIRECTORY("reportsDirectory", Group.BATCH, Kind.PATH, null, SpecRule.BUILD),
  SOURCE_ROOT("sourceRoot", Group.BUILD, Kind.TEXT, Defaults.SOURCE_ROOT, SpecRule.BUILD),
  SOURCE_INCLUDES("sourceIncludes", Group.BUILD, Kind.TEXT_LIST, null, SpecRule.BUILD),
  GENERATE_TESTS(
      "generateTests", Group.BUILD, Kind.BOOLEAN, Defaults.GENERATE_TESTS, SpecRule.BUILD),
  LOCK("lock", Group.LOCK, Kind.BOOLEAN, Defaults.LOCK, SpecRule.BUILD),
  LOCK_DIRECTORY("lockDirectory", Group.LOCK, Kind.PATH, null, SpecRule.BUILD),
  VERIFY_LOCKED("verifyLocked", Group.LOCK, Kind.BOOLEAN, Defaults.VERIFY_LOCKED, SpecRule.BUILD),
  FROZEN_LOCK("frozenLock", Group.LOCK, Kind.BOOLEAN, Defaults.FROZEN_LOCK, SpecRule.BUILD),
  REFRESH("refresh", Group.LOCK, Kind.BOOLEAN, Defaults.REFRESH, SpecRule.BUILD),
  TEMPORAL_TARGET("temporalTarget", Group.REMOTE, Kind.TEXT, null, SpecRule.BUILD),
  TEMPORAL_NAMESPACE(
      "temporalNamespace", Group.REMOTE, Kind.TEXT, Defaults.TEMPORAL_NAMESPACE, SpecRule.BUILD),
  TEMPORAL_TASK_QUEUE(
      "temporalTaskQueue", Group.REMOTE, Kind.TEXT, Defaults.TEMPORAL_TASK_QUEUE, SpecRule.BUILD),
  TEMPORAL_RUN("temporalRun", Group.REMOTE, Kind.TEXT, Defaults.TEMPORAL_RUN, SpecRule.BUILD),
  TEMPORAL_DETACH(
      "temporalDetach", Group.REMOTE, Kind.BOOLEAN, Defaults.TEMPORAL_DETACH, SpecRule.BUILD),
  TEMPORAL_CANCEL_ON_INTERRUPT(
      "temporalCancelOnInterrupt",
      Group.REMOTE,
      Kind.BOOLEAN,
      Defaults.TEMPORAL_CANCEL_ON_INTERRUPT,
      SpecRule.BUILD);

  /** Each setting's default, as text: one constant, read by the core and by a front end alike. */
  public static final class Defaults {
    public static final String REQUIRE_ZERO_EXIT = "true";
    public static final String JUDGE = "true";
    public static final String BASE_IMAGE = "python:3.12-slim";
    public static final String MAX_ITERATIONS = "20";
    public static final String MAX_REPEATED_FAILURES = "3";
    public static final String CONTEXT_TOKENS = "16000";
    public static final String SANDBOX_MEMORY = "1g";
    public static final String SANDBOX_CPUS = "1";
    public static final String SANDBOX_PIDS = "256";
    public static final String SANDBOX_RUN_NETWORK = "false";
    public static final String SANDBOX_BUILD_NETWORK = "true";
    public static final String SANDBOX_RUN_TIMEOUT = "2m";
    public static final String SANDBOX_BUILD_TIMEOUT = "10m";
    public static final String APPLY = "false";
    public static final String OVERWRITE = "false";
    public static final String FAIL_ON_UNSOLVED = "true";
    public static final String MODEL = "gpt-5";
    public static final String BASE_URL = "https://api.openai.com/v1";
    public static final String SERVER_ID = "azlon";
    public static final String REQUEST_TIMEOUT = "3m";
    public static final String SKIP = "false";
    public static final String SOURCE_ROOT = "none";
    public static final String GENERATE_TESTS = "true";
    public static final String LOCK = "true";
    public static final String VERIFY_LOCKED = "false";
    public static final String FROZEN_LOCK = "false";
    public static final String REFRESH = "false";
    public static final String TEMPORAL_NAMESPACE = "default";
    public static final String TEMPORAL_TASK_QUEUE = "azlon";
    public static final String TEMPORAL_RUN = "default";
    public static final String TEMPORAL_DETACH = "false";
    public static final String TEMPORAL_CANCEL_ON_INTERRUPT = "false";

    private Defaults() {}
  }

  /** What a setting is about. */
  public enum Group {
    /** What is asked: the task, its checks, its starting files and prompts. */
    TASK,
    /** How far to go: iterations, context, budgets and prices. */
    EFFORT,
    /** What a candidate's container may use. */
    SANDBOX,
    /** What happens to a solution: applied to the project, or a failed build. */
    APPLY,
    /** Who answers: the model, its address, key and sampling. */
    MODEL,
    /** Where the build reads and writes, and whether it runs at all. */
    BUILD,
    /** A folder of specs solved at once. */
    BATCH,
    /** The solution lock. */
    LOCK,
    /** Solving on a remote engine's workers. */
    REMOTE
  }

  /** What a setting's value is, and so how it is read and checked. */
  public enum Kind {
    TEXT,
    /** A file or folder; relative to the spec file's folder when it comes from one. */
    PATH,
    /**
     * A file of text (a prompt, a template, a Dockerfile), named as a path and read, bounded, when
     * it is set: from then on its text is the value, which travels to a remote worker as text.
     */
    TEXT_FILE,
    INTEGER,
    LONG,
    /** A number with a fraction, such as a temperature. */
    DECIMAL,
    BOOLEAN,
    /** "90s", "2m", "1h". */
    DURATION,
    /** "512m", "1g". */
    BYTES,
    /** "0.5", "2". */
    CPUS,
    /** "2.50". */
    DOLLARS,
    TEXT_LIST,
    /** A list of checks, each one of exitCode, stdoutContains, stdoutMatches or command. */
    CHECKS
  }

  /**
   * What a spec file may do with a setting. The build's own configuration decides; a spec file is
   * data a pull request can change, so it may choose what is asked, and only narrow what protects
   * the host, the network and the money.
   */
  public enum SpecRule {
    /** Part of what is asked: a spec sets it freely. */
    SETS,
    /** A ceiling: a spec may lower it, never raise it past the build's (or its default). */
    LOWERS,
    /** A permission: a spec may turn it off, and on only where the build has it on. */
    NEEDS_CONSENT,
    /** A list a spec adds to; the build's entries stay, and win. */
    ADDS,
    /**
     * Globs a spec may narrow: a name passes only if the build's list and the spec's both let it.
     */
    NARROWS,
    /** Images: within the build's allowedBaseImages, or named one by one (no wildcard) without. */
    IMAGES,
    /** A task's key a spec may not set: what its calls are counted as costing is the build's. */
    FORBIDDEN,
    /** Not a task's key: who answers, where Azlon reads and writes, how a build runs. */
    BUILD
  }

  private final String key;
  private final Group group;
  private final Kind kind;
  private final String defaultText;
  private final SpecRule specRule;

  Setting(String key, Group group, Kind kind, String defaultText, SpecRule specRule) {
    this.key = key;
    this.group = group;
    this.kind = kind;
    this.defaultText = defaultText;
    this.specRule = specRule;
  }

  /** Its name: the POM element's, a spec file's key, a remote payload's. */
  public String key() {
    return key;
  }

  public Group group() {
    return group;
  }

  public Kind kind() {
    return kind;
  }

  /** Its default as text ({@code 1g}, {@code 20}), or empty when unset means none. */
  public Optional<String> defaultText() {
    return Optional.ofNullable(defaultText);
  }

  public SpecRule specRule() {
    return specRule;
  }

  /** Whether a task holds it (its value may differ from spec to spec in a batch). */
  public boolean isTaskKey() {
    return specRule != SpecRule.BUILD;
  }

  /**
   * Whether a task carries it to another machine: what is asked, how far to go and the sandbox's
   * limits travel, and how the build uses the solution (the model is told); the starting files
   * travel apart (as an archive), and where a solution goes and whether it fails the build stay
   * with the build.
   */
  public boolean isPortable() {
    return isTaskKey() && group != Group.APPLY && this != INPUT_DIRECTORY
        || this == SOURCE_ROOT
        || this == GENERATE_TESTS;
  }

  /** Whether a spec file may set it at all (perhaps only to narrow it). */
  public boolean isSpecKey() {
    return isTaskKey() && specRule != SpecRule.FORBIDDEN;
  }

  /** How a message names it: {@code `sandboxMemory`}. */
  public String mention() {
    return "`" + key + "`";
  }

  /** How a message names it with a value: {@code `refresh=true`}. */
  public String mention(String value) {
    return "`" + key + "=" + value + "`";
  }

  /** How a message names the setting itself: {@code `@temporalRun`}. */
  public String named() {
    return "`@" + key + "`";
  }

  /** How a message names the setting with its value: {@code `@temporalRun=nightly-7`}. */
  public String named(String value) {
    return "`@" + key + "=" + value + "`";
  }

  /** The setting of this key, if there is one. */
  public static Optional<Setting> forKey(String key) {
    return Arrays.stream(values()).filter(setting -> setting.key.equals(key)).findFirst();
  }
}
