package dev.azlon.temporal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.azlon.sandbox.DockerSandbox;
import dev.azlon.sandbox.SandboxLimits;
import dev.azlon.solve.SolveSpec;
import dev.azlon.spec.PortableTask;
import dev.azlon.temporal.testing.LocalTemporal;
import dev.azlon.temporal.testing.WorkerJvm;
import dev.azlon.testing.Answers;
import dev.azlon.testing.OpenAiStub;
import dev.azlon.verdict.Check;
import dev.azlon.verdict.Checks;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.worker.WorkerFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Two worker JVMs from the worker jar against a local server ({@link LocalTemporal}: the port-bound
 * test server, or a real dev server when AZLON_TEMPORAL_CLI is set), four real solves (stub model,
 * real Docker): one worker is stopped (SIGKILL, or SIGTERM for a graceful stop) while its
 * candidates run, and the batch still ends with every spec solved, no model call repeated, and no
 * container left once the next sandbox sweeps. The workflow worker lives in this JVM: the test
 * server, unlike a real one, never moves workflow tasks off a dead workflow worker, so only
 * activity workers are killed.
 */
class TwoWorkersIT {

  private static final String BASE_IMAGE =
      System.getProperty("azlon.test.baseImage", "azlon-local/python:3-bookworm");
  private static final String QUEUE = "azlon-two-workers";
  private static final List<String> WORDS = List.of("ALPHA", "BRAVO", "CHARLIE", "DELTA");

  @TempDir Path temp;

  private final List<Process> workers = new ArrayList<>();
  private LocalTemporal server;
  private WorkerFactory workflows;
  private OpenAiStub stub;

  @AfterEach
  void stop() throws Exception {
    for (Process worker : workers) {
      worker.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }
    if (workflows != null) {
      workflows.shutdownNow();
    }
    if (server != null) {
      server.close();
    }
    if (stub != null) {
      stub.close();
    }
  }

