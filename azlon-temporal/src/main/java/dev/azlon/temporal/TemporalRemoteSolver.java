package dev.azlon.temporal;

import dev.azlon.ConfigurationException;
import dev.azlon.Setting;
import dev.azlon.batch.BatchBudget;
import dev.azlon.batch.BatchTask;
import dev.azlon.batch.RemoteBatch;
import dev.azlon.batch.RemoteBatchSolver;
import dev.azlon.batch.SpecResult;
import dev.azlon.budget.Usage;
import dev.azlon.event.SolveEvent;
import dev.azlon.event.SolveListener;
import dev.azlon.sandbox.SandboxLimits;
import dev.azlon.solve.Outcome;
import dev.azlon.solve.RemoteOptions;
import dev.azlon.solve.SolveResult;
import dev.azlon.solve.SolveSpec;
import dev.azlon.workspace.InputFiles;
import io.temporal.api.enums.v1.WorkflowIdConflictPolicy;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.client.WorkflowFailedException;
import io.temporal.client.WorkflowNotFoundException;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.failure.ApplicationFailure;
import io.temporal.failure.CanceledFailure;
import io.temporal.failure.TemporalFailure;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Submits solves and batches to a Temporal server and follows them: the remote solver the plugin
 * finds when {@code azlon-temporal} is among its dependencies.
 */
public final class TemporalRemoteSolver implements RemoteBatchSolver {

  /** How often progress is asked for while following. */
  static final Duration POLL = Duration.ofMillis(500);

  private final Function<RemoteOptions, WorkflowClient> clients;
  private final Map<String, WorkflowClient> connected = new ConcurrentHashMap<>();

  /** Connects to the server the options name (one connection per target and namespace). */
  public TemporalRemoteSolver() {
    this(TemporalRemoteSolver::connect);
  }

  TemporalRemoteSolver(Function<RemoteOptions, WorkflowClient> clients) {
    this.clients = clients;
  }

  @Override
  public String engine() {
    return "Temporal";
  }

  @Override
  public String submit(String name, SolveSpec spec, SandboxLimits limits, RemoteOptions options) {
    SolveRequest request = request(name, spec, limits);
    String id = WorkflowIds.forSpec(options.run(), name, spec);
    SolveWorkflow workflow =
        client(options).newWorkflowStub(SolveWorkflow.class, workflowOptions(id, options));
    WorkflowClient.start(workflow::solve, request);
    return id;
  }

  @Override
  public RemoteBatch submitBatch(
      String name, List<BatchTask> tasks, BatchBudget budget, RemoteOptions options) {
    // Every spec's starting files are packed before anything is submitted.
    List<SolveRequest> requests = new ArrayList<>();
    Map<String, String> solves = new LinkedHashMap<>();
    for (BatchTask task : tasks) {
      try {
        requests.add(request(task.name(), task.spec(), task.limits()));
      } catch (ConfigurationException e) {
        throw new ConfigurationException(
            e.setting(), task.name() + ": " + e.getMessage() + " No spec was submitted.");
      }
      solves.put(task.name(), WorkflowIds.forSpec(options.run(), task.name(), task.spec()));
    }
    List<String> ids = List.copyOf(solves.values());
    String id = WorkflowIds.forBatch(options.run(), name, ids);
    BatchWorkflow workflow =
        client(options).newWorkflowStub(BatchWorkflow.class, workflowOptions(id, options));
    WorkflowClient.start(
        workflow::solve,
        new BatchRequest(
            requests,
            ids,
            budget.parallel(),
            budget.maxTokens(),
            budget.maxCostUsd() == null ? null : budget.maxCostUsd().toPlainString()));
    return new RemoteBatch(id, solves);
  }

  private static SolveRequest request(String name, SolveSpec spec, SandboxLimits limits) {
    return new SolveRequest(
        name,
        SpecData.of(spec),
        LimitsData.of(limits),
        spec.inputDirectory() == null ? new byte[0] : startingFiles(spec),
        SolveRequest.HEARTBEAT_TIMEOUT_MS,
        SolveRequest.RETRY_WINDOW_MS);
  }

  private static WorkflowOptions workflowOptions(String id, RemoteOptions options) {
    return WorkflowOptions.newBuilder()
        .setTaskQueue(options.taskQueue())
        .setWorkflowId(id)
        // Submitted again while it goes, the same work is followed, not repeated.
        .setWorkflowIdConflictPolicy(
            WorkflowIdConflictPolicy.WORKFLOW_ID_CONFLICT_POLICY_USE_EXISTING)
        .build();
  }

