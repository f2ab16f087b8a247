package dev.azlon.maven;

import dev.azlon.ConfigurationException;
import dev.azlon.budget.Budget;
import dev.azlon.budget.Prices;
import dev.azlon.generate.OpenAiModels;
import dev.azlon.generate.PromptOverrides;
import dev.azlon.sandbox.Quantities;
import dev.azlon.sandbox.SandboxLimits;
import dev.azlon.solve.SolveSpec;
import dev.azlon.verdict.Check;
import dev.azlon.verdict.Checks;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.project.MavenProject;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * The solve goal's parameters, POM and {@code -D} alike, and their translation into core values.
 * Translation checks everything, so a typo fails before the first model call.
 */
abstract class AbstractSolveMojo extends AbstractMojo {

  /**
   * What the program should do.
   *
   * @since 0.1.0
   */
  @Parameter(property = "azlon.prompt")
  private String prompt;

  /**
   * A file holding the prompt, for long prompts; instead of {@code prompt}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "azlon.promptFile")
  private File promptFile;

  /**
   * What the program's standard output must satisfy; the model judges it against the output.
   *
   * @since 0.1.0
   */
  @Parameter(property = "azlon.testConditions")
  private String testConditions;

  /**
   * A file holding the test conditions; instead of {@code testConditions}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "azlon.testConditionsFile")
  private File testConditionsFile;

  /**
   * How many build-run-judge iterations to try at most.
   *
   * @since 0.1.0
   */
  @Parameter(property = "azlon.maxIterations", defaultValue = "20")
  int maxIterations;

  /**
   * The chat model's name.
   *
   * @since 0.1.0
   */
  @Parameter(property = "azlon.model", defaultValue = OpenAiModels.DEFAULT_MODEL)
  String model;

  /**
   * The OpenAI-compatible API to ask. The key comes from the environment variable {@code
   * OPENAI_API_KEY}; a local server may need none.
   *
   * @since 0.1.0
   */
  @Parameter(property = "azlon.baseUrl", defaultValue = OpenAiModels.OPENAI_BASE_URL)
  String baseUrl;

  /**
   * The starting files: the run begins from a copy of them (binary files byte for byte, shown to
   * the model by name and size only), builds and runs them once before the first model call, and
   * the model fixes or extends what is there. Unset: start from nothing.
   *
   * @since 0.1.0
   */
  @Parameter(property = "azlon.inputDirectory")
  private File inputDirectory;

  /**
   * A Dockerfile used when the starting files have none; by default one that copies the files
   * onto {@code baseImage} into /app.
   *
   * @since 0.1.0
   */
  @Parameter(property = "azlon.defaultDockerfile")
  private File defaultDockerfile;

  /**
   * The same failure this many times in a row stops the run as stuck, rather than spending the
   * remaining iterations; from the second time the model is told to take another approach.
   *
   * @since 0.1.0
   */
  @Parameter(property = "azlon.maxRepeatedFailures", defaultValue = "3")
  private int maxRepeatedFailures;

  /**
   * The project's own generate prompt, in place of Azlon's: a text file with placeholders {@code
   * {{prompt}}}, {@code {{testConditions}}}, {@code {{startingPoint}}}, {@code {{sandboxRules}}}.
   * An unknown placeholder stops the build before any model call, naming file and line.
   *
   * @since 0.1.0
   */
  @Parameter(property = "azlon.generatePromptFile")
  private File generatePromptFile;

  /**
   * The project's own fix prompt: placeholders {@code {{prompt}}}, {@code {{testConditions}}},
   * {@code {{files}}}, {@code {{outcome}}}, {@code {{output}}}, {@code {{checks}}}, {@code
   * {{verdict}}}, {@code {{note}}}, {@code {{diff}}}, {@code {{sandboxRules}}}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "azlon.fixPromptFile")
  private File fixPromptFile;

  /**
   * The most tokens of file contents one prompt carries. Small files and files named in errors
   * are shown in full, the rest in outline with their sizes.
   *
   * @since 0.1.0
   */
  @Parameter(property = "azlon.contextTokens", defaultValue = "24000")
  private int contextTokens;

