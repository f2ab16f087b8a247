package dev.azlon.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.azlon.ConfigurationException;
import dev.azlon.Setting;
import dev.azlon.batch.Batch;
import dev.azlon.batch.BatchTask;
import dev.azlon.batch.SpecResult;
import dev.azlon.budget.Meter;
import dev.azlon.model.OpenAiModels;
import dev.azlon.model.ReplayChatModel;
import dev.azlon.sandbox.DockerSandbox;
import dev.azlon.sandbox.SandboxLimits;
import dev.azlon.solve.Layout;
import dev.azlon.solve.Outcome;
import dev.azlon.solve.SolveResult;
import dev.azlon.solve.SourceRoot;
import dev.azlon.spec.SpecFile;
import dev.azlon.spec.SpecFolder;
import dev.azlon.spec.TaskSettings;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The quality bench: a fixed suite of tasks (spec files with visible checks and held-out acceptance
 * checks, under {@code bench/quality/tasks}) solved as one batch against any OpenAI-compatible
 * endpoint, K times; one line per task, then {@code quality: solved N/M, accepted N/M, iterations
 * X.X mean, tokens T, cost $C (model NAME, K runs)}. "Solved" counts runs that met what the model
 * was shown (SOLVED or ACCEPTANCE_FAILED), "accepted" those that also passed the held-out checks.
 *
 * <p>Without an endpoint it replays recorded transcripts of scripted answers ({@code
 * bench/quality/replay}), no model called, on the real sandbox, and fails unless every task ends as
 * it was recorded: the harness itself, tested end to end. {@code --record} makes those transcripts
 * again from the scripted answers in {@code bench/quality/answers}.
 *
 * <p>Every task under {@code generate-sources/} gets the layout a build with {@code
 * sourceRoot=main} and {@code generateTests} gives: it is solved as the generate-sources goal
 * solves it.
 *
 * <p>Usage: {@code QualityBench [--base-url URL --model NAME] [--runs K] [--parallel N] [--replay |
 * --record] [--suite DIR] [--output DIR]}. The key is read from {@code OPENAI_API_KEY}.
 */
public final class QualityBench {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String OUTCOMES = "outcomes.json";
  private static final String GENERATE_SOURCES = "generate-sources.";

  private enum Mode {
    LIVE,
    REPLAY,
    RECORD
  }

  private record Options(
      Mode mode,
      String baseUrl,
      String model,
      int runs,
      int parallel,
      Path suite,
      Path output,
      Path prompts) {}

  /** One task's runs. */
  private record Tally(String name, List<SolveResult> runs) {}

  private QualityBench() {}

  public static void main(String[] args) throws Exception {
    System.exit(run(args, System.out));
  }

  /** Runs the bench; 0 when it ran (and, replaying, every task ended as recorded), else 1. */
  static int run(String[] args, PrintStream out) throws IOException {
    Options options;
    try {
      options = options(args);
    } catch (IllegalArgumentException e) {
      out.println("quality: " + e.getMessage());
      out.println(
          "Usage: bench/quality.sh [--base-url URL --model NAME] [--runs K] [--parallel N]"
              + " [--replay | --record] [--prompts DIR] [--suite DIR] [--output DIR]");
      return 1;
    }
    List<BatchTask> tasks;
    try {
      tasks = tasks(options);
    } catch (ConfigurationException e) {
      out.println("quality: " + e.getMessage());
      return 1;
    }
    out.println(
        switch (options.mode()) {
          case LIVE ->
              "Solving "
                  + tasks.size()
                  + " tasks with "
                  + options.model()
                  + " at "
                  + options.baseUrl()
                  + ", "
                  + options.runs()
                  + " run(s).";
          case REPLAY ->
              "Replaying the recorded transcripts of scripted answers in "
                  + options.suite().resolve("replay")
                  + ": no model is called; "
                  + tasks.size()
                  + " tasks on the real sandbox.";
          case RECORD ->
              "Recording transcripts of the scripted answers in "
                  + options.suite().resolve("answers")
                  + ".";
        });
    DockerSandbox engine = DockerSandbox.connect(SandboxLimits.defaults());
    Map<String, List<SolveResult>> results = new LinkedHashMap<>();
    tasks.forEach(task -> results.put(task.name(), new ArrayList<>()));
    for (int run = 1; run <= options.runs(); run++) {
      ChatModel model = model(options, tasks);
      Path folder = Files.createDirectories(options.output().resolve("run-" + run));
      List<SpecResult> solved;
      try {
        solved =
            Batch.builder()
                .model(model)
                .sandboxes(engine::withLimits)
                .outputDirectory(folder)
                .parallel(options.parallel())
                .build()
                .solve(tasks, false);
      } catch (ConfigurationException e) {
        out.println("quality: " + e.getMessage());
        out.println("The suite's images are made by scripts/prepare-tests.sh.");
        return 1;
      }
      solved.forEach(result -> results.get(result.name()).add(result.result()));
    }
    List<Tally> tallies =
        results.entrySet().stream().map(e -> new Tally(e.getKey(), e.getValue())).toList();
    tallies.forEach(tally -> out.println(line(tally)));
    String model =
        switch (options.mode()) {
          case LIVE -> options.model();
          case REPLAY -> "replay of scripted answers";
          case RECORD -> "scripted answers";
        };
    out.println(summary(tallies, model, options.runs(), options.mode() == Mode.LIVE));
    out.println("Run folders: " + options.output());
    return switch (options.mode()) {
      case LIVE -> 0;
      case RECORD -> record(options.suite(), tallies, out);
      case REPLAY -> asRecorded(options.suite(), tallies, out);
    };
  }

