package dev.azlon.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.azlon.testing.Answers;
import dev.azlon.testing.InMemorySandbox;
import dev.azlon.testing.OpenAiStub;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real langchain4j OpenAI client against a local OpenAI-compatible server, over HTTP. */
class CoderIT {

  private static final String CANARY_KEY = "sk-canary0123456789abcdefCANARY";
  private static final Task TASK = new Task("Greet.", "Prints hello.", "base:1", "- rules");

  @TempDir Path temp;
  private final OpenAiStub stub = OpenAiStub.start();

  @AfterEach
  void stop() {
    stub.close();
  }

  private Coder coder() {
    return new Coder(
        OpenAiModels.chatModel(stub.baseUrl(), CANARY_KEY, "gpt-4o", Duration.ofSeconds(10)),
        new Transcript(temp.resolve(Transcript.FILE_NAME)));
  }

  @Test
  void asksForStrictJsonSchemaAndReadsTheCandidate() throws Exception {
    stub.answer(Answers.pythonCandidate("base:1", "print('hello')"));

    Proposal proposal = coder().generate(TASK);

    assertThat(proposal.changes().dockerfile()).startsWith("FROM base:1");
    assertThat(proposal.changes().files()).singleElement()
        .satisfies(f -> assertThat(f.path()).isEqualTo("main.py"));
    assertThat(proposal.tokens()).isEqualTo(120);
    JsonNode request = stub.requests().get(0);
    assertThat(request.path("model").asText()).isEqualTo("gpt-4o");
    JsonNode format = request.path("response_format");
    assertThat(format.path("type").asText()).isEqualTo("json_schema");
    assertThat(format.path("json_schema").path("strict").asBoolean()).isTrue();
    assertThat(format.path("json_schema").path("schema").path("additionalProperties").asBoolean())
        .isFalse();
    assertThat(request.path("messages").get(0).path("role").asText()).isEqualTo("system");
  }

  @Test
  void reviewWithNullFilesMeansKeepEverything() throws Exception {
    stub.answer(Answers.review(true, "It prints hello."));

    Review review = coder().review(TASK, Map.of("main.py", "print('hello')"),
        InMemorySandbox.exited(0, "hello\n", ""), List.of());

    assertThat(review.result()).isTrue();
    assertThat(review.reason()).isEqualTo("It prints hello.");
    assertThat(review.changes().isEmpty()).isTrue();
    assertThat(stub.requests().get(0).path("response_format").path("json_schema")
        .path("name").asText()).isEqualTo("review");
  }

  @Test
  void malformedAnswerIsAnInvalidAnswerNotAFailure() {
    stub.answer("{\"dockerfile\": \"FROM base:1\", ");

    assertThatThrownBy(() -> coder().generate(TASK))
        .isInstanceOf(InvalidAnswerException.class)
        .hasMessageContaining("not valid JSON");
  }

  @Test
  void rejectedKeyIsNotRetriableAndNeverQuoted() throws IOException {
    stub.fail(401, "Incorrect API key provided: " + CANARY_KEY);

    assertThatThrownBy(() -> coder().generate(TASK))
        .isInstanceOfSatisfying(ModelException.class, e -> {
          assertThat(e.isRetriable()).isFalse();
          assertThat(e.getMessage()).contains("refused the API key").doesNotContain(CANARY_KEY);
        });
    assertThat(Files.readString(temp.resolve(Transcript.FILE_NAME))).doesNotContain(CANARY_KEY)
        .contains("\"error\"");
  }

  @Test
  void serverErrorIsRetriable() {
    stub.fail(500, "overloaded");

    assertThatThrownBy(() -> coder().generate(TASK))
        .isInstanceOfSatisfying(ModelException.class, e -> assertThat(e.isRetriable()).isTrue());
    assertThat(stub.requests()).hasSize(1);
  }

  @Test
  void unreachableServerIsRetriable() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    Coder coder = new Coder(
        OpenAiModels.chatModel("http://127.0.0.1:" + closedPort + "/v1", null, "gpt-4o",
            Duration.ofSeconds(5)),
        new Transcript(temp.resolve(Transcript.FILE_NAME)));

    assertThatThrownBy(() -> coder.generate(TASK))
        .isInstanceOfSatisfying(ModelException.class, e -> {
          assertThat(e.isRetriable()).isTrue();
          assertThat(e.getMessage()).startsWith("Could not connect to the model server");
        });
  }

  @Test
  void transcriptRecordsTheExchangeAndReplaysIt() throws Exception {
    stub.answer(Answers.pythonCandidate("base:1", "print('hello')"));
    Proposal live = coder().generate(TASK);

    Coder replayed = new Coder(ReplayChatModel.from(temp.resolve(Transcript.FILE_NAME)),
        new Transcript(temp.resolve("again.jsonl")));

    assertThat(replayed.generate(TASK).changes()).isEqualTo(live.changes());
    assertThat(stub.requests()).hasSize(1);
  }
}