  /**
   * The id of the {@code settings.xml} server whose password is the API key (Maven's password
   * encryption works). Without such a server, the key comes from {@code OPENAI_API_KEY}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "azlon.serverId", defaultValue = "azlon")
  String serverId;

  /**
   * Sampling temperature, 0 to 2; the server's default when unset.
   *
   * @since 0.1.0
   */
  @Parameter(property = "azlon.temperature")
  Double temperature;

  /**
   * A seed, for servers that support reproducible sampling.
   *
   * @since 0.1.0
   */
  @Parameter(property = "azlon.seed")
  Integer seed;

  /**
   * How long one model request may take ({@code 3m}, {@code 90s}).
   *
   * @since 0.1.0
   */
  @Parameter(property = "azlon.requestTimeout", defaultValue = "3m")
  String requestTimeout;

  /**
   * Whether a run that ends unsolved (or stopped by its budget) fails the build; when false it is
   * a warning.
   *
   * @since 0.1.0
   */
  @Parameter(property = "azlon.failOnUnsolved", defaultValue = "true")
  boolean failOnUnsolved;

  /**
   * The image every candidate's Dockerfile must start from.
   *
   * @since 0.1.0
   */
  @Parameter(property = "azlon.baseImage", defaultValue = SolveSpec.DEFAULT_BASE_IMAGE)
  String baseImage;

  /**
   * The images a candidate's Dockerfile may start from; {@code *} in a name matches any text, and
   * {@code *} alone allows any image. Empty means the base image alone.
   *
   * @since 0.1.0
   */
  @Parameter(property = "azlon.allowedBaseImages")
  private List<String> allowedBaseImages;

  /**
   * Machine checks every run must pass; they decide, and the judge cannot overrule them. Each
   * {@code <check>} sets one of {@code <exitCode>}, {@code <stdoutContains>}, {@code
   * <stdoutMatches>} (a regular expression; ^ and $ match at lines) or {@code <command>} (run with
   * /bin/sh -c in the candidate's image, it must exit with 0; {@code <timeout>} defaults to 2m).
   *
   * @since 0.1.0
   */
  @Parameter
  private List<CheckParameter> checks;

  /**
   * Shortcut for an exit code check.
   *
   * @since 0.1.0
   */
  @Parameter(property = "azlon.expectExitCode")
  private Integer expectExitCode;

  /**
   * Shortcut for a stdoutMatches check: a regular expression some line of the output must match.
   *
   * @since 0.1.0
   */
  @Parameter(property = "azlon.expectOutput")
  private String expectOutput;

  /**
   * Whether a program that does not exit with code 0 fails, even when no check says so.
   *
   * @since 0.1.0
   */
  @Parameter(property = "azlon.requireZeroExit", defaultValue = "true")
  private boolean requireZeroExit;

  /**
   * Whether the model also judges the output against the test conditions. Off, the checks alone
   * decide (and at least one is needed).
   *
   * @since 0.1.0
   */
  @Parameter(property = "azlon.judge", defaultValue = "true")
  private boolean judge;

  /**
   * Where run folders go; each run gets its own, named by its start time. By default {@code
   * ${project.build.directory}/azlon}, or {@code ./target/azlon} when there is no project.
   *
   * @since 0.1.0
   */
  @Parameter(property = "azlon.outputDirectory")
  File outputDirectory;

  @Parameter(defaultValue = "${project}", readonly = true)
  MavenProject project;

  @Parameter(defaultValue = "${session}", readonly = true)
  MavenSession session;

  /**
   * A transcript.jsonl from an earlier run whose model answers are served again, in order, instead
   * of calling a model: no network and no key. Builds and runs are real.
   *
   * @since 0.1.0
   */
  @Parameter(property = "azlon.replay")
  File replay;

