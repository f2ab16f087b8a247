package dev.azlon.temporal;

import dev.azlon.ConfigurationException;
import dev.azlon.Setting;
import dev.azlon.batch.BatchBudget;
import dev.azlon.batch.BatchTask;
import dev.azlon.batch.SpecResult;
import dev.azlon.event.SolveEvent;
import dev.azlon.event.SolveListener;
import dev.azlon.remote.RemoteBatch;
import dev.azlon.remote.RemoteBatchSolver;
import dev.azlon.remote.RemoteOptions;
import dev.azlon.remote.RemoteSubmission;
import dev.azlon.sandbox.SandboxLimits;
import dev.azlon.solve.Outcome;
import dev.azlon.solve.SolveResult;
import dev.azlon.solve.SolveSpec;
import dev.azlon.spec.PortableTask;
import dev.azlon.workspace.InputFiles;
import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import io.temporal.api.enums.v1.WorkflowIdConflictPolicy;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.client.WorkflowNotFoundException;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Submits solves and batches to a Temporal server and follows them: the remote solver the plugin
 * finds when {@code azlon-temporal} is among its dependencies.
 */
public final class TemporalRemoteSolver implements RemoteBatchSolver {

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
  public RemoteSubmission submit(
      String name, SolveSpec spec, SandboxLimits limits, RemoteOptions options) {
    SolveRequest request = request(name, spec, limits, options);
    String id = WorkflowIds.forSpec(options.run(), name, spec);
    if (solvedEarlier(id, options)) {
      return new RemoteSubmission(id, true);
    }
    SolveWorkflow workflow =
        client(options).newWorkflowStub(SolveWorkflow.class, workflowOptions(id, options));
    WorkflowClient.start(workflow::solve, request);
    return new RemoteSubmission(id, false);
  }

  @Override
  public RemoteBatch submitBatch(
      String name, List<BatchTask> tasks, BatchBudget budget, RemoteOptions options) {
    // Every spec's starting files are packed before anything is submitted.
    List<SolveRequest> requests = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    Map<String, String> solves = new LinkedHashMap<>();
    Set<String> earlier = new HashSet<>();
    for (BatchTask task : tasks) {
      SolveRequest request;
      try {
        request = request(task.name(), task.spec(), task.limits(), options);
      } catch (ConfigurationException e) {
        throw new ConfigurationException(
            e.setting(), task.name() + ": " + e.getMessage() + " No spec was submitted.");
      }
      String id = WorkflowIds.forSpec(options.run(), task.name(), task.spec());
      solves.put(task.name(), id);
      if (solvedEarlier(id, options)) {
        earlier.add(task.name());
      } else {
        requests.add(request);
        ids.add(id);
      }
    }
    if (requests.isEmpty()) {
      return new RemoteBatch(null, solves, earlier);
    }
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
    return new RemoteBatch(id, solves, earlier);
  }

  /**
   * Whether the solve {@code id} ended SOLVED under this run: following it then fetches that result
   * instead of paying for the same solve again. Any other ending is solved again.
   */
  private boolean solvedEarlier(String id, RemoteOptions options) {
    WorkflowStub stub = client(options).newUntypedWorkflowStub(id);
    try {
      if (stub.describe().getStatus()
          != WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_COMPLETED) {
        return false;
      }
      return Outcome.SOLVED.name().equals(stub.getResult(SolveReport.class).outcome());
    } catch (WorkflowNotFoundException never) {
      return false;
    }
  }

  private static SolveRequest request(
      String name, SolveSpec spec, SandboxLimits limits, RemoteOptions options) {
    // What is submitted lands in the engine's history, where no key of this machine may go.
    Map<String, String> task = new TreeMap<>();
    PortableTask.of(spec, limits)
        .values()
        .forEach((key, value) -> task.put(key, options.redactor().redact(value)));
    return new SolveRequest(
        name,
        task,
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
    return new SolveFollower(client(options)).follow(id, options, listener, outputDirectory);
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
    return new BatchFollower(client(options)).follow(batch, options, listener, outputDirectory);
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
}
