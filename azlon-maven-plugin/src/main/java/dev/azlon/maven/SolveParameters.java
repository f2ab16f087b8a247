package dev.azlon.maven;

import dev.azlon.ConfigurationException;
import dev.azlon.Setting;
import dev.azlon.job.JobOptions;
import dev.azlon.solve.SourceRoot;
import dev.azlon.spec.TaskSettings;
import dev.azlon.verdict.Check;
import java.io.File;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.settings.Settings;

/**
 * The solve goal's parameters, all in one place and grouped by meaning as {@link Setting.Group}
 * groups them: what is asked, how far to go, the sandbox, the solution's way into the project, the
 * model, the build's folders, batches, the lock and remote workers. Each is a {@link Setting}; its
 * user property is {@link PropertyNames}'s and its default {@link Setting.Defaults}'s. Beside the
 * fields, only their translation into the core's options: the flow itself is the core's {@code
 * Job}.
 */
abstract class SolveParameters extends AbstractMojo {

  // What is asked: the task, its checks, its starting files and prompts.

  /**
   * What the program should do.
   *
   * @since 0.1.0
   */
  @Parameter(property = PropertyNames.PROMPT)
  String prompt;

  /**
   * A file holding the prompt, for long prompts; instead of {@code prompt}.
   *
   * @since 0.1.0
   */
  @Parameter(property = PropertyNames.PROMPT_FILE)
  File promptFile;

  /**
   * What the program's standard output must satisfy; the model judges it against the output.
   *
   * @since 0.1.0
   */
  @Parameter(property = PropertyNames.TEST_CONDITIONS)
  String testConditions;

  /**
   * A file holding the test conditions; instead of {@code testConditions}.
   *
   * @since 0.1.0
   */
  @Parameter(property = PropertyNames.TEST_CONDITIONS_FILE)
  File testConditionsFile;

  /**
   * Machine checks every run must pass; they decide, and the judge cannot overrule them. Each
   * {@code <check>} sets one of {@code <exitCode>}, {@code <stdoutContains>}, {@code
   * <stdoutMatches>} (a regular expression; ^ and $ match at lines) or {@code <command>} (run with
   * /bin/sh -c in the candidate's image, it must exit with 0; {@code <timeout>} defaults to 2m).
   *
   * @since 0.1.0
   */
  @Parameter List<CheckParameter> checks;

  /**
   * Held-out acceptance checks, in the same {@code <check>} shape as {@code checks}: never shown to
   * the model and never driving the loop, they run once after it ends SOLVED, against the final
   * image in fresh containers, exactly as listed (no implicit exit code check). A solved run that
   * fails one ends ACCEPTANCE_FAILED and fails the build. They measure whether the solution does
   * what was meant, not only what was shown.
   *
   * @since 0.2.0
   */
  @Parameter List<CheckParameter> acceptance;

  /**
   * Shortcut for an exit code check.
   *
   * @since 0.1.0
   */
  @Parameter(property = PropertyNames.EXPECT_EXIT_CODE)
  Integer expectExitCode;

  /**
   * Shortcut for a stdoutMatches check: a regular expression some line of the output must match.
   *
   * @since 0.1.0
   */
  @Parameter(property = PropertyNames.EXPECT_OUTPUT)
  String expectOutput;

  /**
   * Whether a program that does not exit with code 0 fails, even when no check says so.
   *
   * @since 0.1.0
   */
  @Parameter(
      property = PropertyNames.REQUIRE_ZERO_EXIT,
      defaultValue = Setting.Defaults.REQUIRE_ZERO_EXIT)
  boolean requireZeroExit;

  /**
   * Whether the model also judges the output against the test conditions. Off, the checks alone
   * decide (and at least one is needed).
   *
   * @since 0.1.0
   */
  @Parameter(property = PropertyNames.JUDGE, defaultValue = Setting.Defaults.JUDGE)
  boolean judge;

  /**
   * The image every candidate's Dockerfile must start from.
   *
   * @since 0.1.0
   */
  @Parameter(property = PropertyNames.BASE_IMAGE, defaultValue = Setting.Defaults.BASE_IMAGE)
  String baseImage;

