package dev.azlon.temporal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.azlon.sandbox.SandboxLimits;
import dev.azlon.solve.SolveSpec;
import dev.azlon.testing.InMemorySandbox;
import dev.azlon.testing.WordModel;
import dev.azlon.verdict.Check;
import dev.azlon.verdict.Checks;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowExecutionAlreadyStarted;
import io.temporal.client.WorkflowOptions;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.Worker;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A batch of specs as child workflows, on the in-memory test server. */
class BatchWorkflowTest {

  private static final String QUEUE = "azlon-batch-test";

  @TempDir Path work;

  private final TestWorkflowEnvironment environment = TestWorkflowEnvironment.newInstance();
  private final AtomicInteger active = new AtomicInteger();
  private final AtomicInteger most = new AtomicInteger();

  @AfterEach
  void stop() {
    environment.close();
  }

  @Test
  void runsEverySpecNeverMoreThanTheBoundAtOnceAndASecondSubmissionFindsTheFirst() {
    WorkflowClient client = environment.getWorkflowClient();
    InMemorySandbox slow =
        new InMemorySandbox(
            files -> {
              most.accumulateAndGet(active.incrementAndGet(), Math::max);
              try {
                Thread.sleep(300);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              } finally {
                active.decrementAndGet();
              }
              return InMemorySandbox.exited(0, files.getOrDefault("out.txt", ""), "");
            });
    WordModel model = new WordModel(Duration.ZERO);
    Worker worker = environment.newWorker(QUEUE);
    worker.registerWorkflowImplementationTypes(SolveWorkflowImpl.class, BatchWorkflowImpl.class);
    worker.registerActivitiesImplementations(TestActivities.of(model, slow, work, client));
    environment.start();
    List<SolveRequest> specs = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    for (String word : List.of("ALPHA", "BRAVO", "CHARLIE", "DELTA")) {
      SolveSpec spec =
          SolveSpec.builder()
              .prompt("Print " + word + ".")
              .testConditions("Prints " + word)
              .baseImage("base")
              .judge(false)
              .checks(Checks.of(List.of(new Check.StdoutContains(word)), true))
              .build();
      specs.add(SolveRequest.of(word.toLowerCase(), spec, SandboxLimits.defaults(), new byte[0]));
      ids.add(WorkflowIds.forSpec("build-7", word.toLowerCase(), spec));
    }
    WorkflowOptions options =
        WorkflowOptions.newBuilder()
            .setTaskQueue(QUEUE)
            .setWorkflowId(WorkflowIds.forBatch("build-7", "specs", ids))
            .build();
    BatchWorkflow batch = client.newWorkflowStub(BatchWorkflow.class, options);
    BatchRequest request = new BatchRequest(specs, ids, 2);
    WorkflowClient.start(batch::solve, request);

    BatchWorkflow again = client.newWorkflowStub(BatchWorkflow.class, options);
    assertThatThrownBy(() -> WorkflowClient.start(again::solve, request))
        .isInstanceOf(WorkflowExecutionAlreadyStarted.class);
    BatchReport report =
        client
            .newUntypedWorkflowStub(WorkflowIds.forBatch("build-7", "specs", ids))
            .getResult(BatchReport.class);

    assertThat(report.specs())
        .extracting(s -> s.name() + "=" + s.report().outcome())
        .containsExactly("alpha=SOLVED", "bravo=SOLVED", "charlie=SOLVED", "delta=SOLVED");
    assertThat(report.specs()).extracting(BatchReport.SpecReport::workflowId).isEqualTo(ids);
    assertThat(most).hasValue(2);
    assertThat(model.calls()).isEqualTo(4);
  }
}