  private static Options options(String[] args) {
    Mode mode = null;
    String baseUrl = null;
    String model = null;
    int runs = 1;
    int parallel = 2;
    Path suite = Path.of("bench", "quality");
    Path output = null;
    Path prompts = null;
    Iterator<String> arguments = List.of(args).iterator();
    while (arguments.hasNext()) {
      String argument = arguments.next();
      switch (argument) {
        case "--base-url" -> baseUrl = value(argument, arguments);
        case "--model" -> model = value(argument, arguments);
        case "--runs" -> runs = positive(argument, value(argument, arguments));
        case "--parallel" -> parallel = positive(argument, value(argument, arguments));
        case "--suite" -> suite = Path.of(value(argument, arguments));
        case "--output" -> output = Path.of(value(argument, arguments));
        case "--prompts" -> prompts = Path.of(value(argument, arguments));
        case "--replay" -> mode = Mode.REPLAY;
        case "--record" -> mode = Mode.RECORD;
        default -> throw new IllegalArgumentException("unknown argument " + argument + ".");
      }
    }
    if (mode == null) {
      mode = baseUrl == null ? Mode.REPLAY : Mode.LIVE;
    }
    if (mode == Mode.LIVE && model == null) {
      throw new IllegalArgumentException("--base-url needs --model, the model to ask.");
    }
    if (mode != Mode.LIVE && (baseUrl != null || model != null)) {
      throw new IllegalArgumentException(
          "--"
              + mode.name().toLowerCase(Locale.ROOT)
              + " calls no model: drop --base-url/--model.");
    }
    if (mode == Mode.RECORD && runs != 1) {
      throw new IllegalArgumentException("--record makes one transcript per task: drop --runs.");
    }
    try {
      output = output != null ? output : Files.createTempDirectory("azlon-quality-");
    } catch (IOException e) {
      throw new IllegalArgumentException("no folder for the runs: " + e.getMessage());
    }
    if (prompts != null && !Files.isDirectory(prompts)) {
      throw new IllegalArgumentException("--prompts " + prompts + " is not a folder.");
    }
    return new Options(
        mode, baseUrl, model, runs, parallel, suite.toAbsolutePath(), output, prompts);
  }

  private static String value(String argument, Iterator<String> arguments) {
    if (!arguments.hasNext()) {
      throw new IllegalArgumentException(argument + " needs a value.");
    }
    return arguments.next();
  }

  private static int positive(String argument, String value) {
    try {
      int number = Integer.parseInt(value);
      if (number > 0) {
        return number;
      }
    } catch (NumberFormatException e) {
      // said below
    }
    throw new IllegalArgumentException(argument + " takes a whole number above 0, not " + value);
  }

  /** The suite's spec files, read and checked as a batch reads them. */
  private static List<BatchTask> tasks(Options options) {
    Path folder = options.suite().resolve("tasks");
    List<SpecFile> files = SpecFolder.read(folder);
    String priced = options.mode() == Mode.LIVE ? options.model() : null;
    List<BatchTask> tasks = new ArrayList<>();
    TaskSettings defaults = TaskSettings.empty();
    if (options.prompts() != null) {
      for (Setting template :
          List.of(
              Setting.GENERATE_PROMPT_FILE, Setting.FIX_PROMPT_FILE, Setting.REVIEW_PROMPT_FILE)) {
        Path file = options.prompts().resolve(template.key().replace("PromptFile", "") + ".txt");
        if (Files.isRegularFile(file)) {
          defaults = defaults.with(template, file);
        }
      }
    }
    for (SpecFile file : files) {
      TaskSettings settings = defaults.withSpec(file);
      Layout layout =
          file.name().startsWith(GENERATE_SOURCES)
              ? new Layout(SourceRoot.MAIN, true)
              : Layout.NONE;
      tasks.add(
          new BatchTask(
              file.name(),
              settings.solveSpec(priced).withLayout(layout),
              settings.sandboxLimits()));
    }
    return tasks;
  }

  /** Who answers: the endpoint, or each task's transcript or script, told apart by its prompt. */
  private static ChatModel model(Options options, List<BatchTask> tasks) throws IOException {
    if (options.mode() == Mode.LIVE) {
      String key = System.getenv("OPENAI_API_KEY");
      return OpenAiModels.chatModel(options.baseUrl(), key, options.model(), Duration.ofMinutes(3));
    }
    Map<String, ChatModel> byPrompt = new LinkedHashMap<>();
    for (BatchTask task : tasks) {
      byPrompt.put(
          task.spec().prompt(),
          options.mode() == Mode.REPLAY
              ? ReplayChatModel.from(transcript(options.suite(), task.name()))
              : ScriptedModel.from(options.suite().resolve("answers").resolve(task.name())));
    }
    return new ByPrompt(byPrompt);
  }