  /**
   * The images a candidate's Dockerfile may start from; {@code *} in a name matches any text, and
   * {@code *} alone allows any image. Empty means the base image alone.
   *
   * @since 0.1.0
   */
  @Parameter(property = PropertyNames.ALLOWED_BASE_IMAGES)
  List<String> allowedBaseImages;

  /**
   * The starting files: the run begins from a copy of them (binary files byte for byte, shown to
   * the model by name and size only), builds and runs them once before the first model call, and
   * the model fixes or extends what is there. Unset: start from nothing.
   *
   * @since 0.1.0
   */
  @Parameter(property = PropertyNames.INPUT_DIRECTORY)
  File inputDirectory;

  /**
   * Starting files to leave out, in .gitignore syntax, on top of the input's own .gitignore files
   * and the defaults ({@code .git}, {@code .venv}, {@code venv}, {@code __pycache__}, {@code
   * *.pyc}, {@code node_modules}, {@code target}, {@code build}, {@code .pytest_cache}, {@code
   * *.egg-info}); {@code !pattern} takes a file back.
   *
   * @since 0.1.0
   */
  @Parameter(property = PropertyNames.INPUT_EXCLUDES)
  List<String> inputExcludes;

  /**
   * A Dockerfile used when the starting files have none; by default one that copies the files onto
   * {@code baseImage} into /app.
   *
   * @since 0.1.0
   */
  @Parameter(property = PropertyNames.DEFAULT_DOCKERFILE)
  File defaultDockerfile;

  /**
   * The project's own generate prompt, in place of Azlon's: a text file with placeholders {@code
   * {{prompt}}}, {@code {{testConditions}}}, {@code {{startingPoint}}}, {@code {{sandboxRules}}}.
   * An unknown placeholder stops the build before any model call, naming file and line.
   *
   * @since 0.1.0
   */
  @Parameter(property = PropertyNames.GENERATE_PROMPT_FILE)
  File generatePromptFile;

  /**
   * The project's own fix prompt: placeholders {@code {{prompt}}}, {@code {{testConditions}}},
   * {@code {{files}}}, {@code {{outcome}}}, {@code {{output}}}, {@code {{checks}}}, {@code
   * {{verdict}}}, {@code {{note}}}, {@code {{diff}}}, {@code {{sandboxRules}}}.
   *
   * @since 0.1.0
   */
  @Parameter(property = PropertyNames.FIX_PROMPT_FILE)
  File fixPromptFile;

  /**
   * The project's own review prompt, which asks the judge whether the output meets the test
   * conditions: placeholders {@code {{prompt}}}, {@code {{testConditions}}}, {@code {{files}}},
   * {@code {{outcome}}}, {@code {{output}}}, {@code {{checks}}}, {@code {{note}}}, {@code
   * {{diff}}}, {@code {{sandboxRules}}}.
   *
   * @since 0.1.0
   */
  @Parameter(property = PropertyNames.REVIEW_PROMPT_FILE)
  File reviewPromptFile;

  // How far to go: iterations, context, budgets and prices.

  /**
   * How many build-run-judge iterations to try at most.
   *
   * @since 0.1.0
   */
  @Parameter(
      property = PropertyNames.MAX_ITERATIONS,
      defaultValue = Setting.Defaults.MAX_ITERATIONS)
  int maxIterations;

  /**
   * The same failure this many times in a row stops the run as stuck, rather than spending the
   * remaining iterations; from the second time the model is told to take another approach.
   *
   * @since 0.1.0
   */
  @Parameter(
      property = PropertyNames.MAX_REPEATED_FAILURES,
      defaultValue = Setting.Defaults.MAX_REPEATED_FAILURES)
  int maxRepeatedFailures;

  /**
   * The most tokens of file contents one prompt carries. Small files and files named in errors are
   * shown in full, the rest in outline with their sizes.
   *
   * @since 0.1.0
   */
  @Parameter(
      property = PropertyNames.CONTEXT_TOKENS,
      defaultValue = Setting.Defaults.CONTEXT_TOKENS)
  int contextTokens;

