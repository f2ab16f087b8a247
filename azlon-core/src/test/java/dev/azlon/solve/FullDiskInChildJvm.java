package dev.azlon.solve;

import static dev.azlon.testing.Answers.candidate;
import static dev.azlon.testing.Answers.review;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.azlon.generate.Transcript;
import dev.azlon.run.RunState;
import dev.azlon.testing.InMemorySandbox;
import dev.azlon.testing.ScriptedChatModel;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A child JVM for {@link FullDiskIT}, run on a small tmpfs of its own: the disk fills up while the
 * first candidate runs, the run ends, space is freed, and the run is resumed. Prints one line per
 * fact for the parent to check. Arguments: the tmpfs folder.
 */
public final class FullDiskInChildJvm {

  private FullDiskInChildJvm() {}

  public static void main(String[] args) throws Exception {
    Path disk = Path.of(args[0]);
    Path output = Files.createDirectories(disk.resolve("runs"));
    Path filler = disk.resolve("filler");
    InMemorySandbox fillingTheDisk =
        new InMemorySandbox(
            files -> {
              fill(filler);
              return InMemorySandbox.exited(0, files.getOrDefault("out.txt", ""), "");
            });
    ScriptedChatModel model =
        new ScriptedChatModel()
            .answer(candidate("FROM base\nCMD cat out.txt\n", "out.txt", "Hello, Azlon"))
            .answer(review(true, "It greets."));

    SolveResult full =
        Solver.builder()
            .model(model)
            .sandbox(fillingTheDisk)
            .outputDirectory(output)
            .build()
            .solve(SolveInChildJvm.SPEC);
    System.out.println("full-disk outcome " + full.outcome());
    System.out.println("full-disk detail " + full.detail());
    System.out.println(
        "full-disk transcript lines parse "
            + parses(full.runDirectory().resolve(Transcript.FILE_NAME)));

    Files.delete(filler);
    ScriptedChatModel rest = new ScriptedChatModel().answer(review(true, "It greets."));
    SolveResult resumed =
        Solver.builder()
            .model(rest)
            .sandbox(InMemorySandbox.printingOutTxt())
            .outputDirectory(output)
            .build()
            .resume(SolveInChildJvm.SPEC, null);
    System.out.println("resumed outcome " + resumed.outcome());
    System.out.println("resumed same run " + resumed.runDirectory().equals(full.runDirectory()));
    System.out.println("resumed model calls " + rest.requests().size());
    System.out.println(
        "resumed state "
            + RunState.read(resumed.runDirectory()).map(RunState::status).orElse("none"));
  }

  /** Writes until the disk is full. */
  private static void fill(Path filler) {
    byte[] block = new byte[64 * 1024];
    try (OutputStream out = Files.newOutputStream(filler)) {
      while (true) {
        out.write(block);
      }
    } catch (IOException full) {
      // "No space left on device": what we wanted.
    }
  }

  private static boolean parses(Path transcript) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<String> lines = Files.readAllLines(transcript);
    for (String line : lines) {
      json.readTree(line);
    }
    return !lines.isEmpty();
  }
}
