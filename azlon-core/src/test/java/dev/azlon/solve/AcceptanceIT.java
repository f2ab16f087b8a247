package dev.azlon.solve;

import static dev.azlon.testing.Answers.candidate;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.azlon.report.Reports;
import dev.azlon.sandbox.DockerSandbox;
import dev.azlon.sandbox.SandboxLimits;
import dev.azlon.testing.Answers;
import dev.azlon.testing.ScriptedChatModel;
import dev.azlon.testing.TestImages;
import dev.azlon.verdict.Check;
import dev.azlon.verdict.Checks;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Held-out acceptance checks on a real engine: each runs in a fresh container of the final image,
 * which holds the image's files and nothing else of the run.
 */
class AcceptanceIT {

  /**
   * Prints its container's host name and leaves a file in its own /tmp; it ignores {@code --shout},
   * which only a held-out check asks for.
   */
  private static final String MAIN =
      "import socket\n"
          + "open('/tmp/left-by-the-loop', 'w').write('x')\n"
          + "print('hello from ' + socket.gethostname())\n";

  @TempDir Path output;

  @Test
  void eachAcceptanceCheckRunsInAFreshContainerOfTheFinalImage() throws Exception {
    ScriptedChatModel model =
        new ScriptedChatModel()
            .answer(candidate(Answers.pythonDockerfile(TestImages.PYTHON), "main.py", MAIN));
    String looksAround =
        "echo host $(hostname); ls -a /app; test ! -e /tmp/left-by-the-loop && echo clean";

    SolveResult result =
        Solver.builder()
            .model(model)
            .sandbox(DockerSandbox.connect(SandboxLimits.defaults()))
            .outputDirectory(output)
            .build()
            .solve(
                SolveSpec.builder()
                    .prompt("Greet.")
                    .testConditions("Prints hello.")
                    .maxIterations(1)
                    .baseImage(TestImages.PYTHON)
                    .checks(Checks.of(List.of(new Check.StdoutContains("hello")), true))
                    .judge(false)
                    .acceptance(
                        Checks.of(
                            List.of(
                                Check.StdoutMatches.of("^hello from \\S+$"),
                                new Check.Command(looksAround, Duration.ofSeconds(60)),
                                new Check.Command(
                                    "python3 main.py --shout | grep -q HELLO",
                                    Duration.ofSeconds(60))),
                            false))
                    .build());

    assertThat(result.outcome()).isEqualTo(Outcome.ACCEPTANCE_FAILED);
    JsonNode summary =
        new ObjectMapper().readTree(result.runDirectory().resolve(Reports.JSON).toFile());
    String loopHost =
        summary
            .path("iterations")
            .get(0)
            .path("output")
            .asText()
            .replaceAll("(?s).*hello from (\\S+).*", "$1");
    JsonNode acceptance = summary.path("acceptance");
    assertThat(acceptance).hasSize(3);
    assertThat(acceptance.get(0).path("passed").asBoolean()).isTrue();
    JsonNode looked = acceptance.get(1);
    assertThat(looked.path("passed").asBoolean()).as(looked.toString()).isTrue();
    String seen = looked.path("output").asText();
    // Its own container: another host name, no file the loop's run left, only the image's files.
    assertThat(loopHost).isNotBlank();
    assertThat(seen).contains("host ").doesNotContain(loopHost).contains("clean");
    assertThat(seen.lines().filter(line -> !line.startsWith("host ") && !line.equals("clean")))
        .containsExactlyInAnyOrder(".", "..", "Dockerfile", "main.py");
    assertThat(acceptance.get(2).path("passed").asBoolean()).isFalse();
    assertThat(result.detail()).contains("1 of 3 held-out acceptance checks failed");
  }
}
