package dev.azlon.solve;

import static dev.azlon.testing.Answers.candidate;
import static dev.azlon.testing.Answers.review;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.azlon.Redactor;
import dev.azlon.model.OpenAiModels;
import dev.azlon.run.RunState;
import dev.azlon.testing.InMemorySandbox;
import dev.azlon.testing.OpenAiStub;
import dev.azlon.testing.TestChat;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The key in use appears nowhere: not in a file of the run, a commit, an event or an error. */
class SecretsIT {

  /** Not shaped like any well-known key, so only redaction by value can catch it. */
  private static final String KEY = "azk.Quiet/Key+8472=zeta\"q";

  private static final String DOCKERFILE = "FROM base\nCMD cat out.txt\n";

  @TempDir Path output;
  private final OpenAiStub stub = OpenAiStub.start();
  private final List<String> said = new ArrayList<>();

  @AfterEach
  void stop() {
    stub.close();
  }

  @Test
  void aKeyEchoedByTheModelReachesNoFileCommitOrEvent() throws Exception {
    stub.answer(candidate(DOCKERFILE, "out.txt", "Hello, Azlon", "key.txt", "the key: " + KEY))
        .answer(review(true, "It prints the greeting; the key was " + KEY));

    SolveResult result = solver().solve(spec());

    assertThat(result.outcome()).isEqualTo(Outcome.SOLVED);
    assertThat(result.detail()).doesNotContain(KEY).contains(Redactor.MASK);
    assertThat(result.solutionDirectory().resolve("key.txt")).hasContent("the key: ***");
    assertNoKeyIn(result.runDirectory());
    try (Git git = Git.open(result.solutionDirectory().toFile())) {
      for (RevCommit commit : git.log().call()) {
        assertThat(commit.getFullMessage()).doesNotContain(KEY);
      }
    }
    assertThat(said).noneMatch(text -> text.contains(KEY));
    assertThat(stub.authorizations()).allMatch(header -> header.equals("Bearer " + KEY));
  }

  @Test
  void aKeyTheModelWritesJsonEscapedIsRedactedOnceDecoded() throws Exception {
    // The model writes the key with every character escaped: only decoded is it the key.
    String hidden = unicodeEscaped(KEY);
    stub.answer(
            escapingKey(
                candidate(
                    DOCKERFILE,
                    "out.txt",
                    "Hello, Azlon",
                    "notes-" + KEY + ".txt",
                    "the key: " + KEY)))
        .answer(escapingKey(review(true, "It prints the greeting; the key was " + KEY)));

    SolveResult result = solver().solve(spec());

    assertThat(result.outcome()).isEqualTo(Outcome.SOLVED);
    assertThat(result.solutionDirectory().resolve("notes-***.txt")).hasContent("the key: ***");
    assertNoKeyIn(result.runDirectory(), hidden);
    try (Git git = Git.open(result.solutionDirectory().toFile())) {
      for (RevCommit commit : git.log().call()) {
        assertThat(commit.getFullMessage()).doesNotContain(KEY);
      }
    }
    assertThat(said).noneMatch(text -> text.contains(KEY) || text.contains(hidden));
    assertThat(stub.requests().toString()).doesNotContain(KEY);
  }

  @Test
  void aKeyQuotedInA401BodyEndsTheRunWithoutBeingRepeated() throws Exception {
    stub.fail(401, "Incorrect API key provided: " + KEY + ". Find yours at the dashboard.");

    SolveResult result = solver().solve(spec());

    assertThat(result.outcome()).isEqualTo(Outcome.MODEL_REJECTED);
    assertThat(result.detail()).contains("refused the API key").doesNotContain(KEY);
    for (Throwable t = result.cause(); t != null; t = t.getCause()) {
      assertThat(String.valueOf(t.getMessage())).doesNotContain(KEY);
    }
    assertNoKeyIn(result.runDirectory());
    assertThat(RunState.read(result.runDirectory()).orElseThrow().status())
        .isEqualTo(RunState.STOPPED);
  }

  private Solver solver() {
    return Solver.builder()
        .model(OpenAiModels.chatModel(stub.baseUrl(), KEY, "gpt-4o", Duration.ofSeconds(10)))
        .sandbox(InMemorySandbox.printingOutTxt())
        .outputDirectory(output)
        .retryPolicy(TestChat.QUICK_RETRIES)
        .redactor(Redactor.of(KEY))
        .listener(event -> said.add(event.toString()))
        .build();
  }

  private static SolveSpec spec() {
    return new SolveSpec("Greet Azlon.", "Prints Hello, Azlon", 2, "base");
  }

  /** The answer with the key's JSON form written as \\u escapes, one per character. */
  private static String escapingKey(String answer) throws Exception {
    String encoded = new ObjectMapper().writeValueAsString(KEY);
    String inJson = encoded.substring(1, encoded.length() - 1);
    assertThat(answer).contains(inJson);
    return answer.replace(inJson, unicodeEscaped(KEY));
  }

  private static String unicodeEscaped(String text) {
    StringBuilder escaped = new StringBuilder();
    text.chars().forEach(c -> escaped.append(String.format("\\u%04x", c)));
    return escaped.toString();
  }

  /** Every file of the run folder, history objects aside (their text is checked through git). */
  private static void assertNoKeyIn(Path runDirectory) throws Exception {
    assertNoKeyIn(runDirectory, KEY);
  }

  private static void assertNoKeyIn(Path runDirectory, String alsoHidden) throws Exception {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(runDirectory)) {
      files =
          walk.filter(Files::isRegularFile)
              .filter(p -> !p.toString().contains("/.git/objects/"))
              .toList();
    }
    assertThat(files)
        .extracting(p -> p.getFileName().toString())
        .contains("state.json", "summary.json", "summary.md", "report.html", "transcript.jsonl");
    for (Path file : files) {
      assertThat(new String(Files.readAllBytes(file), StandardCharsets.UTF_8))
          .as(file.toString())
          .doesNotContain(KEY)
          .doesNotContain("Key+8472")
          .doesNotContain(alsoHidden)
          .doesNotContain(unicodeEscaped("Key+8472"));
      assertThat(file.toString()).doesNotContain("Key+8472");
    }
  }
}
