package dev.azlon.maven;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.azlon.Redactor;
import dev.azlon.budget.Usage;
import dev.azlon.job.JobResult;
import dev.azlon.job.TaskEnding;
import dev.azlon.model.ModelRejectedException;
import dev.azlon.solve.Outcome;
import dev.azlon.solve.SolveResult;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** One outcome, one Maven result, wherever the task was solved: here, in a batch, remotely. */
class BuildResultTest {

  private static final Path RUN = Path.of("target/azlon/20261204-101010-000-abcd");
  private static final Path LOCK = Path.of("azlon.lock");

  @ParameterizedTest
  @EnumSource(
      value = Outcome.class,
      names = {"MODEL_REJECTED", "INFRA_FAILURE", "MODEL_UNAVAILABLE", "CONFIGURATION_ERROR"})
  void aStoppedSolveIsAnErrorWithOrWithoutARunFolderAloneOrInABatch(Outcome outcome) {
    // A remote worker's failure leaves no run folder here; a local one does.
    TaskEnding remote = ended(outcome, null);
    TaskEnding local = ended(outcome, RUN);

    for (TaskEnding ending : List.of(remote, local)) {
      assertThatThrownBy(() -> conclude(single(ending)))
          .as(outcome + (ending.run().runDirectory() == null ? " remote" : " local"))
          .isInstanceOf(MojoExecutionException.class);
      assertThatThrownBy(() -> conclude(batch(ending)))
          .as(outcome + " in a batch")
          .isInstanceOf(MojoExecutionException.class);
    }
  }

  @Test
  void aLockThatNoLongerPassesIsAFailureAloneAndInABatch() {
    TaskEnding failing =
        TaskEnding.lockFailed(
            "hello", LOCK, "The locked solution in azlon.lock no longer passes: x.", true);

    assertThatThrownBy(() -> conclude(single(failing)))
        .isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("no longer passes");
    assertThatThrownBy(() -> conclude(batch(failing)))
        .isInstanceOf(MojoFailureException.class)
        .hasMessageContaining(
            "hello: UNSOLVED, The locked solution in azlon.lock no longer passes");
  }

  @ParameterizedTest
  @EnumSource(
      value = Outcome.class,
      names = {"UNSOLVED", "STUCK", "ACCEPTANCE_FAILED", "BUDGET_EXCEEDED"})
  void aVerdictThatIsNotSolvedIsAFailureOrAWarning(Outcome outcome) {
    assertThatThrownBy(() -> conclude(single(ended(outcome, RUN))))
        .isInstanceOf(MojoFailureException.class);
    assertThatThrownBy(() -> conclude(batch(ended(outcome, RUN))))
        .isInstanceOf(MojoFailureException.class);
    TaskEnding tolerated = new TaskEnding("t", outcome, "why", result(outcome, RUN), null, false);
    assertThatCode(() -> conclude(single(tolerated))).doesNotThrowAnyException();
  }

  @Test
  void aFailedAcceptanceCheckSaysTheModelNeverSawIt() {
    assertThatThrownBy(() -> conclude(single(ended(Outcome.ACCEPTANCE_FAILED, RUN))))
        .isInstanceOf(MojoFailureException.class)
        .hasMessageStartingWith("Failed its held-out acceptance checks after 1 iteration")
        .hasMessageContaining("The model never sees <acceptance>")
        .hasMessageNotContaining("resume");
  }

  @Test
  void aStoppedSpecFailsABatchAsAnErrorEvenBesideAnUnsolvedOne() {
    JobResult result =
        new JobResult(
            List.of(ended(Outcome.UNSOLVED, RUN), ended(Outcome.INFRA_FAILURE, RUN)),
            true,
            false,
            false,
            List.of(),
            null,
            null);

    assertThatThrownBy(() -> conclude(result))
        .isInstanceOf(MojoExecutionException.class)
        .hasMessageContaining("2 specs were not solved")
        .hasMessageContaining("-Dazlon.resume=true");
  }

  @Test
  void solvedTakenFromALockAndNotStartedWhileResumingEndWell() {
    JobResult result =
        new JobResult(
            List.of(
                ended(Outcome.SOLVED, RUN),
                TaskEnding.fromLock("b", LOCK, true),
                TaskEnding.notStarted("c", "no unfinished run to resume", true)),
            true,
            true,
            false,
            List.of(),
            null,
            null);

    assertThatCode(() -> conclude(result)).doesNotThrowAnyException();
  }

  private static void conclude(JobResult result)
      throws MojoExecutionException, MojoFailureException {
    new BuildResult(
            new SystemStreamLog(),
            "the environment variable OPENAI_API_KEY",
            Redactor.patternsOnly())
        .conclude(result);
  }

  private static TaskEnding ended(Outcome outcome, Path runDirectory) {
    return TaskEnding.ran("t", result(outcome, runDirectory), true);
  }

  private static SolveResult result(Outcome outcome, Path runDirectory) {
    return new SolveResult(
        outcome,
        1,
        List.of(),
        runDirectory,
        runDirectory == null ? null : runDirectory.resolve("workspace"),
        new Usage(10, 0, 5, Optional.empty()),
        "It ended so.",
        Duration.ofSeconds(2),
        null,
        outcome.couldNotRun() ? new ModelRejectedException("Refused.", null) : null);
  }

  private static JobResult single(TaskEnding ending) {
    return new JobResult(List.of(ending), false, false, false, List.of(), null, null);
  }

  private static JobResult batch(TaskEnding ending) {
    return new JobResult(List.of(ending), true, false, false, List.of(), null, null);
  }
}
