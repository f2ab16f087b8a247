package dev.azlon.solve;

import static dev.azlon.testing.Answers.candidate;
import static dev.azlon.testing.Answers.review;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.azlon.Redactor;
import dev.azlon.batch.SpecResult;
import dev.azlon.event.SolveEvent;
import dev.azlon.generate.Transcript;
import dev.azlon.report.JUnitReport;
import dev.azlon.report.Reports;
import dev.azlon.run.RunState;
import dev.azlon.testing.InMemorySandbox;
import dev.azlon.testing.ScriptedChatModel;
import dev.azlon.verdict.Check;
import dev.azlon.verdict.Checks;
import dev.langchain4j.model.chat.request.ChatRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Held-out acceptance checks: run after a solve, never seen by the model. */
class AcceptanceTest {

  private static final String DOCKERFILE = "FROM base\nCMD cat out.txt\n";

  /** Text that only the acceptance checks carry. */
  private static final String MARKER = "held-out-7f3a9c";

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path output;
  @TempDir Path reports;
  private final ScriptedChatModel model = new ScriptedChatModel();
  private final InMemorySandbox sandbox = InMemorySandbox.printingOutTxt();
  private final List<SolveEvent> events = new ArrayList<>();

  @Test
  void aSolutionThatPassesTheAcceptanceChecksIsSolvedAndTheyAreReported() throws Exception {
    model
        .answer(candidate(DOCKERFILE, "out.txt", "Hello, Azlon"))
        .answer(review(true, "It greets."));
    sandbox.onCommand(
        command -> InMemorySandbox.exited(0, "", "...\nRan 3 tests in 0.001s\n\nOK\n"));

    SolveResult result =
        solve(
            new Check.StdoutContains("Hello, Azlon"),
            new Check.Command("test " + MARKER, Duration.ofMinutes(1)));

    assertThat(result.outcome()).isEqualTo(Outcome.SOLVED);
    assertThat(result.detail()).endsWith("2 held-out acceptance checks passed.");
    // The program ran once in the loop and once more, afresh, for acceptance.
    assertThat(sandbox.runs()).isEqualTo(1);
    assertThat(sandbox.reruns()).isEqualTo(1);
    assertThat(sandbox.commands()).containsExactly("test " + MARKER);
    JsonNode summary = summary(result);
    assertThat(summary.path("outcome").asText()).isEqualTo("SOLVED");
    assertThat(summary.path("acceptance")).hasSize(2);
    assertThat(summary.path("acceptance").get(1).path("passed").asBoolean()).isTrue();
    assertThat(summary.path("acceptance").get(1).path("tests").path("passed").asInt()).isEqualTo(3);
    assertThat(Files.readString(result.runDirectory().resolve(Reports.HTML)))
        .contains("Held-out acceptance checks")
        .contains("passed command `test " + MARKER + "` succeeds (3 tests: 3 passed)");
  }

  @Test
  void aSolutionThatFailsOneEndsAcceptanceFailedAndIsNotTriedAgain() throws Exception {
    model.answer(candidate(DOCKERFILE, "out.txt", "Hello, world"));

    SolveResult result =
        Solver.builder()
            .model(model)
            .sandbox(sandbox)
            .outputDirectory(output)
            .listener(events::add)
            .build()
            .solve(
                spec(3, false)
                    .withAcceptance(
                        Checks.of(List.of(new Check.StdoutContains("Azlon " + MARKER)), false)));

    assertThat(result.outcome()).isEqualTo(Outcome.ACCEPTANCE_FAILED);
    assertThat(result.solved()).isFalse();
    assertThat(result.iterations()).isEqualTo(1);
    assertThat(model.requests()).hasSize(1);
    assertThat(result.detail())
        .startsWith(
            "The visible checks passed in iteration 1, but 1 of 1 held-out acceptance check")
        .contains("FAILED stdout contains \"Azlon " + MARKER + "\": stdout was \"Hello, world\"");
    assertThat(RunState.read(result.runDirectory()).orElseThrow().status())
        .isEqualTo(RunState.FINISHED);
    assertThat(events)
        .filteredOn(SolveEvent.Message.class::isInstance)
        .map(event -> ((SolveEvent.Message) event).text())
        .anyMatch(text -> text.startsWith("Acceptance: FAILED stdout contains"));

    JsonNode summary = summary(result);
    assertThat(summary.path("outcome").asText()).isEqualTo("ACCEPTANCE_FAILED");
    assertThat(summary.path("acceptance").get(0).path("passed").asBoolean()).isFalse();
    assertThat(Files.readString(result.runDirectory().resolve(Reports.MARKDOWN)))
        .contains("Held-out acceptance checks: 0/1 passed.");
    String junit =
        Files.readString(
            JUnitReport.write(reports, SpecResult.ran("greet", result), Redactor.patternsOnly()));
    assertThat(junit)
        .contains("failures=\"2\"")
        .contains("name=\"acceptance: stdout contains &quot;Azlon " + MARKER + "&quot;\"")
        .contains("type=\"ACCEPTANCE\"")
        .contains("type=\"ACCEPTANCE_FAILED\"");
  }

