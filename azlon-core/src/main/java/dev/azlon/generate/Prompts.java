package dev.azlon.generate;

import dev.azlon.sandbox.CandidateRun;
import dev.azlon.sandbox.Excerpt;
import dev.azlon.sandbox.Quantities;
import dev.azlon.verdict.Check;
import dev.azlon.verdict.CheckResult;
import dev.azlon.verdict.Verdict;
import dev.langchain4j.model.input.PromptTemplate;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Renders our prompt templates. Values are inserted verbatim: braces or {@code {{..}}} in a user's
 * prompt are text, never placeholders.
 */
public final class Prompts {

  /** How much of each output stream the model sees: the start and the end. */
  static final int SHOWN_OUTPUT_CHARS = 16 * 1024;

  private final Map<String, String> templates = new LinkedHashMap<>();
  private final PromptTemplate system;
  private final PromptTemplate generate;
  private final PromptTemplate review;
  private final PromptTemplate fix;
  private final ContextBudget budget;

  /**
   * The judge's budget when every check passed: it judges the output against the conditions, and
   * asks for the fix with the files in full only when it finds the run short.
   */
  private final ContextBudget judgeBudget;

  Prompts() {
    this(PromptOverrides.none());
  }

  Prompts(PromptOverrides overrides) {
    this(overrides, ContextBudget.DEFAULT_TOKENS);
  }

  /** How much of a passed command's output the model sees: a test runner's summary fits. */
  static final int PASSED_OUTPUT_CHARS = 600;

  private static final Pattern BUILDER_NOISE =
      Pattern.compile(
          "(?m)^(?: ---> .*|Removing intermediate container .*|Successfully (?:built|tagged) .*)"
              + "(?:\\r?\\n|\\z)");

  public Prompts(PromptOverrides overrides, int contextTokens) {
    budget = new ContextBudget(contextTokens);
    judgeBudget = new ContextBudget(contextTokens / 4);
    system = load("system.txt", null);
    generate = load("generate.txt", overrides.generate());
    review = load("review.txt", overrides.review());
    fix = load("fix.txt", overrides.fix());
  }

  String system(Brief task) {
    return system
        .apply(
            Map.of(
                "baseImage",
                task.baseImage(),
                "sandboxRules",
                task.sandboxRules(),
                "layout",
                task.layout().isEmpty() ? "" : "\nWhere your files go:\n" + task.layout() + "\n"))
        .text();
  }

  /**
   * A user prompt, the files it does not show in full, of those the ones no prompt can show (binary
   * files the task does not name), and the text files it was made from, which edits apply to.
   */
  record Prompt(String text, Set<String> unseen, Set<String> binary, Map<String, String> files) {}

  /**
   * The first prompt.
   *
   * @param inFull files to show first and in full if they fit (the model asked for them, or
   *     replaced them unseen)
   */
  Prompt generate(Brief task, Project start, Set<String> inFull) {
    Map<String, Object> values = taskValues(task);
    values.put("checks", planned(task.checks()));
    if (start.isEmpty()) {
      values.put("startingPoint", "");
      return new Prompt(generate.apply(values).text(), Set.of(), Set.of(), Map.of());
    }
    ContextBudget.Shown files = files(task, start, "", inFull);
    values.put(
        "startingPoint",
        "\nThe project's files:\n"
            + files.text()
            + "\nThe project starts from these files; change what the task needs and keep the"
            + " rest. Built and run as they are: "
            + start.run().describe()
            + ".\n"
            + output(start.run())
            + (start.inputNotes().isEmpty()
                ? ""
                : "\nNot copied from the starting files:\n" + start.inputNotes() + "\n"));
    return prompt(generate.apply(values).text(), start, files);
  }

  /**
   * The judge's prompt. When the run was built and every check passed, the files are shown within a
   * quarter of the budget: the output decides, and a fix asked for next shows them as usual.
   */
  Prompt review(
      Brief task, Project project, List<CheckResult> checks, String note, Set<String> inFull) {
    boolean checksPassed =
        project.run() != null
            && project.run().built()
            && checks.stream().allMatch(CheckResult::passed);
    ContextBudget.Shown files =
        files(checksPassed ? judgeBudget : budget, task, project, "", inFull);
    Map<String, Object> values = projectValues(task, project, note, files);
    values.put("checks", checks(checks, task.checks()));
    return prompt(review.apply(values).text(), project, files);
  }