  /**
   * The most tokens (input and output together) the solve may use; checked before every model call.
   *
   * @since 0.1.0
   */
  @Parameter(property = PropertyNames.MAX_TOKENS)
  Long maxTokens;

  /**
   * The most estimated US dollars the solve may spend; needs the model's prices (known for
   * well-known OpenAI models, else set the two price parameters).
   *
   * @since 0.1.0
   */
  @Parameter(property = PropertyNames.MAX_COST_USD)
  String maxCostUsd;

  /**
   * Wall-clock time for the whole solve ({@code 30m}, {@code PT1H}); checked before every model
   * call.
   *
   * @since 0.1.0
   */
  @Parameter(property = PropertyNames.TIMEOUT)
  String timeout;

  /**
   * The model's price in dollars per million input tokens; overrides the built-in default.
   *
   * @since 0.1.0
   */
  @Parameter(property = PropertyNames.INPUT_PRICE_PER_MILLION)
  String inputPricePerMillion;

  /**
   * The model's price in dollars per million output tokens; overrides the built-in default.
   *
   * @since 0.1.0
   */
  @Parameter(property = PropertyNames.OUTPUT_PRICE_PER_MILLION)
  String outputPricePerMillion;

  /**
   * The model's price in dollars per million input tokens served from the provider's prompt cache;
   * overrides the built-in default (given prices without it bill cached input at the input price).
   *
   * @since 0.1.0
   */
  @Parameter(property = PropertyNames.CACHED_INPUT_PRICE_PER_MILLION)
  String cachedInputPricePerMillion;

  // What a candidate's container may use.

  /**
   * Memory for a candidate's container, with no swap beyond it: {@code 512m}, {@code 1g}.
   *
   * @since 0.1.0
   */
  @Parameter(
      property = PropertyNames.SANDBOX_MEMORY,
      defaultValue = Setting.Defaults.SANDBOX_MEMORY)
  String sandboxMemory;

  /**
   * CPUs for a candidate's container, as a decimal: {@code 1}, {@code 0.5}.
   *
   * @since 0.1.0
   */
  @Parameter(property = PropertyNames.SANDBOX_CPUS, defaultValue = Setting.Defaults.SANDBOX_CPUS)
  String sandboxCpus;

  /**
   * Processes and threads a candidate may have at once.
   *
   * @since 0.1.0
   */
  @Parameter(property = PropertyNames.SANDBOX_PIDS, defaultValue = Setting.Defaults.SANDBOX_PIDS)
  long sandboxPids;

  /**
   * Whether the program may use the network while it runs.
   *
   * @since 0.1.0
   */
  @Parameter(
      property = PropertyNames.SANDBOX_RUN_NETWORK,
      defaultValue = Setting.Defaults.SANDBOX_RUN_NETWORK)
  boolean sandboxRunNetwork;

  /**
   * Whether the image build may use the network, for installing packages.
   *
   * @since 0.1.0
   */
  @Parameter(
      property = PropertyNames.SANDBOX_BUILD_NETWORK,
      defaultValue = Setting.Defaults.SANDBOX_BUILD_NETWORK)
  boolean sandboxBuildNetwork;

  /**
   * How long a program may run before it is killed: {@code 90s}, {@code 2m}.
   *
   * @since 0.1.0
   */
  @Parameter(
      property = PropertyNames.SANDBOX_RUN_TIMEOUT,
      defaultValue = Setting.Defaults.SANDBOX_RUN_TIMEOUT)
  String sandboxRunTimeout;

  /**
   * How long an image build may take before it is stopped: {@code 10m}.
   *
   * @since 0.1.0
   */
  @Parameter(
      property = PropertyNames.SANDBOX_BUILD_TIMEOUT,
      defaultValue = Setting.Defaults.SANDBOX_BUILD_TIMEOUT)
  String sandboxBuildTimeout;

  // What happens to a solution.

