package dev.azlon.solve;

import static dev.azlon.testing.Answers.candidate;
import static dev.azlon.testing.Answers.review;
import static org.assertj.core.api.Assertions.assertThat;

import dev.azlon.event.SolveEvent;
import dev.azlon.testing.InMemorySandbox;
import dev.azlon.testing.ScriptedChatModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SolverTest {

  private static final String DOCKERFILE = "FROM base\nCMD cat out.txt\n";

  @TempDir Path output;
  private final ScriptedChatModel model = new ScriptedChatModel();
  private final InMemorySandbox sandbox = InMemorySandbox.printingOutTxt();
  private final List<SolveEvent> events = new ArrayList<>();

  @Test
  void reviewersFixSolvesInTheSecondIteration() throws Exception {
    model.answer(candidate(DOCKERFILE, "out.txt", "Hello, world"))
        .answer(review(false, "It must greet Azlon.", "out.txt", "Hello, Azlon"))
        .answer(review(true, "It greets Azlon."));

    SolveResult result = solver().solve(spec(5));

    assertThat(result.outcome()).isEqualTo(Outcome.SOLVED);
    assertThat(result.iterations()).isEqualTo(2);
    assertThat(result.files()).containsExactly("Dockerfile", "out.txt");
    assertThat(result.solutionDirectory().resolve("out.txt")).hasContent("Hello, Azlon");
    assertThat(result.tokens()).isEqualTo(3 * 120);
    assertThat(model.requests()).hasSize(3);
    assertThat(sandbox.runs()).isEqualTo(2);
    assertThat(sandbox.closedSessions()).isEqualTo(sandbox.openedSessions()).hasSize(1);
    try (Git git = Git.open(result.solutionDirectory().toFile())) {
      List<String> subjects = new ArrayList<>();
      git.log().call().forEach(c -> subjects.add(c.getShortMessage()));
      assertThat(subjects).containsExactly("iteration 2: solved", "iteration 1: not solved");
    }
  }

  @Test
  void judgeCannotDeclareSolvedWhenTheProgramFails() {
    InMemorySandbox failing =
        new InMemorySandbox(files -> InMemorySandbox.exited(1, "Hello, Azlon", "Traceback"));
    model.answer(candidate(DOCKERFILE, "out.txt", "Hello, Azlon"))
        .answer(review(true, "Looks right."))
        .answer(candidate(DOCKERFILE, "out.txt", "Hello, Azlon"))
        .answer(review(true, "Looks right."));

    SolveResult result = solver(failing).solve(spec(2));

    assertThat(result.outcome()).isEqualTo(Outcome.UNSOLVED);
    assertThat(result.iterations()).isEqualTo(2);
    assertThat(model.userText(2)).contains("exited with code 1").contains("Traceback");
    assertThat(verdicts()).extracting(SolveEvent.VerdictReached::reason)
        .allMatch(reason -> reason.contains("exited with code 1"));
  }

  @Test
  void pathTraversalIsRefusedAndNothingIsWritten() {
    model.answer(candidate(DOCKERFILE, "out.txt", "ok", "../../escaped.txt", "pwned"))
        .answer(candidate(DOCKERFILE, "out.txt", "ok"))
        .answer(review(true, "Fine."));

    SolveResult result = solver().solve(spec(3));

    assertThat(result.outcome()).isEqualTo(Outcome.SOLVED);
    assertThat(result.iterations()).isEqualTo(2);
    assertThat(output.getParent().resolve("escaped.txt")).doesNotExist();
    assertThat(output.resolve("escaped.txt")).doesNotExist();
    assertThat(verdicts().get(0).reason()).contains("Nothing was written").contains("'..'");
    assertThat(model.userText(1)).contains("Nothing was written");
    assertThat(sandbox.runs()).isEqualTo(1);
  }

  @Test
  void forbiddenBaseImageIsRefusedBeforeAnythingIsBuilt() {
    model.answer(candidate("FROM ubuntu:22.04\nCMD cat out.txt\n", "out.txt", "ok"))
        .answer(candidate(DOCKERFILE, "out.txt", "ok"))
        .answer(review(true, "Fine."));

    SolveResult result = solver().solve(spec(3));

    assertThat(result.outcome()).isEqualTo(Outcome.SOLVED);
    assertThat(result.iterations()).isEqualTo(2);
    assertThat(sandbox.runs()).isEqualTo(1);
    assertThat(verdicts().get(0).reason())
        .contains("Dockerfile was refused").contains("ubuntu:22.04").contains("use base");
    assertThat(model.userText(1)).contains("Dockerfile was refused");
  }

  @Test
  void malformedAnswerFailsOnlyItsIteration() {
    model.answer("{\"dockerfile\": \"FROM base\", \"files\": [")
        .answer(candidate(DOCKERFILE, "out.txt", "ok"))
        .answer(review(true, "Fine."));

    SolveResult result = solver().solve(spec(3));

    assertThat(result.outcome()).isEqualTo(Outcome.SOLVED);
    assertThat(verdicts().get(0).reason()).contains("not valid JSON");
    assertThat(model.userText(1)).contains("not valid JSON");
  }

  @Test
  void unsolvedAfterMaxIterationsWithEveryIterationRecorded() throws Exception {
    model.answer(candidate(DOCKERFILE, "out.txt", "wrong"))
        .answer(review(false, "Still wrong.", "out.txt", "wrong again"))
        .answer(review(false, "Still wrong."));

    SolveResult result = solver().solve(spec(2));

    assertThat(result.outcome()).isEqualTo(Outcome.UNSOLVED);
    assertThat(result.solved()).isFalse();
    assertThat(result.iterations()).isEqualTo(2);
    try (Git git = Git.open(result.solutionDirectory().toFile())) {
      assertThat(git.log().call()).hasSize(2);
    }
    assertThat(events).first().isEqualTo(new SolveEvent.IterationStarted(1, 2));
  }

  @Test
  void bracesInTheUsersTextReachTheModelVerbatim() {
    String prompt = "Print {{files}} and ${user.home} and {} literally";
    model.answer(candidate(DOCKERFILE, "out.txt", "x")).answer(review(true, "ok"));

    solver().solve(new SolveSpec(prompt, "Prints {{testConditions}}", 1, "base"));

    assertThat(model.userText(0)).contains(prompt).contains("Prints {{testConditions}}");
  }

  @Test
  void runsStartedInTheSameMillisecondGetTheirOwnFolders() {
    Clock frozen = Clock.fixed(Instant.parse("2026-11-25T03:17:08.123Z"), ZoneOffset.UTC);
    Path first = RunIds.createRunDirectory(output, frozen);
    Path second = RunIds.createRunDirectory(output, frozen);

    assertThat(first).isNotEqualTo(second);
    assertThat(first.getFileName().toString()).startsWith("20261125-031708-123-");
    assertThat(second.getFileName().toString()).startsWith("20261125-031708-123-");
    assertThat(Files.isDirectory(first) && Files.isDirectory(second)).isTrue();
  }

  private List<SolveEvent.VerdictReached> verdicts() {
    return events.stream()
        .filter(SolveEvent.VerdictReached.class::isInstance)
        .map(SolveEvent.VerdictReached.class::cast)
        .toList();
  }

  private SolveSpec spec(int maxIterations) {
    return new SolveSpec("Greet Azlon.", "Prints exactly 'Hello, Azlon'.", maxIterations, "base");
  }

  private Solver solver() {
    return solver(sandbox);
  }

  private Solver solver(InMemorySandbox sandbox) {
    return Solver.builder()
        .model(model)
        .sandbox(sandbox)
        .outputDirectory(output)
        .listener(events::add)
        .build();
  }
}
