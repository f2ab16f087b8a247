package dev.azlon;

/**
 * Every setting a user can get wrong, by the name they set it with: the POM parameter and its user
 * property. Errors name a {@code Setting}, never a free string, so a hint can only point at a
 * parameter that exists. The property names are also the plugin's, through {@link Property}.
 */
public enum Setting {
  PROMPT("prompt", Property.PROMPT),
  PROMPT_FILE("promptFile", Property.PROMPT_FILE),
  TEST_CONDITIONS("testConditions", Property.TEST_CONDITIONS),
  TEST_CONDITIONS_FILE("testConditionsFile", Property.TEST_CONDITIONS_FILE),
  MAX_ITERATIONS("maxIterations", Property.MAX_ITERATIONS),
  INPUT_DIRECTORY("inputDirectory", Property.INPUT_DIRECTORY),
  INPUT_EXCLUDES("inputExcludes", Property.INPUT_EXCLUDES),
  DEFAULT_DOCKERFILE("defaultDockerfile", Property.DEFAULT_DOCKERFILE),
  MAX_REPEATED_FAILURES("maxRepeatedFailures", Property.MAX_REPEATED_FAILURES),
  CONTEXT_TOKENS("contextTokens", Property.CONTEXT_TOKENS),
  GENERATE_PROMPT_FILE("generatePromptFile", Property.GENERATE_PROMPT_FILE),
  FIX_PROMPT_FILE("fixPromptFile", Property.FIX_PROMPT_FILE),
  REVIEW_PROMPT_FILE("reviewPromptFile", Property.REVIEW_PROMPT_FILE),
  MODEL("model", Property.MODEL),
  BASE_URL("baseUrl", Property.BASE_URL),
  SERVER_ID("serverId", Property.SERVER_ID),
  TEMPERATURE("temperature", Property.TEMPERATURE),
  SEED("seed", Property.SEED),
  REQUEST_TIMEOUT("requestTimeout", Property.REQUEST_TIMEOUT),
  BASE_IMAGE("baseImage", Property.BASE_IMAGE),
  ALLOWED_BASE_IMAGES("allowedBaseImages", Property.ALLOWED_BASE_IMAGES),
  SANDBOX_MEMORY("sandboxMemory", Property.SANDBOX_MEMORY),
  SANDBOX_CPUS("sandboxCpus", Property.SANDBOX_CPUS),
  SANDBOX_PIDS("sandboxPids", Property.SANDBOX_PIDS),
  SANDBOX_RUN_NETWORK("sandboxRunNetwork", Property.SANDBOX_RUN_NETWORK),
  SANDBOX_BUILD_NETWORK("sandboxBuildNetwork", Property.SANDBOX_BUILD_NETWORK),
  SANDBOX_RUN_TIMEOUT("sandboxRunTimeout", Property.SANDBOX_RUN_TIMEOUT),
  SANDBOX_BUILD_TIMEOUT("sandboxBuildTimeout", Property.SANDBOX_BUILD_TIMEOUT),
  /** POM only: a list of {@code <check>} elements. */
  CHECKS("checks", null),
  EXPECT_EXIT_CODE("expectExitCode", Property.EXPECT_EXIT_CODE),
  EXPECT_OUTPUT("expectOutput", Property.EXPECT_OUTPUT),
  REQUIRE_ZERO_EXIT("requireZeroExit", Property.REQUIRE_ZERO_EXIT),
  JUDGE("judge", Property.JUDGE),
  MAX_TOKENS("maxTokens", Property.MAX_TOKENS),
  MAX_COST_USD("maxCostUsd", Property.MAX_COST_USD),
  INPUT_PRICE_PER_MILLION("inputPricePerMillion", Property.INPUT_PRICE_PER_MILLION),
  OUTPUT_PRICE_PER_MILLION("outputPricePerMillion", Property.OUTPUT_PRICE_PER_MILLION),
  CACHED_INPUT_PRICE_PER_MILLION(
      "cachedInputPricePerMillion", Property.CACHED_INPUT_PRICE_PER_MILLION),
  TIMEOUT("timeout", Property.TIMEOUT),
  FAIL_ON_UNSOLVED("failOnUnsolved", Property.FAIL_ON_UNSOLVED),
  APPLY("apply", Property.APPLY),
  APPLY_DIRECTORY("applyDirectory", Property.APPLY_DIRECTORY),
  APPLY_ALLOWED("applyAllowed", Property.APPLY_ALLOWED),
  APPLY_REFUSED("applyRefused", Property.APPLY_REFUSED),
  OVERWRITE("overwrite", Property.OVERWRITE),
  OUTPUT_DIRECTORY("outputDirectory", Property.OUTPUT_DIRECTORY),
  RESUME("resume", Property.RESUME),
  REPLAY("replay", Property.REPLAY),
  SKIP("skip", Property.SKIP),
  SPECS("specs", Property.SPECS),
  SPEC("spec", Property.SPEC),
  SPEC_INCLUDES("specIncludes", Property.SPEC_INCLUDES),
  SPEC_EXCLUDES("specExcludes", Property.SPEC_EXCLUDES),
  SPEC_ALLOWED_ROOTS("specAllowedRoots", Property.SPEC_ALLOWED_ROOTS),
  PARALLEL("parallel", Property.PARALLEL),
  BATCH_MAX_TOKENS("batchMaxTokens", Property.BATCH_MAX_TOKENS),
  BATCH_MAX_COST_USD("batchMaxCostUsd", Property.BATCH_MAX_COST_USD),
  REPORTS_DIRECTORY("reportsDirectory", Property.REPORTS_DIRECTORY),
  SOURCE_ROOT("sourceRoot", Property.SOURCE_ROOT),
  SOURCE_INCLUDES("sourceIncludes", Property.SOURCE_INCLUDES),
  LOCK("lock", Property.LOCK),
  LOCK_DIRECTORY("lockDirectory", Property.LOCK_DIRECTORY),
  VERIFY_LOCKED("verifyLocked", Property.VERIFY_LOCKED),
  FROZEN_LOCK("frozenLock", Property.FROZEN_LOCK),
  REFRESH("refresh", Property.REFRESH),
  TEMPORAL_TARGET("temporalTarget", Property.TEMPORAL_TARGET),
  TEMPORAL_NAMESPACE("temporalNamespace", Property.TEMPORAL_NAMESPACE),
  TEMPORAL_TASK_QUEUE("temporalTaskQueue", Property.TEMPORAL_TASK_QUEUE),
  TEMPORAL_RUN("temporalRun", Property.TEMPORAL_RUN),
  TEMPORAL_DETACH("temporalDetach", Property.TEMPORAL_DETACH),
  TEMPORAL_CANCEL_ON_INTERRUPT("temporalCancelOnInterrupt", Property.TEMPORAL_CANCEL_ON_INTERRUPT);