  private static Path transcript(Path suite, String name) {
    return suite.resolve("replay").resolve(name + ".jsonl");
  }

  /** {@code name: solved s/K, accepted a/K, iterations X.X mean, tokens T, OUTCOME...}. */
  private static String line(Tally tally) {
    return tally.name()
        + ": "
        + counts(tally.runs())
        + ", "
        + String.join(" ", tally.runs().stream().map(run -> run.outcome().name()).toList());
  }

  private static String summary(List<Tally> tallies, String model, int runs, boolean paid) {
    List<SolveResult> all = tallies.stream().flatMap(tally -> tally.runs().stream()).toList();
    boolean priced = all.stream().allMatch(run -> run.usage().costUsd().isPresent());
    BigDecimal cost =
        all.stream()
            .map(run -> run.usage().costUsd().orElse(BigDecimal.ZERO))
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    return String.format(
        Locale.ROOT,
        "quality: %s, cost $%s (model %s, %d runs)",
        counts(all),
        !paid ? "0.00" : priced ? Meter.dollars(cost) : "unknown",
        model,
        runs);
  }

  /** {@code solved N/M, accepted N/M, iterations X.X mean, tokens T} of these runs. */
  private static String counts(List<SolveResult> runs) {
    return String.format(
        Locale.ROOT,
        "solved %d/%d, accepted %d/%d, iterations %.1f mean, tokens %d",
        runs.stream().filter(QualityBench::metVisible).count(),
        runs.size(),
        runs.stream().filter(SolveResult::solved).count(),
        runs.size(),
        runs.stream().mapToInt(SolveResult::iterations).average().orElse(0),
        runs.stream().mapToLong(SolveResult::tokens).sum());
  }

  /** Whether a run met what the model was shown: solved, whatever the held-out checks said. */
  private static boolean metVisible(SolveResult run) {
    return run.outcome() == Outcome.SOLVED || run.outcome() == Outcome.ACCEPTANCE_FAILED;
  }

  /** Keeps each task's transcript and how it ended, for the replay. */
  private static int record(Path suite, List<Tally> tallies, PrintStream out) throws IOException {
    Path replay = Files.createDirectories(suite.resolve("replay"));
    ObjectNode outcomes = JSON.createObjectNode();
    for (Tally tally : tallies) {
      SolveResult run = tally.runs().get(0);
      Files.copy(
          run.transcript(), transcript(suite, tally.name()), StandardCopyOption.REPLACE_EXISTING);
      outcomes
          .putObject(tally.name())
          .put("outcome", run.outcome().name())
          .put("iterations", run.iterations());
    }
    Files.writeString(
        replay.resolve(OUTCOMES),
        JSON.writerWithDefaultPrettyPrinter().writeValueAsString(outcomes));
    out.println("Recorded " + tallies.size() + " transcripts in " + replay + ".");
    return 0;
  }

  /** Whether every replayed task ended as it did when it was recorded. */
  private static int asRecorded(Path suite, List<Tally> tallies, PrintStream out)
      throws IOException {
    JsonNode recorded = JSON.readTree(suite.resolve("replay").resolve(OUTCOMES).toFile());
    List<String> differ = new ArrayList<>();
    for (Tally tally : tallies) {
      JsonNode expected = recorded.path(tally.name());
      for (SolveResult run : tally.runs()) {
        if (!run.outcome().name().equals(expected.path("outcome").asText())
            || run.iterations() != expected.path("iterations").asInt()) {
          differ.add(
              tally.name()
                  + " ended "
                  + run.outcome()
                  + " after "
                  + run.iterations()
                  + ", recorded "
                  + expected.path("outcome").asText("nothing")
                  + " after "
                  + expected.path("iterations").asInt()
                  + ": "
                  + run.detail());
        }
      }
    }
    if (!differ.isEmpty()) {
      out.println("The replay did not end as recorded:\n  " + String.join("\n  ", differ));
      return 1;
    }
    return 0;
  }

  /** Sends each request to the model of the task whose prompt it carries. */
  private static final class ByPrompt implements ChatModel {
    private final Map<String, ChatModel> models;

    ByPrompt(Map<String, ChatModel> models) {
      this.models = models;
    }

    @Override
    public ChatResponse doChat(ChatRequest request) {
      String text = String.join("\n", ScriptedModel.texts(request));
      List<ChatModel> asked =
          models.entrySet().stream()
              .filter(entry -> text.contains(entry.getKey()))
              .map(Map.Entry::getValue)
              .toList();
      if (asked.size() != 1) {
        throw new IllegalStateException(
            "A request carries the prompt of " + asked.size() + " tasks, not one.");
      }
      return asked.get(0).chat(request);
    }
  }
}
