package dev.azlon.solve;

import dev.azlon.event.SolveEvent;
import dev.azlon.event.SolveListener;
import dev.azlon.generate.Coder;
import dev.azlon.generate.InvalidAnswerException;
import dev.azlon.generate.Proposal;
import dev.azlon.generate.Review;
import dev.azlon.generate.Task;
import dev.azlon.generate.Transcript;
import dev.azlon.history.GitHistory;
import dev.azlon.sandbox.CandidateRun;
import dev.azlon.sandbox.DockerfilePolicy;
import dev.azlon.sandbox.Sandbox;
import dev.azlon.sandbox.SandboxSession;
import dev.azlon.workspace.FileChanges;
import dev.azlon.workspace.Workspace;
import dev.langchain4j.model.chat.ChatModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** One solve: the state of the loop from the first prompt to the verdict. */
final class SolveRun {

  private final SolveSpec spec;
  private final Coder coder;
  private final Sandbox sandbox;
  private final Path runDirectory;
  private final SolveListener listener;
  private final Workspace workspace;
  private final Task task;
  private final DockerfilePolicy dockerfilePolicy;

  private long tokens;
  private FileChanges pending;
  private CandidateRun lastRun;
  private String lastVerdict;

  SolveRun(SolveSpec spec, ChatModel model, Sandbox sandbox, Path runDirectory,
      SolveListener listener) {
    this.spec = spec;
    this.coder = new Coder(model, new Transcript(runDirectory.resolve(Transcript.FILE_NAME)));
    this.sandbox = sandbox;
    this.runDirectory = runDirectory;
    this.listener = listener;
    this.workspace = new Workspace(runDirectory.resolve("workspace"));
    this.dockerfilePolicy = DockerfilePolicy.allowing(spec.allowedBaseImages());
    this.task = new Task(spec.prompt(), spec.testConditions(), spec.baseImage(), sandbox.rules());
  }

  SolveResult solve() {
    createWorkspace();
    String runId = runDirectory.getFileName().toString();
    try (GitHistory history = GitHistory.init(workspace.root());
        SandboxSession session = sandbox.open(runId)) {
      for (int iteration = 1; iteration <= spec.maxIterations(); iteration++) {
        listener.on(new SolveEvent.IterationStarted(iteration, spec.maxIterations()));
        long before = tokens;
        boolean solved = iterate(iteration, session);
        history.commit(
            "iteration " + iteration + ": " + (solved ? "solved" : "not solved")
                + "\n\n" + lastVerdict + "\n");
        listener.on(
            new SolveEvent.VerdictReached(iteration, solved, lastVerdict, tokens - before));
        if (solved) {
          return result(Outcome.SOLVED, iteration);
        }
      }
      return result(Outcome.UNSOLVED, spec.maxIterations());
    }
  }

  /** Runs one iteration; leaves its reason in {@link #lastVerdict}. */
  private boolean iterate(int iteration, SandboxSession session) {
    FileChanges changes;
    try {
      changes = nextChanges(iteration);
    } catch (InvalidAnswerException e) {
      tokens += e.tokens();
      return rejected("Your answer could not be used: " + e.getMessage());
    }
    List<String> problems = workspace.apply(changes);
    if (!problems.isEmpty()) {
      return rejected("Nothing was written, because: " + String.join("; ", problems) + ".");
    }
    problems = dockerfilePolicy.problems(
        workspace.read(FileChanges.DOCKERFILE).orElse(""));
    if (!problems.isEmpty()) {
      return rejected("The Dockerfile was refused and nothing was built: "
          + String.join("; ", problems) + ".");
    }
    listener.on(new SolveEvent.CandidateReceived(iteration, changes.allFiles().size()));

    CandidateRun run = session.buildAndRun(workspace.root(), iteration);
    lastRun = run;
    listener.on(new SolveEvent.BuildFinished(iteration, run.built(), run.buildTime()));
    if (run.built()) {
      listener.on(new SolveEvent.RunFinished(iteration, run.exitCode(), run.runTime()));
    }
    return judge(run);
  }

  private FileChanges nextChanges(int iteration) throws InvalidAnswerException {
    Proposal proposal;
    if (iteration == 1) {
      proposal = coder.generate(task);
    } else if (pending != null && !pending.isEmpty()) {
      FileChanges reviewed = pending;
      pending = null;
      return reviewed;
    } else {
      proposal = coder.fix(task, workspace.read(), lastRun, lastVerdict);
    }
    tokens += proposal.tokens();
    return proposal.changes();
  }

  /** The model judges; the run's own exit status can veto a "solved", never the other way. */
  private boolean judge(CandidateRun run) {
    Review review;
    try {
      review = coder.review(task, workspace.read(), run);
    } catch (InvalidAnswerException e) {
      tokens += e.tokens();
      return rejected("Your review could not be used: " + e.getMessage());
    }
    tokens += review.tokens();
    pending = review.changes();
    if (review.result() && !run.succeeded()) {
      lastVerdict = "Judged solved, but " + run.describe() + "; it must exit with code 0.";
      return false;
    }
    lastVerdict = review.reason().isBlank()
        ? (review.result() ? "The output meets the test conditions." : "No reason given.")
        : review.reason();
    return review.result();
  }

  private boolean rejected(String reason) {
    pending = null;
    lastVerdict = reason;
    return false;
  }

  private SolveResult result(Outcome outcome, int iterations) {
    return new SolveResult(
        outcome, iterations, workspace.files(), runDirectory, workspace.root(), tokens);
  }

  private void createWorkspace() {
    try {
      Files.createDirectories(workspace.root());
    } catch (IOException e) {
      throw new UncheckedIOException("Could not create the workspace " + workspace.root(), e);
    }
  }
}
