package dev.azlon.loop;

import dev.azlon.ConfigurationException;
import dev.azlon.InfrastructureException;
import dev.azlon.Setting;
import dev.azlon.budget.BudgetExceededException;
import dev.azlon.budget.Usage;
import dev.azlon.event.SolveEvent;
import dev.azlon.event.SolveListener;
import dev.azlon.generate.Brief;
import dev.azlon.generate.ChatSettings;
import dev.azlon.generate.Coder;
import dev.azlon.generate.InvalidAnswerException;
import dev.azlon.generate.Project;
import dev.azlon.generate.Proposal;
import dev.azlon.run.RunHistory;
import dev.azlon.run.RunRecord;
import dev.azlon.run.RunRecorder;
import dev.azlon.sandbox.CandidateRun;
import dev.azlon.sandbox.DockerfilePolicy;
import dev.azlon.sandbox.Quantities;
import dev.azlon.sandbox.Sandbox;
import dev.azlon.sandbox.SandboxSession;
import dev.azlon.solve.Outcome;
import dev.azlon.solve.SolveResult;
import dev.azlon.solve.SolveSpec;
import dev.azlon.verdict.CheckResult;
import dev.azlon.verdict.Checks;
import dev.azlon.verdict.Verdict;
import dev.azlon.workspace.FileChanges;
import dev.azlon.workspace.InputFiles;
import dev.azlon.workspace.Workspace;
import dev.langchain4j.model.chat.ChatModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** One solve: the state of the loop from the first prompt to the last verdict. */
public final class SolveRun {

  /** What the first prompt says about starting files that were not copied. */
  private String inputNotes = "";

  private final SolveSpec spec;
  private final ChatSettings chat;
  private final Coder coder;
  private final Sandbox sandbox;
  private final Path runDirectory;
  private final SolveListener listener;
  private final Workspace workspace;
  private final Brief task;
  private final DockerfilePolicy dockerfilePolicy;
  private final IterationJudge judge;

  private final RunRecord record;
  private FileChanges pending;
  private CandidateRun lastRun;
  private Verdict lastVerdict;
  private final RepeatedFailures repeats = new RepeatedFailures();
  private RunHistory history;
  private CandidateRun runThisIteration;

  /** The judge's answer in this iteration, for the reports; null when it was not asked. */
  private String judgeAnswerThisIteration;

  private int iteration;

  public SolveRun(
      SolveSpec spec,
      ChatModel model,
      ChatSettings chat,
      Sandbox sandbox,
      Path runDirectory,
      Clock clock) {
    this.spec = spec;
    this.chat = chat;
    this.sandbox = sandbox;
    this.runDirectory = runDirectory;
    this.listener = chat.listener();
    this.workspace = new Workspace(runDirectory.resolve("workspace"));
    this.dockerfilePolicy = DockerfilePolicy.allowing(spec.allowedBaseImages());
    this.coder = new Coder(model, chat, this::problems, spec.prompts(), spec.contextTokens());
    String rules = sandbox.rules(spec.baseImage());
    this.task =
        new Brief(
            spec.prompt(),
            spec.testConditions(),
            spec.baseImage(),
            rules,
            spec.checks().effective(),
            spec.layout().instructions());
    this.judge = new IterationJudge(spec, coder, task);
    this.record =
        new RunRecord(
            runDirectory,
            new RunRecorder(spec, rules, coder.promptHashes(), clock),
            chat.redactor(),
            listener,
            () -> chat.meter().usage(),
            this::finalFiles);
  }

  /**
   * Runs the solve to its end, whatever the end is: a verdict, or a failure that stopped it. Either
   * way the run's state and reports are written, and the result says how it ended.
   */
  public SolveResult solve() {
    try {
      record.start(spec.task().fingerprint());
      createWorkspace();
      return loop();
    } catch (RuntimeException e) {
      return stopped(e);
    }
  }