  /**
   * Whether a solved run's files are copied into {@code applyDirectory}; by default they stay in
   * the run folder.
   *
   * @since 0.1.0
   */
  @Parameter(property = PropertyNames.APPLY, defaultValue = Setting.Defaults.APPLY)
  boolean apply;

  /**
   * Where {@code apply} copies the solution. Required with it.
   *
   * @since 0.1.0
   */
  @Parameter(property = PropertyNames.APPLY_DIRECTORY)
  File applyDirectory;

  /**
   * Names {@code apply} may copy although they are refused by default: globs such as {@code
   * .mvn/**} or {@code pom.xml}. By default, names that change how your tools behave ({@code
   * .mvn/}, {@code .git*}, CI files, {@code mvnw*}, {@code settings.xml}, {@code pom.xml}, shell rc
   * files, IDE folders) are refused, since a file there can run code on your next build.
   *
   * @since 0.1.0
   */
  @Parameter(property = PropertyNames.APPLY_ALLOWED)
  List<String> applyAllowed;

  /**
   * More names {@code apply} refuses, as globs ({@code *.sh}, {@code scripts/**}); they win over
   * {@code applyAllowed}.
   *
   * @since 0.1.0
   */
  @Parameter(property = PropertyNames.APPLY_REFUSED)
  List<String> applyRefused;

  /**
   * Whether {@code apply} may replace existing files whose content differs. Without it, such a
   * conflict writes nothing and lists the files.
   *
   * @since 0.1.0
   */
  @Parameter(property = PropertyNames.OVERWRITE, defaultValue = Setting.Defaults.OVERWRITE)
  boolean overwrite;

  /**
   * Whether a run that ends unsolved (or stopped by its budget) fails the build; when false it is a
   * warning.
   *
   * @since 0.1.0
   */
  @Parameter(
      property = PropertyNames.FAIL_ON_UNSOLVED,
      defaultValue = Setting.Defaults.FAIL_ON_UNSOLVED)
  boolean failOnUnsolved;

  // Who answers.

  /**
   * The chat model's name.
   *
   * @since 0.1.0
   */
  @Parameter(property = PropertyNames.MODEL, defaultValue = Setting.Defaults.MODEL)
  String model;

  /**
   * The OpenAI-compatible API to ask. The key comes from the environment variable {@code
   * OPENAI_API_KEY}; a local server may need none.
   *
   * @since 0.1.0
   */
  @Parameter(property = PropertyNames.BASE_URL, defaultValue = Setting.Defaults.BASE_URL)
  String baseUrl;

  /**
   * The id of the {@code settings.xml} server whose password is the API key (Maven's password
   * encryption works). Without such a server, the key comes from {@code OPENAI_API_KEY}.
   *
   * @since 0.1.0
   */
  @Parameter(property = PropertyNames.SERVER_ID, defaultValue = Setting.Defaults.SERVER_ID)
  String serverId;

  /**
   * Sampling temperature, 0 to 2; the server's default when unset.
   *
   * @since 0.1.0
   */
  @Parameter(property = PropertyNames.TEMPERATURE)
  Double temperature;

  /**
   * A seed, for servers that support reproducible sampling.
   *
   * @since 0.1.0
   */
  @Parameter(property = PropertyNames.SEED)
  Integer seed;

  /**
   * How hard a reasoning model thinks before it answers, sent as {@code reasoning_effort} ({@code
   * minimal}, {@code low}, {@code medium}, {@code high}); the server's default when unset.
   * Reasoning models (the gpt-5 family, the o-series, or any model this is set for) are sent no
   * temperature.
   *
   * @since 0.1.0
   */
  @Parameter(property = PropertyNames.REASONING_EFFORT)
  String reasoningEffort;

  /**
   * How long one model request may take ({@code 3m}, {@code 90s}).
   *
   * @since 0.1.0
   */
  @Parameter(
      property = PropertyNames.REQUEST_TIMEOUT,
      defaultValue = Setting.Defaults.REQUEST_TIMEOUT)
  String requestTimeout;