  private final String parameter;
  private final String property;

  Setting(String parameter, String property) {
    this.parameter = parameter;
    this.property = property;
  }

  /** The POM parameter, {@code <sandboxMemory>}'s name. */
  public String parameter() {
    return parameter;
  }

  /** The user property ({@code azlon.sandbox.memory}), or null for a POM-only parameter. */
  public String property() {
    return property;
  }

  /** How a user sets it: {@code <sandboxMemory> / -Dazlon.sandbox.memory}. */
  public String howToSet() {
    return "<" + parameter + ">" + (property == null ? "" : " / -D" + property);
  }

  /** The user properties, as constants the plugin's parameter annotations can use. */
  public static final class Property {
    public static final String PREFIX = "azlon.";
    public static final String PROMPT = "azlon.prompt";
    public static final String PROMPT_FILE = "azlon.promptFile";
    public static final String TEST_CONDITIONS = "azlon.testConditions";
    public static final String TEST_CONDITIONS_FILE = "azlon.testConditionsFile";
    public static final String MAX_ITERATIONS = "azlon.maxIterations";
    public static final String INPUT_DIRECTORY = "azlon.inputDirectory";
    public static final String INPUT_EXCLUDES = "azlon.inputExcludes";
    public static final String DEFAULT_DOCKERFILE = "azlon.defaultDockerfile";
    public static final String MAX_REPEATED_FAILURES = "azlon.maxRepeatedFailures";
    public static final String CONTEXT_TOKENS = "azlon.contextTokens";
    public static final String GENERATE_PROMPT_FILE = "azlon.generatePromptFile";
    public static final String FIX_PROMPT_FILE = "azlon.fixPromptFile";
    public static final String REVIEW_PROMPT_FILE = "azlon.reviewPromptFile";
    public static final String MODEL = "azlon.model";
    public static final String BASE_URL = "azlon.baseUrl";
    public static final String SERVER_ID = "azlon.serverId";
    public static final String TEMPERATURE = "azlon.temperature";
    public static final String SEED = "azlon.seed";
    public static final String REQUEST_TIMEOUT = "azlon.requestTimeout";
    public static final String BASE_IMAGE = "azlon.baseImage";
    public static final String ALLOWED_BASE_IMAGES = "azlon.allowedBaseImages";
    public static final String SANDBOX_MEMORY = "azlon.sandbox.memory";
    public static final String SANDBOX_CPUS = "azlon.sandbox.cpus";
    public static final String SANDBOX_PIDS = "azlon.sandbox.pids";
    public static final String SANDBOX_RUN_NETWORK = "azlon.sandbox.runNetwork";
    public static final String SANDBOX_BUILD_NETWORK = "azlon.sandbox.buildNetwork";
    public static final String SANDBOX_RUN_TIMEOUT = "azlon.sandbox.runTimeout";
    public static final String SANDBOX_BUILD_TIMEOUT = "azlon.sandbox.buildTimeout";
    public static final String EXPECT_EXIT_CODE = "azlon.expectExitCode";
    public static final String EXPECT_OUTPUT = "azlon.expectOutput";
    public static final String REQUIRE_ZERO_EXIT = "azlon.requireZeroExit";
    public static final String JUDGE = "azlon.judge";
    public static final String MAX_TOKENS = "azlon.maxTokens";
    public static final String MAX_COST_USD = "azlon.maxCostUsd";
    public static final String INPUT_PRICE_PER_MILLION = "azlon.inputPricePerMillion";
    public static final String OUTPUT_PRICE_PER_MILLION = "azlon.outputPricePerMillion";
    public static final String CACHED_INPUT_PRICE_PER_MILLION = "azlon.cachedInputPricePerMillion";
    public static final String TIMEOUT = "azlon.timeout";
    public static final String FAIL_ON_UNSOLVED = "azlon.failOnUnsolved";
    public static final String APPLY = "azlon.apply";
    public static final String APPLY_DIRECTORY = "azlon.applyDirectory";
    public static final String APPLY_ALLOWED = "azlon.applyAllowed";
    public static final String APPLY_REFUSED = "azlon.applyRefused";
    public static final String OVERWRITE = "azlon.overwrite";
    public static final String OUTPUT_DIRECTORY = "azlon.outputDirectory";
    public static final String RESUME = "azlon.resume";
    public static final String REPLAY = "azlon.replay";
    public static final String SKIP = "azlon.skip";
    public static final String SPECS = "azlon.specs";
    public static final String SPEC = "azlon.spec";
    public static final String SPEC_INCLUDES = "azlon.specIncludes";
    public static final String SPEC_EXCLUDES = "azlon.specExcludes";
    public static final String SPEC_ALLOWED_ROOTS = "azlon.specAllowedRoots";
    public static final String PARALLEL = "azlon.parallel";
    public static final String TEMPORAL_TARGET = "azlon.temporal.target";
    public static final String TEMPORAL_NAMESPACE = "azlon.temporal.namespace";
    public static final String TEMPORAL_TASK_QUEUE = "azlon.temporal.taskQueue";
    public static final String TEMPORAL_RUN = "azlon.temporal.run";
    public static final String TEMPORAL_DETACH = "azlon.temporal.detach";
    public static final String TEMPORAL_CANCEL_ON_INTERRUPT = "azlon.temporal.cancelOnInterrupt";
    public static final String BATCH_MAX_TOKENS = "azlon.batchMaxTokens";
    public static final String BATCH_MAX_COST_USD = "azlon.batchMaxCostUsd";
    public static final String REPORTS_DIRECTORY = "azlon.reportsDirectory";
    public static final String SOURCE_ROOT = "azlon.sourceRoot";
    public static final String SOURCE_INCLUDES = "azlon.sourceIncludes";
    public static final String LOCK = "azlon.lock";
    public static final String LOCK_DIRECTORY = "azlon.lockDirectory";
    public static final String VERIFY_LOCKED = "azlon.verifyLocked";
    public static final String FROZEN_LOCK = "azlon.frozenLock";
    public static final String REFRESH = "azlon.refresh";

    private Property() {}
  }
}
