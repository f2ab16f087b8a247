package dev.azlon.spec;

import dev.azlon.Setting;
import java.util.Arrays;
import java.util.Optional;

/**
 * The keys of a task, as a spec file and the plugin's parameters share them: one name each (the
 * {@link Setting}'s parameter name), and the kind of value it takes.
 */
public enum TaskKey {
  PROMPT(Setting.PROMPT, Kind.TEXT, SpecRule.SETS),
  PROMPT_FILE(Setting.PROMPT_FILE, Kind.PATH, SpecRule.SETS),
  TEST_CONDITIONS(Setting.TEST_CONDITIONS, Kind.TEXT, SpecRule.SETS),
  TEST_CONDITIONS_FILE(Setting.TEST_CONDITIONS_FILE, Kind.PATH, SpecRule.SETS),
  CHECKS(Setting.CHECKS, Kind.CHECKS, SpecRule.SETS),
  EXPECT_EXIT_CODE(Setting.EXPECT_EXIT_CODE, Kind.INTEGER, SpecRule.SETS),
  EXPECT_OUTPUT(Setting.EXPECT_OUTPUT, Kind.TEXT, SpecRule.SETS),
  REQUIRE_ZERO_EXIT(Setting.REQUIRE_ZERO_EXIT, Kind.BOOLEAN, SpecRule.SETS),
  JUDGE(Setting.JUDGE, Kind.BOOLEAN, SpecRule.SETS),
  BASE_IMAGE(Setting.BASE_IMAGE, Kind.TEXT, SpecRule.IMAGES),
  ALLOWED_BASE_IMAGES(Setting.ALLOWED_BASE_IMAGES, Kind.TEXT_LIST, SpecRule.IMAGES),
  INPUT_DIRECTORY(Setting.INPUT_DIRECTORY, Kind.PATH, SpecRule.SETS),
  INPUT_EXCLUDES(Setting.INPUT_EXCLUDES, Kind.TEXT_LIST, SpecRule.ADDS),
  DEFAULT_DOCKERFILE(Setting.DEFAULT_DOCKERFILE, Kind.PATH, SpecRule.SETS),
  MAX_ITERATIONS(Setting.MAX_ITERATIONS, Kind.INTEGER, SpecRule.LOWERS),
  MAX_REPEATED_FAILURES(Setting.MAX_REPEATED_FAILURES, Kind.INTEGER, SpecRule.SETS),
  GENERATE_PROMPT_FILE(Setting.GENERATE_PROMPT_FILE, Kind.PATH, SpecRule.SETS),
  FIX_PROMPT_FILE(Setting.FIX_PROMPT_FILE, Kind.PATH, SpecRule.SETS),
  REVIEW_PROMPT_FILE(Setting.REVIEW_PROMPT_FILE, Kind.PATH, SpecRule.SETS),
  CONTEXT_TOKENS(Setting.CONTEXT_TOKENS, Kind.INTEGER, SpecRule.SETS),
  MAX_TOKENS(Setting.MAX_TOKENS, Kind.LONG, SpecRule.LOWERS),
  MAX_COST_USD(Setting.MAX_COST_USD, Kind.DOLLARS, SpecRule.LOWERS),
  TIMEOUT(Setting.TIMEOUT, Kind.DURATION, SpecRule.LOWERS),
  INPUT_PRICE_PER_MILLION(Setting.INPUT_PRICE_PER_MILLION, Kind.DOLLARS, SpecRule.POM_ONLY),
  OUTPUT_PRICE_PER_MILLION(Setting.OUTPUT_PRICE_PER_MILLION, Kind.DOLLARS, SpecRule.POM_ONLY),
  CACHED_INPUT_PRICE_PER_MILLION(
      Setting.CACHED_INPUT_PRICE_PER_MILLION, Kind.DOLLARS, SpecRule.POM_ONLY),
  SANDBOX_MEMORY(Setting.SANDBOX_MEMORY, Kind.BYTES, SpecRule.LOWERS),
  SANDBOX_CPUS(Setting.SANDBOX_CPUS, Kind.CPUS, SpecRule.LOWERS),
  SANDBOX_PIDS(Setting.SANDBOX_PIDS, Kind.LONG, SpecRule.LOWERS),
  SANDBOX_RUN_NETWORK(Setting.SANDBOX_RUN_NETWORK, Kind.BOOLEAN, SpecRule.NEEDS_POM),
  SANDBOX_BUILD_NETWORK(Setting.SANDBOX_BUILD_NETWORK, Kind.BOOLEAN, SpecRule.NEEDS_POM),
  SANDBOX_RUN_TIMEOUT(Setting.SANDBOX_RUN_TIMEOUT, Kind.DURATION, SpecRule.LOWERS),
  SANDBOX_BUILD_TIMEOUT(Setting.SANDBOX_BUILD_TIMEOUT, Kind.DURATION, SpecRule.LOWERS),
  APPLY(Setting.APPLY, Kind.BOOLEAN, SpecRule.SETS),
  APPLY_DIRECTORY(Setting.APPLY_DIRECTORY, Kind.PATH, SpecRule.SETS),
  APPLY_ALLOWED(Setting.APPLY_ALLOWED, Kind.TEXT_LIST, SpecRule.NARROWS),
  APPLY_REFUSED(Setting.APPLY_REFUSED, Kind.TEXT_LIST, SpecRule.ADDS),
  OVERWRITE(Setting.OVERWRITE, Kind.BOOLEAN, SpecRule.NEEDS_POM),
  FAIL_ON_UNSOLVED(Setting.FAIL_ON_UNSOLVED, Kind.BOOLEAN, SpecRule.SETS);

  /** What a key's value is, and so how it is read and checked. */
  public enum Kind {
    TEXT,
    /** A file or folder; relative to the spec file's folder when it comes from one. */
    PATH,
    INTEGER,
    LONG,
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
   * What a spec file may do with a key. The POM and {@code -D} decide; a spec file is data a pull
   * request can change, so it may choose what is asked, and only narrow what protects the host, the
   * network and the money.
   */
  public enum SpecRule {
    /** Part of what is asked: a spec sets it freely. */
    SETS,
    /** A ceiling: a spec may lower it, never raise it past the POM's (or its default). */
    LOWERS,
    /** A permission: a spec may turn it off, and on only where the POM has it on. */
    NEEDS_POM,
    /** A list a spec adds to; the POM's entries stay, and win. */
    ADDS,
    /** Globs a spec may narrow: a name passes only if the POM's list and the spec's both let it. */
    NARROWS,
    /** Images: within the POM's allowedBaseImages, or named one by one (no wildcard) without. */
    IMAGES,
    /** The POM or {@code -D} only: who answers and what it costs are not a spec's to say. */
    POM_ONLY
  }

  private final Setting setting;
  private final Kind kind;
  private final SpecRule specRule;

  TaskKey(Setting setting, Kind kind, SpecRule specRule) {
    this.setting = setting;
    this.kind = kind;
    this.specRule = specRule;
  }

  public Setting setting() {
    return setting;
  }

  public Kind kind() {
    return kind;
  }

  public SpecRule specRule() {
    return specRule;
  }

  /** The key's name in a spec file, the same as the plugin parameter's. */
  public String key() {
    return setting.parameter();
  }

  public static Optional<TaskKey> named(String key) {
    return Arrays.stream(values()).filter(k -> k.key().equals(key)).findFirst();
  }
}