  Prompt fix(Brief task, Project project, Verdict verdict, String note, Set<String> inFull) {
    String named =
        verdict.reason()
            + "\n"
            + verdict.failedChecks().stream()
                .map(CheckResult::actual)
                .collect(Collectors.joining("\n"));
    ContextBudget.Shown files = files(budget, task, project, named, inFull);
    Map<String, Object> values = projectValues(task, project, note, files);
    values.put("checks", checks(verdict.checks(), task.checks()));
    values.put("verdict", verdict.reason());
    return prompt(fix.apply(values).text(), project, files);
  }

  private static Prompt prompt(String text, Project project, ContextBudget.Shown files) {
    Set<String> binary = new TreeSet<>(project.binaryFiles().keySet());
    binary.retainAll(files.unseen());
    return new Prompt(text, files.unseen(), binary, project.files());
  }

  /**
   * The checks' results, or, when none ran (the build failed, nothing was built), the checks as
   * they will run.
   */
  static String checks(List<CheckResult> results, List<Check> planned) {
    if (results.isEmpty()) {
      return planned.isEmpty() ? "(none)" : "None ran yet; they will be:\n" + planned(planned);
    }
    return results.stream()
            .map(
                r ->
                    "- "
                        + r.describe()
                        + (r.passed() && !r.output().isEmpty()
                            ? "; its output ended " + r.outputTail(PASSED_OUTPUT_CHARS)
                            : ""))
            .collect(Collectors.joining("\n"))
        + commandsNote(results.stream().map(CheckResult::check).toList());
  }

  /** The checks as they will run, one line each, and how a command check runs. */
  static String planned(List<Check> checks) {
    if (checks.isEmpty()) {
      return "(none)";
    }
    return checks.stream().map(c -> "- " + planned(c)).collect(Collectors.joining("\n"))
        + commandsNote(checks);
  }

  private static String planned(Check check) {
    if (check instanceof Check.StdoutMatches matches) {
      return "stdout matches the regular expression "
          + matches.pattern().pattern()
          + " (Java syntax, found anywhere in the output; ^ and $ match at each line)";
    }
    if (check instanceof Check.Command command) {
      return "the command `"
          + command.command()
          + "` exits with 0 within "
          + Quantities.words(command.timeout());
    }
    return check.describe();
  }

  private static String commandsNote(List<Check> checks) {
    return checks.stream().anyMatch(Check.Command.class::isInstance)
        ? "\nA command check runs after the program, with /bin/sh -c in a new container of the"
            + " image your Dockerfile built: from the image's working directory (its WORKDIR), as"
            + " the same unprivileged user, under the same limits, without the files the program"
            + " wrote while it ran."
        : "";
  }

  private static Map<String, Object> taskValues(Brief task) {
    Map<String, Object> values = new HashMap<>();
    values.put("prompt", task.prompt());
    values.put("testConditions", task.testConditions());
    values.put("sandboxRules", task.sandboxRules());
    return values;
  }

  private static Map<String, Object> projectValues(
      Brief task, Project project, String note, ContextBudget.Shown files) {
    Map<String, Object> values = taskValues(task);
    values.put("files", files.text());
    values.put(
        "outcome", project.run() == null ? "nothing was built yet" : project.run().describe());
    values.put("output", project.run() == null ? "" : output(project.run()));
    values.put("note", note.isEmpty() ? "" : "\n" + note + "\n");
    values.put(
        "diff",
        project.lastChange().isEmpty()
            ? ""
            : "\nThe last change made:\n" + fenced(project.lastChange()));
    return values;
  }

  /**
   * The files section. What the verdict and failed checks name as files counts, and in the run's
   * output (as much as the model is shown of it) what names a file with a line: a traceback frame,
   * a compiler's {@code file:line}. The files that define what the task, the conditions, the
   * verdict or the errors name by symbol follow. Binary files the task names are the user's to have
   * replaced; other binary files are never replaced.
   */
  public ContextBudget.Shown files(
      Brief task, Project project, String verdict, Set<String> inFull) {
    return files(budget, task, project, verdict, inFull);
  }

