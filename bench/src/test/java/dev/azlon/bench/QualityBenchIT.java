package dev.azlon.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.azlon.testing.OpenAiStub;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The quality bench, replayed from its recorded transcripts on the real engine. */
class QualityBenchIT {

  private static final Path SUITE = Path.of("quality").toAbsolutePath();

  private static final Pattern SUMMARY =
      Pattern.compile(
          "quality: solved (\\d+)/(\\d+), accepted (\\d+)/(\\d+), iterations (\\d+\\.\\d) mean,"
              + " tokens (\\d+), cost \\$0\\.00 \\(model replay of scripted answers, (\\d+)"
              + " runs\\)");

  @TempDir Path output;

  @Test
  void theReplayedSuiteEndsAsRecordedTwiceAndIsSummedUp() throws Exception {
    Result result =
        run(
            "--runs",
            "2",
            "--parallel",
            "2",
            "--output",
            output.toString(),
            "--suite",
            SUITE.toString());

    assertThat(result.code()).as(result.text()).isZero();
    assertThat(result.text()).contains("Replaying the recorded transcripts of scripted answers");
    List<String> tasks =
        result
            .text()
            .lines()
            .filter(line -> line.matches("^[a-z-]+\\.[a-z-]+: solved .*"))
            .toList();
    assertThat(tasks).hasSizeGreaterThanOrEqualTo(8);
    assertThat(tasks)
        .anyMatch(line -> line.startsWith("python.slugify: solved 2/2, accepted 0/2"))
        .anyMatch(
            line -> line.startsWith("python.word-count: solved 2/2, accepted 2/2, iterations 2.0"))
        .anyMatch(line -> line.startsWith("generate-sources.text-lib: solved 2/2, accepted 2/2"));
    Matcher summary = SUMMARY.matcher(result.text());
    assertThat(summary.find()).as(result.text()).isTrue();
    int runs = 2 * tasks.size();
    assertThat(summary.group(2)).isEqualTo(Integer.toString(runs));
    assertThat(Integer.parseInt(summary.group(1))).isEqualTo(runs);
    assertThat(Integer.parseInt(summary.group(3))).isLessThan(runs).isPositive();
    assertThat(summary.group(7)).isEqualTo("2");
    long tokens =
        tasks.stream()
            .mapToLong(line -> Long.parseLong(line.replaceAll(".*, tokens (\\d+),.*", "$1")))
            .sum();
    assertThat(Long.parseLong(summary.group(6))).isEqualTo(tokens).isPositive();
    // What the held-out checks ran never reached a transcript.
    try (Stream<Path> transcripts = Files.walk(output)) {
      for (Path transcript :
          transcripts.filter(p -> p.getFileName().toString().equals("transcript.jsonl")).toList()) {
        assertThat(Files.readString(transcript))
            .doesNotContain("HeldOut")
            .doesNotContain("held_out");
      }
    }
  }

  @Test
  void aReplayThatEndsOtherwiseThanRecordedFails() throws Exception {
    Path suite = suite("slugify");
    Files.writeString(
        suite.resolve("replay/outcomes.json"),
        "{\"python.slugify\": {\"outcome\": \"SOLVED\", \"iterations\": 1}}");

    Result result = run("--suite", suite.toString(), "--output", output.resolve("runs").toString());

    assertThat(result.code()).isEqualTo(1);
    assertThat(result.text())
        .contains("quality: solved 1/1, accepted 0/1")
        .contains("The replay did not end as recorded")
        .contains("python.slugify ended ACCEPTANCE_FAILED after 1, recorded SOLVED after 1");
  }