  /**
   * A transcript.jsonl from an earlier run whose model answers are served again, in order, instead
   * of calling a model: no network and no key. Builds and runs are real.
   *
   * @since 0.1.0
   */
  @Parameter(property = PropertyNames.REPLAY)
  File replay;

  // Where the build reads and writes, and whether it runs.

  /**
   * Where run folders go; each run gets its own, named by its start time. By default {@code
   * ${project.build.directory}/azlon}, or {@code ./target/azlon} when there is no project.
   *
   * @since 0.1.0
   */
  @Parameter(property = PropertyNames.OUTPUT_DIRECTORY)
  File outputDirectory;

  /**
   * Continues an unfinished run instead of starting one: {@code true} for the latest in the output
   * directory, or a run id. Recorded model answers are served again, not paid for twice.
   *
   * @since 0.1.0
   */
  @Parameter(property = PropertyNames.RESUME)
  String resume;

  /**
   * Skips the goal.
   *
   * @since 0.1.0
   */
  @Parameter(property = PropertyNames.SKIP, defaultValue = Setting.Defaults.SKIP)
  boolean skip;

  /**
   * Where a solved run's sources go in this build, as a code generator's do: {@code main} writes
   * the files matching {@code sourceIncludes} to {@code
   * ${project.build.directory}/generated-sources/azlon} and adds it to the compile source roots;
   * {@code test} does so for {@code generated-test-sources/azlon} and the test source roots; {@code
   * none} leaves them in the run folder. Bind the goal to {@code generate-sources} (or {@code
   * generate-test-sources}). Nothing is written into {@code src/}.
   *
   * @since 0.1.0
   */
  @Parameter(property = PropertyNames.SOURCE_ROOT, defaultValue = Setting.Defaults.SOURCE_ROOT)
  String sourceRoot;

  /**
   * Which solved files are sources, as globs; their fixed folders are taken off, so that packages
   * land at the root. By default {@code src/main/java/**} for {@code main} and {@code
   * src/test/java/**} for {@code test}.
   *
   * @since 0.1.0
   */
  @Parameter(property = PropertyNames.SOURCE_INCLUDES)
  List<String> sourceIncludes;

  /**
   * With {@code sourceRoot=main}, whether the model's JUnit tests under {@code src/test/java} also
   * go to {@code ${project.build.directory}/generated-test-sources/azlon}, a test source root, so
   * that this build runs them too (it needs JUnit 5 among its test dependencies). The model is told
   * so, and that its runnable program goes under {@code src/run/java}, which never reaches the
   * build.
   *
   * @since 0.1.0
   */
  @Parameter(
      property = PropertyNames.GENERATE_TESTS,
      defaultValue = Setting.Defaults.GENERATE_TESTS)
  boolean generateTests;

  // A folder of specs.

  /**
   * A folder of spec files to solve, each a task in YAML (or JSON) with the same keys as these
   * parameters. Unset: one task from the parameters.
   *
   * @since 0.1.0
   */
  @Parameter(property = PropertyNames.SPECS)
  File specs;

  /**
   * The one spec of {@code specs} to solve, by name ({@code greet/hello.azlon.yaml} is {@code
   * greet.hello}).
   *
   * @since 0.1.0
   */
  @Parameter(property = PropertyNames.SPEC)
  String spec;

  /**
   * Which files in {@code specs} are specs, as globs on their path in it; by default {@code
   * **}{@code /*.azlon.yaml}, {@code .azlon.yml} and {@code .azlon.json}.
   *
   * @since 0.1.0
   */
  @Parameter(property = PropertyNames.SPEC_INCLUDES)
  List<String> specIncludes;

  /**
   * Files in {@code specs} that are not specs, as globs; they win over {@code specIncludes}.
   *
   * @since 0.1.0
   */
  @Parameter(property = PropertyNames.SPEC_EXCLUDES)
  List<String> specExcludes;

