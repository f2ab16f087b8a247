package dev.azlon.temporal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.azlon.batch.BatchBudget;
import dev.azlon.batch.BatchTask;
import dev.azlon.batch.SpecResult;
import dev.azlon.event.SolveEvent;
import dev.azlon.remote.RemoteBatch;
import dev.azlon.remote.RemoteBatchSolver;
import dev.azlon.remote.RemoteOptions;
import dev.azlon.sandbox.SandboxLimits;
import dev.azlon.solve.Outcome;
import dev.azlon.solve.SolveSpec;
import dev.azlon.testing.InMemorySandbox;
import dev.azlon.testing.WordModel;
import dev.azlon.verdict.Check;
import dev.azlon.verdict.Checks;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.Worker;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder's specs submitted as one batch and followed, through the solver the plugin finds. */
class RemoteBatchTest {

  private static final RemoteOptions OPTIONS =
      new RemoteOptions("in-memory", "default", "azlon-remote-batch", "build-11", false);

  @TempDir Path temp;

  private final TestWorkflowEnvironment environment = TestWorkflowEnvironment.newInstance();
  private final List<String> events = new CopyOnWriteArrayList<>();
  private final WordModel model = new WordModel(Duration.ofMillis(700));

  @AfterEach
  void stop() {
    environment.close();
  }

  private TemporalRemoteSolver worker(InMemorySandbox sandbox) {
    Worker worker = environment.newWorker(OPTIONS.taskQueue());
    worker.registerWorkflowImplementationTypes(SolveWorkflowImpl.class, BatchWorkflowImpl.class);
    worker.registerActivitiesImplementations(
        TestActivities.of(model, sandbox, temp.resolve("worker"), environment.getWorkflowClient()));
    environment.start();
    return new TemporalRemoteSolver(o -> environment.getWorkflowClient());
  }

  private static List<BatchTask> tasks(String... words) {
    List<BatchTask> tasks = new ArrayList<>();
    for (String word : words) {
      tasks.add(
          new BatchTask(
              word.toLowerCase(),
              SolveSpec.builder()
                  .prompt("Print " + word + ".")
                  .testConditions("Prints " + word)
                  .baseImage(word.equals("GHOST") ? "ghost" : "base")
                  .judge(false)
                  .checks(Checks.of(List.of(new Check.StdoutContains(word)), true))
                  .build(),
              SandboxLimits.defaults()));
    }
    return tasks;
  }

  private void listen(String name, SolveEvent event) {
    if (event instanceof SolveEvent.Message message) {
      events.add("[" + name + "] " + message.text());
    }
  }

  @Test
  void theServiceLoaderFindsItForBatchesToo() {
    assertThat(RemoteBatchSolver.find(getClass().getClassLoader()))
        .hasValueSatisfying(solver -> assertThat(solver.engine()).isEqualTo("Temporal"));
  }

  @Test
  void everySpecIsSolvedRemotelyWithItsProgressAndItsRunFolderHere() {
    TemporalRemoteSolver remote = worker(InMemorySandbox.printingOutTxt());
    List<BatchTask> tasks = tasks("ALPHA", "BRAVO", "CHARLIE");

    RemoteBatch batch = remote.submitBatch("specs", tasks, new BatchBudget(2, null, null), OPTIONS);
    RemoteBatch again = remote.submitBatch("specs", tasks, new BatchBudget(2, null, null), OPTIONS);
    List<SpecResult> results =
        remote.followBatch(batch, OPTIONS, this::listen, temp.resolve("target/azlon"));

    assertThat(again).isEqualTo(batch);
    assertThat(batch.id()).startsWith("azlon-build-11-batch-specs-");
    assertThat(batch.solves().keySet()).containsExactly("alpha", "bravo", "charlie");
    assertThat(results)
        .extracting(r -> r.name() + "=" + r.result().outcome())
        .containsExactly("alpha=SOLVED", "bravo=SOLVED", "charlie=SOLVED");
    for (SpecResult result : results) {
      assertThat(result.result().runDirectory().getParent())
          .isEqualTo(temp.resolve("target/azlon").resolve(result.name()));
      assertThat(result.result().solutionDirectory().resolve("out.txt"))
          .hasContent(result.name().toUpperCase());
    }
    assertThat(events)
        .anyMatch(e -> e.startsWith("[alpha] Remote: iteration 1/"))
        .anyMatch(e -> e.startsWith("[charlie] Solved remotely by worker-1"));
    assertThat(model.calls()).isEqualTo(3);
    // The batch's own result stays small: the run folders travel with each spec's workflow.
    BatchReport report =
        environment
            .getWorkflowClient()
            .newUntypedWorkflowStub(batch.id())
            .getResult(BatchReport.class);
    assertThat(report.specs()).allMatch(s -> s.report().runFolder() == null);
  }

