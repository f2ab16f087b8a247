package dev.azlon.maven;

import dev.azlon.Setting;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The plugin's vocabulary for Azlon's settings: each one's user property ({@code
 * azlon.sandbox.memory}), and how a message tells a Maven user to set it. The core names settings
 * by key ({@code `sandboxMemory`}); every line and error the plugin shows passes {@link #render},
 * which says it in the POM's and the command line's words.
 */
final class PropertyNames {

  static final String PREFIX = "azlon.";

  static final String PROMPT = "azlon.prompt";
  static final String PROMPT_FILE = "azlon.promptFile";
  static final String TEST_CONDITIONS = "azlon.testConditions";
  static final String TEST_CONDITIONS_FILE = "azlon.testConditionsFile";
  static final String MAX_ITERATIONS = "azlon.maxIterations";
  static final String INPUT_DIRECTORY = "azlon.inputDirectory";
  static final String INPUT_EXCLUDES = "azlon.inputExcludes";
  static final String DEFAULT_DOCKERFILE = "azlon.defaultDockerfile";
  static final String MAX_REPEATED_FAILURES = "azlon.maxRepeatedFailures";
  static final String CONTEXT_TOKENS = "azlon.contextTokens";
  static final String GENERATE_PROMPT_FILE = "azlon.generatePromptFile";
  static final String FIX_PROMPT_FILE = "azlon.fixPromptFile";
  static final String REVIEW_PROMPT_FILE = "azlon.reviewPromptFile";
  static final String MODEL = "azlon.model";
  static final String BASE_URL = "azlon.baseUrl";
  static final String SERVER_ID = "azlon.serverId";
  static final String TEMPERATURE = "azlon.temperature";
  static final String SEED = "azlon.seed";
  static final String REASONING_EFFORT = "azlon.reasoningEffort";
  static final String REQUEST_TIMEOUT = "azlon.requestTimeout";
  static final String BASE_IMAGE = "azlon.baseImage";
  static final String ALLOWED_BASE_IMAGES = "azlon.allowedBaseImages";
  static final String SANDBOX_MEMORY = "azlon.sandbox.memory";
  static final String SANDBOX_CPUS = "azlon.sandbox.cpus";
  static final String SANDBOX_PIDS = "azlon.sandbox.pids";
  static final String SANDBOX_RUN_NETWORK = "azlon.sandbox.runNetwork";
  static final String SANDBOX_BUILD_NETWORK = "azlon.sandbox.buildNetwork";
  static final String SANDBOX_RUN_TIMEOUT = "azlon.sandbox.runTimeout";
  static final String SANDBOX_BUILD_TIMEOUT = "azlon.sandbox.buildTimeout";
  static final String EXPECT_EXIT_CODE = "azlon.expectExitCode";
  static final String EXPECT_OUTPUT = "azlon.expectOutput";
  static final String REQUIRE_ZERO_EXIT = "azlon.requireZeroExit";
  static final String JUDGE = "azlon.judge";
  static final String MAX_TOKENS = "azlon.maxTokens";
  static final String MAX_COST_USD = "azlon.maxCostUsd";
  static final String INPUT_PRICE_PER_MILLION = "azlon.inputPricePerMillion";
  static final String OUTPUT_PRICE_PER_MILLION = "azlon.outputPricePerMillion";
  static final String CACHED_INPUT_PRICE_PER_MILLION = "azlon.cachedInputPricePerMillion";
  static final String TIMEOUT = "azlon.timeout";
  static final String FAIL_ON_UNSOLVED = "azlon.failOnUnsolved";
  static final String APPLY = "azlon.apply";
  static final String APPLY_DIRECTORY = "azlon.applyDirectory";
  static final String APPLY_ALLOWED = "azlon.applyAllowed";
  static final String APPLY_REFUSED = "azlon.applyRefused";
  static final String OVERWRITE = "azlon.overwrite";
  static final String OUTPUT_DIRECTORY = "azlon.outputDirectory";
  static final String RESUME = "azlon.resume";
  static final String REPLAY = "azlon.replay";
  static final String SKIP = "azlon.skip";
  static final String SPECS = "azlon.specs";
  static final String SPEC = "azlon.spec";
  static final String SPEC_INCLUDES = "azlon.specIncludes";
  static final String SPEC_EXCLUDES = "azlon.specExcludes";
  static final String SPEC_ALLOWED_ROOTS = "azlon.specAllowedRoots";
  static final String PARALLEL = "azlon.parallel";
  static final String TEMPORAL_TARGET = "azlon.temporal.target";
  static final String TEMPORAL_NAMESPACE = "azlon.temporal.namespace";
  static final String TEMPORAL_TASK_QUEUE = "azlon.temporal.taskQueue";
  static final String TEMPORAL_RUN = "azlon.temporal.run";
  static final String TEMPORAL_DETACH = "azlon.temporal.detach";
  static final String TEMPORAL_CANCEL_ON_INTERRUPT = "azlon.temporal.cancelOnInterrupt";
  static final String BATCH_MAX_TOKENS = "azlon.batchMaxTokens";
  static final String BATCH_MAX_COST_USD = "azlon.batchMaxCostUsd";
  static final String REPORTS_DIRECTORY = "azlon.reportsDirectory";
  static final String SOURCE_ROOT = "azlon.sourceRoot";
  static final String SOURCE_INCLUDES = "azlon.sourceIncludes";
  static final String GENERATE_TESTS = "azlon.generateTests";
  static final String LOCK = "azlon.lock";
  static final String LOCK_DIRECTORY = "azlon.lockDirectory";
  static final String VERIFY_LOCKED = "azlon.verifyLocked";
  static final String FROZEN_LOCK = "azlon.frozenLock";
  static final String REFRESH = "azlon.refresh";

  private static final Pattern MENTION = Pattern.compile("`(@?)([A-Za-z]+)(?:=([^`]*))?`");

  private PropertyNames() {}

  /**
   * The user property of a setting: {@code azlon.<key>}, with the sandbox's and Temporal's under
   * their own prefix ({@code azlon.sandbox.memory}); null for {@code checks} and {@code
   * acceptance}, set in the POM only.
   */
  static String of(Setting setting) {
    String key = setting.key();
    if (setting.kind() == Setting.Kind.CHECKS) {
      return null;
    }
    for (String group : new String[] {"sandbox", "temporal"}) {
      if (key.startsWith(group) && key.length() > group.length()) {
        String rest = key.substring(group.length());
        return PREFIX
            + group
            + "."
            + rest.substring(0, 1).toLowerCase(Locale.ROOT)
            + rest.substring(1);
      }
    }
    return PREFIX + key;
  }

  /** How a user sets it: {@code <sandboxMemory> / -Dazlon.sandbox.memory}. */
  static String howToSet(Setting setting) {
    String property = of(setting);
    return "<" + setting.key() + ">" + (property == null ? "" : " / -D" + property);
  }

  /** How a user sets it to a value: {@code -Dazlon.refresh=true}. */
  static String howToSet(Setting setting, String value) {
    String property = of(setting);
    return property == null
        ? "<" + setting.key() + ">" + value + "</" + setting.key() + ">"
        : "-D" + property + "=" + value;
  }

  /** The setting as its users know it: its property, or its POM element when it has none. */
  static String name(Setting setting, String value) {
    String property = of(setting);
    String name = property == null ? "<" + setting.key() + ">" : property;
    return value == null ? name : name + "=" + value;
  }

  /**
   * A core text in Maven's words: each setting it mentions as the POM element and the user property
   * that set it ({@code `refresh`}, {@code `refresh=true`}), or as its property alone where the
   * text names the setting itself ({@code `@temporalRun=it`}).
   */
  static String render(String text) {
    if (text == null || text.indexOf('`') < 0) {
      return text;
    }
    Matcher mention = MENTION.matcher(text);
    StringBuilder out = new StringBuilder();
    while (mention.find()) {
      boolean named = !mention.group(1).isEmpty();
      String value = mention.group(3);
      String replacement =
          Setting.forKey(mention.group(2))
              .map(
                  setting ->
                      named
                          ? name(setting, value)
                          : value == null ? howToSet(setting) : howToSet(setting, value))
              .orElse(mention.group());
      mention.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    return mention.appendTail(out).toString();
  }
}
