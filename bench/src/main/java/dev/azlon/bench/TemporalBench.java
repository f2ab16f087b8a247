package dev.azlon.bench;

import dev.azlon.model.OpenAiModels;
import dev.azlon.sandbox.DockerSandbox;
import dev.azlon.sandbox.SandboxLimits;
import dev.azlon.solve.SolveSpec;
import dev.azlon.spec.PortableTask;
import dev.azlon.temporal.BatchReport;
import dev.azlon.temporal.BatchRequest;
import dev.azlon.temporal.BatchWorkflow;
import dev.azlon.temporal.BatchWorkflowImpl;
import dev.azlon.temporal.SolveRequest;
import dev.azlon.temporal.SolveWorkflowImpl;
import dev.azlon.temporal.WorkflowIds;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.client.WorkflowOptions;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import io.temporal.testserver.TestServer;
import io.temporal.worker.WorkerFactory;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * The Temporal path against the local batch: eight specs, a model server that answers after a fixed
 * latency (over HTTP, {@link LatentModelServer}), real builds and runs. Timed: the local batch
 * ({@code parallel = 4}); the same specs as a BatchWorkflow on Temporal's port-bound test server
 * with one worker JVM (four solves at once), then with two worker JVMs (four each). Each median of
 * three after a warm-up. Prints {@code temporal/local X.XXx} (target at most 1.10x) and {@code
 * throughput X.XXx} for two workers against one, measured in the same run.
 *
 * <p>Usage: {@code TemporalBench workerJar [rounds] [baseImage] [latencyMillis]}.
 */
public final class TemporalBench {

  private static final int SPECS = 8;
  private static final int SLOTS = 4;
  private static final String QUEUE = "azlon-bench";

  private TemporalBench() {}

  public static void main(String[] args) throws Exception {
    Path workerJar = Path.of(args[0]);
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    String baseImage = args.length > 2 ? args[2] : "azlon-local/python:3-bookworm";
    long latency = args.length > 3 ? Long.parseLong(args[3]) : 2000;
    Path output = Files.createTempDirectory("azlon-temporal-bench");
    try (LatentModelServer model = new LatentModelServer(baseImage, latency)) {
      DockerSandbox engine = DockerSandbox.connect(SandboxLimits.defaults());
      List<SolveSpec> specs = specs(baseImage);

      local(engine, model, specs, output); // warm-up: image cache, JIT, connections
      double local = median(rounds, () -> local(engine, model, specs, output));

      int port;
      try (ServerSocket free = new ServerSocket(0)) {
        port = free.getLocalPort();
      }
      TestServer.PortBoundTestServer server = TestServer.createPortBoundServer(port);
      WorkflowClient client =
          WorkflowClient.newInstance(
              WorkflowServiceStubs.newServiceStubs(
                  WorkflowServiceStubsOptions.newBuilder().setTarget("localhost:" + port).build()),
              WorkflowClientOptions.newBuilder().build());
      WorkerFactory workflows = WorkerFactory.newInstance(client);
      workflows
          .newWorker(QUEUE)
          .registerWorkflowImplementationTypes(SolveWorkflowImpl.class, BatchWorkflowImpl.class);
      workflows.start();
      List<Process> workers = new ArrayList<>();
      try {
        workers.add(worker(workerJar, port, model, output, "one"));
        int[] run = {0};
        temporal(client, specs, "warm-" + run[0]++); // the worker JVM's warm-up
        double one = median(rounds, () -> temporal(client, specs, "one-" + run[0]++));
        workers.add(worker(workerJar, port, model, output, "two"));
        temporal(client, specs, "warm-" + run[0]++);
        double two = median(rounds, () -> temporal(client, specs, "two-" + run[0]++));

        System.out.printf(
            Locale.ROOT,
            "local batch: %d specs, parallel %d, in %.2f s (median of %d)%n",
            SPECS,
            SLOTS,
            local,
            rounds);
        System.out.printf(
            Locale.ROOT,
            "Temporal, 1 worker (%d at once): %.2f s, temporal/local %.2fx%n",
            SLOTS,
            one,
            one / local);
        System.out.printf(
            Locale.ROOT,
            "Temporal, 2 workers (%d at once each): %.2f s, ideal 2.00x, throughput %.2fx%n",
            SLOTS,
            two,
            one / two);
      } finally {
        for (Process worker : workers) {
          worker.destroy();
          worker.waitFor(30, TimeUnit.SECONDS);
        }
        workflows.shutdownNow();
        server.close();
      }
    }
  }

