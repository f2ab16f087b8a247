package dev.azlon.generate;

import dev.azlon.sandbox.CandidateRun;
import dev.azlon.sandbox.Excerpt;
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

  Prompts() {
    this(PromptOverrides.none());
  }

  Prompts(PromptOverrides overrides) {
    this(overrides, ContextBudget.DEFAULT_TOKENS);
  }

  public Prompts(PromptOverrides overrides, int contextTokens) {
    budget = new ContextBudget(contextTokens);
    system = load("system.txt", null);
    generate = load("generate.txt", overrides.generate());
    review = load("review.txt", overrides.review());
    fix = load("fix.txt", overrides.fix());
  }

  String system(Brief task) {
    return system
        .apply(Map.of("baseImage", task.baseImage(), "sandboxRules", task.sandboxRules()))
        .text();
  }

  /**
   * A user prompt, the files it does not show in full, and of those the ones no prompt can show
   * (binary files the task does not name).
   */
  record Prompt(String text, Set<String> unseen, Set<String> binary) {}

  /**
   * The first prompt.
   *
   * @param inFull files to show first and in full if they fit (the model asked for them, or
   *     replaced them unseen)
   */
  Prompt generate(Brief task, Project start, Set<String> inFull) {
    Map<String, Object> values = taskValues(task);
    if (start.isEmpty()) {
      values.put("startingPoint", "");
      return new Prompt(generate.apply(values).text(), Set.of(), Set.of());
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

  Prompt review(
      Brief task, Project project, List<CheckResult> checks, String note, Set<String> inFull) {
    ContextBudget.Shown files = files(task, project, "", inFull);
    Map<String, Object> values = projectValues(task, project, note, files);
    values.put("checks", checks(checks));
    return prompt(review.apply(values).text(), project, files);
  }

  Prompt fix(Brief task, Project project, Verdict verdict, String note, Set<String> inFull) {
    String named =
        verdict.reason()
            + "\n"
            + verdict.failedChecks().stream()
                .map(CheckResult::actual)
                .collect(Collectors.joining("\n"));
    ContextBudget.Shown files = files(task, project, named, inFull);
    Map<String, Object> values = projectValues(task, project, note, files);
    values.put("checks", checks(verdict.checks()));
    values.put("verdict", verdict.reason());
    return prompt(fix.apply(values).text(), project, files);
  }

  private static Prompt prompt(String text, Project project, ContextBudget.Shown files) {
    Set<String> binary = new TreeSet<>(project.binaryFiles().keySet());
    binary.retainAll(files.unseen());
    return new Prompt(text, files.unseen(), binary);
  }

  static String checks(List<CheckResult> checks) {
    if (checks.isEmpty()) {
      return "(no checks ran)";
    }
    return checks.stream().map(r -> "- " + r.describe()).collect(Collectors.joining("\n"));
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
   * a compiler's {@code file:line}. Binary files the task names are the user's to have replaced;
   * other binary files are never replaced.
   */
  public ContextBudget.Shown files(
      Brief task, Project project, String verdict, Set<String> inFull) {
    Set<String> names = new TreeSet<>(project.files().keySet());
    FileReferences errors = new FileReferences(names).scan(verdict, false);
    CandidateRun run = project.run();
    if (run != null) {
      if (run.built()) {
        errors.scan(excerpt(run.stderr()), true).scan(excerpt(run.stdout()), true);
      } else {
        errors.scan(excerpt(run.buildLog()), true);
      }
    }
    names.addAll(project.binaryFiles().keySet());
    Set<String> named =
        new FileReferences(names)
            .scan(task.prompt() + "\n" + task.testConditions(), false)
            .named()
            .keySet();
    ContextBudget.Shown shown =
        budget.render(
            project.files(),
            project.binaryFiles(),
            new ContextBudget.Focus(inFull, errors.named(), named, project.edited()));
    Set<String> unseen = new TreeSet<>(shown.unseen());
    project.binaryFiles().keySet().stream().filter(named::contains).forEach(unseen::remove);
    return new ContextBudget.Shown(shown.text(), unseen);
  }

  static String output(CandidateRun run) {
    if (!run.built()) {
      return "\nBuild log:\n" + fenced(excerpt(run.buildLog()));
    }
    return stream("Standard output", run.stdout()) + stream("Standard error", run.stderr());
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
