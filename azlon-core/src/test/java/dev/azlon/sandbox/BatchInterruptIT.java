package dev.azlon.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.azlon.report.Reports;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ctrl-C while a batch's specs run: every run stopped on record, resumable, and no container. */
class BatchInterruptIT {

  private static final List<String> SPECS = List.of("first", "second");

  @TempDir Path output;
  private Process child;

  @AfterEach
  void reap() throws Exception {
    if (child != null && child.isAlive()) {
      child.destroyForcibly();
    }
    for (Path run : runs()) {
      DockerProbe.removeContainersLabelled(run.getFileName().toString());
      DockerProbe.removeImagesOf(run.getFileName().toString());
    }
  }

  @Test
  void stoppingABatchStopsEverySpecOnRecordAndRemovesTheirContainers() throws Exception {
    String java = ProcessHandle.current().info().command().orElse("java");
    child =
        new ProcessBuilder(
                List.of(
                    java,
                    "-cp",
                    System.getProperty("java.class.path"),
                    "-Dazlon.test.baseImage=" + dev.azlon.testing.TestImages.PYTHON,
                    BatchInChildJvm.class.getName(),
                    output.toString()))
            .redirectErrorStream(true)
            .redirectOutput(new File("target/batch-interrupt.log"))
            .start();
    awaitBothCandidatesRunning();

    child.destroy(); // SIGTERM, as Ctrl-C or a CI cancel would send
    assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();

    List<Path> runs = runs();
    assertThat(runs).hasSize(2);
    ObjectMapper json = new ObjectMapper();
    for (Path run : runs) {
      JsonNode state = json.readTree(run.resolve("state.json").toFile());
      assertThat(state.path("status").asText()).as(run.toString()).isEqualTo("stopped");
      assertThat(state.path("outcome").asText()).isEqualTo("INTERRUPTED");
      assertThat(run.resolve(Reports.HTML)).exists();
      assertThat(DockerProbe.resourcesLabelled(run.getFileName().toString())).isZero();
    }
  }

  private void awaitBothCandidatesRunning() throws Exception {
    Instant deadline = Instant.now().plusSeconds(120);
    while (Instant.now().isBefore(deadline)) {
      List<Path> runs = runs();
      if (runs.size() == 2
          && runs.stream()
              .allMatch(
                  run ->
                      DockerProbe.runningContainersLabelled(run.getFileName().toString()) == 1)) {
        return;
      }
      Thread.sleep(200);
    }
    throw new AssertionError(
        "The two candidates did not run within 120 s; see target/batch-interrupt.log");
  }

  /** The run folders under each spec's folder. */
  private List<Path> runs() throws Exception {
    List<Path> runs = new ArrayList<>();
    for (String spec : SPECS) {
      Path folder = output.resolve(spec);
      if (Files.isDirectory(folder)) {
        try (Stream<Path> list = Files.list(folder)) {
          list.filter(Files::isDirectory).forEach(runs::add);
        }
      }
    }
    return runs;
  }
}
