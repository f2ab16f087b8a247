package dev.azlon.sandbox;

import static dev.azlon.testing.Answers.pythonCandidate;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.azlon.report.Reports;
import dev.azlon.solve.Outcome;
import dev.azlon.solve.SolveResult;
import dev.azlon.solve.SolveSpec;
import dev.azlon.solve.Solver;
import dev.azlon.testing.DockerProxy;
import dev.azlon.testing.ScriptedChatModel;
import dev.azlon.testing.TestImages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testcontainers.dockerclient.TransportConfig;

/** The engine goes away while a candidate runs: the run ends as INFRA_FAILURE, on record. */
class DockerLostIT {

  @TempDir Path output;
  private DockerProxy proxy;
  private String runId;

  @AfterEach
  void removeWhatTheCutLeft() {
    proxy.close();
    if (runId != null) {
      DockerProbe.removeContainersLabelled(runId);
      DockerProbe.removeImagesOf(runId);
    }
  }

  @Test
  void aCutConnectionMidRunEndsAsInfraFailureWithStateAndReports() throws Exception {
    proxy = DockerProxy.start();
    DockerSandbox sandbox =
        DockerSandbox.connect(
            SandboxLimits.builder().runTimeout(Duration.ofMinutes(5)).build(),
            TransportConfig.builder().dockerHost(proxy.dockerHost()).build());
    ScriptedChatModel model =
        new ScriptedChatModel()
            .answer(
                pythonCandidate(
                    TestImages.PYTHON,
                    "import time\nprint('working', flush=True)\ntime.sleep(600)\n"));
    Solver solver = Solver.builder().model(model).sandbox(sandbox).outputDirectory(output).build();
    Thread cutter = new Thread(this::cutOnceACandidateRuns);
    cutter.start();

    SolveResult result =
        solver.solve(
            new SolveSpec("Work for ten minutes.", "Prints working", 3, TestImages.PYTHON));
    cutter.join();

    assertThat(result.outcome()).isEqualTo(Outcome.INFRA_FAILURE);
    assertThat(result.detail()).contains("Docker").contains("iteration 1");
    assertThat(model.requests()).hasSize(1);
    JsonNode state =
        new ObjectMapper().readTree(result.runDirectory().resolve("state.json").toFile());
    assertThat(state.path("status").asText()).isEqualTo("stopped");
    assertThat(state.path("outcome").asText()).isEqualTo("INFRA_FAILURE");
    for (String report : new String[] {Reports.JSON, Reports.MARKDOWN, Reports.HTML}) {
      assertThat(result.runDirectory().resolve(report)).exists();
    }
    assertThat(Files.readString(result.runDirectory().resolve(Reports.JSON)))
        .contains("\"outcome\" : \"INFRA_FAILURE\"");
  }

  /** Waits for the candidate's container through a side connection, then cuts the proxy. */
  private void cutOnceACandidateRuns() {
    Instant deadline = Instant.now().plusSeconds(120);
    try {
      while (Instant.now().isBefore(deadline)) {
        try (var runs = Files.list(output)) {
          runId = runs.map(run -> run.getFileName().toString()).findFirst().orElse(null);
        }
        if (runId != null && DockerProbe.runningContainersLabelled(runId) == 1) {
          proxy.cut();
          return;
        }
        Thread.sleep(100);
      }
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    proxy.cut();
  }
}
