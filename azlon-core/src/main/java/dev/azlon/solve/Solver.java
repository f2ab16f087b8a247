package dev.azlon.solve;

import dev.azlon.budget.Meter;
import dev.azlon.event.SolveEvent;
import dev.azlon.event.SolveListener;
import dev.azlon.generate.ChatSettings;
import dev.azlon.generate.ResumingChatModel;
import dev.azlon.generate.RetryPolicy;
import dev.azlon.generate.Transcript;
import dev.azlon.sandbox.Sandbox;
import dev.langchain4j.model.chat.ChatModel;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;

/**
 * Solves {@link SolveSpec}s: asks the model for a project, builds and runs it in the sandbox, has
 * the model judge the output, and iterates. Built once, it solves any number of specs, one at a
 * time per thread; each solve gets its own run folder under the output directory.
 */
public final class Solver {

  private final ChatModel model;
  private final Sandbox sandbox;
  private final Path outputDirectory;
  private final SolveListener listener;
  private final Clock clock;
  private final RetryPolicy retry;

  private Solver(Builder builder) {
    this.model = Objects.requireNonNull(builder.model, "model");
    this.sandbox = Objects.requireNonNull(builder.sandbox, "sandbox");
    this.outputDirectory = Objects.requireNonNull(builder.outputDirectory, "outputDirectory");
    this.listener = builder.listener;
    this.clock = builder.clock;
    this.retry = builder.retry;
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Solves one spec. Not being solved is a result ({@link Outcome#UNSOLVED}), not an exception.
   *
   * @throws dev.azlon.AzlonException when the solve cannot go on: the model or the sandbox failed
   */
  public SolveResult solve(SolveSpec spec) {
    return run(spec, model, RunIds.createRunDirectory(outputDirectory, clock));
  }

  /**
   * Continues an unfinished run (interrupted, stopped by its budget or by a Docker failure). The
   * answers its transcript holds are served again, so no completed model call is paid for twice;
   * builds and runs are repeated and the workspace and history rebuilt from them.
   *
   * @param runId the run to continue, or null for the latest unfinished one
   * @throws dev.azlon.ConfigurationException when there is no such run, it has finished, or it was
   *     started for a different task
   */
  public SolveResult resume(SolveSpec spec, String runId) {
    Path runDirectory = RunFolders.resumable(outputDirectory, runId);
    RunFolders.checkSameTask(runDirectory, SpecFingerprint.of(spec));
    ChatModel resuming = ResumingChatModel.from(
        runDirectory.resolve(Transcript.FILE_NAME), model, listener);
    RunFolders.deleteWorkspace(runDirectory);
    listener.on(new SolveEvent.Message(SolveEvent.Level.INFO, "Resuming run "
        + runDirectory.getFileName() + "; recorded answers are served again, not paid twice."));
    return run(spec, resuming, runDirectory);
  }

  private SolveResult run(SolveSpec spec, ChatModel chatModel, Path runDirectory) {
    Meter meter = new Meter(spec.budget(), clock);
    ChatSettings chat = new ChatSettings(
        new Transcript(runDirectory.resolve(Transcript.FILE_NAME)), meter, retry, listener);
    return new SolveRun(spec, chatModel, chat, sandbox, runDirectory, clock).solve();
  }

  /** Builds a {@link Solver}; the model, the sandbox and the output directory are required. */
  public static final class Builder {
    private ChatModel model;
    private Sandbox sandbox;
    private Path outputDirectory;
    private SolveListener listener = SolveListener.NONE;
    private Clock clock = Clock.systemUTC();
    private RetryPolicy retry = RetryPolicy.defaults();

    private Builder() {}

    public Builder model(ChatModel model) {
      this.model = model;
      return this;
    }

    public Builder sandbox(Sandbox sandbox) {
      this.sandbox = sandbox;
      return this;
    }

    public Builder outputDirectory(Path outputDirectory) {
      this.outputDirectory = outputDirectory;
      return this;
    }

    public Builder listener(SolveListener listener) {
      this.listener = Objects.requireNonNull(listener, "listener");
      return this;
    }

    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** How failed model calls are retried; {@link RetryPolicy#defaults()} unless set. */
    public Builder retryPolicy(RetryPolicy retry) {
      this.retry = Objects.requireNonNull(retry, "retry");
      return this;
    }

    public Solver build() {
      return new Solver(this);
    }
  }
}
