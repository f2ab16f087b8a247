package dev.azlon.temporal;

import static dev.azlon.testing.Answers.candidate;
import static dev.azlon.testing.Answers.review;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.azlon.Redactor;
import dev.azlon.sandbox.SandboxException;
import dev.azlon.sandbox.SandboxLimits;
import dev.azlon.solve.Outcome;
import dev.azlon.solve.SolveSpec;
import dev.azlon.solve.Solver;
import dev.azlon.spec.PortableTask;
import dev.azlon.testing.InMemorySandbox;
import dev.azlon.testing.ScriptedChatModel;
import io.temporal.api.enums.v1.EventType;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowFailedException;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import io.temporal.failure.CanceledFailure;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.Worker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Solve workflows on Temporal's in-memory test server, with a scripted model and no Docker. */
class SolveWorkflowTest {

  private static final String QUEUE = "azlon-test";
  private static final String DOCKERFILE = "FROM base\nCMD cat out.txt\n";

  /** Two iterations: a first candidate, a review that fixes it, a second review that agrees. */
  private static final List<String> SCRIPT =
      List.of(
          candidate(DOCKERFILE, "out.txt", "Hello, world"),
          review(false, "Greet Azlon.", "out.txt", "Hello, Azlon"),
          review(true, "Greets Azlon."));

  private static final SolveSpec SPEC =
      new SolveSpec("Greet Azlon.", "Prints Hello, Azlon", 5, "base");

  @TempDir Path work;

  private TestWorkflowEnvironment environment;
  private WorkflowClient client;

  @BeforeEach
  void start() {
    environment = TestWorkflowEnvironment.newInstance();
    client = environment.getWorkflowClient();
  }

  @AfterEach
  void stop() {
    environment.close();
  }

  private void worker(ScriptedChatModel model, InMemorySandbox sandbox, AtomicInteger attempts) {
    worker(model, sandbox, attempts, Redactor.patternsOnly());
  }

  private void worker(
      ScriptedChatModel model, InMemorySandbox sandbox, AtomicInteger attempts, Redactor redactor) {
    Worker worker = environment.newWorker(QUEUE);
    worker.registerWorkflowImplementationTypes(SolveWorkflowImpl.class);
    worker.registerActivitiesImplementations(
        new LocalSolveActivities(
            (folder, listener, limits) -> {
              attempts.incrementAndGet();
              return Solver.builder()
                  .redactor(redactor)
                  .model(model)
                  .sandbox(sandbox)
                  .outputDirectory(folder)
                  .listener(listener)
                  .build();
            },
            work,
            client,
            Duration.ofMillis(200),
            "test-worker",
            redactor));
    environment.start();
  }

  private SolveWorkflow workflow(String id) {
    return client.newWorkflowStub(
        SolveWorkflow.class,
        WorkflowOptions.newBuilder().setTaskQueue(QUEUE).setWorkflowId(id).build());
  }

  private static SolveRequest request(SolveSpec spec) {
    return new SolveRequest(
        "greet",
        PortableTask.of(spec, SandboxLimits.defaults()).values(),
        new byte[0],
        5_000,
        120_000);
  }

  private static ScriptedChatModel scripted(List<String> answers) {
    ScriptedChatModel model = new ScriptedChatModel();
    answers.forEach(model::answer);
    return model;
  }

  @Test
  void solvesAndAnswersTheProgressQuery() throws Exception {
    ScriptedChatModel model = scripted(SCRIPT);
    worker(model, InMemorySandbox.printingOutTxt(), new AtomicInteger());
    SolveWorkflow workflow = workflow("greet-1");

    SolveReport report = workflow.solve(request(SPEC));

    assertThat(report.outcome()).isEqualTo("SOLVED");
    assertThat(report.iterations()).isEqualTo(2);
    assertThat(report.worker()).isEqualTo("test-worker");
    Path run = work.resolve("unpacked");
    FileArchive.unpack(report.runFolder(), run);
    assertThat(run.resolve("workspace/out.txt")).hasContent("Hello, Azlon");
    assertThat(run.resolve("summary.json")).content().contains("\"outcome\" : \"SOLVED\"");
    assertThat(run.resolve("workspace/.git")).doesNotExist();
    assertThat(run.resolve("transcript.jsonl")).doesNotExist();
    assertThat(workflow.progress().phase()).isEqualTo("SOLVED");
    assertThat(workflow.progress().lastVerdict()).isEqualTo("solved: Greets Azlon.");
    assertThat(workflow.progress().iteration()).isEqualTo(2);
  }

