package dev.azlon.solve;

import static dev.azlon.testing.Answers.candidate;
import static dev.azlon.testing.Answers.review;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.azlon.Redactor;
import dev.azlon.batch.SpecResult;
import dev.azlon.report.JUnitReport;
import dev.azlon.report.Reports;
import dev.azlon.sandbox.DockerSandbox;
import dev.azlon.sandbox.SandboxLimits;
import dev.azlon.testing.ScriptedChatModel;
import dev.azlon.testing.TestImages;
import dev.azlon.verdict.Check;
import dev.azlon.verdict.Checks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a command check printed, on a real engine: a unittest run's summary reaches the judge's
 * prompt, the report, summary.json and the JUnit XML, with the count of tests it ran.
 */
class CommandOutputIT {

  private static final String DOCKERFILE =
      "FROM " + TestImages.PYTHON + "\nCOPY . /app\nWORKDIR /app\nCMD [\"python3\", \"main.py\"]\n";

  private static final String TESTS =
      "import unittest\n\n\nclass GreetingTest(unittest.TestCase):\n"
          + "    def test_greets(self):\n        self.assertEqual('Hello'.lower(), 'hello')\n\n"
          + "    def test_counts(self):\n        self.assertEqual(len('Azlon'), 5)\n";

  @TempDir Path output;
  @TempDir Path reports;

  @Test
  void theTestsACommandRanReachTheJudgeTheReportsAndTheJUnitXml() throws Exception {
    ScriptedChatModel model =
        new ScriptedChatModel()
            .answer(candidate(DOCKERFILE, "main.py", "print('Hello')\n", "test_greeting.py", TESTS))
            .answer(review(true, "Two tests ran and passed."));

    SolveResult result =
        Solver.builder()
            .model(model)
            .sandbox(DockerSandbox.connect(SandboxLimits.defaults()))
            .outputDirectory(output)
            .build()
            .solve(
                SolveSpec.builder()
                    .prompt("Greet, with unit tests.")
                    .testConditions("Prints Hello; the unit tests pass.")
                    .maxIterations(1)
                    .baseImage(TestImages.PYTHON)
                    .checks(
                        Checks.of(
                            List.of(
                                new Check.Command(
                                    "python3 -m unittest -q", Duration.ofSeconds(60))),
                            true))
                    .build());

    assertThat(result.outcome()).isEqualTo(Outcome.SOLVED);
    assertThat(model.userText(1))
        .contains("- passed command `python3 -m unittest -q` succeeds (2 tests: 2 passed)")
        .contains("its output ended \"")
        .contains("Ran 2 tests in ");
    String html = Files.readString(result.runDirectory().resolve(Reports.HTML));
    assertThat(html)
        .contains("(2 tests: 2 passed)")
        .contains("What it printed")
        .contains("Ran 2 tests");
    JsonNode check =
        new ObjectMapper()
            .readTree(result.runDirectory().resolve(Reports.JSON).toFile())
            .path("iterations")
            .get(0)
            .path("checks")
            .get(1);
    assertThat(check.path("output").asText()).contains("Ran 2 tests").contains("OK");
    assertThat(check.path("tests").path("found").asInt()).isEqualTo(2);
    assertThat(check.path("tests").path("passed").asInt()).isEqualTo(2);
    Path xml = JUnitReport.write(reports, SpecResult.ran("greet", result), Redactor.patternsOnly());
    assertThat(Files.readString(xml))
        .contains("name=\"check: command `python3 -m unittest -q` succeeds\"")
        .contains("Ran 2 tests");
  }
}