  private static ContextBudget.Shown files(
      ContextBudget budget, Brief task, Project project, String verdict, Set<String> inFull) {
    Set<String> names = new TreeSet<>(project.files().keySet());
    FileReferences errors = new FileReferences(names).scan(verdict, false);
    StringBuilder mentions = new StringBuilder(task.prompt()).append('\n');
    mentions.append(task.testConditions()).append('\n').append(verdict).append('\n');
    CandidateRun run = project.run();
    if (run != null) {
      String errorText = excerpt(run.built() ? run.stderr() : run.buildLog());
      errors.scan(errorText, true);
      if (run.built()) {
        errors.scan(excerpt(run.stdout()), true);
      }
      mentions.append(errorText);
    }
    names.addAll(project.binaryFiles().keySet());
    Set<String> named =
        new FileReferences(names)
            .scan(task.prompt() + "\n" + task.testConditions(), false)
            .named()
            .keySet();
    Set<String> defining = budget.defining(project.files(), mentions.toString());
    ContextBudget.Shown shown =
        budget.render(
            project.files(),
            project.binaryFiles(),
            new ContextBudget.Focus(inFull, errors.named(), named, project.edited(), defining));
    Set<String> unseen = new TreeSet<>(shown.unseen());
    project.binaryFiles().keySet().stream().filter(named::contains).forEach(unseen::remove);
    return new ContextBudget.Shown(shown.text(), unseen);
  }

  static String output(CandidateRun run) {
    if (!run.built()) {
      return "\nBuild log:\n" + fenced(excerpt(withoutBuilderNoise(run.buildLog())));
    }
    return stream("Standard output", run.stdout())
        + stream("Standard error", run.stderr())
        + buildLogTail(withoutBuilderNoise(run.buildLog()));
  }

  /**
   * The build log without the builder's own bookkeeping (layer ids, intermediate containers, the
   * image's tag, which names the run): tokens that tell the model nothing and differ every time.
   */
  static String withoutBuilderNoise(String log) {
    return log == null ? "" : BUILDER_NOISE.matcher(log).replaceAll("");
  }

  /**
   * The end of a built image's log, where tests run at build time report: as much as the model is
   * shown of an output stream, from the end.
   */
  private static String buildLogTail(String log) {
    String text = log == null ? "" : log.strip();
    if (text.isEmpty()) {
      return "";
    }
    boolean cut = text.length() > SHOWN_OUTPUT_CHARS;
    String tail =
        cut
            ? "[... "
                + (text.length() - SHOWN_OUTPUT_CHARS)
                + " characters before ...]\n"
                + text.substring(text.length() - SHOWN_OUTPUT_CHARS)
            : text;
    return "\nThe image build's log" + (cut ? ", its end" : "") + ":\n" + fenced(tail);
  }

  private static String stream(String name, String text) {
    return text.isEmpty()
        ? "\n" + name + ": (empty)\n"
        : "\n" + name + ":\n" + fenced(excerpt(text));
  }

  static String excerpt(String text) {
    return Excerpt.of(text, SHOWN_OUTPUT_CHARS);
  }

  /** SHA-256 of each template, by name, so reports can tell which prompts a run used. */
  Map<String, String> hashes() {
    Map<String, String> hashes = new TreeMap<>();
    templates.forEach((name, text) -> hashes.put(name, sha256(text)));
    return hashes;
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every JVM has SHA-256", e);
    }
  }

  /** A Markdown code block whose fence no run of backticks in the text can close. */
  static String fenced(String text) {
    int longest = 0;
    int run = 0;
    for (int i = 0; i < text.length(); i++) {
      run = text.charAt(i) == '`' ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    String fence = "`".repeat(Math.max(3, longest + 1));
    String body = text.endsWith("\n") || text.isEmpty() ? text : text + "\n";
    return fence + "\n" + body + fence + "\n";
  }

  private PromptTemplate load(String name, String override) {
    if (override != null) {
      templates.put(name, override);
      return PromptTemplate.from(override);
    }
    try (InputStream in = Prompts.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("Prompt template missing from the jar: " + name);
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      templates.put(name, text);
      return PromptTemplate.from(text);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read prompt template " + name, e);
    }
  }
}