  /** Only what a local solve would copy travels: ignored files and links that lead out stay. */
  private static byte[] startingFiles(SolveSpec spec) {
    InputFiles input = InputFiles.scan(spec.inputDirectory(), spec.inputExcludes());
    if (!input.problems().isEmpty()) {
      throw new ConfigurationException(
          Setting.INPUT_DIRECTORY, "The starting files cannot be used: " + input.problems());
    }
    try {
      return FileArchive.pack(input, FileArchive.MAX_BYTES, "The starting files");
    } catch (FileArchive.PayloadTooLargeException e) {
      throw new ConfigurationException(Setting.INPUT_DIRECTORY, e.getMessage());
    }
  }

  @Override
  public SolveResult follow(
      String id, RemoteOptions options, SolveListener listener, Path outputDirectory) {
    WorkflowClient client = client(options);
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
          return finished(report, outputDirectory, listener);
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

  @Override
  public void cancel(String id, RemoteOptions options) {
    client(options).newUntypedWorkflowStub(id).cancel();
  }

  @Override
  public List<SpecResult> followBatch(
      RemoteBatch batch,
      RemoteOptions options,
      BiConsumer<String, SolveEvent> listener,
      Path outputDirectory) {
    BatchWorkflow workflow = client(options).newWorkflowStub(BatchWorkflow.class, batch.id());
    WorkflowStub stub = WorkflowStub.fromTyped(workflow);
    CompletableFuture<BatchReport> result = stub.getResultAsync(BatchReport.class);
    Map<String, SpecResult> ended = new LinkedHashMap<>();
    Map<String, Progress> last = new HashMap<>();
    Set<String> seen = new HashSet<>();
    long started = System.nanoTime();
    BatchReport report;
    try {
      while (true) {
        try {
          report = result.get(POLL.toMillis(), TimeUnit.MILLISECONDS);
          break;
        } catch (TimeoutException stillGoing) {
          List<String> running = running(workflow);
          batch
              .solves()
              .forEach(
                  (name, id) -> {
                    if (running.contains(id)) {
                      seen.add(id);
                      SolveWorkflow solve =
                          client(options).newWorkflowStub(SolveWorkflow.class, id);
                      last.put(
                          id, progress(solve, last.get(id), event -> listener.accept(name, event)));
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
                      name, SpecResult.ran(name, ended(Outcome.INTERRUPTED, detail, started))))
          .toList();
    } catch (ExecutionException e) {
      // The batch itself failed or was cancelled: each spec it started says how it ended.
      String why = "the remote batch " + batch.id() + " ended first: " + reason(e.getCause());
      List<SpecResult> results = new ArrayList<>();
      batch
          .solves()
          .forEach(
              (name, id) ->
                  results.add(
                      ended.containsKey(name)
                          ? ended.get(name)
                          : exists(id, options)
                              ? specEnded(name, id, options, listener, outputDirectory)
                              : SpecResult.notStarted(name, why)));
      return results;
    }
    List<SpecResult> results = new ArrayList<>();
    for (BatchReport.SpecReport spec : report.specs()) {
      if (ended.containsKey(spec.name())) {
        results.add(ended.get(spec.name()));
      } else if (spec.notStarted() != null) {
        results.add(SpecResult.notStarted(spec.name(), spec.notStarted()));
      } else {
        results.add(specEnded(spec.name(), spec.workflowId(), options, listener, outputDirectory));
      }
    }
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
        follow(id, options, event -> listener.accept(name, event), outputDirectory.resolve(name)));
  }

  private boolean exists(String id, RemoteOptions options) {
    try {
      client(options).newUntypedWorkflowStub(id).describe();
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

  /** Reports what changed since the last answer to the progress query. */
  private static Progress progress(SolveWorkflow workflow, Progress last, SolveListener listener) {
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
      Outcome outcome =
          switch (application.getType()) {
            case Failures.CONFIGURATION_ERROR, Failures.PAYLOAD_TOO_LARGE ->
                Outcome.CONFIGURATION_ERROR;
            case Failures.MODEL_REJECTED -> Outcome.MODEL_REJECTED;
            default -> Outcome.INFRA_FAILURE;
          };
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

  /** What ended a workflow, from its innermost cause. */
  private static String reason(Throwable failure) {
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

  private static SolveResult ended(Outcome outcome, String detail, long started) {
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

  private WorkflowClient client(RemoteOptions options) {
    return connected.computeIfAbsent(
        options.target() + "/" + options.namespace(), key -> clients.apply(options));
  }

  private static WorkflowClient connect(RemoteOptions options) {
    WorkflowServiceStubs service =
        WorkflowServiceStubs.newServiceStubs(
            WorkflowServiceStubsOptions.newBuilder().setTarget(options.target()).build());
    return WorkflowClient.newInstance(
        service, WorkflowClientOptions.newBuilder().setNamespace(options.namespace()).build());
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
