package dev.azlon.solve;

import dev.azlon.Setting;
import dev.azlon.budget.Budget;
import dev.azlon.generate.PromptOverrides;
import dev.azlon.verdict.Checks;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What to solve: what is asked ({@link Task}) and how far to go for it ({@link Effort}). A value;
 * the {@link Solver} decides how.
 *
 * @param task what is asked; its fingerprint is what a lock, a remote id and a resume match
 * @param effort how far to go
 * @param layout how the build uses the solution's files, which the model is told
 */
public record SolveSpec(Task task, Effort effort, Layout layout) {

  public static final int DEFAULT_MAX_ITERATIONS =
      Integer.parseInt(Setting.Defaults.MAX_ITERATIONS);
  public static final String DEFAULT_BASE_IMAGE = Setting.Defaults.BASE_IMAGE;
  public static final int DEFAULT_MAX_REPEATED_FAILURES =
      Integer.parseInt(Setting.Defaults.MAX_REPEATED_FAILURES);
  public static final int DEFAULT_CONTEXT_TOKENS =
      Integer.parseInt(Setting.Defaults.CONTEXT_TOKENS);

  public SolveSpec {
    Objects.requireNonNull(task, "task");
    Objects.requireNonNull(effort, "effort");
    layout = layout == null ? Layout.NONE : layout;
  }

  /** A solution no build compiles. */
  public SolveSpec(Task task, Effort effort) {
    this(task, effort, Layout.NONE);
  }

  /** This spec, with the build using its solution so. */
  public SolveSpec withLayout(Layout other) {
    return new SolveSpec(task, effort, other);
  }

  /** Every part at once, as {@link Task} and {@link Effort} take them. */
  public SolveSpec(
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
    this(
        new Task(
            prompt,
            testConditions,
            baseImage,
            allowedBaseImages,
            checks,
            null,
            judge,
            inputDirectory,
            inputExcludes,
            defaultDockerfile,
            prompts),
        new Effort(maxIterations, maxRepeatedFailures, contextTokens, budget));
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

  public String prompt() {
    return task.prompt();
  }

  public String testConditions() {
    return task.testConditions();
  }

  public String baseImage() {
    return task.baseImage();
  }

  public List<String> allowedBaseImages() {
    return task.allowedBaseImages();
  }

  public Checks checks() {
    return task.checks();
  }

  /** The held-out checks; see {@link Task#acceptance()}. */
  public Checks acceptance() {
    return task.acceptance();
  }

  /** This spec with {@code acceptance} as its held-out checks. */
  public SolveSpec withAcceptance(Checks acceptance) {
    return new SolveSpec(task.withAcceptance(acceptance), effort, layout);
  }

  public boolean judge() {
    return task.judge();
  }

  public Path inputDirectory() {
    return task.inputDirectory();
  }

  public List<String> inputExcludes() {
    return task.inputExcludes();
  }

  public String defaultDockerfile() {
    return task.defaultDockerfile();
  }

  public PromptOverrides prompts() {
    return task.prompts();
  }

  public int maxIterations() {
    return effort.maxIterations();
  }

  public int maxRepeatedFailures() {
    return effort.maxRepeatedFailures();
  }

  public int contextTokens() {
    return effort.contextTokens();
  }

  public Budget budget() {
    return effort.budget();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SolveSpec} with defaults for the iteration limit and base image. */
  public static final class Builder {
    private String prompt;
    private String testConditions;
    private int maxIterations = DEFAULT_MAX_ITERATIONS;
    private String baseImage = DEFAULT_BASE_IMAGE;
    private List<String> allowedBaseImages = List.of();
    private Checks checks = Checks.none();
    private Checks acceptance;
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

    /** Held-out checks, never shown to the model; see {@link Task#acceptance()}. */
    public Builder acceptance(Checks acceptance) {
      this.acceptance = acceptance;
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
              inputExcludes)
          .withAcceptance(acceptance);
    }
  }
}
