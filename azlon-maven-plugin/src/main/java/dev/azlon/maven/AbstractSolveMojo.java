package dev.azlon.maven;

import dev.azlon.Setting;
import dev.azlon.spec.TaskKey;
import dev.azlon.spec.TaskSettings;
import dev.azlon.verdict.Check;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * The solve goal's parameters for the task and the run, POM and {@code -D} alike, and their
 * translation into core values. Translation checks everything, so a typo fails before the first
 * model call. Sandbox and model parameters live in the classes above.
 */
abstract class AbstractSolveMojo extends AbstractModelMojo {

  /**
   * What the program should do.
   *
   * @since 0.1.0
   */
  @Parameter(property = Setting.Property.PROMPT)
  String prompt;

  /**
   * A file holding the prompt, for long prompts; instead of {@code prompt}.
   *
   * @since 0.1.0
   */
  @Parameter(property = Setting.Property.PROMPT_FILE)
  File promptFile;

  /**
   * What the program's standard output must satisfy; the model judges it against the output.
   *
   * @since 0.1.0
   */
  @Parameter(property = Setting.Property.TEST_CONDITIONS)
  String testConditions;

  /**
   * A file holding the test conditions; instead of {@code testConditions}.
   *
   * @since 0.1.0
   */
  @Parameter(property = Setting.Property.TEST_CONDITIONS_FILE)
  File testConditionsFile;

  /**
   * How many build-run-judge iterations to try at most.
   *
   * @since 0.1.0
   */
  @Parameter(property = Setting.Property.MAX_ITERATIONS, defaultValue = "20")
  int maxIterations;

  /**
   * The starting files: the run begins from a copy of them (binary files byte for byte, shown to
   * the model by name and size only), builds and runs them once before the first model call, and
   * the model fixes or extends what is there. Unset: start from nothing.
   *
   * @since 0.1.0
   */
  @Parameter(property = Setting.Property.INPUT_DIRECTORY)
  File inputDirectory;

  /**
   * Starting files to leave out, in .gitignore syntax, on top of the input's own .gitignore files
   * and the defaults ({@code .git}, {@code .venv}, {@code venv}, {@code __pycache__}, {@code
   * *.pyc}, {@code node_modules}, {@code target}, {@code build}, {@code .pytest_cache}, {@code
   * *.egg-info}); {@code !pattern} takes a file back.
   *
   * @since 0.1.0
   */
  @Parameter(property = Setting.Property.INPUT_EXCLUDES)
  List<String> inputExcludes;

  /**
   * A Dockerfile used when the starting files have none; by default one that copies the files onto
   * {@code baseImage} into /app.
   *
   * @since 0.1.0
   */
  @Parameter(property = Setting.Property.DEFAULT_DOCKERFILE)
  File defaultDockerfile;

  /**
   * The same failure this many times in a row stops the run as stuck, rather than spending the
   * remaining iterations; from the second time the model is told to take another approach.
   *
   * @since 0.1.0
   */
  @Parameter(property = Setting.Property.MAX_REPEATED_FAILURES, defaultValue = "3")
  int maxRepeatedFailures;

  /**
   * The project's own generate prompt, in place of Azlon's: a text file with placeholders {@code
   * {{prompt}}}, {@code {{testConditions}}}, {@code {{startingPoint}}}, {@code {{sandboxRules}}}.
   * An unknown placeholder stops the build before any model call, naming file and line.
   *
   * @since 0.1.0
   */
  @Parameter(property = Setting.Property.GENERATE_PROMPT_FILE)
  File generatePromptFile;

  /**
   * The project's own fix prompt: placeholders {@code {{prompt}}}, {@code {{testConditions}}},
   * {@code {{files}}}, {@code {{outcome}}}, {@code {{output}}}, {@code {{checks}}}, {@code
   * {{verdict}}}, {@code {{note}}}, {@code {{diff}}}, {@code {{sandboxRules}}}.
   *
   * @since 0.1.0
   */
  @Parameter(property = Setting.Property.FIX_PROMPT_FILE)
  File fixPromptFile;

