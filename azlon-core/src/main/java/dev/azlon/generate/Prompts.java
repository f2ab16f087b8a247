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
import java.util.stream.Collectors;

/**
 * Renders our prompt templates. Values are inserted verbatim: braces or {@code {{..}}} in a user's
 * prompt are text, never placeholders.
 */
final class Prompts {

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

  Prompts(PromptOverrides overrides, int contextTokens) {
    budget = new ContextBudget(contextTokens);
    system = load("system.txt", null);
    generate = load("generate.txt", overrides.generate());
    review = load("review.txt", overrides.review());
    fix = load("fix.txt", overrides.fix());
  }

  String system(Task task) {
    return system
        .apply(Map.of("baseImage", task.baseImage(), "sandboxRules", task.sandboxRules()))
        .text();
  }

  /** A user prompt, and the files it shows only in outline or not at all. */
  record Prompt(String text, Set<String> unseen) {}

  /**
   * The first prompt.
   *
   * @param inFull files to show in full whatever the budget (the model replaced them unseen)
   */
  Prompt generate(Task task, Project start, Set<String> inFull) {
    Map<String, Object> values = taskValues(task);
    Set<String> unseen = Set.of();
    if (start.isEmpty()) {
      values.put("startingPoint", "");
    } else {
      ContextBudget.Shown files = files(start, mentions(start, ""), inFull);
      unseen = files.unseen();
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
    }
    return new Prompt(generate.apply(values).text(), unseen);
  }

  Prompt review(
      Task task, Project project, List<CheckResult> checks, String note, Set<String> inFull) {
    ContextBudget.Shown files = files(project, mentions(project, ""), inFull);
    Map<String, Object> values = projectValues(task, project, note, files);
    values.put("checks", checks(checks));
    return new Prompt(review.apply(values).text(), files.unseen());
  }

  Prompt fix(Task task, Project project, Verdict verdict, String note, Set<String> inFull) {
    String named =
        verdict.reason()
            + verdict.failedChecks().stream()
                .map(CheckResult::actual)
                .collect(Collectors.joining("\n"));
    ContextBudget.Shown files = files(project, mentions(project, named), inFull);
    Map<String, Object> values = projectValues(task, project, note, files);
    values.put("checks", checks(verdict.checks()));
    values.put("verdict", verdict.reason());
    return new Prompt(fix.apply(values).text(), files.unseen());
  }

  static String checks(List<CheckResult> checks) {
    if (checks.isEmpty()) {
      return "(no checks ran)";
    }
    return checks.stream().map(r -> "- " + r.describe()).collect(Collectors.joining("\n"));
  }

  private static Map<String, Object> taskValues(Task task) {
    Map<String, Object> values = new HashMap<>();
    values.put("prompt", task.prompt());
    values.put("testConditions", task.testConditions());
    values.put("sandboxRules", task.sandboxRules());
    return values;
  }

  /** Text in which a file's name means it must be shown in full: the errors and the verdict. */
  private static String mentions(Project project, String verdict) {
    CandidateRun run = project.run();
    return run == null
        ? verdict
        : verdict + "\n" + run.stderr() + "\n" + run.buildLog() + "\n" + run.stdout();
  }

  private static Map<String, Object> projectValues(
      Task task, Project project, String note, ContextBudget.Shown files) {
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

  /** The files section; files the last change edited come first while the budget lasts. */
  private ContextBudget.Shown files(Project project, String mentions, Set<String> inFull) {
    ContextBudget.Shown shown = budget.render(project.files(), mentions, inFull, project.edited());
    StringBuilder text = new StringBuilder(shown.text());
    if (!project.binaryFiles().isEmpty()) {
      text.append("\nBinary files (kept as they are, not shown):\n");
      project
          .binaryFiles()
          .forEach(
              (name, size) ->
                  text.append("- ").append(name).append(" (").append(size).append(" bytes)\n"));
    }
    return new ContextBudget.Shown(text.toString(), shown.unseen());
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
