package dev.azlon.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.azlon.InfrastructureException;
import dev.azlon.solve.Outcome;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * A run's progress on disk ({@code state.json}), replaced atomically after every phase, so an
 * interrupted run can be found and resumed and a finished one is never resumed by mistake.
 *
 * @param version the file's format version
 * @param runId the run folder's name
 * @param spec the fingerprint of what is being solved; a resume must match it
 * @param status {@code running}, {@code stopped} (any ending but a final one; resumable) or {@code
 *     finished} (solved, unsolved or stuck: never resumed)
 * @param iteration the iteration at work or last done
 * @param phase the last phase done: started, prompted, written, built, ran, judged, ended
 * @param outcome how it ended, once it has
 * @param detail why it ended, once it has
 */
public record RunState(
    int version,
    String runId,
    String spec,
    String status,
    int iteration,
    String phase,
    String outcome,
    String detail) {

  public static final String FILE_NAME = "state.json";
  public static final String RUNNING = "running";
  public static final String STOPPED = "stopped";
  public static final String FINISHED = "finished";

  private static final ObjectMapper JSON = new ObjectMapper();

  public static RunState started(String runId, String spec) {
    return new RunState(1, runId, spec, RUNNING, 0, "started", null, null);
  }

  public RunState at(int iteration, String phase) {
    return new RunState(version, runId, spec, RUNNING, iteration, phase, null, null);
  }

  public RunState ended(Outcome outcome, String detail) {
    String ending = outcome.isFinal() ? FINISHED : STOPPED;
    return new RunState(version, runId, spec, ending, iteration, "ended", outcome.name(), detail);
  }

  public boolean resumable() {
    return !FINISHED.equals(status);
  }

  public void write(Path runDirectory) {
    Path target = runDirectory.resolve(FILE_NAME);
    Path temporary = runDirectory.resolve(FILE_NAME + ".tmp");
    try {
      JSON.writerWithDefaultPrettyPrinter().writeValue(temporary.toFile(), this);
      Files.move(
          temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new InfrastructureException(
          "Could not record the run's state in " + target + ": " + e.getMessage(), e);
    }
  }

  public static Optional<RunState> read(Path runDirectory) {
    Path file = runDirectory.resolve(FILE_NAME);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(JSON.readValue(file.toFile(), RunState.class));
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read the run's state in " + file, e);
    }
  }
}
