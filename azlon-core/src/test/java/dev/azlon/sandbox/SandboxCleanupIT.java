package dev.azlon.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.azlon.InterruptedRunException;
import dev.azlon.testing.TestImages;
import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What a run leaves when its JVM is stopped (Ctrl-C, SIGTERM) or killed outright (SIGKILL), in the
 * style of Testcontainers' resource reaper tests: a child JVM runs a sleeping candidate.
 */
class SandboxCleanupIT {

  private final String runId = "child-" + UUID.randomUUID().toString().substring(0, 8);
  private Process child;

  @AfterEach
  void reap() {
    if (child != null && child.isAlive()) {
      child.destroyForcibly();
    }
  }

  @Test
  void stoppedJvmRemovesItsRunOnTheWayOut() throws Exception {
    child = startChildRunningACandidate();

    child.destroy(); // SIGTERM, as Ctrl-C or a CI cancel would send
    assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();

    assertThat(DockerProbe.resourcesLabelled(runId)).isZero();
  }

  @Test
  void killedJvmsLeftoversAreRemovedByTheNextConnect() throws Exception {
    child = startChildRunningACandidate();

    child.destroyForcibly(); // SIGKILL: no hook runs
    assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(DockerProbe.resourcesLabelled(runId)).isPositive();

    DockerSandbox.connect(SandboxLimits.defaults());

    assertThat(DockerProbe.resourcesLabelled(runId)).isZero();
  }

  @Test
  void aCandidateTheStopCutsShortIsAnInterruptionNotAResult() throws Exception {
    Path context = SessionInChildJvm.sleepingCandidate();
    DockerSandbox sandbox =
        DockerSandbox.connect(SandboxLimits.builder().runTimeout(Duration.ofMinutes(5)).build());
    DockerSession session = (DockerSession) sandbox.open(runId);
    try {
      CompletableFuture<CandidateRun> run =
          CompletableFuture.supplyAsync(() -> session.buildAndRun(context, 1));
      awaitTrue(() -> DockerProbe.runningContainersLabelled(runId) == 1, Duration.ofSeconds(60));

      // What the JVM's shutdown hook does on SIGTERM or Ctrl-C, while the candidate runs.
      session.stopForShutdown();

      // Its container was killed, but that is no exit code 137 for the model to fix.
      assertThatThrownBy(() -> run.get(60, TimeUnit.SECONDS))
          .isInstanceOf(ExecutionException.class)
          .cause()
          .isInstanceOf(InterruptedRunException.class)
          .hasMessageContaining("the JVM is stopping");
      assertThat(DockerProbe.resourcesLabelled(runId)).isZero();
    } finally {
      session.close();
    }
  }

  private Process startChildRunningACandidate() throws Exception {
    String java = ProcessHandle.current().info().command().orElse("java");
    Process process =
        new ProcessBuilder(
                List.of(
                    java,
                    "-cp",
                    System.getProperty("java.class.path"),
                    "-Dazlon.test.baseImage=" + TestImages.PYTHON,
                    SessionInChildJvm.class.getName(),
                    runId))
            .redirectErrorStream(true)
            .redirectOutput(new File("target/" + runId + ".log"))
            .start();
    awaitTrue(() -> DockerProbe.runningContainersLabelled(runId) == 1, Duration.ofSeconds(60));
    return process;
  }

  private static void awaitTrue(BooleanSupplier condition, Duration timeout)
      throws InterruptedException {
    Instant deadline = Instant.now().plus(timeout);
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("Not true within " + timeout);
      }
      Thread.sleep(100);
    }
  }
}
