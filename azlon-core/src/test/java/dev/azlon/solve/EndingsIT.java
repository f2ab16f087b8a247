package dev.azlon.solve;

import static dev.azlon.testing.Answers.candidate;
import static dev.azlon.testing.Answers.review;
import static org.assertj.core.api.Assertions.assertThat;

import dev.azlon.model.ModelUnavailableException;
import dev.azlon.model.OpenAiModels;
import dev.azlon.report.Reports;
import dev.azlon.run.RunState;
import dev.azlon.testing.InMemorySandbox;
import dev.azlon.testing.OpenAiStub;
import dev.azlon.testing.ScriptedChatModel;
import dev.azlon.testing.TestChat;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs that end without a verdict leave a record: a model that cannot be had (over real HTTP), and
 * a JVM stopped mid-run.
 */
class EndingsIT {

  private static final String DOCKERFILE = "FROM base\nCMD cat out.txt\n";
  private static final SolveSpec SPEC =
      new SolveSpec("Greet Azlon.", "Prints Hello, Azlon", 3, "base");

  @TempDir Path output;
  private final OpenAiStub stub = OpenAiStub.start();

  @AfterEach
  void stop() {
    stub.close();
  }

  @Test
  void connectionRefusedAfterRetriesLeavesAStoppedResumableRunWithReports() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }

    SolveResult result = solver("http://127.0.0.1:" + closedPort + "/v1").solve(SPEC);

    assertThat(result.outcome()).isEqualTo(Outcome.MODEL_UNAVAILABLE);
    assertThat(result.cause()).isInstanceOf(ModelUnavailableException.class);
    assertThat(((ModelUnavailableException) result.cause()).isRetriable()).isTrue();
    assertThat(result.detail()).contains("Could not connect").contains("gave up after 3");
    assertStoppedWithReports(result, "MODEL_UNAVAILABLE");
  }

  @Test
  void rateLimitedUntilTheRetryCapInTheSecondIterationKeepsTheFirst() throws Exception {
    stub.answer(candidate(DOCKERFILE, "out.txt", "Hello"))
        .fail(429, "Rate limit reached")
        .fail(429, "Rate limit reached")
        .fail(429, "Rate limit reached");

    SolveResult result = solver(stub.baseUrl()).solve(SPEC);

    assertThat(result.outcome()).isEqualTo(Outcome.MODEL_UNAVAILABLE);
    assertThat(result.iterations()).isZero();
    assertThat(result.detail()).contains("in iteration 1").contains("gave up after 3 attempts");
    assertStoppedWithReports(result, "MODEL_UNAVAILABLE");
    assertThat(Files.readString(result.runDirectory().resolve("transcript.jsonl")))
        .contains("\"response\"")
        .contains("Rate limit reached");
  }

  @Test
  void ctrlCMidRunLeavesAnInterruptedResumableRunWithReports() throws Exception {
    String java = ProcessHandle.current().info().command().orElse("java");
    Process child =
        new ProcessBuilder(
                List.of(
                    java,
                    "-cp",
                    System.getProperty("java.class.path"),
                    SolveInChildJvm.class.getName(),
                    output.toString()))
            .redirectErrorStream(true)
            .start();
    try (BufferedReader lines =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      assertThat(lines.lines().filter(SolveInChildJvm.RUNNING::equals).findFirst()).isPresent();

      child.destroy(); // SIGTERM, as Ctrl-C or a CI cancel would send
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    } finally {
      child.destroyForcibly();
    }

    Path run;
    try (var runs = Files.list(output)) {
      run = runs.findFirst().orElseThrow();
    }
    RunState state = RunState.read(run).orElseThrow();
    assertThat(state.status()).isEqualTo(RunState.STOPPED);
    assertThat(state.outcome()).isEqualTo("INTERRUPTED");
    assertThat(state.detail()).contains("iteration 1").contains("resume");
    for (String report : new String[] {Reports.JSON, Reports.MARKDOWN, Reports.HTML}) {
      assertThat(run.resolve(report)).exists();
    }

    ScriptedChatModel rest = new ScriptedChatModel().answer(review(true, "It greets."));
    SolveResult resumed =
        Solver.builder()
            .model(rest)
            .sandbox(InMemorySandbox.printingOutTxt())
            .outputDirectory(output)
            .build()
            .resume(SolveInChildJvm.SPEC, null);

    assertThat(resumed.outcome()).isEqualTo(Outcome.SOLVED);
    assertThat(resumed.runDirectory()).isEqualTo(run);
    assertThat(rest.requests()).hasSize(1); // the candidate came from the transcript
  }

  private Solver solver(String baseUrl) {
    return Solver.builder()
        .model(OpenAiModels.chatModel(baseUrl, null, "gpt-4o", Duration.ofSeconds(5)))
        .sandbox(InMemorySandbox.printingOutTxt())
        .outputDirectory(output)
        .retryPolicy(TestChat.QUICK_RETRIES)
        .build();
  }

  static void assertStoppedWithReports(SolveResult result, String outcome) throws Exception {
    RunState state = RunState.read(result.runDirectory()).orElseThrow();
    assertThat(state.status()).isEqualTo(RunState.STOPPED);
    assertThat(state.outcome()).isEqualTo(outcome);
    assertThat(state.detail()).isEqualTo(result.detail());
    for (String report : new String[] {Reports.JSON, Reports.MARKDOWN, Reports.HTML}) {
      assertThat(result.runDirectory().resolve(report)).exists();
    }
    assertThat(Files.readString(result.runDirectory().resolve(Reports.JSON)))
        .contains("\"outcome\" : \"" + outcome + "\"");
  }
}
