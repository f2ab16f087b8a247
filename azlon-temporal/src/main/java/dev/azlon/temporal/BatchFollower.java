package dev.azlon.temporal;

import dev.azlon.batch.SpecResult;
import dev.azlon.event.SolveEvent;
import dev.azlon.remote.RemoteBatch;
import dev.azlon.remote.RemoteOptions;
import dev.azlon.solve.Outcome;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowNotFoundException;
import io.temporal.client.WorkflowStub;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;

/**
 * Follows a remote batch: asks it which specs run, asks those for their progress, and takes each
 * spec's result from its own workflow (the batch's result carries no run folders).
 */
final class BatchFollower {

  private final WorkflowClient client;
  private final SolveFollower solves;

  BatchFollower(WorkflowClient client) {
    this.client = client;
    this.solves = new SolveFollower(client);
  }

  /**
   * Follows a batch to its end: each running spec's progress under its name, each spec's result
   * (and run folder under {@code outputDirectory/<name>}) as it ends.
   */
  List<SpecResult> follow(
      RemoteBatch batch,
      RemoteOptions options,
      BiConsumer<String, SolveEvent> listener,
      Path outputDirectory) {
    Map<String, SpecResult> ended = new LinkedHashMap<>();
    // Solved earlier under this run: their results are fetched, nothing is asked again.
    for (String name : batch.solvedEarlier()) {
      ended.put(
          name, specEnded(name, batch.solves().get(name), options, listener, outputDirectory));
    }
    if (!batch.submitted()) {
      return batch.solves().keySet().stream().map(ended::get).toList();
    }
    BatchWorkflow workflow = client.newWorkflowStub(BatchWorkflow.class, batch.id());
    WorkflowStub stub = WorkflowStub.fromTyped(workflow);
    CompletableFuture<BatchReport> result = stub.getResultAsync(BatchReport.class);
    Map<String, Progress> last = new HashMap<>();
    Set<String> seen = new HashSet<>();
    long started = System.nanoTime();
    BatchReport report;
    try {
      while (true) {
        try {
          report = result.get(SolveFollower.POLL.toMillis(), TimeUnit.MILLISECONDS);
          break;
        } catch (TimeoutException stillGoing) {
          List<String> running = running(workflow);
          batch
              .solves()
              .forEach(
                  (name, id) -> {
                    if (running.contains(id)) {
                      seen.add(id);
                      SolveWorkflow solve = client.newWorkflowStub(SolveWorkflow.class, id);
                      last.put(
                          id,
                          SolveFollower.progress(
                              solve, last.get(id), event -> listener.accept(name, event)));
                    } else if (seen.contains(id) && !ended.containsKey(name)) {
                      // It left the batch's running set: it has ended, its result is there.
                      ended.put(name, specEnded(name, id, options, listener, outputDirectory));
                    }
                  });
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      if (options.cancelOnInterrupt()) {
        stub.cancel();
      }
      String detail =
          options.cancelOnInterrupt()
              ? "Interrupted; the remote batch " + batch.id() + " was cancelled."
              : "Interrupted while following; the remote batch "
                  + batch.id()
                  + " goes on. Submit the same folder again to follow it.";
      return batch.solves().keySet().stream()
          .map(
              name ->
                  ended.getOrDefault(
                      name,
                      SpecResult.ran(
                          name, SolveFollower.ended(Outcome.INTERRUPTED, detail, started))))
          .toList();
    } catch (ExecutionException e) {
      // The batch itself failed or was cancelled: each spec it started says how it ended.
      String why =
          "the remote batch " + batch.id() + " ended first: " + SolveFollower.reason(e.getCause());
      return results(
          batch,
          ended,
          (name, id) -> exists(id, options) ? null : why,
          options,
          listener,
          outputDirectory);
    }
    Map<String, String> notStarted = new HashMap<>();
    for (BatchReport.SpecReport spec : report.specs()) {
      if (spec.notStarted() != null) {
        notStarted.put(spec.name(), spec.notStarted());
      }
    }
    return results(
        batch, ended, (name, id) -> notStarted.get(name), options, listener, outputDirectory);
  }

  /**
   * Each spec in the batch's order: as it ended while followed, not started (when {@code
   * notStarted} gives a reason), or its result fetched now.
   */
  private List<SpecResult> results(
      RemoteBatch batch,
      Map<String, SpecResult> ended,
      BiFunction<String, String, String> notStarted,
      RemoteOptions options,
      BiConsumer<String, SolveEvent> listener,
      Path outputDirectory) {
    List<SpecResult> results = new ArrayList<>();
    batch
        .solves()
        .forEach(
            (name, id) -> {
              String why = ended.containsKey(name) ? null : notStarted.apply(name, id);
              results.add(
                  ended.containsKey(name)
                      ? ended.get(name)
                      : why != null
                          ? SpecResult.notStarted(name, why)
                          : specEnded(name, id, options, listener, outputDirectory));
            });
    return results;
  }

  /** A spec's solve that has ended (or soon will): its result, its run folder written here. */
  private SpecResult specEnded(
      String name,
      String id,
      RemoteOptions options,
      BiConsumer<String, SolveEvent> listener,
      Path outputDirectory) {
    return SpecResult.ran(
        name,
        solves.follow(
            id, options, event -> listener.accept(name, event), outputDirectory.resolve(name)));
  }

  private boolean exists(String id, RemoteOptions options) {
    try {
      client.newUntypedWorkflowStub(id).describe();
      return true;
    } catch (WorkflowNotFoundException e) {
      return false;
    }
  }

  private static List<String> running(BatchWorkflow workflow) {
    try {
      return workflow.running();
    } catch (RuntimeException e) {
      return List.of(); // not started yet, or between tasks: ask again
    }
  }
}
