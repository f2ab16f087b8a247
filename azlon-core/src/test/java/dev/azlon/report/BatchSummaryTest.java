package dev.azlon.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.azlon.Redactor;
import dev.azlon.batch.SpecResult;
import dev.azlon.run.RunIds;
import dev.azlon.solve.SolveResult;
import dev.azlon.testing.OneIteration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchSummaryTest {

  @TempDir Path output;

  @Test
  void listsEverySpecWithItsOutcomeAndALinkToItsReport() throws Exception {
    List<SpecResult> specs =
        List.of(
            SpecResult.ran("hello", OneIteration.solve(output.resolve("hello"), "Hello", "Hello")),
            SpecResult.ran(
                "sheep", OneIteration.solve(output.resolve("sheep"), "sheep 1", "Hello")),
            SpecResult.notStarted("later", "the batch's token budget was used up"));

    BatchSummary.write(output, specs, Redactor.patternsOnly());

    String html = Files.readString(output.resolve(BatchSummary.HTML));
    assertThat(html).contains("1 of 3 solved");
    String link = "./" + output.relativize(specs.get(0).result().runDirectory()) + "/report.html";
    assertThat(html).contains("<a href=\"" + link + "\">hello</a>");
    assertThat(output.resolve(link)).exists();
    assertThat(html).contains("NOT_STARTED").contains("token budget");
    assertThat(html).doesNotContain("<script").doesNotContain("http");
    assertThat(Files.readString(output.resolve("summary.md")))
        .contains("| [hello](" + link + ") | SOLVED | 1 |")
        .contains("| [sheep](");
    JsonNode json = new ObjectMapper().readTree(output.resolve("summary.json").toFile());
    assertThat(json.path("specs")).hasSize(3);
    assertThat(json.path("specs").get(1).path("outcome").asText()).isEqualTo("UNSOLVED");
    assertThat(json.path("specs").get(2).path("report").isNull()).isTrue();
  }

  @Test
  void aSpecTakenFromItsLockKeepsTheFiguresAndReportOfTheRunThatMadeIt() throws Exception {
    SolveResult first = OneIteration.solve(output.resolve("hello"), "Hello", "Hello");
    Path lock = output.resolve("hello.azlon.lock");
    String at = "2026-12-01T10:15:30.123Z";

    BatchSummary.write(
        output,
        List.of(
            SpecResult.fromLock("hello", lock, first.runId(), at),
            SpecResult.fromLock("gone", lock, "20261201-101530-123-abcd", at),
            SpecResult.fromLock("forged", lock, "../../etc", "not a time")),
        Redactor.patternsOnly());

    JsonNode rows =
        new ObjectMapper().readTree(output.resolve("summary.json").toFile()).path("specs");
    JsonNode hello = rows.get(0);
    assertThat(hello.path("outcome").asText()).isEqualTo("LOCKED");
    assertThat(hello.path("iterations").asInt()).isEqualTo(1);
    assertThat(hello.path("tokens").asLong()).isEqualTo(first.tokens()).isPositive();
    assertThat(hello.path("report").asText())
        .isEqualTo("./hello/" + first.runId() + "/report.html");
    assertThat(hello.path("reason").asText()).endsWith("solved by run " + first.runId());
    assertThat(hello.path("solvedAt").asText()).isEqualTo("2026-12-01T10:15:30Z");
    // A run folder that is gone, or a run id that is no run id, leaves the lock's word alone.
    assertThat(rows.get(1).path("report").isNull()).isTrue();
    assertThat(rows.get(1).path("iterations").asInt()).isZero();
    assertThat(rows.get(2).path("report").isNull()).isTrue();
    assertThat(rows.get(2).path("solvedAt").isNull()).isTrue();
    assertThat(rows.get(2).path("reason").asText()).doesNotContain("etc");
    String html = Files.readString(output.resolve(BatchSummary.HTML));
    assertThat(html)
        .contains("<a href=\"./hello/" + first.runId() + "/report.html\">hello</a>")
        .contains("2026-12-01T10:15:30Z");
  }

  @Test
  void aLinkedRunFolderIsNotFollowed() throws Exception {
    Path elsewhere = Files.createDirectories(output.resolve("elsewhere"));
    SolveResult run = OneIteration.solve(elsewhere, "Hello", "Hello");
    Files.createDirectories(output.resolve("hello"));
    Files.createSymbolicLink(output.resolve("hello").resolve(run.runId()), run.runDirectory());

    BatchSummary.write(
        output,
        List.of(SpecResult.fromLock("hello", output.resolve("l"), run.runId(), null)),
        Redactor.patternsOnly());

    JsonNode row =
        new ObjectMapper().readTree(output.resolve("summary.json").toFile()).path("specs").get(0);
    assertThat(row.path("report").isNull()).isTrue();
    assertThat(row.path("tokens").asLong()).isZero();
  }

  @Test
  void aSolvedRunSaysWhenItWasSolved() throws Exception {
    SolveResult run = OneIteration.solve(output.resolve("hello"), "Hello", "Hello");

    BatchSummary.write(output, List.of(SpecResult.ran("hello", run)), Redactor.patternsOnly());

    String solvedAt =
        new ObjectMapper()
            .readTree(output.resolve("summary.json").toFile())
            .path("specs")
            .get(0)
            .path("solvedAt")
            .asText();
    assertThat(solvedAt)
        .isEqualTo(
            RunIds.startOf(run.runId())
                .orElseThrow()
                .plus(run.duration())
                .truncatedTo(ChronoUnit.SECONDS)
                .toString());
  }

  @Test
  void hostileNamesAreEncodedForEachPlaceTheyAreWritten() throws Exception {
    String script = "javascript:alert(1)";
    String tag = "\"><img src=x onerror=alert(2)>";
    List<SpecResult> specs =
        List.of(
            SpecResult.ran(script, OneIteration.solve(output.resolve(script), "Hello", "Hello")),
            SpecResult.ran(tag, OneIteration.solve(output.resolve(tag), "Hello", "Hello")),
            SpecResult.notStarted("a|b](x)", "not yet"));

    BatchSummary.write(output, specs, Redactor.patternsOnly());

    String html = Files.readString(output.resolve(BatchSummary.HTML));
    String run = specs.get(0).result().runDirectory().getFileName().toString();
    assertThat(html)
        .contains("<a href=\"./javascript%3Aalert%281%29/" + run + "/report.html\">")
        .contains("&quot;&gt;&lt;img src=x onerror=alert(2)&gt;")
        .doesNotContain("<img")
        .doesNotContain("href=\"javascript");
    assertThat(output.resolve(java.net.URI.create("./javascript%3Aalert%281%29/" + run).getPath()))
        .exists();
    assertThat(Files.readString(output.resolve("summary.md")))
        .contains("| [javascript:alert\\(1\\)](./javascript%3Aalert%281%29/")
        .contains("| [\"&gt;&lt;img src=x onerror=alert\\(2\\)&gt;](./%22%3E%3Cimg")
        .contains("| a\\|b\\]\\(x\\) | NOT_STARTED |");
    JsonNode json = new ObjectMapper().readTree(output.resolve("summary.json").toFile());
    assertThat(json.path("specs").get(1).path("spec").asText()).isEqualTo(tag);
  }
}
