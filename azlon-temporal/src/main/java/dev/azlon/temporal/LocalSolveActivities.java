package dev.azlon.temporal;

import dev.azlon.ConfigurationException;
import dev.azlon.Redactor;
import dev.azlon.event.SolveListener;
import dev.azlon.sandbox.SandboxLimits;
import dev.azlon.solve.Outcome;
import dev.azlon.solve.SolveResult;
import dev.azlon.solve.SolveSpec;
import dev.azlon.solve.Solver;
import io.temporal.activity.Activity;
import io.temporal.activity.ActivityExecutionContext;
import io.temporal.activity.ActivityInfo;
import io.temporal.client.ActivityCompletionException;
import io.temporal.client.WorkflowClient;
import io.temporal.failure.ApplicationFailure;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Solves on this worker's host: today's {@link Solver}, its Docker engine, a folder of its own.
 * Heartbeats a {@link Checkpoint} from a side thread (a model call can take minutes); a retry, on
 * any worker, continues from the last one through {@link Solver#resumeFrom}. A cancellation or a
 * worker shutting down reaches the solve as an interruption, which it records before it ends.
 */
public final class LocalSolveActivities implements SolveActivities {

  private static final Logger LOG = LoggerFactory.getLogger(LocalSolveActivities.class);

  /**
   * Makes the solver one solve runs with: this worker's model and Docker engine, with the spec's
   * limits, in the given folder.
   */
  @FunctionalInterface
  public interface Solvers {
    Solver create(Path outputDirectory, SolveListener listener, SandboxLimits limits);
  }

  private final Solvers solvers;
  private final Path workFolder;
  private final WorkflowClient client;
  private final Duration heartbeatEvery;
  private final String worker;
  private final Redactor redactor;

  /**
   * @param workFolder where each solve gets a folder of its own (by workflow and attempt)
   * @param client reaches the workflows, to report progress
   * @param heartbeatEvery how often a solve heartbeats; well under the request's heartbeat timeout
   * @param worker this worker's name, in reports
   * @param redactor the worker's key and key-shaped text, kept out of every progress signal,
   *     checkpoint, result and failure the engine records
   */
  public LocalSolveActivities(
      Solvers solvers,
      Path workFolder,
      WorkflowClient client,
      Duration heartbeatEvery,
      String worker,
      Redactor redactor) {
    this.redactor = redactor;
    this.solvers = solvers;
    this.workFolder = workFolder;
    this.client = client;
    this.heartbeatEvery = heartbeatEvery;
    this.worker = worker;
  }

  @Override
  public SolveReport solve(SolveRequest request) {
    ActivityExecutionContext context = Activity.getExecutionContext();
    ActivityInfo info = context.getInfo();
    Checkpoint start = context.getHeartbeatDetails(Checkpoint.class).orElse(Checkpoint.empty());
    Path folder =
        workFolder
            .resolve(info.getWorkflowId().replaceAll("[^\\w.-]", "_"))
            .resolve("attempt-" + info.getAttempt());
    LOG.info(
        "[{}] solving, attempt {}{}",
        info.getWorkflowId(),
        info.getAttempt(),
        start.answers().isEmpty() ? "" : ", from " + start.answers().size() + " recorded answers");
    Path input = unpack(request, folder);
    Tracker tracker = new Tracker(start, info.getAttempt(), info.getWorkflowId(), client, redactor);
    Thread solving = Thread.currentThread();
    AtomicReference<ActivityCompletionException> ended = new AtomicReference<>();
    ScheduledExecutorService heartbeats =
        Executors.newSingleThreadScheduledExecutor(
            runnable -> {
              Thread thread = new Thread(runnable, "azlon-heartbeat-" + info.getActivityId());
              thread.setDaemon(true);
              return thread;
            });
    heartbeats.scheduleAtFixedRate(
        () -> {
          try {
            context.heartbeat(tracker.checkpoint());
            tracker.reportIfChanged();
          } catch (ActivityCompletionException e) {
            if (ended.compareAndSet(null, e)) {
              solving.interrupt();
            }
          }
        },
        0,
        heartbeatEvery.toMillis(),
        TimeUnit.MILLISECONDS);
    SolveResult result;
    try {
      SolveSpec spec = request.portable().solveSpec(input);
      SandboxLimits limits = request.portable().limits();
      result =
          solvers.create(folder.resolve("runs"), tracker, limits).resumeFrom(spec, start.answers());
    } catch (ConfigurationException e) {
      throw failure(Outcome.CONFIGURATION_ERROR, redactor.redact(e.getMessage()));
    } finally {
      stop(heartbeats);
      tracker.reportIfChanged(); // the last verdict, which the workflow's progress keeps
    }
    if (ended.get() != null) {
      Thread.interrupted();
      LOG.info("[{}] stopped: {}", info.getWorkflowId(), ended.get().getClass().getSimpleName());
      throw ended.get();
    }
    LOG.info(
        "[{}] {}: {}", info.getWorkflowId(), result.outcome(), redactor.redact(result.detail()));
    return report(result, tracker, context);
  }

  private SolveReport report(
      SolveResult result, Tracker tracker, ActivityExecutionContext context) {
    Outcome outcome = result.outcome();
    String detail = redactor.redact(result.detail());
    if (outcome.couldNotRun()) {
      if (outcome.retriable()) {
        // The answers so far go with the failure, so the next attempt does not pay for them.
        context.heartbeat(tracker.checkpoint());
      }
      throw failure(outcome, detail);
    }
    return new SolveReport(
        outcome.name(),
        detail,
        result.iterations(),
        result.usage().inputTokens(),
        result.usage().cachedInputTokens(),
        result.usage().outputTokens(),
        result.usage().costUsd().map(BigDecimal::toPlainString).orElse(null),
        result.model(),
        result.duration().toMillis(),
        result.runDirectory().getFileName().toString(),
        worker,
        pack(result.runDirectory()));
  }

  /**
   * A failure the engine records, of the outcome's name: retried (on any worker) when the outcome
   * says trying again may help, never otherwise.
   */
  static ApplicationFailure failure(Outcome outcome, String detail) {
    return outcome.retriable()
        ? ApplicationFailure.newFailure(outcome + ": " + detail, outcome.name())
        : ApplicationFailure.newNonRetryableFailure(detail, outcome.name());
  }

  /** The run folder without the workspace's history and the transcript (they stay here). */
  private static byte[] pack(Path runDirectory) {
    try {
      return FileArchive.pack(
          runDirectory,
          name -> !name.startsWith("workspace/.git/") && !name.equals("transcript.jsonl"),
          FileArchive.MAX_BYTES,
          "The run's reports and final files");
    } catch (FileArchive.PayloadTooLargeException e) {
      // Retrying would pack the same files again: the task must change.
      throw failure(Outcome.CONFIGURATION_ERROR, e.getMessage());
    }
  }

  /** The starting files in a folder of their own, or null when there are none. */
  private static Path unpack(SolveRequest request, Path folder) {
    try {
      Files.createDirectories(folder);
      if (request.startingFiles() == null || request.startingFiles().length == 0) {
        return null;
      }
      Path input = folder.resolve("input");
      FileArchive.unpack(request.startingFiles(), input);
      return input;
    } catch (IllegalArgumentException e) {
      throw failure(Outcome.CONFIGURATION_ERROR, e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException("Could not make the solve's folder " + folder, e);
    }
  }

  /**
   * Stops the heartbeats, letting one under way finish: interrupted, its progress signal would be
   * cut off after the tracker took it as sent.
   */
  private static void stop(ScheduledExecutorService heartbeats) {
    heartbeats.shutdown();
    try {
      if (!heartbeats.awaitTermination(10, TimeUnit.SECONDS)) {
        heartbeats.shutdownNow();
      }
    } catch (InterruptedException e) {
      heartbeats.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }
}