  private interface Timed {
    double seconds() throws Exception;
  }

  private static double median(int rounds, Timed timed) throws Exception {
    double[] times = new double[rounds];
    for (int i = 0; i < rounds; i++) {
      times[i] = timed.seconds();
    }
    Arrays.sort(times);
    return times[rounds / 2];
  }

  private static List<SolveSpec> specs(String baseImage) {
    List<SolveSpec> specs = new ArrayList<>();
    for (int i = 0; i < SPECS; i++) {
      specs.add(WordSpecs.spec("spec" + i, baseImage));
    }
    return specs;
  }

  private static double local(
      DockerSandbox engine, LatentModelServer model, List<SolveSpec> specs, Path output)
      throws Exception {
    return WordSpecs.solveLocally(
        OpenAiModels.chatModel(model.baseUrl(), "sk-bench", "gpt-4o", Duration.ofMinutes(1)),
        engine,
        specs,
        Files.createTempDirectory(output, "local-"),
        SLOTS);
  }

  private static double temporal(WorkflowClient client, List<SolveSpec> specs, String run) {
    List<SolveRequest> requests = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < specs.size(); i++) {
      requests.add(
          new SolveRequest(
              "spec" + i,
              PortableTask.of(specs.get(i), SandboxLimits.defaults()).values(),
              new byte[0],
              SolveRequest.HEARTBEAT_TIMEOUT_MS,
              SolveRequest.RETRY_WINDOW_MS));
      ids.add(WorkflowIds.forSpec(run, "spec" + i, specs.get(i)));
    }
    BatchWorkflow batch =
        client.newWorkflowStub(
            BatchWorkflow.class,
            WorkflowOptions.newBuilder()
                .setTaskQueue(QUEUE)
                .setWorkflowId(WorkflowIds.forBatch(run, "bench", ids))
                .build());
    long start = System.nanoTime();
    BatchReport report = batch.solve(new BatchRequest(requests, ids, SPECS));
    double seconds = (System.nanoTime() - start) / 1e9;
    for (BatchReport.SpecReport spec : report.specs()) {
      if (spec.report() == null || !spec.report().outcome().equals("SOLVED")) {
        throw new IllegalStateException(spec.name() + " was not solved: " + spec);
      }
    }
    return seconds;
  }

  private static Process worker(
      Path jar, int port, LatentModelServer model, Path output, String name) throws Exception {
    ProcessBuilder builder =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                jar.toAbsolutePath().toString(),
                "--target=localhost:" + port,
                "--task-queue=" + QUEUE,
                "--workflows=false",
                "--concurrent-solves=" + SLOTS,
                "--base-url=" + model.baseUrl(),
                "--api-key-env=AZLON_BENCH_KEY",
                "--output=" + output.resolve("worker-" + name),
                "--name=" + name)
            .redirectErrorStream(true)
            .redirectOutput(output.resolve("worker-" + name + ".log").toFile());
    builder.environment().put("AZLON_BENCH_KEY", "sk-bench");
    builder.environment().put("TESTCONTAINERS_RYUK_DISABLED", "true");
    Process process = builder.start();
    // Ready once it logs that it polls.
    Path log = output.resolve("worker-" + name + ".log");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (!(Files.exists(log) && Files.readString(log).contains("Worker " + name + " on"))) {
      if (System.nanoTime() > deadline || !process.isAlive()) {
        throw new IllegalStateException("The worker did not start; see " + log);
      }
      Thread.sleep(100);
    }
    return process;
  }
}
