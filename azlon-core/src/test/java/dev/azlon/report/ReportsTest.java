package dev.azlon.report;

import static dev.azlon.testing.Answers.candidate;
import static dev.azlon.testing.Answers.review;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.azlon.solve.SolveResult;
import dev.azlon.solve.SolveSpec;
import dev.azlon.solve.Solver;
import dev.azlon.testing.InMemorySandbox;
import dev.azlon.testing.ScriptedChatModel;
import dev.azlon.verdict.Check;
import dev.azlon.verdict.Checks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportsTest {

  private static final String DOCKERFILE = "FROM base\nCMD cat out.txt\n";

  @TempDir Path output;
  private SolveResult result;

  @BeforeEach
  void solveTwoIterations() {
    ScriptedChatModel model =
        new ScriptedChatModel()
            .answer(
                candidate(DOCKERFILE, "out.txt", "Hello, world", "page.html", "<script>x</script>"))
            .answer(review(false, "Greet <Azlon> & not the world.", "out.txt", "Hello, Azlon"))
            .answer(review(true, "It greets Azlon."));
    result =
        Solver.builder()
            .model(model)
            .sandbox(InMemorySandbox.printingOutTxt())
            .outputDirectory(output)
            .build()
            .solve(
                SolveSpec.builder()
                    .prompt("Greet.")
                    .testConditions("Greets Azlon.")
                    .maxIterations(3)
                    .baseImage("base")
                    .checks(Checks.of(List.of(new Check.StdoutContains("Azlon")), true))
                    .build());
  }

  @Test
  void summaryJsonFollowsItsVersionedSchema() throws Exception {
    JsonNode summary =
        new ObjectMapper().readTree(result.runDirectory().resolve(Reports.JSON).toFile());

    assertThat(summary.path("schemaVersion").asInt()).isEqualTo(1);
    assertThat(summary.path("outcome").asText()).isEqualTo("SOLVED");
    assertThat(summary.path("runId").asText())
        .isEqualTo(result.runDirectory().getFileName().toString());
    assertThat(summary.path("usage").path("totalTokens").asLong()).isEqualTo(360);
    assertThat(summary.path("usage").path("estimatedCostUsd").isNull()).isTrue();
    assertThat(summary.path("parameters").path("checks")).hasSize(2);
    assertThat(summary.path("promptHashes").path("review.txt").asText()).hasSize(64);
    JsonNode first = summary.path("iterations").get(0);
    assertThat(first.path("solved").asBoolean()).isFalse();
    assertThat(first.path("checks").get(1).path("passed").asBoolean()).isFalse();
    assertThat(first.path("checks").get(1).path("check").asText())
        .isEqualTo("stdout contains \"Azlon\"");
    assertThat(first.path("commit").asText()).hasSize(40);
    assertThat(summary.path("iterations").get(1).path("solved").asBoolean()).isTrue();
    assertThat(summary.path("files"))
        .extracting(JsonNode::asText)
        .containsExactly("Dockerfile", "out.txt", "page.html");
  }

  @Test
  void markdownSummaryHasARowPerIteration() throws Exception {
    String md = Files.readString(result.runDirectory().resolve(Reports.MARKDOWN));

    assertThat(md)
        .startsWith("## Azlon run ")
        .contains(": SOLVED")
        .contains("2 iterations, ")
        .contains("| 1 | not solved | 1/2 | not solved |")
        .contains("| 2 | solved | 2/2 | solved |");
  }

  @Test
  void htmlReportIsSelfContainedAndEscapesEverything() throws Exception {
    String html = Files.readString(result.runDirectory().resolve(Reports.HTML));

    assertThat(html)
        .contains("id=\"iteration-1\"")
        .contains("id=\"iteration-2\"")
        .contains("Greet &lt;Azlon&gt; &amp; not the world.")
        .contains("&lt;script&gt;x&lt;/script&gt;")
        .contains("<span class=\"add\">+Hello, Azlon</span>")
        .contains("<span class=\"del\">-Hello, world</span>")
        .contains("<code>docker build -t azlon-rerun workspace &amp;&amp; docker run --rm");
    assertThat(html).doesNotContain("<script").doesNotContain("src=").doesNotContain("@import");
    // Links stay inside the run folder: its workspace, transcript and summaries, and anchors.
    Matcher links = Pattern.compile("href=\"([^\"]*)\"").matcher(html);
    List<String> targets = new ArrayList<>();
    while (links.find()) {
      targets.add(links.group(1));
    }
    assertThat(targets)
        .contains("workspace/", "transcript.jsonl", "summary.json", "#iteration-2")
        .allMatch(
            target -> !target.contains(":") && !target.startsWith("/") && !target.contains(".."));
  }
}
