package dev.azlon.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.azlon.budget.Budget;
import dev.azlon.budget.BudgetExceededException;
import dev.azlon.budget.Prices;
import dev.azlon.model.ModelRejectedException;
import dev.azlon.model.ModelUnavailableException;
import dev.azlon.model.OpenAiModels;
import dev.azlon.model.ReplayChatModel;
import dev.azlon.testing.Answers;
import dev.azlon.testing.InMemorySandbox;
import dev.azlon.testing.OpenAiStub;
import dev.azlon.testing.TestChat;
import dev.azlon.workspace.SourceFile;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real langchain4j OpenAI client against a local OpenAI-compatible server, over HTTP. */
class CoderIT {

  private static final String CANARY_KEY = "sk-canary0123456789abcdefCANARY";
  private static final Brief TASK = new Brief("Greet.", "Prints hello.", "base:1", "- rules");
  private static final String GOOD = Answers.pythonCandidate("base:1", "print('hello')");

  @TempDir Path temp;
  private final OpenAiStub stub = OpenAiStub.start();
  private TestChat chat;

  @AfterEach
  void stop() {
    stub.close();
  }

  private Coder coder() {
    return coder(Budget.unlimited(), AnswerCheck.NONE);
  }

  private Coder coder(Budget budget, AnswerCheck check) {
    chat = new TestChat(temp.resolve(Transcript.FILE_NAME), budget);
    return new Coder(
        OpenAiModels.chatModel(stub.baseUrl(), CANARY_KEY, "gpt-4o", Duration.ofSeconds(10)),
        chat.settings(),
        check);
  }

  @Test
  void asksForStrictJsonSchemaAndReadsTheCandidate() throws Exception {
    stub.answer(GOOD);

    Proposal proposal = coder().generate(TASK, Project.empty());

    assertThat(proposal.changes().dockerfile()).startsWith("FROM base:1");
    assertThat(proposal.changes().files()).extracting(SourceFile::path).containsExactly("main.py");
    assertThat(chat.settings().meter().usage().totalTokens()).isEqualTo(120);
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

    Project project =
        new Project(
            Map.of("main.py", "print('hello')"),
            Map.of(),
            InMemorySandbox.exited(0, "hello\n", ""));
    Review review = coder().review(TASK, project, List.of(), "");

    assertThat(review.result()).isTrue();
    assertThat(review.reason()).isEqualTo("It prints hello.");
    assertThat(review.changes().isEmpty()).isTrue();
    assertThat(
            stub.requests()
                .get(0)
                .path("response_format")
                .path("json_schema")
                .path("name")
                .asText())
        .isEqualTo("review");
  }

  @Test
  void rateLimitIsRetriedAfterTheServersRetryAfter() throws Exception {
    stub.rateLimit(1).answer(GOOD);

    Proposal proposal = coder().generate(TASK, Project.empty());

    assertThat(proposal.changes().files()).hasSize(1);
    assertThat(stub.requests()).hasSize(2);
    assertThat(chat.messages())
        .singleElement()
        .asString()
        .contains("Retrying in 1.0 s (attempt 2 of 3)");
  }

  @Test
  void serverErrorIsRetriedWithBackoffThenSucceeds() throws Exception {
    stub.fail(500, "overloaded").answer(GOOD);

    coder().generate(TASK, Project.empty());

    assertThat(stub.requests()).hasSize(2);
  }

  @Test
  void retriesStopAtTheLimitWithTheLastFailure() {
    stub.fail(500, "down").fail(502, "down").fail(503, "still down").answer(GOOD);

    assertThatThrownBy(() -> coder().generate(TASK, Project.empty()))
        .isInstanceOfSatisfying(
            ModelUnavailableException.class,
            e -> {
              assertThat(e.isRetriable()).isTrue();
              assertThat(e.getMessage()).contains("gave up after 3 attempts");
            });
    assertThat(stub.requests()).hasSize(3);
  }

  @Test
  void rejectedKeyFailsAtOnceAndIsNeverQuoted() throws IOException {
    stub.fail(401, "Incorrect API key provided: " + CANARY_KEY).answer(GOOD);

    assertThatThrownBy(() -> coder().generate(TASK, Project.empty()))
        .isInstanceOfSatisfying(
            ModelRejectedException.class,
            e -> {
              assertThat(e.isRetriable()).isFalse();
              assertThat(e.getMessage()).contains("refused the API key").doesNotContain(CANARY_KEY);
            });
    assertThat(stub.requests()).hasSize(1);
    assertThat(Files.readString(temp.resolve(Transcript.FILE_NAME)))
        .doesNotContain(CANARY_KEY)
        .contains("\"error\"");
  }