  /**
   * Continues an unfinished run instead of starting one: {@code true} for the latest in the output
   * directory, or a run id. Recorded model answers are served again, not paid for twice.
   *
   * @since 0.1.0
   */
  @Parameter(property = "azlon.resume")
  String resume;

  /**
   * Whether a solved run's files are copied into {@code applyDirectory}; by default they stay in
   * the run folder.
   *
   * @since 0.1.0
   */
  @Parameter(property = "azlon.apply", defaultValue = "false")
  boolean apply;

  /**
   * Where {@code apply} copies the solution. Required with it.
   *
   * @since 0.1.0
   */
  @Parameter(property = "azlon.applyDirectory")
  File applyDirectory;

  /**
   * Whether {@code apply} may replace existing files whose content differs. Without it, such a
   * conflict writes nothing and lists the files.
   *
   * @since 0.1.0
   */
  @Parameter(property = "azlon.overwrite", defaultValue = "false")
  boolean overwrite;

  /**
   * Skips the goal.
   *
   * @since 0.1.0
   */
  @Parameter(property = "azlon.skip", defaultValue = "false")
  boolean skip;

  /**
   * Memory for a candidate's container, with no swap beyond it: {@code 512m}, {@code 1g}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "azlon.sandbox.memory", defaultValue = "1g")
  private String sandboxMemory;

  /**
   * CPUs for a candidate's container, as a decimal: {@code 1}, {@code 0.5}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "azlon.sandbox.cpus", defaultValue = "1")
  private String sandboxCpus;

  /**
   * Processes and threads a candidate may have at once.
   *
   * @since 0.1.0
   */
  @Parameter(property = "azlon.sandbox.pids", defaultValue = "256")
  private long sandboxPids;

  /**
   * Whether the program may use the network while it runs.
   *
   * @since 0.1.0
   */
  @Parameter(property = "azlon.sandbox.runNetwork", defaultValue = "false")
  private boolean sandboxRunNetwork;

  /**
   * Whether the image build may use the network, for installing packages.
   *
   * @since 0.1.0
   */
  @Parameter(property = "azlon.sandbox.buildNetwork", defaultValue = "true")
  private boolean sandboxBuildNetwork;

  /**
   * How long a program may run before it is killed: {@code 90s}, {@code 2m}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "azlon.sandbox.runTimeout", defaultValue = "2m")
  private String sandboxRunTimeout;

  /**
   * How long an image build may take before it is stopped: {@code 10m}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "azlon.sandbox.buildTimeout", defaultValue = "10m")
  private String sandboxBuildTimeout;

  /**
   * The most tokens (input and output together) the solve may use; checked before every model call.
   *
   * @since 0.1.0
   */
  @Parameter(property = "azlon.maxTokens")
  private Long maxTokens;

  /**
   * The most estimated US dollars the solve may spend; needs the model's prices (known for
   * well-known OpenAI models, else set the two price parameters).
   *
   * @since 0.1.0
   */
  @Parameter(property = "azlon.maxCostUsd")
  private String maxCostUsd;

  /**
   * The model's price in dollars per million input tokens; overrides the built-in default.
   *
   * @since 0.1.0
   */
  @Parameter(property = "azlon.inputPricePerMillion")
  private String inputPricePerMillion;

  /**
   * The model's price in dollars per million output tokens; overrides the built-in default.
   *
   * @since 0.1.0
   */
  @Parameter(property = "azlon.outputPricePerMillion")
  private String outputPricePerMillion;

  /**
   * Wall-clock time for the whole solve ({@code 30m}, {@code PT1H}); checked before every model
   * call.
   *
   * @since 0.1.0
   */
  @Parameter(property = "azlon.timeout")
  private String timeout;