  @ParameterizedTest(name = "stopped with {0}")
  @ValueSource(strings = {"SIGKILL", "SIGTERM"})
  void stoppingAWorkerMidSolveLosesNoSpecAndRepeatsNoModelCall(String signal) throws Exception {
    stub = OpenAiStub.start();
    for (String word : WORDS) {
      // The program runs for a few seconds: long enough to kill its worker while it runs.
      stub.answerWhen(
          "Print " + word + ".",
          Answers.pythonCandidate(
              BASE_IMAGE, "import time\ntime.sleep(8)\nprint('" + word + "')\n"));
    }
    server = LocalTemporal.start(temp);
    int port = server.port();
    WorkflowClient client = server.client();
    workflows = WorkerFactory.newInstance(client);
    workflows
        .newWorker(QUEUE)
        .registerWorkflowImplementationTypes(SolveWorkflowImpl.class, BatchWorkflowImpl.class);
    workflows.start();
    Process doomed = worker("doomed", port);

    List<SolveRequest> specs = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    for (String word : WORDS) {
      SolveSpec spec =
          SolveSpec.builder()
              .prompt("Print " + word + ".")
              .testConditions("Prints " + word)
              .baseImage(BASE_IMAGE)
              .judge(false)
              .checks(Checks.of(List.of(new Check.StdoutContains(word)), true))
              .build();
      specs.add(
          new SolveRequest(
              word.toLowerCase(),
              PortableTask.of(spec, SandboxLimits.defaults()).values(),
              new byte[0],
              3_000,
              300_000));
      ids.add(WorkflowIds.forSpec("two-workers", word.toLowerCase(), spec));
    }
    BatchWorkflow batch =
        client.newWorkflowStub(
            BatchWorkflow.class,
            WorkflowOptions.newBuilder()
                .setTaskQueue(QUEUE)
                .setWorkflowId(WorkflowIds.forBatch("two-workers", "specs", ids))
                .build());
    WorkflowClient.start(batch::solve, new BatchRequest(specs, ids, 4));

    // The doomed worker takes all four; once their candidates run (their answers heartbeated), a
    // second worker joins and the first is killed.
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
    while (stub.requests().size() < WORDS.size()) {
      assertThat(System.nanoTime()).as("the doomed worker never got to run").isLessThan(deadline);
      Thread.sleep(100);
    }
    // The SDK sends a heartbeat at most every 0.8 x the heartbeat timeout (2.4 s here).
    Thread.sleep(3_500);
    Process survivor = worker("survivor", port);
    if (signal.equals("SIGKILL")) {
      doomed.destroyForcibly();
    } else {
      doomed.destroy();
    }
    assertThat(doomed.waitFor(30, TimeUnit.SECONDS)).isTrue();

    BatchReport report =
        client
            .newUntypedWorkflowStub(WorkflowIds.forBatch("two-workers", "specs", ids))
            .getResult(4, TimeUnit.MINUTES, BatchReport.class);

    assertThat(report.specs())
        .extracting(s -> s.name() + "=" + (s.report() == null ? s.failure() : s.report().outcome()))
        .containsExactly("alpha=SOLVED", "bravo=SOLVED", "charlie=SOLVED", "delta=SOLVED");
    assertThat(report.specs()).allMatch(s -> s.report().worker().equals("survivor"));
    assertThat(stub.requests()).hasSize(WORDS.size());
    assertThat(log("doomed")).contains("solving, attempt 1");
    if (signal.equals("SIGTERM")) {
      // Stopped gracefully: each solve recorded its interruption before its attempt failed,
      // whichever came first: its sandbox removing the candidate on the way out (INTERRUPTED), or
      // its heartbeat learning of the shutdown (stopped: ActivityWorkerShutdownException).
      String doomedLog = log("doomed");
      assertThat(doomedLog).contains("Stopping: solves under way move to another worker.");
      for (String word : WORDS) {
        assertThat(doomedLog.lines().filter(line -> line.contains("-" + word.toLowerCase() + "-")))
            .as("%s recorded its interruption", word)
            .anyMatch(line -> line.contains("] INTERRUPTED: ") || line.contains("] stopped: "));
      }
    }
    // The survivor continues each solve from its recorded answer. Which attempt that is depends on
    // timing: an attempt that lands on the stopping worker first fails too (seen under load).
    assertThat(log("survivor"))
        .containsPattern("solving, attempt ([2-9]|\\d\\d+), from 1 recorded answers");
    assertThat(log("survivor").lines().filter(line -> line.contains("] solving, attempt ")))
        .hasSizeGreaterThanOrEqualTo(WORDS.size())
        .allMatch(line -> line.endsWith(", from 1 recorded answers"));
    assertThat(survivor.isAlive()).isTrue();
    // The next sandbox on this host sweeps what the killed worker's runs left behind.
    DockerSandbox.connect(SandboxLimits.defaults());
    assertThat(containersLeft()).isEmpty();
  }

  private Process worker(String name, int port) throws IOException {
    Path jar =
        Path.of("target", "azlon-temporal-" + System.getProperty("azlon.version") + "-worker.jar");
    Process process =
        WorkerJvm.start(
            jar,
            "sk-test-worker-0123456789abcdef",
            logFile(name),
            "--target=localhost:" + port,
            "--task-queue=" + QUEUE,
            "--workflows=false",
            "--concurrent-solves=4",
            "--base-url=" + stub.baseUrl(),
            "--heartbeat=PT0.5S",
            "--output=" + temp.resolve(name),
            "--name=" + name);
    workers.add(process);
    return process;
  }

  /** Kept in target/ after the test, for whoever reads a failure. */
  private static Path logFile(String name) throws IOException {
    return Files.createDirectories(Path.of("target", "two-workers")).resolve(name + ".log");
  }

  private String log(String name) throws IOException {
    Path log = logFile(name);
    return Files.exists(log) ? Files.readString(log) : "";
  }

  private static List<String> containersLeft() throws Exception {
    Process docker =
        new ProcessBuilder(
                "docker", "ps", "-a", "-q", "--filter", "label=" + DockerSandbox.RUN_LABEL)
            .redirectErrorStream(true)
            .start();
    String out = new String(docker.getInputStream().readAllBytes());
    docker.waitFor(30, TimeUnit.SECONDS);
    return out.lines().filter(l -> !l.isBlank()).toList();
  }
}