  @Test
  void noPromptTranscriptHistoryOrWorkspaceFileEverHoldsAnAcceptanceCheck() throws Exception {
    // Two iterations: the first fails its visible check, so the fix prompt is asked too.
    model
        .answer(candidate(DOCKERFILE, "out.txt", "Hello"))
        .answer(review(false, "Greet Azlon by name."))
        .answer(candidate(DOCKERFILE, "out.txt", "Hello, Azlon"))
        .answer(review(true, "It greets Azlon."));

    SolveResult result =
        solve(
            new Check.StdoutContains(MARKER),
            new Check.Command("grep -q " + MARKER + " out.txt", Duration.ofMinutes(1)));

    assertThat(result.outcome()).isEqualTo(Outcome.ACCEPTANCE_FAILED);
    assertThat(model.requests()).hasSize(4);
    for (ChatRequest request : model.requests()) {
      assertThat(request.messages().toString()).doesNotContain(MARKER).doesNotContain("held-out");
    }
    assertThat(Files.readString(result.runDirectory().resolve(Transcript.FILE_NAME)))
        .isNotEmpty()
        .doesNotContain(MARKER);
    try (Stream<Path> files = Files.walk(result.solutionDirectory())) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        assertThat(new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.UTF_8))
            .as(file.toString())
            .doesNotContain(MARKER);
      }
    }
    try (Git git = Git.open(result.solutionDirectory().toFile())) {
      for (RevCommit commit : git.log().call()) {
        assertThat(commit.getFullMessage()).doesNotContain(MARKER);
      }
    }
    // The reports, which are the user's, say what was checked.
    assertThat(summary(result).path("parameters").path("acceptance").toString()).contains(MARKER);
  }

  @Test
  void anAcceptanceCheckFromASpecIsEscapedInTheReportAndItsKeyRedacted() throws Exception {
    model.answer(candidate(DOCKERFILE, "out.txt", "Hello, world"));
    String key = "sk-proj-" + "a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6";

    SolveResult result =
        Solver.builder()
            .model(model)
            .sandbox(sandbox)
            .outputDirectory(output)
            .build()
            .solve(
                spec(3, false)
                    .withAcceptance(
                        Checks.of(
                            List.of(new Check.StdoutContains("<script>alert(1)</script> " + key)),
                            false)));

    assertThat(result.outcome()).isEqualTo(Outcome.ACCEPTANCE_FAILED);
    String html = Files.readString(result.runDirectory().resolve(Reports.HTML));
    assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>");
    for (String report : List.of(Reports.HTML, Reports.JSON, Reports.MARKDOWN)) {
      assertThat(Files.readString(result.runDirectory().resolve(report)))
          .as(report)
          .doesNotContain(key);
    }
    assertThat(result.detail()).doesNotContain(key);
  }

  @Test
  void onlyASetAcceptanceCheckIsPartOfWhatWasAsked() {
    SolveSpec plain = spec(3, true);
    SolveSpec held =
        plain.withAcceptance(Checks.of(List.of(new Check.StdoutContains("edge case")), false));
    SolveSpec other =
        plain.withAcceptance(Checks.of(List.of(new Check.StdoutContains("other case")), false));

    // Locks made before acceptance checks existed keep their fingerprint.
    assertThat(plain.task().inputs()).doesNotContainKey("acceptance");
    assertThat(held.task().inputs()).containsKey("acceptance");
    assertThat(held.task().fingerprint())
        .isNotEqualTo(plain.task().fingerprint())
        .isNotEqualTo(other.task().fingerprint());
    // Acceptance checks are run as listed: no implicit exit code check joins them.
    assertThat(held.acceptance().effective()).hasSize(1);
  }

  private SolveResult solve(Check... acceptance) {
    return Solver.builder()
        .model(model)
        .sandbox(sandbox)
        .outputDirectory(output)
        .listener(events::add)
        .build()
        .solve(spec(3, true).withAcceptance(Checks.of(List.of(acceptance), false)));
  }

  private static SolveSpec spec(int maxIterations, boolean judge) {
    return SolveSpec.builder()
        .prompt("Greet.")
        .testConditions("Prints a greeting.")
        .maxIterations(maxIterations)
        .baseImage("base")
        .checks(Checks.of(List.of(new Check.StdoutContains("Hello")), true))
        .judge(judge)
        .build();
  }

  private static JsonNode summary(SolveResult result) throws IOException {
    return JSON.readTree(result.runDirectory().resolve(Reports.JSON).toFile());
  }
}