  /**
   * Folders outside the project that paths in spec files may lead into. Spec files are data that a
   * pull request can change: every path they name (promptFile, inputDirectory, applyDirectory, ...)
   * must lead, links resolved, inside the project's base folder, the specs folder, or one of these.
   * Only the POM or {@code -D} can set it.
   *
   * @since 0.1.0
   */
  @Parameter(property = PropertyNames.SPEC_ALLOWED_ROOTS)
  List<File> specAllowedRoots;

  /**
   * How many specs are solved at once; by default as many as the machine has cores. With {@code
   * temporalTarget}, how many the remote batch starts at once, by default every spec (the workers'
   * own {@code --concurrent-solves} bound what runs).
   *
   * @since 0.1.0
   */
  @Parameter(property = PropertyNames.PARALLEL)
  Integer parallel;

  /**
   * Tokens all specs together may use: once the finished specs have used them, no further spec is
   * started (each spec's own {@code maxTokens} still applies).
   *
   * @since 0.1.0
   */
  @Parameter(property = PropertyNames.BATCH_MAX_TOKENS)
  Long batchMaxTokens;

  /**
   * Dollars all specs together may cost before no further spec is started.
   *
   * @since 0.1.0
   */
  @Parameter(property = PropertyNames.BATCH_MAX_COST_USD)
  String batchMaxCostUsd;

  /**
   * Where a batch writes one JUnit XML file per spec ({@code TEST-<spec>.xml}), for CI's test
   * reporters. By default {@code ${project.build.directory}/azlon-reports}.
   *
   * @since 0.1.0
   */
  @Parameter(property = PropertyNames.REPORTS_DIRECTORY)
  File reportsDirectory;

  // The solution lock.

  /**
   * Whether a solved task is locked (its files and what it was solved for, in {@code
   * lockDirectory}, to commit), and a lock that still fits is used instead of asking the model.
   *
   * @since 0.1.0
   */
  @Parameter(property = PropertyNames.LOCK, defaultValue = Setting.Defaults.LOCK)
  boolean lock;

  /**
   * Where the lock of a POM-configured task goes; by default {@code azlon.lock} beside the POM.
   *
   * @since 0.1.0
   */
  @Parameter(property = PropertyNames.LOCK_DIRECTORY)
  File lockDirectory;

  /**
   * With a lock that fits: build, run and check the locked solution in the sandbox (no model), and
   * fail when it no longer passes.
   *
   * @since 0.1.0
   */
  @Parameter(property = PropertyNames.VERIFY_LOCKED, defaultValue = Setting.Defaults.VERIFY_LOCKED)
  boolean verifyLocked;

  /**
   * For CI, like {@code npm ci}: a missing or stale lock fails the build before any model call,
   * instead of solving again.
   *
   * @since 0.1.0
   */
  @Parameter(property = PropertyNames.FROZEN_LOCK, defaultValue = Setting.Defaults.FROZEN_LOCK)
  boolean frozenLock;

  /**
   * Solves again even when the lock fits, and locks the new solution.
   *
   * @since 0.1.0
   */
  @Parameter(property = PropertyNames.REFRESH, defaultValue = Setting.Defaults.REFRESH)
  boolean refresh;

  // Remote workers (azlon-temporal among the plugin's dependencies).

  /**
   * The Temporal server to submit to, {@code host:port} (a local dev server listens on {@code
   * localhost:7233}); unset, solves run here.
   *
   * @since 0.1.0
   */
  @Parameter(property = PropertyNames.TEMPORAL_TARGET)
  String temporalTarget;

  /**
   * The Temporal namespace.
   *
   * @since 0.1.0
   */
  @Parameter(
      property = PropertyNames.TEMPORAL_NAMESPACE,
      defaultValue = Setting.Defaults.TEMPORAL_NAMESPACE)
  String temporalNamespace;

  /**
   * The task queue the workers listen on.
   *
   * @since 0.1.0
   */
  @Parameter(
      property = PropertyNames.TEMPORAL_TASK_QUEUE,
      defaultValue = Setting.Defaults.TEMPORAL_TASK_QUEUE)
  String temporalTaskQueue;

