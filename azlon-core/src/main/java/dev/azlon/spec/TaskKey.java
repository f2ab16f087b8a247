package dev.azlon.spec;

import dev.azlon.Setting;
import java.util.Arrays;
import java.util.Optional;

/**
 * The keys of a task, as a spec file and the plugin's parameters share them: one name each (the
 * {@link Setting}'s parameter name), and the kind of value it takes.
 */
public enum TaskKey {
  PROMPT(Setting.PROMPT, Kind.TEXT),
  PROMPT_FILE(Setting.PROMPT_FILE, Kind.PATH),
  TEST_CONDITIONS(Setting.TEST_CONDITIONS, Kind.TEXT),
  TEST_CONDITIONS_FILE(Setting.TEST_CONDITIONS_FILE, Kind.PATH),
  CHECKS(Setting.CHECKS, Kind.CHECKS),
  EXPECT_EXIT_CODE(Setting.EXPECT_EXIT_CODE, Kind.INTEGER),
  EXPECT_OUTPUT(Setting.EXPECT_OUTPUT, Kind.TEXT),
  REQUIRE_ZERO_EXIT(Setting.REQUIRE_ZERO_EXIT, Kind.BOOLEAN),
  JUDGE(Setting.JUDGE, Kind.BOOLEAN),
  BASE_IMAGE(Setting.BASE_IMAGE, Kind.TEXT),
  ALLOWED_BASE_IMAGES(Setting.ALLOWED_BASE_IMAGES, Kind.TEXT_LIST),
  INPUT_DIRECTORY(Setting.INPUT_DIRECTORY, Kind.PATH),
  INPUT_EXCLUDES(Setting.INPUT_EXCLUDES, Kind.TEXT_LIST),
  DEFAULT_DOCKERFILE(Setting.DEFAULT_DOCKERFILE, Kind.PATH),
  MAX_ITERATIONS(Setting.MAX_ITERATIONS, Kind.INTEGER),
  MAX_REPEATED_FAILURES(Setting.MAX_REPEATED_FAILURES, Kind.INTEGER),
  GENERATE_PROMPT_FILE(Setting.GENERATE_PROMPT_FILE, Kind.PATH),
  FIX_PROMPT_FILE(Setting.FIX_PROMPT_FILE, Kind.PATH),
  REVIEW_PROMPT_FILE(Setting.REVIEW_PROMPT_FILE, Kind.PATH),
  CONTEXT_TOKENS(Setting.CONTEXT_TOKENS, Kind.INTEGER),
  MAX_TOKENS(Setting.MAX_TOKENS, Kind.LONG),
  MAX_COST_USD(Setting.MAX_COST_USD, Kind.DOLLARS),
  TIMEOUT(Setting.TIMEOUT, Kind.DURATION),
  INPUT_PRICE_PER_MILLION(Setting.INPUT_PRICE_PER_MILLION, Kind.DOLLARS),
  OUTPUT_PRICE_PER_MILLION(Setting.OUTPUT_PRICE_PER_MILLION, Kind.DOLLARS),
  CACHED_INPUT_PRICE_PER_MILLION(Setting.CACHED_INPUT_PRICE_PER_MILLION, Kind.DOLLARS),
  SANDBOX_MEMORY(Setting.SANDBOX_MEMORY, Kind.BYTES),
  SANDBOX_CPUS(Setting.SANDBOX_CPUS, Kind.CPUS),
  SANDBOX_PIDS(Setting.SANDBOX_PIDS, Kind.LONG),
  SANDBOX_RUN_NETWORK(Setting.SANDBOX_RUN_NETWORK, Kind.BOOLEAN),
  SANDBOX_BUILD_NETWORK(Setting.SANDBOX_BUILD_NETWORK, Kind.BOOLEAN),
  SANDBOX_RUN_TIMEOUT(Setting.SANDBOX_RUN_TIMEOUT, Kind.DURATION),
  SANDBOX_BUILD_TIMEOUT(Setting.SANDBOX_BUILD_TIMEOUT, Kind.DURATION),
  APPLY(Setting.APPLY, Kind.BOOLEAN),
  APPLY_DIRECTORY(Setting.APPLY_DIRECTORY, Kind.PATH),
  APPLY_ALLOWED(Setting.APPLY_ALLOWED, Kind.TEXT_LIST),
  APPLY_REFUSED(Setting.APPLY_REFUSED, Kind.TEXT_LIST),
  OVERWRITE(Setting.OVERWRITE, Kind.BOOLEAN),
  FAIL_ON_UNSOLVED(Setting.FAIL_ON_UNSOLVED, Kind.BOOLEAN);

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

  private final Setting setting;
  private final Kind kind;

  TaskKey(Setting setting, Kind kind) {
    this.setting = setting;
    this.kind = kind;
  }

  public Setting setting() {
    return setting;
  }

  public Kind kind() {
    return kind;
  }

  /** The key's name in a spec file, the same as the plugin parameter's. */
  public String key() {
    return setting.parameter();
  }

  public static Optional<TaskKey> named(String key) {
    return Arrays.stream(values()).filter(k -> k.key().equals(key)).findFirst();
  }
}
