package dev.azlon.solve;

import dev.azlon.ConfigurationException;
import dev.azlon.Setting;
import dev.azlon.budget.Budget;
import dev.azlon.generate.PromptOverrides;
import dev.azlon.verdict.Checks;
import dev.azlon.workspace.InputFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What to solve: the task in words, the conditions its output must meet, and the limits of the
 * attempt. A value; the {@link Solver} decides how.
 *
 * @param prompt what the program should do
 * @param testConditions what its output must satisfy, judged against the container's stdout
 * @param maxIterations how many build-run-judge rounds at most
 * @param baseImage the image the model is told to start from
 * @param allowedBaseImages the images a Dockerfile may start from ({@code *} is a wildcard); empty
 *     means the base image alone
 * @param checks machine checks every run must pass; they decide, the judge can only add to them
 * @param judge whether the model also judges the output against the test conditions
 * @param budget limits on tokens, cost and time, checked before every model call
 * @param inputDirectory the user's starting files, or null to start from nothing
 * @param defaultDockerfile the Dockerfile used when the starting files have none, or null for one
 *     that copies the files onto the base image
 * @param maxRepeatedFailures the same failure this many times in a row ends the run as STUCK
 * @param prompts the project's own generate and fix templates, if any
 * @param contextTokens the most tokens of file contents a prompt carries; the rest in outline
 * @param inputExcludes gitignore patterns for starting files to leave out, on top of the input's
 *     own .gitignore files and {@link InputFiles#DEFAULT_EXCLUDES}; {@code !pattern} takes one back
 */
public record SolveSpec(
    String prompt,
    String testConditions,
    int maxIterations,
    String baseImage,
    List<String> allowedBaseImages,
    Checks checks,
    boolean judge,
    Budget budget,
    Path inputDirectory,
    String defaultDockerfile,
    int maxRepeatedFailures,
    PromptOverrides prompts,
    int contextTokens,
    List<String> inputExcludes) {

  public static final int DEFAULT_MAX_ITERATIONS =
      Integer.parseInt(Setting.Defaults.MAX_ITERATIONS);
  public static final String DEFAULT_BASE_IMAGE = Setting.Defaults.BASE_IMAGE;
  public static final int DEFAULT_MAX_REPEATED_FAILURES =
      Integer.parseInt(Setting.Defaults.MAX_REPEATED_FAILURES);
  public static final int DEFAULT_CONTEXT_TOKENS =
      Integer.parseInt(Setting.Defaults.CONTEXT_TOKENS);

  public SolveSpec {
    prompt = requireText(Setting.PROMPT, prompt);
    testConditions = requireText(Setting.TEST_CONDITIONS, testConditions);
    baseImage = requireText(Setting.BASE_IMAGE, baseImage);
    allowedBaseImages =
        allowedBaseImages == null || allowedBaseImages.isEmpty()
            ? List.of(baseImage)
            : allowedBaseImages.stream()
                .map(image -> requireText(Setting.ALLOWED_BASE_IMAGES, image))
                .toList();
    checks = checks == null ? Checks.none() : checks;
    budget = budget == null ? Budget.unlimited() : budget;
    if (!judge && checks.isEmpty()) {
      throw new ConfigurationException(
          Setting.JUDGE,
          "With the judge off, nothing would decide whether the task is solved. Add a check"
              + " (checks, expectExitCode or expectOutput), or turn the judge on.");
    }
    if (inputDirectory != null && !Files.isDirectory(inputDirectory)) {
      throw new ConfigurationException(
          Setting.INPUT_DIRECTORY, "inputDirectory " + inputDirectory + " is not a folder.");
    }
    if (defaultDockerfile == null || defaultDockerfile.isBlank()) {
      defaultDockerfile = "FROM " + baseImage + "\nCOPY . /app\nWORKDIR /app\n";
    }
    prompts = prompts == null ? PromptOverrides.none() : prompts;
    inputExcludes = inputExcludes == null ? List.of() : List.copyOf(inputExcludes);
    if (contextTokens < 1000) {
      throw new ConfigurationException(
          Setting.CONTEXT_TOKENS, "contextTokens must be at least 1000, but was " + contextTokens);
    }
    if (maxRepeatedFailures < 2) {
      throw new ConfigurationException(
          Setting.MAX_REPEATED_FAILURES,
          "maxRepeatedFailures must be at least 2, but was " + maxRepeatedFailures);
    }
    if (maxIterations < 1) {
      throw new ConfigurationException(
          Setting.MAX_ITERATIONS, "maxIterations must be at least 1, but was " + maxIterations);
    }
  }

  /** A spec with only its base image allowed, no checks beyond exit code 0, and the judge. */
  public SolveSpec(String prompt, String testConditions, int maxIterations, String baseImage) {
    this(
        prompt,
        testConditions,
        maxIterations,
        baseImage,
        List.of(),
        Checks.none(),
        true,
        Budget.unlimited(),
        null,
        null,
        DEFAULT_MAX_REPEATED_FAILURES,
        PromptOverrides.none(),
        DEFAULT_CONTEXT_TOKENS,
        List.of());
  }

  public static Builder builder() {
    return new Builder();
  }

  private static String requireText(Setting setting, String value) {
    if (value == null || value.isBlank()) {
      throw new ConfigurationException(
          setting, setting.key() + " is required and must not be blank");
    }
    return value.strip();
  }

  /** Builds a {@link SolveSpec} with defaults for the iteration limit and base image. */
  public static final class Builder {
    private String prompt;
    private String testConditions;
    private int maxIterations = DEFAULT_MAX_ITERATIONS;
    private String baseImage = DEFAULT_BASE_IMAGE;
    private List<String> allowedBaseImages = List.of();
    private Checks checks = Checks.none();
    private boolean judge = true;
    private Budget budget = Budget.unlimited();
    private Path inputDirectory;
    private List<String> inputExcludes;
    private String defaultDockerfile;
    private int maxRepeatedFailures = DEFAULT_MAX_REPEATED_FAILURES;
    private PromptOverrides prompts = PromptOverrides.none();
    private int contextTokens = DEFAULT_CONTEXT_TOKENS;

    private Builder() {}

    public Builder prompt(String prompt) {
      this.prompt = prompt;
      return this;
    }

    public Builder testConditions(String testConditions) {
      this.testConditions = testConditions;
      return this;
    }

    public Builder maxIterations(int maxIterations) {
      this.maxIterations = maxIterations;
      return this;
    }

    public Builder baseImage(String baseImage) {
      this.baseImage = baseImage;
      return this;
    }

    public Builder allowedBaseImages(List<String> allowedBaseImages) {
      this.allowedBaseImages = allowedBaseImages;
      return this;
    }

    public Builder checks(Checks checks) {
      this.checks = checks;
      return this;
    }

    public Builder judge(boolean judge) {
      this.judge = judge;
      return this;
    }

    public Builder budget(Budget budget) {
      this.budget = budget;
      return this;
    }

    public Builder inputDirectory(Path inputDirectory) {
      this.inputDirectory = inputDirectory;
      return this;
    }

    public Builder defaultDockerfile(String defaultDockerfile) {
      this.defaultDockerfile = defaultDockerfile;
      return this;
    }

    public Builder maxRepeatedFailures(int maxRepeatedFailures) {
      this.maxRepeatedFailures = maxRepeatedFailures;
      return this;
    }

    public Builder prompts(PromptOverrides prompts) {
      this.prompts = prompts;
      return this;
    }

    public Builder inputExcludes(List<String> inputExcludes) {
      this.inputExcludes = inputExcludes;
      return this;
    }

    public Builder contextTokens(int contextTokens) {
      this.contextTokens = contextTokens;
      return this;
    }

    public SolveSpec build() {
      return new SolveSpec(
          prompt,
          testConditions,
          maxIterations,
          baseImage,
          allowedBaseImages,
          checks,
          judge,
          budget,
          inputDirectory,
          defaultDockerfile,
          maxRepeatedFailures,
          prompts,
          contextTokens,
          inputExcludes);
    }
  }
}