  @Test
  void exhaustedQuotaIsNotRetriedThoughItComesAs429() {
    stub.fail(429, "You exceeded your current quota, please check your plan and billing details.")
        .answer(GOOD);

    assertThatThrownBy(() -> coder().generate(TASK, Project.empty()))
        .isInstanceOfSatisfying(
            ModelRejectedException.class,
            e -> {
              assertThat(e.isRetriable()).isFalse();
              assertThat(e.getMessage()).contains("no quota left");
            });
    assertThat(stub.requests()).hasSize(1);
  }

  @Test
  void malformedAnswerGetsOneRepairRequestQuotingTheProblem() throws Exception {
    stub.answer("{\"dockerfile\": \"FROM base:1\", ").answer(GOOD);

    Proposal proposal = coder().generate(TASK, Project.empty());

    assertThat(proposal.changes().files()).hasSize(1);
    assertThat(lastUserMessage(1))
        .contains("Your previous answer to this could not be used")
        .contains("not valid JSON");
  }

  @Test
  void anAnswerCutOffAtTheOutputLimitIsAskedAgainWithTheHintToEdit() throws Exception {
    stub.cutOff("{\"dockerfile\": \"FROM base:1\", \"files\": [{\"filename\": \"main.py\"")
        .answer(GOOD);

    Proposal proposal = coder().generate(TASK, Project.empty());

    assertThat(proposal.changes().files()).extracting(SourceFile::path).containsExactly("main.py");
    assertThat(lastUserMessage(1))
        .contains("cut off at the output limit (finish_reason: length)")
        .contains("with edits");
  }

  @Test
  void anEditTravelsTheRealClientAndChangesOnlyItsExcerpt() throws Exception {
    String app = "def total(xs):\n    return sum(xs)\n\n\nprint(total([1, 2]))\n";
    stub.answer(
        "{\"dockerfile\": \"FROM base:1\", \"files\": [], \"edits\": [{\"filename\":"
            + " \"app.py\", \"search\": \"    return sum(xs)\\n\", \"replace\": \"    return"
            + " sum(xs) * 2\\n\"}], \"deletions\": null, \"needFiles\": null}");
    Project start =
        new Project(Map.of("app.py", app), Map.of(), InMemorySandbox.exited(0, "3\n", ""));

    Proposal proposal = coder().generate(TASK, start);

    assertThat(proposal.edited()).containsExactly("app.py");
    assertThat(proposal.changes().files())
        .containsExactly(new SourceFile("app.py", app.replace("sum(xs)\n", "sum(xs) * 2\n")));
    JsonNode schema =
        stub.requests().get(0).path("response_format").path("json_schema").path("schema");
    assertThat(schema.path("required").toString()).contains("\"edits\"");
  }

  @Test
  void secondUnusableAnswerEndsAsInvalid() {
    stub.answer("not json").answer("still not json").answer(GOOD);

    assertThatThrownBy(() -> coder().generate(TASK, Project.empty()))
        .isInstanceOf(InvalidAnswerException.class)
        .hasMessageContaining("not valid JSON");
    assertThat(stub.requests()).hasSize(2);
  }

  @Test
  void refusalIsRepairedLikeAnyUnusableAnswer() throws Exception {
    stub.refuse("I can't help with that.").answer(GOOD);

    coder().generate(TASK, Project.empty());

    assertThat(lastUserMessage(1)).contains("The model refused: I can't help with that.");
  }

  @Test
  void refusedFileNamesAreRepairedBeforeAnythingIsWritten() throws Exception {
    stub.answer(Answers.candidate("FROM base:1\n", "../escape.py", "x")).answer(GOOD);
    AnswerCheck noDotDot =
        changes ->
            changes.files().stream()
                .filter(f -> f.path().contains(".."))
                .map(f -> "'" + f.path() + "' leaves the project")
                .toList();

    Proposal proposal = coder(Budget.unlimited(), noDotDot).generate(TASK, Project.empty());

    assertThat(proposal.changes().files()).extracting(SourceFile::path).containsExactly("main.py");
    assertThat(lastUserMessage(1)).contains("'../escape.py' leaves the project");
  }