  @Test
  void aRetryContinuesFromTheCheckpointWithoutAskingTheModelAgain() {
    AtomicInteger runs = new AtomicInteger();
    InMemorySandbox flaky =
        new InMemorySandbox(
            files -> {
              if (runs.incrementAndGet() == 2) {
                throw new SandboxException("Docker failed: the engine went away", null);
              }
              return InMemorySandbox.exited(0, files.getOrDefault("out.txt", ""), "");
            });
    // Each answer exactly once: a repeated model call fails the script.
    ScriptedChatModel model = scripted(SCRIPT);
    AtomicInteger attempts = new AtomicInteger();
    worker(model, flaky, attempts);

    SolveReport report = workflow("greet-2").solve(request(SPEC));

    assertThat(report.outcome()).isEqualTo("SOLVED");
    assertThat(attempts).hasValue(2);
    assertThat(model.requests()).hasSize(SCRIPT.size());
    assertThat(work.resolve("greet-2/attempt-2/runs")).isDirectory();
  }

  @Test
  void aConfigurationErrorFailsWithoutARetry() {
    AtomicInteger attempts = new AtomicInteger();
    worker(
        scripted(SCRIPT),
        InMemorySandbox.printingOutTxt().missing(java.util.Map.of("base", "not on this engine")),
        attempts);

    assertThatThrownBy(() -> workflow("greet-3").solve(request(SPEC)))
        .isInstanceOf(WorkflowFailedException.class)
        .cause()
        .isInstanceOf(ActivityFailure.class)
        .cause()
        .isInstanceOfSatisfying(
            ApplicationFailure.class,
            failure -> {
              assertThat(failure.getType()).isEqualTo(Outcome.CONFIGURATION_ERROR.name());
              assertThat(failure.getOriginalMessage()).contains("base (not on this engine)");
            });
    assertThat(attempts).hasValue(1);
  }

  @Test
  void cancellingTheWorkflowInterruptsTheSolveOnRecord() throws Exception {
    CountDownLatch running = new CountDownLatch(1);
    InMemorySandbox endless =
        new InMemorySandbox(
            files -> {
              running.countDown();
              try {
                Thread.sleep(60_000);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new dev.azlon.InterruptedRunException("Interrupted while running", e);
              }
              throw new IllegalStateException("The test was to cancel this run.");
            });
    worker(scripted(SCRIPT), endless, new AtomicInteger());
    SolveWorkflow workflow = workflow("greet-4");
    WorkflowClient.start(workflow::solve, request(SPEC));
    assertThat(running.await(30, TimeUnit.SECONDS)).isTrue();

    WorkflowStub.fromTyped(workflow).cancel();

    assertThatThrownBy(() -> WorkflowStub.fromTyped(workflow).getResult(SolveReport.class))
        .isInstanceOf(WorkflowFailedException.class)
        .cause()
        .isInstanceOf(CanceledFailure.class);
    Path state = work.resolve("greet-4/attempt-1/runs");
    awaitInterruptedState(state);
    List<HistoryEvent> events = client.fetchHistory("greet-4").getHistory().getEventsList();
    assertThat(events)
        .anyMatch(e -> e.getEventType() == EventType.EVENT_TYPE_WORKFLOW_EXECUTION_CANCELED);
  }

  @Test
  void theWorkersKeyReachesNoPayloadAndNoHistoryEvent() {
    String key = "sk-canary-0123456789abcdef0123456789abcdef";
    ScriptedChatModel model =
        scripted(
            List.of(
                candidate(DOCKERFILE, "out.txt", "Hello, world"),
                review(
                    false, "The key " + key + " is not the greeting.", "out.txt", "Hello, Azlon"),
                review(true, "Greets Azlon; " + key + " stays out.")));
    AtomicInteger runs = new AtomicInteger();
    InMemorySandbox flaky =
        new InMemorySandbox(
            files -> {
              if (runs.incrementAndGet() == 2) {
                throw new SandboxException("Docker failed with " + key, null);
              }
              return InMemorySandbox.exited(0, files.getOrDefault("out.txt", ""), "");
            });
    worker(model, flaky, new AtomicInteger(), Redactor.of(key));
    SolveWorkflow workflow = workflow("greet-5");

    SolveReport report = workflow.solve(request(SPEC));

    assertThat(report.outcome()).isEqualTo("SOLVED");
    // Payloads are raw bytes in the history's protobuf form (its JSON form shows them in base64).
    String history =
        new String(
            client.fetchHistory("greet-5").getHistory().toByteArray(),
            java.nio.charset.StandardCharsets.ISO_8859_1);
    assertThat(history)
        .contains("Greet Azlon.")
        .contains("not solved: The key ***")
        .doesNotContain("sk-canary");
    assertThat(workflow.progress().toString()).doesNotContain(key);
    // Iteration 2's run failed and was retried; the retry ran both iterations again.
    assertThat(runs).hasValue(4);
  }