  /**
   * The project's own review prompt, which asks the judge whether the output meets the test
   * conditions: placeholders {@code {{prompt}}}, {@code {{testConditions}}}, {@code {{files}}},
   * {@code {{outcome}}}, {@code {{output}}}, {@code {{checks}}}, {@code {{note}}}, {@code
   * {{diff}}}, {@code {{sandboxRules}}}.
   *
   * @since 0.1.0
   */
  @Parameter(property = Setting.Property.REVIEW_PROMPT_FILE)
  File reviewPromptFile;

  /**
   * The most tokens of file contents one prompt carries. Small files and files named in errors are
   * shown in full, the rest in outline with their sizes.
   *
   * @since 0.1.0
   */
  @Parameter(property = Setting.Property.CONTEXT_TOKENS, defaultValue = "24000")
  int contextTokens;

  /**
   * Whether a run that ends unsolved (or stopped by its budget) fails the build; when false it is a
   * warning.
   *
   * @since 0.1.0
   */
  @Parameter(property = Setting.Property.FAIL_ON_UNSOLVED, defaultValue = "true")
  boolean failOnUnsolved;

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
   * Shortcut for an exit code check.
   *
   * @since 0.1.0
   */
  @Parameter(property = Setting.Property.EXPECT_EXIT_CODE)
  Integer expectExitCode;

  /**
   * Shortcut for a stdoutMatches check: a regular expression some line of the output must match.
   *
   * @since 0.1.0
   */
  @Parameter(property = Setting.Property.EXPECT_OUTPUT)
  String expectOutput;

  /**
   * Whether a program that does not exit with code 0 fails, even when no check says so.
   *
   * @since 0.1.0
   */
  @Parameter(property = Setting.Property.REQUIRE_ZERO_EXIT, defaultValue = "true")
  boolean requireZeroExit;

  /**
   * Whether the model also judges the output against the test conditions. Off, the checks alone
   * decide (and at least one is needed).
   *
   * @since 0.1.0
   */
  @Parameter(property = Setting.Property.JUDGE, defaultValue = "true")
  boolean judge;

  /**
   * Where run folders go; each run gets its own, named by its start time. By default {@code
   * ${project.build.directory}/azlon}, or {@code ./target/azlon} when there is no project.
   *
   * @since 0.1.0
   */
  @Parameter(property = Setting.Property.OUTPUT_DIRECTORY)
  File outputDirectory;

  @Parameter(defaultValue = "${project}", readonly = true)
  MavenProject project;

  @Parameter(defaultValue = "${session}", readonly = true)
  MavenSession session;

  /**
   * Continues an unfinished run instead of starting one: {@code true} for the latest in the output
   * directory, or a run id. Recorded model answers are served again, not paid for twice.
   *
   * @since 0.1.0
   */
  @Parameter(property = Setting.Property.RESUME)
  String resume;

  /**
   * Whether a solved run's files are copied into {@code applyDirectory}; by default they stay in
   * the run folder.
   *
   * @since 0.1.0
   */
  @Parameter(property = Setting.Property.APPLY, defaultValue = "false")
  boolean apply;

  /**
   * Where {@code apply} copies the solution. Required with it.
   *
   * @since 0.1.0
   */
  @Parameter(property = Setting.Property.APPLY_DIRECTORY)
  File applyDirectory;

  /**
   * Names {@code apply} may copy although they are refused by default: globs such as {@code
   * .mvn/**} or {@code pom.xml}. By default, names that change how your tools behave ({@code
   * .mvn/}, {@code .git*}, CI files, {@code mvnw*}, {@code settings.xml}, {@code pom.xml}, shell rc
   * files, IDE folders) are refused, since a file there can run code on your next build.
   *
   * @since 0.1.0
   */
  @Parameter(property = Setting.Property.APPLY_ALLOWED)
  List<String> applyAllowed;

