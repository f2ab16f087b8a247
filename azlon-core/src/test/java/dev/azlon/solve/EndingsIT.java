package dev.azlon.solve;

import static dev.azlon.testing.Answers.candidate;
import static org.assertj.core.api.Assertions.assertThat;

import dev.azlon.generate.ModelUnavailableException;
import dev.azlon.generate.OpenAiModels;
import dev.azlon.report.Reports;
import dev.azlon.testing.InMemorySandbox;
import dev.azlon.testing.OpenAiStub;
import dev.azlon.testing.TestChat;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A model that cannot be had ends the run with a record, over real HTTP. */
class EndingsIT {

  private static final String DOCKERFILE = "FROM base\nCMD cat out.txt\n";
  private static final SolveSpec SPEC = new SolveSpec("Greet Azlon.", "Prints Hello, Azlon", 3,
      "base");

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
        .fail(429, "Rate limit reached").fail(429, "Rate limit reached")
        .fail(429, "Rate limit reached");

    SolveResult result = solver(stub.baseUrl()).solve(SPEC);

    assertThat(result.outcome()).isEqualTo(Outcome.MODEL_UNAVAILABLE);
    assertThat(result.iterations()).isZero();
    assertThat(result.detail()).contains("in iteration 1").contains("gave up after 3 attempts");
    assertStoppedWithReports(result, "MODEL_UNAVAILABLE");
    assertThat(Files.readString(result.runDirectory().resolve("transcript.jsonl")))
        .contains("\"response\"").contains("Rate limit reached");
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