  /**
   * What the submission belongs to, such as a CI build number; the same spec submitted again under
   * the same run is followed while it goes and fetched once solved, not solved twice.
   *
   * @since 0.1.0
   */
  @Parameter(property = PropertyNames.TEMPORAL_RUN, defaultValue = Setting.Defaults.TEMPORAL_RUN)
  String temporalRun;

  /**
   * Submit and return at once, logging the workflow ids (a batch's and each spec's), instead of
   * following.
   *
   * @since 0.1.0
   */
  @Parameter(
      property = PropertyNames.TEMPORAL_DETACH,
      defaultValue = Setting.Defaults.TEMPORAL_DETACH)
  boolean temporalDetach;

  /**
   * Whether Ctrl-C while following also cancels the remote solve or batch; by default it goes on.
   *
   * @since 0.1.0
   */
  @Parameter(
      property = PropertyNames.TEMPORAL_CANCEL_ON_INTERRUPT,
      defaultValue = Setting.Defaults.TEMPORAL_CANCEL_ON_INTERRUPT)
  boolean temporalCancelOnInterrupt;

  // Maven's own objects.

  @Parameter(defaultValue = "${project}", readonly = true)
  MavenProject project;

  @Parameter(defaultValue = "${session}", readonly = true)
  MavenSession session;

  @Parameter(defaultValue = "${settings}", readonly = true)
  Settings settings;

  /**
   * The task as these parameters give it: the whole task for one solve, the defaults a spec file
   * narrows in a batch. Each value is checked here; the task as a whole when the job begins.
   */
  TaskSettings task() {
    return TaskSettings.empty()
        .with(Setting.PROMPT, prompt)
        .with(Setting.PROMPT_FILE, path(promptFile))
        .with(Setting.TEST_CONDITIONS, testConditions)
        .with(Setting.TEST_CONDITIONS_FILE, path(testConditionsFile))
        .with(Setting.CHECKS, checks(checks, Setting.CHECKS))
        .with(Setting.ACCEPTANCE, checks(acceptance, Setting.ACCEPTANCE))
        .with(Setting.EXPECT_EXIT_CODE, expectExitCode)
        .with(Setting.EXPECT_OUTPUT, expectOutput)
        .with(Setting.REQUIRE_ZERO_EXIT, requireZeroExit)
        .with(Setting.JUDGE, judge)
        .with(Setting.BASE_IMAGE, baseImage)
        .with(Setting.ALLOWED_BASE_IMAGES, allowedBaseImages)
        .with(Setting.INPUT_DIRECTORY, path(inputDirectory))
        .with(Setting.INPUT_EXCLUDES, inputExcludes)
        .with(Setting.DEFAULT_DOCKERFILE, path(defaultDockerfile))
        .with(Setting.GENERATE_PROMPT_FILE, path(generatePromptFile))
        .with(Setting.FIX_PROMPT_FILE, path(fixPromptFile))
        .with(Setting.REVIEW_PROMPT_FILE, path(reviewPromptFile))
        .with(Setting.MAX_ITERATIONS, maxIterations)
        .with(Setting.MAX_REPEATED_FAILURES, maxRepeatedFailures)
        .with(Setting.CONTEXT_TOKENS, contextTokens)
        .with(Setting.MAX_TOKENS, maxTokens)
        .withText(Setting.MAX_COST_USD, maxCostUsd)
        .withText(Setting.TIMEOUT, timeout)
        .withText(Setting.INPUT_PRICE_PER_MILLION, inputPricePerMillion)
        .withText(Setting.OUTPUT_PRICE_PER_MILLION, outputPricePerMillion)
        .withText(Setting.CACHED_INPUT_PRICE_PER_MILLION, cachedInputPricePerMillion)
        .withText(Setting.SANDBOX_MEMORY, sandboxMemory)
        .withText(Setting.SANDBOX_CPUS, sandboxCpus)
        .with(Setting.SANDBOX_PIDS, sandboxPids)
        .with(Setting.SANDBOX_RUN_NETWORK, sandboxRunNetwork)
        .with(Setting.SANDBOX_BUILD_NETWORK, sandboxBuildNetwork)
        .withText(Setting.SANDBOX_RUN_TIMEOUT, sandboxRunTimeout)
        .withText(Setting.SANDBOX_BUILD_TIMEOUT, sandboxBuildTimeout)
        .with(Setting.APPLY, apply)
        .with(Setting.APPLY_DIRECTORY, path(applyDirectory))
        .with(Setting.APPLY_ALLOWED, applyAllowed)
        .with(Setting.APPLY_REFUSED, applyRefused)
        .with(Setting.OVERWRITE, overwrite)
        .with(Setting.FAIL_ON_UNSOLVED, failOnUnsolved);
  }