  @Test
  void serverWithoutJsonSchemaSupportGetsPlainJsonWithTheSchemaInThePrompt() throws Exception {
    stub.fail(400, "Invalid parameter: 'response_format' of type 'json_schema' is not supported")
        .answer(GOOD)
        .answer(GOOD);
    Coder coder = coder();

    coder.generate(TASK, Project.empty());
    coder.generate(TASK, Project.empty());

    assertThat(stub.requests()).hasSize(3);
    for (JsonNode request : stub.requests().subList(1, 3)) {
      assertThat(request.path("response_format").path("type").asText()).isEqualTo("json_object");
      assertThat(request.path("messages").get(0).path("content").asText())
          .contains("follows this JSON schema")
          .contains("\"dockerfile\"");
    }
    assertThat(chat.messages())
        .singleElement()
        .asString()
        .contains("does not accept JSON-schema answers");
  }

  @Test
  void budgetIsCheckedBeforeEveryCall() throws Exception {
    stub.answer(GOOD).answer(GOOD);
    Budget tokens =
        new Budget(Optional.of(100L), Optional.empty(), Optional.empty(), Optional.empty());
    Coder coder = coder(tokens, AnswerCheck.NONE);

    coder.generate(TASK, Project.empty());

    assertThatThrownBy(() -> coder.generate(TASK, Project.empty()))
        .isInstanceOf(BudgetExceededException.class)
        .hasMessageContaining("120 tokens used of the 100 allowed (maxTokens)");
    assertThat(stub.requests()).hasSize(1);
  }

  @Test
  void costBudgetBillsCachedInputAtTheCachedPrice() throws Exception {
    // Each call: 1,000 input tokens, all from the cache, and 20 out: $0.00145 at these prices,
    // $0.0027 if the cache were not counted.
    stub.answer(GOOD, 1_000, 1_000).answer(GOOD, 1_000, 1_000).answer(GOOD, 1_000, 1_000);
    Budget dollars =
        new Budget(
            Optional.empty(),
            Optional.of(new BigDecimal("0.0020")),
            Optional.empty(),
            Optional.of(Prices.of("2.50", "1.25", "10.00")));
    Coder coder = coder(dollars, AnswerCheck.NONE);

    coder.generate(TASK, Project.empty());
    coder.generate(TASK, Project.empty());

    assertThatThrownBy(() -> coder.generate(TASK, Project.empty()))
        .isInstanceOf(BudgetExceededException.class)
        .hasMessageContaining("an estimated $0.0029 spent of the $0.0020 allowed (maxCostUsd)");
    assertThat(chat.settings().meter().usage().cachedInputTokens()).isEqualTo(2_000);
    assertThat(stub.requests()).hasSize(2);
  }

  @Test
  void unreachableServerIsRetriableAndSaysSo() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    TestChat quick = new TestChat(temp.resolve(Transcript.FILE_NAME));
    Coder coder =
        new Coder(
            OpenAiModels.chatModel(
                "http://127.0.0.1:" + closedPort + "/v1", null, "gpt-4o", Duration.ofSeconds(5)),
            quick.settings(),
            AnswerCheck.NONE);

    assertThatThrownBy(() -> coder.generate(TASK, Project.empty()))
        .isInstanceOfSatisfying(
            ModelUnavailableException.class,
            e -> {
              assertThat(e.isRetriable()).isTrue();
              assertThat(e.getMessage()).startsWith("Could not connect to the model server");
            });
  }

  @Test
  void transcriptRecordsTheExchangeAndReplaysIt() throws Exception {
    stub.answer(GOOD);
    Proposal live = coder().generate(TASK, Project.empty());

    Coder replayed =
        new Coder(
            ReplayChatModel.from(temp.resolve(Transcript.FILE_NAME)),
            new TestChat(temp.resolve("again.jsonl")).settings(),
            AnswerCheck.NONE);

    assertThat(replayed.generate(TASK, Project.empty()).changes()).isEqualTo(live.changes());
    assertThat(stub.requests()).hasSize(1);
  }

  private String lastUserMessage(int request) {
    JsonNode messages = stub.requests().get(request).path("messages");
    return messages.get(messages.size() - 1).path("content").asText();
  }
}