  /** Where run folders go; without a POM, Maven leaves project paths unresolved. */
  Path outputDirectory() {
    if (outputDirectory != null && !outputDirectory.getPath().contains("${")) {
      return outputDirectory.toPath();
    }
    String build = project == null ? null : project.getBuild().getDirectory();
    Path base = build != null && !build.contains("${")
        ? Path.of(build)
        : Path.of(session.getExecutionRootDirectory(), "target");
    return base.resolve("azlon");
  }

  /** The task, checked; also checks the parameters around it. */
  SolveSpec spec() {
    if (apply && applyDirectory == null) {
      throw new ConfigurationException("applyDirectory",
          "apply is true, but applyDirectory does not say where the solution should go.");
    }
    return new SolveSpec(text("prompt", prompt, promptFile),
        text("testConditions", testConditions, testConditionsFile), maxIterations, baseImage,
        allowedBaseImages, checks(), judge, budget(),
        inputDirectory == null ? null : inputDirectory.toPath(),
        text("defaultDockerfile", null, defaultDockerfile), maxRepeatedFailures,
        new PromptOverrides(text("generatePrompt", null, generatePromptFile),
            String.valueOf(generatePromptFile), text("fixPrompt", null, fixPromptFile),
            String.valueOf(fixPromptFile)), contextTokens);
  }

  /** A text given inline or in a file, not both; null when neither. */
  private static String text(String name, String inline, File file) {
    if (file == null) {
      return inline;
    }
    if (inline != null && !inline.isBlank()) {
      throw new ConfigurationException(name,
          "Set " + name + " or " + name + "File, not both.");
    }
    try {
      return Files.readString(file.toPath(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      String setting = name.endsWith("Dockerfile") ? name : name + "File";
      throw new ConfigurationException(setting,
          "Cannot read " + setting + " " + file + ": " + e.getMessage() + ".");
    }
  }

  Budget budget() {
    if ((inputPricePerMillion == null) != (outputPricePerMillion == null)) {
      throw new ConfigurationException("inputPricePerMillion",
          "Set both inputPricePerMillion and outputPricePerMillion, or neither.");
    }
    Optional<Prices> prices = inputPricePerMillion != null
        ? Optional.of(new Prices(dollars("inputPricePerMillion", inputPricePerMillion),
            dollars("outputPricePerMillion", outputPricePerMillion)))
        : Prices.known(model);
    return new Budget(Optional.ofNullable(maxTokens),
        Optional.ofNullable(maxCostUsd).map(cost -> dollars("maxCostUsd", cost)),
        Optional.ofNullable(timeout).map(t -> Quantities.duration("timeout", t)), prices);
  }

  private static BigDecimal dollars(String setting, String text) {
    try {
      return new BigDecimal(text.strip());
    } catch (NumberFormatException e) {
      throw new ConfigurationException(setting,
          setting + " '" + text + "' is not a number of dollars; write it like 2.50.");
    }
  }

  /** The limits, checked; a bad value names its parameter. */
  SandboxLimits sandboxLimits() {
    return SandboxLimits.builder()
        .memoryBytes(Quantities.bytes("sandbox.memory", sandboxMemory))
        .nanoCpus(Quantities.nanoCpus("sandbox.cpus", sandboxCpus))
        .pids(sandboxPids)
        .runNetwork(sandboxRunNetwork)
        .buildNetwork(sandboxBuildNetwork)
        .runTimeout(Quantities.duration("sandbox.runTimeout", sandboxRunTimeout))
        .buildTimeout(Quantities.duration("sandbox.buildTimeout", sandboxBuildTimeout))
        .build();
  }

  Checks checks() {
    List<Check> all = new ArrayList<>();
    if (checks != null) {
      for (int i = 0; i < checks.size(); i++) {
        all.add(checks.get(i).toCheck(i + 1));
      }
    }
    if (expectExitCode != null) {
      all.add(new Check.ExitCode(expectExitCode));
    }
    if (expectOutput != null) {
      all.add(Check.StdoutMatches.of(expectOutput));
    }
    return Checks.of(all, requireZeroExit);
  }
}