  @Test
  void aKeyTheModelWritesEscapedReachesNoProgressCheckpointOrResult() {
    String key = "azk.Quiet-Key-8472-zeta";
    String escaped = escaped(key);
    ScriptedChatModel model =
        scripted(
            List.of(
                candidate(DOCKERFILE, "out.txt", "Hello, world", "notes-" + key, "the key " + key)
                    .replace(key, escaped),
                review(false, "The key " + key + " is no greeting.", "out.txt", "Hello, Azlon")
                    .replace(key, escaped),
                review(true, "Greets Azlon; " + key + " stays out.").replace(key, escaped)));
    worker(model, InMemorySandbox.printingOutTxt(), new AtomicInteger(), Redactor.of(key));
    SolveWorkflow workflow = workflow("greet-6");

    SolveReport report = workflow.solve(request(SPEC));

    assertThat(report.outcome()).isEqualTo("SOLVED");
    String history =
        new String(
            client.fetchHistory("greet-6").getHistory().toByteArray(),
            java.nio.charset.StandardCharsets.ISO_8859_1);
    assertThat(history)
        .contains("Greets Azlon; *** stays out.")
        .doesNotContain(key)
        .doesNotContain(escaped)
        .doesNotContain(escaped(key.substring(8)));
    assertThat(workflow.progress().toString()).doesNotContain(key).doesNotContain(escaped);
  }

  private static String escaped(String text) {
    StringBuilder out = new StringBuilder();
    text.chars().forEach(c -> out.append(String.format("\\u%04x", c)));
    return out.toString();
  }

  @Test
  void aRunFolderOverThePayloadCapFailsClearlyAndIsNotRetried() {
    // Three files of random text, each under the 1 MiB a model's file may have, over 1.5 MiB
    // packed.
    java.util.Random random = new java.util.Random(3);
    String[] noise = new String[3];
    for (int i = 0; i < noise.length; i++) {
      byte[] bytes = new byte[675_000];
      random.nextBytes(bytes);
      noise[i] = java.util.Base64.getEncoder().encodeToString(bytes);
    }
    AtomicInteger attempts = new AtomicInteger();
    worker(
        scripted(
            List.of(
                candidate(
                    DOCKERFILE,
                    "out.txt",
                    "Hello, Azlon",
                    "a.txt",
                    noise[0],
                    "b.txt",
                    noise[1],
                    "c.txt",
                    noise[2]),
                review(true, "Greets Azlon."))),
        InMemorySandbox.printingOutTxt(),
        attempts);

    assertThatThrownBy(() -> workflow("greet-6").solve(request(SPEC)))
        .isInstanceOf(WorkflowFailedException.class)
        .cause()
        .cause()
        .isInstanceOfSatisfying(
            ApplicationFailure.class,
            failure -> {
              assertThat(failure.getType()).isEqualTo(Outcome.CONFIGURATION_ERROR.name());
              assertThat(failure.getOriginalMessage())
                  .startsWith(
                      "The run's reports and final files compress to more than 1572864 bytes")
                  .contains("2 MB");
            });
    assertThat(attempts).hasValue(1);
  }

  private static void awaitInterruptedState(Path runs) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (System.nanoTime() < deadline) {
      if (Files.isDirectory(runs)) {
        try (var folders = Files.list(runs)) {
          for (Path run : folders.toList()) {
            Path state = run.resolve("state.json");
            if (Files.exists(state) && Files.readString(state).contains("\"INTERRUPTED\"")) {
              return;
            }
          }
        }
      }
      Thread.sleep(100);
    }
    throw new AssertionError("No run in " + runs + " ended INTERRUPTED");
  }
}