  /**
   * More names {@code apply} refuses, as globs ({@code *.sh}, {@code scripts/**}); they win over
   * {@code applyAllowed}.
   *
   * @since 0.1.0
   */
  @Parameter(property = Setting.Property.APPLY_REFUSED)
  List<String> applyRefused;

  /**
   * Whether {@code apply} may replace existing files whose content differs. Without it, such a
   * conflict writes nothing and lists the files.
   *
   * @since 0.1.0
   */
  @Parameter(property = Setting.Property.OVERWRITE, defaultValue = "false")
  boolean overwrite;

  /**
   * Skips the goal.
   *
   * @since 0.1.0
   */
  @Parameter(property = Setting.Property.SKIP, defaultValue = "false")
  boolean skip;

  /** Where run folders go; without a POM, Maven leaves project paths unresolved. */
  Path outputDirectory() {
    if (outputDirectory != null && !outputDirectory.getPath().contains("${")) {
      return outputDirectory.toPath();
    }
    String build = project == null ? null : project.getBuild().getDirectory();
    Path base =
        build != null && !build.contains("${")
            ? Path.of(build)
            : Path.of(session.getExecutionRootDirectory(), "target");
    return base.resolve("azlon");
  }

  /**
   * The task as these parameters give it: the whole task for one solve, the defaults a spec file
   * overrides in a batch. Values are checked here; the task as a whole when it is made.
   */
  TaskSettings defaults() {
    TaskSettings settings =
        TaskSettings.empty()
            .with(TaskKey.PROMPT, prompt)
            .with(TaskKey.PROMPT_FILE, path(promptFile))
            .with(TaskKey.TEST_CONDITIONS, testConditions)
            .with(TaskKey.TEST_CONDITIONS_FILE, path(testConditionsFile))
            .with(TaskKey.CHECKS, checks())
            .with(TaskKey.EXPECT_EXIT_CODE, expectExitCode)
            .with(TaskKey.EXPECT_OUTPUT, expectOutput)
            .with(TaskKey.REQUIRE_ZERO_EXIT, requireZeroExit)
            .with(TaskKey.JUDGE, judge)
            .with(TaskKey.INPUT_DIRECTORY, path(inputDirectory))
            .with(TaskKey.INPUT_EXCLUDES, inputExcludes)
            .with(TaskKey.DEFAULT_DOCKERFILE, path(defaultDockerfile))
            .with(TaskKey.MAX_ITERATIONS, maxIterations)
            .with(TaskKey.MAX_REPEATED_FAILURES, maxRepeatedFailures)
            .with(TaskKey.GENERATE_PROMPT_FILE, path(generatePromptFile))
            .with(TaskKey.FIX_PROMPT_FILE, path(fixPromptFile))
            .with(TaskKey.REVIEW_PROMPT_FILE, path(reviewPromptFile))
            .with(TaskKey.CONTEXT_TOKENS, contextTokens)
            .with(TaskKey.APPLY, apply)
            .with(TaskKey.APPLY_DIRECTORY, path(applyDirectory))
            .with(TaskKey.APPLY_ALLOWED, applyAllowed)
            .with(TaskKey.APPLY_REFUSED, applyRefused)
            .with(TaskKey.OVERWRITE, overwrite)
            .with(TaskKey.FAIL_ON_UNSOLVED, failOnUnsolved);
    return withBudget(withSandbox(settings));
  }

  private static Path path(File file) {
    return file == null ? null : file.toPath();
  }

  private List<Check> checks() {
    List<Check> all = new ArrayList<>();
    if (checks != null) {
      for (int i = 0; i < checks.size(); i++) {
        all.add(checks.get(i).toCheck(i + 1));
      }
    }
    return all.isEmpty() ? null : all;
  }
}