  @Test
  void recordingWithOtherTemplatesKeepsWhatTheyAskedInTheTranscript() throws Exception {
    Path suite = suite("slugify");
    Path prompts = Files.createDirectories(output.resolve("prompts"));
    Files.writeString(
        prompts.resolve("generate.txt"),
        "TEMPLATE-B-7f2e\n{{prompt}}\n{{testConditions}}\n{{checks}}\n{{startingPoint}}\n");

    Result result =
        run(
            "--record",
            "--prompts",
            prompts.toString(),
            "--suite",
            suite.toString(),
            "--output",
            output.resolve("runs").toString());

    assertThat(result.code()).as(result.text()).isZero();
    assertThat(result.text())
        .contains("quality: solved 1/1, accepted 0/1, iterations 1.0 mean")
        .contains("(model scripted answers, 1 runs)");
    String transcript = Files.readString(suite.resolve("replay/python.slugify.jsonl"));
    assertThat(transcript).contains("TEMPLATE-B-7f2e").doesNotContain("acceptance");
    assertThat(Files.readString(suite.resolve("replay/outcomes.json")))
        .contains("\"outcome\" : \"ACCEPTANCE_FAILED\"");
  }

  @Test
  void aLiveRunAsksTheEndpointOverHttpAndNeverSendsAnAcceptanceCheck() throws Exception {
    Path suite = suite("fizzbuzz", "slugify");
    try (OpenAiStub stub = OpenAiStub.start()) {
      // Each task's scripted answers, served to the requests that carry its prompt.
      for (String task : List.of("fizzbuzz", "slugify")) {
        try (Stream<Path> scripted = Files.list(suite.resolve("answers/python." + task))) {
          for (Path answer : scripted.sorted().toList()) {
            stub.answerWhen(
                task.equals("slugify") ? "Write slug.py" : "Write fizzbuzz.py",
                Files.readString(answer));
          }
        }
      }

      Result result =
          run(
              "--base-url",
              stub.baseUrl(),
              "--model",
              "stub-model",
              "--suite",
              suite.toString(),
              "--output",
              output.resolve("runs").toString());

      assertThat(result.code()).as(result.text()).isZero();
      assertThat(result.text())
          .contains("Solving 2 tasks with stub-model at " + stub.baseUrl())
          .contains(
              "python.fizzbuzz: solved 1/1, accepted 1/1, iterations 1.0 mean, tokens 240, SOLVED")
          .contains(
              "python.slugify: solved 1/1, accepted 0/1, iterations 1.0 mean, tokens 240,"
                  + " ACCEPTANCE_FAILED")
          .contains(
              "quality: solved 2/2, accepted 1/2, iterations 1.0 mean, tokens 480, cost $unknown"
                  + " (model stub-model, 1 runs)");
      assertThat(stub.requests()).hasSize(4);
      assertThat(stub.requests().toString())
          .doesNotContain("Azlon 2.0")
          .doesNotContain("len(f(100))")
          .doesNotContain("acceptance");
    }
  }

  @Test
  void badArgumentsAreNamed() throws Exception {
    assertThat(run("--base-url", "http://localhost:1").text()).contains("--base-url needs --model");
    assertThat(run("--runs", "0").text()).contains("--runs takes a whole number above 0, not 0");
    assertThat(run("--replay", "--model", "gpt-5").text()).contains("--replay calls no model");
    assertThat(run("--fast").code()).isEqualTo(1);
    assertThat(run("--prompts", "/no/such/folder").text()).contains("is not a folder");
  }

  /** A suite of some of the Python tasks: their spec files, transcripts and scripted answers. */
  private Path suite(String... tasks) throws Exception {
    Path suite = output.resolve("suite");
    for (String task : tasks) {
      String name = "python." + task;
      for (String file :
          List.of("tasks/python/" + task + ".azlon.yaml", "replay/" + name + ".jsonl")) {
        Files.createDirectories(suite.resolve(file).getParent());
        Files.copy(SUITE.resolve(file), suite.resolve(file));
      }
      Path answers = Files.createDirectories(suite.resolve("answers").resolve(name));
      try (Stream<Path> scripted = Files.list(SUITE.resolve("answers").resolve(name))) {
        for (Path answer : scripted.toList()) {
          Files.copy(answer, answers.resolve(answer.getFileName()));
        }
      }
    }
    return suite;
  }

  private record Result(int code, String text) {}

  private static Result run(String... args) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int code;
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      code = QualityBench.run(args, out);
    }
    return new Result(code, bytes.toString(StandardCharsets.UTF_8));
  }
}
