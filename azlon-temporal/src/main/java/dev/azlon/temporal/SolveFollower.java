package dev.azlon.temporal;

import dev.azlon.budget.Usage;
import dev.azlon.event.SolveEvent;
import dev.azlon.event.SolveListener;
import dev.azlon.remote.RemoteOptions;
import dev.azlon.solve.Outcome;
import dev.azlon.solve.SolveResult;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowFailedException;
import io.temporal.client.WorkflowStub;
import io.temporal.failure.ApplicationFailure;
import io.temporal.failure.CanceledFailure;
import io.temporal.failure.TemporalFailure;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * Follows one remote solve: its progress as {@code Remote: ...} messages, then its result, with its
 * run folder written here; a failure becomes the outcome a local solve would have had.
 */
final class SolveFollower {

  /** How often progress is asked for while following. */
  static final Duration POLL = Duration.ofMillis(500);

  private final WorkflowClient client;

  SolveFollower(WorkflowClient client) {
    this.client = client;
  }

  /**
   * Follows the solve {@code id} to its end, reporting its progress, and writes its run folder
   * under {@code outputDirectory}.
   */
  SolveResult follow(
      String id, RemoteOptions options, SolveListener listener, Path outputDirectory) {
    SolveWorkflow workflow = client.newWorkflowStub(SolveWorkflow.class, id);
    WorkflowStub stub = WorkflowStub.fromTyped(workflow);
    CompletableFuture<SolveReport> result = stub.getResultAsync(SolveReport.class);
    Progress last = null;
    long started = System.nanoTime();
    try {
      while (true) {
        try {
          SolveReport report = result.get(POLL.toMillis(), TimeUnit.MILLISECONDS);
          // The run's name becomes a folder here: nothing a worker sends may lead elsewhere.
          if (report.runId() == null || !report.runId().matches("[A-Za-z0-9][\\w.-]*")) {
            return ended(
                Outcome.INFRA_FAILURE,
                "The worker named the run '" + report.runId() + "', which is no run's name.",
                started);
          }
          try {
            return finished(report, outputDirectory, listener);
          } catch (UncheckedIOException | IllegalArgumentException e) {
            return notWritten(report, outputDirectory, e, started);
          }
        } catch (TimeoutException stillGoing) {
          last = progress(workflow, last, listener);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      if (options.cancelOnInterrupt()) {
        stub.cancel();
      }
      return ended(
          Outcome.INTERRUPTED,
          options.cancelOnInterrupt()
              ? "Interrupted; the remote solve " + id + " was cancelled."
              : "Interrupted while following; the remote solve "
                  + id
                  + " goes on. Submit the same spec again to follow it.",
          started);
    } catch (ExecutionException e) {
      return failed(id, e.getCause(), started);
    }
  }

  /** Reports what changed since the last answer to the progress query. */
  static Progress progress(SolveWorkflow workflow, Progress last, SolveListener listener) {
    Progress now;
    try {
      now = workflow.progress();
    } catch (RuntimeException e) {
      return last; // not started yet, or between tasks: ask again
    }
    if (last != null && now.equals(last)) {
      return last;
    }
    if (last != null && now.attempt() > last.attempt() && now.attempt() > 1) {
      listener.on(
          new SolveEvent.Message(
              SolveEvent.Level.WARN,
              "The remote solve moved to another attempt ("
                  + now.attempt()
                  + "); answers already paid for are served again."));
    }
    listener.on(
        new SolveEvent.Message(
            SolveEvent.Level.INFO,
            "Remote: iteration "
                + now.iteration()
                + (now.maxIterations() > 0 ? "/" + now.maxIterations() : "")
                + ", "
                + now.phase()
                + (now.lastVerdict().isEmpty() ? "" : "; last verdict " + now.lastVerdict())
                + ", "
                + now.tokens()
                + " tokens so far."));
    return now;
  }

  private static SolveResult finished(SolveReport report, Path outputDirectory, SolveListener l) {
    Path runDirectory = outputDirectory.resolve(report.runId());
    delete(runDirectory);
    FileArchive.unpack(report.runFolder(), runDirectory);
    l.on(
        new SolveEvent.Message(
            SolveEvent.Level.INFO,
            "Solved remotely by " + report.worker() + "; its reports are in " + runDirectory));
    Path workspace = runDirectory.resolve("workspace");
    List<String> files;
    try (Stream<Path> walk = Files.walk(workspace)) {
      files =
          walk.filter(Files::isRegularFile)
              .map(p -> workspace.relativize(p).toString().replace('\\', '/'))
              .sorted()
              .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not list " + workspace, e);
    }
    return new SolveResult(
        Outcome.valueOf(report.outcome()),
        report.iterations(),
        files,
        runDirectory,
        workspace,
        new Usage(
            report.inputTokens(),
            report.cachedInputTokens(),
            report.outputTokens(),
            Optional.ofNullable(report.costUsd()).map(BigDecimal::new)),
        report.detail(),
        Duration.ofMillis(report.durationMs()),
        report.model(),
        null);
  }

  private static SolveResult failed(String id, Throwable failure, long started) {
    Throwable cause = failure;
    while (cause.getCause() != null && !(cause instanceof ApplicationFailure)) {
      cause = cause.getCause();
    }
    if (cause instanceof ApplicationFailure application) {
      // The failure's type is the outcome's name; anything else failed in the machinery.
      Outcome outcome =
          Arrays.stream(Outcome.values())
              .filter(known -> known.couldNotRun() && known.name().equals(application.getType()))
              .findFirst()
              .orElse(Outcome.INFRA_FAILURE);
      return ended(
          outcome, application.getOriginalMessage() + " (remote solve " + id + ")", started);
    }
    if (cause instanceof CanceledFailure
        || failure instanceof WorkflowFailedException
            && failure.getCause() instanceof CanceledFailure) {
      return ended(Outcome.INTERRUPTED, "The remote solve " + id + " was cancelled.", started);
    }
    String message =
        cause instanceof TemporalFailure temporal
            ? temporal.getOriginalMessage()
            : String.valueOf(cause.getMessage());
    return ended(Outcome.INFRA_FAILURE, message + " (remote solve " + id + ")", started);
  }

  /** A result whose run folder could not be written here (a full disk, a name refused). */
  private static SolveResult notWritten(
      SolveReport report, Path outputDirectory, RuntimeException e, long started) {
    String why = e.getMessage() + (e.getCause() == null ? "" : ": " + e.getCause().getMessage());
    return ended(
        Outcome.INFRA_FAILURE,
        "The remote solve ended "
            + report.outcome()
            + ", but its run folder could not be written under "
            + outputDirectory
            + ": "
            + why
            + (Outcome.SOLVED.name().equals(report.outcome())
                ? ". The result stays on the server: once this is fixed, submitting again under"
                    + " the same run fetches it, with no model call."
                : "."),
        started);
  }

  /** What ended a workflow, from its innermost cause. */
  static String reason(Throwable failure) {
    Throwable cause = failure;
    while (cause.getCause() != null) {
      cause = cause.getCause();
    }
    if (cause instanceof CanceledFailure) {
      return "it was cancelled";
    }
    return cause instanceof TemporalFailure temporal
        ? temporal.getOriginalMessage()
        : String.valueOf(cause.getMessage());
  }

  static SolveResult ended(Outcome outcome, String detail, long started) {
    return new SolveResult(
        outcome,
        0,
        List.of(),
        null,
        null,
        new Usage(0, 0, 0, Optional.empty()),
        detail,
        Duration.ofNanos(System.nanoTime() - started),
        null,
        null);
  }

  private static void delete(Path folder) {
    if (folder == null || !Files.exists(folder)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not delete " + folder, e);
    }
  }
}