  @Test
  void aChangedFolderIsAnotherBatch() {
    TemporalRemoteSolver remote = worker(InMemorySandbox.printingOutTxt());

    RemoteBatch first =
        remote.submitBatch("specs", tasks("ALPHA"), new BatchBudget(1, null, null), OPTIONS);
    RemoteBatch second =
        remote.submitBatch(
            "specs", tasks("ALPHA", "BRAVO"), new BatchBudget(1, null, null), OPTIONS);

    assertThat(second.id()).isNotEqualTo(first.id());
    assertThat(second.solves()).containsEntry("alpha", first.solves().get("alpha"));
    assertThat(remote.followBatch(second, OPTIONS, this::listen, temp.resolve("out")))
        .extracting(r -> r.name() + "=" + r.result().outcome())
        .containsExactly("alpha=SOLVED", "bravo=SOLVED");
  }

  @Test
  void aSpecTheWorkersCannotRunFailsAloneAndTheBudgetStopsTheRest() {
    TemporalRemoteSolver remote =
        worker(InMemorySandbox.printingOutTxt().missing(Map.of("ghost", "not on this engine")));

    RemoteBatch batch =
        remote.submitBatch(
            "specs",
            tasks("GHOST", "ALPHA", "BRAVO", "CHARLIE"),
            new BatchBudget(1, 1L, null),
            OPTIONS);
    List<SpecResult> results =
        remote.followBatch(batch, OPTIONS, this::listen, temp.resolve("target/azlon"));

    SpecResult ghost = results.get(0);
    assertThat(ghost.result().outcome()).isEqualTo(Outcome.CONFIGURATION_ERROR);
    assertThat(ghost.result().detail()).contains("ghost (not on this engine)");
    assertThat(ghost.result().runDirectory()).isNull();
    assertThat(results.get(1).result().outcome()).isEqualTo(Outcome.SOLVED);
    // The ghost used no tokens; alpha used the budget up, so bravo and charlie never started.
    assertThat(results.subList(2, 4))
        .allSatisfy(
            r ->
                assertThat(r.notStarted())
                    .startsWith("the batch's token budget (batchMaxTokens 1) was used up"));
    assertThat(model.calls()).isEqualTo(1);
  }

  @Test
  void specsSolvedUnderTheRunAreFetchedAndOnlyTheOthersAreSubmitted() {
    TemporalRemoteSolver remote = worker(InMemorySandbox.printingOutTxt());
    RemoteBatch first =
        remote.submitBatch("specs", tasks("ALPHA"), new BatchBudget(1, null, null), OPTIONS);
    remote.followBatch(first, OPTIONS, this::listen, temp.resolve("first"));

    RemoteBatch second =
        remote.submitBatch(
            "specs", tasks("ALPHA", "BRAVO"), new BatchBudget(1, null, null), OPTIONS);
    List<SpecResult> results =
        remote.followBatch(second, OPTIONS, this::listen, temp.resolve("second"));
    RemoteBatch third =
        remote.submitBatch(
            "specs", tasks("ALPHA", "BRAVO"), new BatchBudget(1, null, null), OPTIONS);
    List<SpecResult> again =
        remote.followBatch(third, OPTIONS, this::listen, temp.resolve("third"));

    assertThat(second.solvedEarlier()).containsExactly("alpha");
    assertThat(results)
        .extracting(r -> r.name() + "=" + r.result().outcome())
        .containsExactly("alpha=SOLVED", "bravo=SOLVED");
    assertThat(results.get(0).result().runDirectory().getParent())
        .isEqualTo(temp.resolve("second/alpha"));
    assertThat(third.submitted()).isFalse();
    assertThat(third.solvedEarlier()).containsExactlyInAnyOrder("alpha", "bravo");
    assertThat(again)
        .extracting(r -> r.name() + "=" + r.result().outcome())
        .containsExactly("alpha=SOLVED", "bravo=SOLVED");
    assertThat(model.calls()).isEqualTo(2);
  }

  @Test
  void aBatchCancelledWhileFollowedReportsEachSpecAsItEnded() {
    TemporalRemoteSolver remote = worker(InMemorySandbox.printingOutTxt());
    RemoteBatch batch =
        remote.submitBatch(
            "specs", tasks("ALPHA", "BRAVO", "CHARLIE"), new BatchBudget(1, null, null), OPTIONS);
    AtomicBoolean cancelled = new AtomicBoolean();

    List<SpecResult> results =
        remote.followBatch(
            batch,
            OPTIONS,
            (name, event) -> {
              listen(name, event);
              // Cancelled from elsewhere (another build, the Temporal UI) while alpha runs.
              if (name.equals("alpha") && !cancelled.getAndSet(true)) {
                remote.cancel(batch.id(), OPTIONS);
              }
            },
            temp.resolve("target/azlon"));

    assertThat(results.get(0).result().outcome()).isEqualTo(Outcome.INTERRUPTED);
    assertThat(results.subList(1, 3))
        .allSatisfy(
            r ->
                assertThat(r.notStarted())
                    .isEqualTo(
                        "the remote batch " + batch.id() + " ended first: it was cancelled"));
  }
}
