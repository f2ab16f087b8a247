package dev.azlon.solve;

import static dev.azlon.testing.Answers.candidate;
import static dev.azlon.testing.Answers.review;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.azlon.budget.Budget;
import dev.azlon.budget.Prices;
import dev.azlon.generate.Transcript;
import dev.azlon.model.OpenAiModels;
import dev.azlon.report.Reports;
import dev.azlon.testing.InMemorySandbox;
import dev.azlon.testing.OpenAiStub;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cached prompt tokens, as an OpenAI-compatible server reports them, through a whole solve. */
class CachedTokensIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path output;
  private final OpenAiStub stub = OpenAiStub.start();

  @AfterEach
  void stop() {
    stub.close();
  }

  @Test
  void cachedTokensReachTheUsageTheReportsTheTranscriptAndTheCost() throws Exception {
    stub.answer(candidate("FROM base\nCMD cat out.txt\n", "out.txt", "nope"), 2_000, 0)
        .answer(review(false, "It prints nope.", "out.txt", "Hello, Azlon"), 3_000, 1_920)
        .answer(review(true, "It prints the greeting."), 3_200, 2_944);
    Prices prices = Prices.of("2.50", "1.25", "10.00");

    SolveResult result =
        Solver.builder()
            .model(OpenAiModels.chatModel(stub.baseUrl(), "sk-test", "m", Duration.ofSeconds(10)))
            .sandbox(InMemorySandbox.printingOutTxt())
            .outputDirectory(output)
            .build()
            .solve(
                SolveSpec.builder()
                    .prompt("Greet Azlon.")
                    .testConditions("Prints Hello, Azlon")
                    .maxIterations(3)
                    .baseImage("base")
                    .budget(
                        new Budget(
                            Optional.empty(),
                            Optional.empty(),
                            Optional.empty(),
                            Optional.of(prices)))
                    .build());

    assertThat(result.outcome()).isEqualTo(Outcome.SOLVED);
    assertThat(result.usage().inputTokens()).isEqualTo(8_200);
    assertThat(result.usage().cachedInputTokens()).isEqualTo(4_864);
    // 3,336 uncached at $2.50, 4,864 cached at $1.25, 60 out at $10 per million: $0.01502.
    BigDecimal expected = new BigDecimal("0.015020");
    assertThat(result.usage().costUsd())
        .hasValueSatisfying(c -> assertThat(c).isEqualByComparingTo(expected));

    JsonNode summary = JSON.readTree(result.runDirectory().resolve(Reports.JSON).toFile());
    assertThat(summary.path("usage").path("cachedInputTokens").asLong()).isEqualTo(4_864);
    assertThat(summary.path("usage").path("estimatedCostUsd").decimalValue())
        .isEqualByComparingTo(expected);
    List<Long> perIteration =
        List.of(
            summary.path("iterations").get(0).path("cachedInputTokens").asLong(),
            summary.path("iterations").get(1).path("cachedInputTokens").asLong());
    assertThat(perIteration).containsExactly(1_920L, 2_944L);
    // Each iteration has its cost, the first too (no model had answered before it), and they add
    // up.
    BigDecimal first = summary.path("iterations").get(0).path("estimatedCostUsd").decimalValue();
    BigDecimal second = summary.path("iterations").get(1).path("estimatedCostUsd").decimalValue();
    assertThat(first).isPositive();
    assertThat(first.add(second)).isEqualByComparingTo(expected);
    assertThat(Files.readString(result.runDirectory().resolve(Reports.MARKDOWN)))
        .contains("(4,864 of the input cached)");
    assertThat(Files.readString(result.runDirectory().resolve(Reports.HTML)))
        .contains("(4,864 of the input cached)")
        .contains("<th>Cached</th>");
    List<String> transcript =
        Files.readAllLines(result.runDirectory().resolve(Transcript.FILE_NAME));
    assertThat(transcript.stream().map(line -> readTree(line).path("usage").path("cachedInput")))
        .extracting(JsonNode::asInt)
        .containsExactly(0, 1_920, 2_944);
  }

  private static JsonNode readTree(String line) {
    try {
      return JSON.readTree(line);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
