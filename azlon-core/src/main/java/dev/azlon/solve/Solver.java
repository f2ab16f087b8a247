package dev.azlon.solve;

import dev.azlon.ConfigurationException;
import dev.azlon.Redactor;
import dev.azlon.Setting;
import dev.azlon.budget.Meter;
import dev.azlon.event.SolveEvent;
import dev.azlon.event.SolveListener;
import dev.azlon.generate.ChatSettings;
import dev.azlon.generate.Transcript;
import dev.azlon.loop.SolveRun;
import dev.azlon.model.ResumingChatModel;
import dev.azlon.model.RetryPolicy;
import dev.azlon.run.RunFolders;
import dev.azlon.run.RunIds;
import dev.azlon.sandbox.Sandbox;
import dev.azlon.workspace.InputFiles;
import dev.langchain4j.model.chat.ChatModel;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

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
  private final Redactor redactor;

  private Solver(Builder builder) {
    this.model = Objects.requireNonNull(builder.model, "model");
    this.sandbox = Objects.requireNonNull(builder.sandbox, "sandbox");
    this.outputDirectory = Objects.requireNonNull(builder.outputDirectory, "outputDirectory");
    this.redactor = builder.redactor;
    this.listener = redacting(builder.listener, builder.redactor);
    this.clock = builder.clock;
    this.retry = builder.retry;
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Solves one spec. Once the run has begun, every ending is a result, failures included: not being
   * solved is {@link Outcome#UNSOLVED}, a model that cannot be reached {@link
   * Outcome#MODEL_UNAVAILABLE}, and so on, each with its state and reports in the run folder.
   *
   * @throws dev.azlon.ConfigurationException before anything starts, when a base image the spec
   *     names is neither on the engine nor pullable, or the starting files cannot be used
   */
  public SolveResult solve(SolveSpec spec) {
    checkBeforeStart(spec);
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
    checkBeforeStart(spec);
    Path runDirectory = RunFolders.resumable(outputDirectory, runId);
    RunFolders.checkSameTask(runDirectory, spec.task().fingerprint());
    ChatModel resuming =
        ResumingChatModel.from(runDirectory.resolve(Transcript.FILE_NAME), model, listener);
    RunFolders.deleteWorkspace(runDirectory);
    listener.on(
        new SolveEvent.Message(
            SolveEvent.Level.INFO,
            "Resuming run "
                + runDirectory.getFileName()
                + "; recorded answers are served again, not paid twice."));
    return run(spec, resuming, runDirectory);
  }

  /**
   * Continues, in a new run folder, a run that began elsewhere: the answers it recorded (as {@link
   * SolveEvent.AnswerRecorded} gave them, in order) are served again, so none is paid for twice;
   * builds and runs are repeated here. With no answers, this is {@link #solve}.
   *
   * @throws IllegalArgumentException when an answer is not one a transcript recorded
   */
  public SolveResult resumeFrom(SolveSpec spec, List<String> answers) {
    checkBeforeStart(spec);
    Path runDirectory = RunIds.createRunDirectory(outputDirectory, clock);
    Path transcript = runDirectory.resolve(Transcript.FILE_NAME);
    new Transcript(transcript, redactor).seed(answers);
    if (!answers.isEmpty()) {
      listener.on(
          new SolveEvent.Message(
              SolveEvent.Level.INFO,
              "Continuing a run from "
                  + answers.size()
                  + (answers.size() == 1 ? " recorded answer" : " recorded answers")
                  + "; they are served again, not paid twice."));
    }
    return run(spec, ResumingChatModel.from(transcript, model, listener), runDirectory);
  }

  /** The latest run in the output directory that has not finished, if any: what resume takes. */
  public Optional<String> unfinishedRun() {
    return RunFolders.latestUnfinished(outputDirectory).map(run -> run.getFileName().toString());
  }

  /**
   * Checks what can be checked without a model call (base images, starting files), so a mistake
   * costs no tokens; {@link #solve} and {@link #resume} do so too.
   *
   * @throws dev.azlon.ConfigurationException naming the setting at fault
   */
  public void checkBeforeStart(SolveSpec spec) {
    Set<String> images = new LinkedHashSet<>();
    images.add(spec.baseImage());
    spec.allowedBaseImages().stream().filter(image -> !image.contains("*")).forEach(images::add);
    Map<String, String> missing = sandbox.missingImages(images);
    if (!missing.isEmpty()) {
      StringBuilder message =
          new StringBuilder(
              "These base images are not on the Docker engine"
                  + " and cannot be pulled, so no candidate could be built:");
      missing.forEach(
          (image, why) -> message.append(' ').append(image).append(" (").append(why).append(");"));
      message.setLength(message.length() - 1);
      message.append(
          ". Pull them (docker pull IMAGE), make them locally (on Debian,"
              + " scripts/ensure-docker.sh IMAGE from the Azlon repository makes a Python one), or"
              + " name images the engine has. No model was called.");
      throw new ConfigurationException(Setting.BASE_IMAGE, message.toString());
    }
    if (spec.inputDirectory() != null) {
      List<String> problems =
          InputFiles.scan(spec.inputDirectory(), spec.inputExcludes()).problems();
      if (!problems.isEmpty()) {
        throw new ConfigurationException(
            Setting.INPUT_DIRECTORY,
            "The starting files in "
                + spec.inputDirectory()
                + " cannot be used: "
                + String.join("; ", problems)
                + ". Rename or remove those files, or leave them out with inputExcludes."
                + " Nothing was copied and no model was called.");
      }
    }
  }

  private SolveResult run(SolveSpec spec, ChatModel chatModel, Path runDirectory) {
    Meter meter = new Meter(spec.budget(), clock);
    ChatSettings chat =
        new ChatSettings(
            new Transcript(runDirectory.resolve(Transcript.FILE_NAME), redactor),
            meter,
            retry,
            listener,
            redactor);
    return new SolveRun(spec, chatModel, chat, sandbox, runDirectory, clock).solve();
  }

  /** Passes every message through the redactor; the other events carry no outside text. */
  private static SolveListener redacting(SolveListener listener, Redactor redactor) {
    return event ->
        listener.on(
            event instanceof SolveEvent.Message message
                ? new SolveEvent.Message(message.level(), redactor.redact(message.text()))
                : event);
  }

  /** Builds a {@link Solver}; the model, the sandbox and the output directory are required. */
  public static final class Builder {
    private ChatModel model;
    private Sandbox sandbox;
    private Path outputDirectory;
    private SolveListener listener = SolveListener.NONE;
    private Clock clock = Clock.systemUTC();
    private RetryPolicy retry = RetryPolicy.defaults();
    private Redactor redactor = Redactor.patternsOnly();

    private Builder() {}

    /**
     * The secrets to keep out of everything the solve writes or says (the API key in use, at
     * least); key-shaped text is redacted in any case.
     */
    public Builder redactor(Redactor redactor) {
      this.redactor = Objects.requireNonNull(redactor, "redactor");
      return this;
    }

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