  private SolveResult loop() {
    String runId = runDirectory.getFileName().toString();
    try (RunHistory history = RunHistory.init(workspace.root(), chat.redactor());
        SandboxSession session = sandbox.open(runId)) {
      this.history = history;
      Project start = startingPoint(session);
      for (iteration = 1; iteration <= spec.maxIterations(); iteration++) {
        listener.on(new SolveEvent.IterationStarted(iteration, spec.maxIterations()));
        record.recorder().iterationStarted();
        runThisIteration = null;
        judgeAnswerThisIteration = null;
        Usage before = chat.meter().usage();
        try {
          lastVerdict = iterate(iteration, session, start);
        } catch (BudgetExceededException e) {
          String detail = "Stopped in iteration " + iteration + ": " + e.getMessage() + ".";
          RunHistory.Commit commit =
              history.commit("iteration " + iteration + ": budget exceeded\n\n" + detail + "\n");
          recordIteration(iteration, Verdict.failed(detail), commit, before);
          return result(Outcome.BUDGET_EXCEEDED, iteration, detail);
        }
        RunHistory.Commit commit = history.commit(commitMessage(iteration, lastVerdict));
        history.tag("iteration-" + iteration);
        phase(iteration, "judged");
        Usage spent = recordIteration(iteration, lastVerdict, commit, before);
        listener.on(new SolveEvent.VerdictReached(iteration, lastVerdict, spent));
        if (lastVerdict.solved()) {
          return accepted(session, iteration, "Solved: " + lastVerdict.reason());
        }
        if (repeats.count(lastVerdict, runThisIteration) >= spec.maxRepeatedFailures()) {
          return result(
              Outcome.STUCK,
              iteration,
              "Stuck: the same failure "
                  + repeats.inARow()
                  + " times in a row (maxRepeatedFailures): "
                  + lastVerdict.reason());
        }
      }
      return result(
          Outcome.UNSOLVED,
          spec.maxIterations(),
          "Not solved; the last verdict: " + lastVerdict.reason());
    }
  }

  /**
   * Ends a solved run: with the held-out acceptance checks, if any, run against the final image in
   * fresh containers. Their text and results reach the log and the reports, never the model, the
   * transcript, the history or the workspace.
   */
  private SolveResult accepted(SandboxSession session, int iteration, String solved) {
    Checks acceptance = spec.acceptance();
    if (acceptance.isEmpty()) {
      return result(Outcome.SOLVED, iteration, solved);
    }
    List<CheckResult> results = acceptance.accept(session::runAgain, session::runCommand);
    record.recorder().acceptance(results);
    List<CheckResult> failed = results.stream().filter(r -> !r.passed()).toList();
    results.forEach(
        r ->
            listener.on(
                new SolveEvent.Message(
                    r.passed() ? SolveEvent.Level.INFO : SolveEvent.Level.WARN,
                    "Acceptance: " + r.describe())));
    String all =
        Quantities.count(results.size(), "held-out acceptance check", "held-out acceptance checks");
    if (failed.isEmpty()) {
      return result(Outcome.SOLVED, iteration, solved + " " + all + " passed.");
    }
    return result(
        Outcome.ACCEPTANCE_FAILED,
        iteration,
        "The visible checks passed in iteration "
            + iteration
            + ", but "
            + failed.size()
            + " of "
            + all
            + " failed: "
            + failed.stream().map(CheckResult::describe).collect(Collectors.joining("; "))
            + ".");
  }

  /**
   * Ends a run that a failure stopped. Nothing of it is shown to the model, and the iteration it
   * interrupted does not count: a resume repeats it.
   */
  private SolveResult stopped(RuntimeException failure) {
    Outcome outcome = Outcome.of(failure);
    String detail =
        outcome.describe(
            failure, iteration == 0 ? "before the first iteration" : "in iteration " + iteration);
    return result(outcome, Math.max(0, iteration - 1), detail, failure);
  }

  /**
   * Starts the workspace from the user's files, if any, and builds and runs them once before the
   * first model call, so the model fixes or extends what is there instead of starting over.
   */
  private Project startingPoint(SandboxSession session) {
    if (spec.inputDirectory() == null) {
      return Project.empty();
    }
    InputFiles input = InputFiles.scan(spec.inputDirectory(), spec.inputExcludes());
    List<String> problems = workspace.copyFrom(input);
    if (!problems.isEmpty()) {
      throw new ConfigurationException(
          Setting.INPUT_DIRECTORY,
          "The starting files in "
              + spec.inputDirectory()
              + " cannot be used: "
              + String.join("; ", problems)
              + ". Rename or remove those files, or leave them out with inputExcludes.");
    }
    if (!input.skipped().isEmpty()) {
      inputNotes = input.skippedText();
      listener.on(
          new SolveEvent.Message(
              SolveEvent.Level.WARN,
              "Not copied from the starting files (the model is told):\n" + inputNotes));
    }
    if (workspace.read(FileChanges.DOCKERFILE).isEmpty()) {
      workspace.apply(new FileChanges(spec.defaultDockerfile(), List.of()));
    }
    history.commit("input\n\nThe starting files from " + spec.inputDirectory() + ".\n");
    history.tag("input");
    lastRun = session.buildAndRun(workspace.root(), 0);
    record.recorder().preflight(input.names().size(), lastRun);
    phase(0, "preflight");
    listener.on(
        new SolveEvent.Message(
            SolveEvent.Level.INFO,
            String.format(
                Locale.ROOT,
                "Pre-flight, the starting files as they are (%d files, build %.1f s, run %.1f s):"
                    + " %s.",
                input.names().size(),
                lastRun.buildTime().toMillis() / 1000.0,
                lastRun.runTime().toMillis() / 1000.0,
                lastRun.describe())));
    return project();
  }