  /** The job's options but for the model and the redactor, which need the key. */
  JobOptions.Builder options() {
    return JobOptions.builder()
        .task(task())
        .model(model)
        .project(baseDirectory(), hasProject())
        .taskName(taskName())
        .outputDirectory(outputDirectory())
        .reportsDirectory(resolved(reportsDirectory))
        .buildDirectory(hasProject() ? Path.of(project.getBuild().getDirectory()) : null)
        .specs(
            specs == null ? null : specs.toPath(),
            specIncludes,
            specExcludes,
            spec,
            specAllowedRoots == null
                ? List.of()
                : specAllowedRoots.stream().map(File::toPath).toList())
        .batchBudget(parallel, batchMaxTokens, batchMaxCost())
        .lock(lock, resolved(lockDirectory), verifyLocked, frozenLock, refresh, offline())
        .sources(SourceRoot.of(sourceRoot), sourceIncludes, generateTests)
        .resume(resume);
  }

  /** Whether a remote engine's workers solve, rather than this machine. */
  boolean remote() {
    return temporalTarget != null && !temporalTarget.isBlank();
  }

  /** Maven offline ({@code mvn -o}): no model is asked, unless a replay stands in for it. */
  private boolean offline() {
    return session != null && session.isOffline() && replay == null;
  }

  private boolean hasProject() {
    return project != null && project.getFile() != null;
  }

  /** The project's folder, or where Maven runs when there is no project. */
  Path baseDirectory() {
    return hasProject()
        ? project.getBasedir().toPath()
        : Path.of(session.getExecutionRootDirectory());
  }

  /** The task's name on a remote engine: the project's artifact, or {@code task} without one. */
  private String taskName() {
    return project == null || project.getArtifactId() == null
        ? "task"
        : project.getArtifactId().replaceAll("[^\\w.-]", "_");
  }

  /** Where run folders go; without a POM, Maven leaves project paths unresolved. */
  private Path outputDirectory() {
    Path given = resolved(outputDirectory);
    if (given != null) {
      return given;
    }
    String build = project == null ? null : project.getBuild().getDirectory();
    Path base =
        build != null && !build.contains("${")
            ? Path.of(build)
            : Path.of(session.getExecutionRootDirectory(), "target");
    return base.resolve("azlon");
  }

  /** A path parameter, or null when unset or left unresolved (no project). */
  private static Path resolved(File file) {
    return file == null || file.getPath().contains("${") ? null : file.toPath();
  }

  private static Path path(File file) {
    return file == null ? null : file.toPath();
  }

  private BigDecimal batchMaxCost() {
    if (batchMaxCostUsd == null) {
      return null;
    }
    try {
      return new BigDecimal(batchMaxCostUsd.strip());
    } catch (NumberFormatException e) {
      throw new ConfigurationException(
          Setting.BATCH_MAX_COST_USD,
          "batchMaxCostUsd '" + batchMaxCostUsd + "' is not a number of dollars; write it like 5.");
    }
  }

  private static List<Check> checks(List<CheckParameter> checks, Setting list) {
    List<Check> all = new ArrayList<>();
    if (checks != null) {
      for (int i = 0; i < checks.size(); i++) {
        all.add(checks.get(i).toCheck(list, i + 1));
      }
    }
    return all.isEmpty() ? null : all;
  }
}
