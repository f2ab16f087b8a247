package dev.azlon.run;

import dev.azlon.ConfigurationException;
import dev.azlon.Setting;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/** Finds runs to resume among an output directory's run folders. */
public final class RunFolders {

  private RunFolders() {}

  /** The named run, or the latest unfinished one; refuses finished or unknown runs. */
  public static Path resumable(Path outputDirectory, String runId) {
    if (runId != null) {
      Path folder = outputDirectory.resolve(runId).normalize();
      RunState state =
          folder.startsWith(outputDirectory.normalize())
              ? RunState.read(folder).orElse(null)
              : null;
      if (state == null) {
        throw new ConfigurationException(
            Setting.RESUME,
            "There is no run "
                + runId
                + " in "
                + outputDirectory
                + "; name a run folder there, or use resume=true for the latest.");
      }
      if (!state.resumable()) {
        throw new ConfigurationException(
            Setting.RESUME,
            "Run " + runId + " has finished (" + state.outcome() + "); start a new run instead.");
      }
      return folder;
    }
    return latestUnfinished(outputDirectory)
        .orElseThrow(
            () ->
                new ConfigurationException(
                    Setting.RESUME,
                    "There is no unfinished run in " + outputDirectory + " to resume."));
  }

  public static void checkSameTask(Path runDirectory, String fingerprint) {
    RunState state = RunState.read(runDirectory).orElseThrow();
    if (!fingerprint.equals(state.spec())) {
      throw new ConfigurationException(
          Setting.RESUME,
          "Run "
              + runDirectory.getFileName()
              + " was"
              + " started for a different prompt, test conditions, images or checks. Resume it with"
              + " the same configuration, or start a new run.");
    }
  }

  public static void deleteWorkspace(Path runDirectory) {
    Path workspace = runDirectory.resolve("workspace");
    if (!Files.exists(workspace)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(workspace)) {
      for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not clear the workspace " + workspace, e);
    }
  }

  public static Optional<Path> latestUnfinished(Path outputDirectory) {
    if (!Files.isDirectory(outputDirectory)) {
      return Optional.empty();
    }
    try (Stream<Path> runs = Files.list(outputDirectory)) {
      return runs.filter(Files::isDirectory)
          .sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed())
          .filter(p -> RunState.read(p).map(RunState::resumable).orElse(false))
          .findFirst();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not list the runs in " + outputDirectory, e);
    }
  }
}
