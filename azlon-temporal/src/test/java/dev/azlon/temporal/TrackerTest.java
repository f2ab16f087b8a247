package dev.azlon.temporal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.azlon.Redactor;
import dev.azlon.budget.Usage;
import dev.azlon.event.SolveEvent;
import dev.azlon.verdict.Verdict;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.Worker;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What the solving worker tells the workflow, as its progress. */
class TrackerTest {

  private static final String QUEUE = "azlon-tracker-test";

  private final TestWorkflowEnvironment environment = TestWorkflowEnvironment.newInstance();
  private final CountDownLatch release = new CountDownLatch(1);

  @AfterEach
  void stop() {
    release.countDown();
    environment.close();
  }

  @Test
  void progressThatCouldNotBeSentIsSentNextTimeNotLost() throws Exception {
    WorkflowClient client = environment.getWorkflowClient();
    Worker worker = environment.newWorker(QUEUE);
    worker.registerWorkflowImplementationTypes(SolveWorkflowImpl.class);
    // An activity that waits, so the workflow is there to be told.
    worker.registerActivitiesImplementations(
        (SolveActivities)
            request -> {
              try {
                release.await();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              return new SolveReport("SOLVED", "", 1, 0, 0, 0, null, null, 0, "run", "w", null);
            });
    environment.start();
    Tracker tracker =
        new Tracker(Checkpoint.empty(), 1, "greet-1", client, Redactor.patternsOnly());
    tracker.on(
        new SolveEvent.VerdictReached(
            1, Verdict.failed("it printed nothing"), new Usage(10, 0, 5, Optional.empty())));

    tracker.reportIfChanged(); // no such workflow yet: the signal fails
    SolveWorkflow workflow =
        client.newWorkflowStub(
            SolveWorkflow.class,
            WorkflowOptions.newBuilder().setTaskQueue(QUEUE).setWorkflowId("greet-1").build());
    WorkflowClient.start(
        workflow::solve, new SolveRequest("greet", null, new byte[0], 5_000, 60_000));
    tracker.reportIfChanged();

    assertThat(workflow.progress().lastVerdict()).isEqualTo("not solved: it printed nothing");
    assertThat(workflow.progress().tokens()).isEqualTo(15);
  }
}
