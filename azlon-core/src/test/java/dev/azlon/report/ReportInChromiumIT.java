package dev.azlon.report;

import static dev.azlon.testing.Answers.candidate;
import static dev.azlon.testing.Answers.review;
import static org.assertj.core.api.Assertions.assertThat;

import dev.azlon.solve.SolveResult;
import dev.azlon.solve.SolveSpec;
import dev.azlon.solve.Solver;
import dev.azlon.testing.Chromium;
import dev.azlon.testing.InMemorySandbox;
import dev.azlon.testing.ScriptedChatModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTML report opened in Debian's headless Chromium, as a person's browser would. */
class ReportInChromiumIT {

  @TempDir Path output;

  @Test
  void chromiumRendersEveryIterationOfTheReport() throws Exception {
    ScriptedChatModel model = greetingInTwoIterations();
    SolveResult result =
        Solver.builder()
            .model(model)
            .sandbox(InMemorySandbox.printingOutTxt())
            .outputDirectory(output)
            .build()
            .solve(new SolveSpec("Greet.", "Greets Azlon.", 3, "base"));
    Path report = result.runDirectory().resolve(Reports.HTML);
    Path screenshot = output.resolve("report.png");

    String dom = chromium("--dump-dom", report.toUri().toString());
    chromium("--screenshot=" + screenshot, "--window-size=1200,900", report.toUri().toString());

    assertThat(dom)
        .contains("<section class=\"iteration not-solved\" id=\"iteration-1\">")
        .contains("<section class=\"iteration solved\" id=\"iteration-2\">")
        .contains("Iteration 2: solved")
        .contains("<p class=\"task\" id=\"prompt\">Greet.</p>")
        .contains("<p class=\"task\" id=\"test-conditions\">Greets Azlon.</p>")
        .contains("<table id=\"timeline\">")
        .contains("<a href=\"#iteration-2\">2</a>")
        .contains("<a href=\"transcript.jsonl\">")
        .contains("Started ")
        .contains("The judge's answer")
        .contains("\"reason\" : \"It greets Azlon.\"")
        .doesNotContain("http-equiv=\"refresh\"");
    assertThat(dom.split("<tr><td><a href=\"#iteration-")).hasSize(3);
    assertThat(dom).contains("Standard error:\n(empty)");
    assertThat(screenshot).exists();
    assertThat(Files.size(screenshot)).isGreaterThan(10_000);
  }

  @Test
  void aRunStillGoingHasAReportThatReloadsItselfUntilTheEnd() throws Exception {
    List<String> seen = new ArrayList<>();
    InMemorySandbox watched =
        new InMemorySandbox(
            files -> {
              try (var runs = Files.list(output)) {
                Path run =
                    runs.filter(Files::isDirectory)
                        .filter(dir -> Files.exists(dir.resolve("state.json")))
                        .findFirst()
                        .orElseThrow();
                if (Files.exists(run.resolve(Reports.HTML))) {
                  seen.add(chromium("--dump-dom", run.resolve(Reports.HTML).toUri().toString()));
                }
              } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
              }
              return InMemorySandbox.exited(0, files.getOrDefault("out.txt", ""), "");
            });
    ScriptedChatModel model = greetingInTwoIterations();
    SolveResult result =
        Solver.builder()
            .clock(new Ticking()) // seconds pass between phases, as with a real model
            .model(model)
            .sandbox(watched)
            .outputDirectory(output)
            .build()
            .solve(new SolveSpec("Greet.", "Greets Azlon.", 3, "base"));

    assertThat(seen).isNotEmpty();
    assertThat(seen.get(seen.size() - 1))
        .contains("http-equiv=\"refresh\"")
        .contains("RUNNING")
        .contains("Iteration 1: not solved");
    assertThat(Files.readString(result.runDirectory().resolve(Reports.HTML)))
        .doesNotContain("http-equiv=\"refresh\"")
        .contains("SOLVED");
  }

  /** A clock that moves a second on every reading. */
  private static final class Ticking extends Clock {
    private Instant now = Instant.parse("2026-11-25T10:00:00Z");

    @Override
    public synchronized Instant instant() {
      now = now.plusSeconds(1);
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }

  /** Greets the world first, is told to greet Azlon, and does. */
  private static ScriptedChatModel greetingInTwoIterations() {
    return new ScriptedChatModel()
        .answer(candidate("FROM base\n", "out.txt", "Hello, world"))
        .answer(review(false, "Greet Azlon.", "out.txt", "Hello, Azlon"))
        .answer(review(true, "It greets Azlon."));
  }

  private String chromium(String... arguments) throws IOException, InterruptedException {
    return Chromium.run(output, arguments);
  }
}