  private Project project() {
    Workspace.Snapshot files = workspace.snapshot();
    return new Project(
        files.text(),
        files.binarySizes(),
        lastRun,
        history.lastChange(),
        history.edited(),
        inputNotes);
  }

  /** Records the iteration for the reports; returns the tokens it used. */
  private Usage recordIteration(
      int iteration, Verdict verdict, RunHistory.Commit commit, Usage before) {
    Usage spent = chat.meter().spentSince(before);
    record
        .recorder()
        .iterationEnded(
            iteration,
            verdict,
            runThisIteration,
            judgeAnswerThisIteration,
            commit.id(),
            commit.diff(),
            spent);
    return spent;
  }

  private void phase(int iteration, String phase) {
    record.phase(iteration, phase);
  }

  private Verdict iterate(int iteration, SandboxSession session, Project start) {
    FileChanges changes;
    try {
      changes = nextChanges(iteration, start);
    } catch (InvalidAnswerException e) {
      return rejected("Your answer could not be used: " + e.getMessage());
    }
    phase(iteration, "prompted");
    List<String> problems = workspace.apply(changes);
    if (!problems.isEmpty()) {
      return rejected("Nothing was written, because: " + String.join("; ", problems) + ".");
    }
    problems = dockerfilePolicy.problems(workspace.read(FileChanges.DOCKERFILE).orElse(""));
    if (!problems.isEmpty()) {
      return rejected(
          "The Dockerfile was refused and nothing was built: " + String.join("; ", problems) + ".");
    }
    phase(iteration, "written");
    history.stage();
    listener.on(new SolveEvent.CandidateReceived(iteration, changes.allFiles().size()));

    CandidateRun run = session.buildAndRun(workspace.root(), iteration);
    lastRun = run;
    runThisIteration = run;
    phase(iteration, "built");
    listener.on(new SolveEvent.BuildFinished(iteration, run.built(), run.buildTime()));
    if (run.built()) {
      phase(iteration, "ran");
      listener.on(new SolveEvent.RunFinished(iteration, run.exitCode(), run.runTime()));
    }
    IterationJudge.Judged judged = judge.judge(project(), session, repeats.note());
    judgeAnswerThisIteration = judged.judgeAnswer();
    pending = judged.fixes();
    return judged.verdict();
  }

  private FileChanges nextChanges(int iteration, Project start) throws InvalidAnswerException {
    if (iteration > 1 && pending != null && !pending.isEmpty()) {
      FileChanges reviewed = pending;
      pending = null;
      return reviewed;
    }
    Proposal proposal =
        iteration == 1
            ? coder.generate(task, start)
            : coder.fix(task, project(), lastVerdict, repeats.note());
    return proposal.changes();
  }

  /** What would stop proposed files from being written or built; the model may try once more. */
  private List<String> problems(FileChanges changes) {
    List<String> problems = new ArrayList<>(workspace.problems(changes));
    if (changes.dockerfile() != null) {
      problems.addAll(dockerfilePolicy.problems(changes.dockerfile()));
    }
    return problems;
  }

  private Verdict rejected(String reason) {
    pending = null;
    return Verdict.failed(reason);
  }

  private static String commitMessage(int iteration, Verdict verdict) {
    StringBuilder message =
        new StringBuilder("iteration ")
            .append(iteration)
            .append(": ")
            .append(verdict.solved() ? "solved" : "not solved")
            .append("\n\n")
            .append(verdict.reason())
            .append('\n');
    if (!verdict.checks().isEmpty()) {
      message.append('\n');
      verdict.checks().forEach(r -> message.append(r.describe()).append('\n'));
    }
    return message.toString();
  }

  private SolveResult result(Outcome outcome, int iterations, String detail) {
    return result(outcome, iterations, detail, null);
  }

  private SolveResult result(
      Outcome outcome, int iterations, String detail, RuntimeException cause) {
    String model = chat.meter().answeredBy();
    Duration duration = record.end(outcome, detail, model);
    List<String> files;
    try {
      files = workspace.files();
    } catch (RuntimeException unreadable) {
      files = List.of();
    }
    return new SolveResult(
        outcome,
        iterations,
        files,
        runDirectory,
        workspace.root(),
        chat.meter().usage(),
        chat.redactor().redact(detail),
        duration,
        model,
        cause);
  }

  /** The final files for the reports; none when the workspace cannot be read. */
  private Map<String, String> finalFiles() {
    try {
      return workspace.read();
    } catch (RuntimeException unreadable) {
      return Map.of();
    }
  }

  private void createWorkspace() {
    try {
      Files.createDirectories(workspace.root());
    } catch (IOException e) {
      throw new InfrastructureException(
          "Could not create the workspace " + workspace.root() + ": " + e.getMessage(), e);
    }
  }
}
