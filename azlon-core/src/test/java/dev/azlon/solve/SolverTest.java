package dev.azlon.solve;

import static dev.azlon.testing.Answers.candidate;
import static dev.azlon.testing.Answers.review;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.azlon.budget.Budget;
import dev.azlon.budget.Prices;
import dev.azlon.event.SolveEvent;
import dev.azlon.generate.Transcript;
import dev.azlon.lock.LockInputs;
import dev.azlon.lock.SolutionLock;
import dev.azlon.model.ReplayChatModel;
import dev.azlon.run.RunIds;
import dev.azlon.testing.InMemorySandbox;
import dev.azlon.testing.ScriptedChatModel;
import dev.azlon.verdict.Check;
import dev.azlon.verdict.Checks;
import dev.azlon.workspace.Workspace;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
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
    model
        .answer(candidate(DOCKERFILE, "out.txt", "Hello, world"))
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
    model
        .answer(candidate(DOCKERFILE, "out.txt", "Hello, Azlon"))
        .answer(review(true, "Looks right."))
        .answer(candidate(DOCKERFILE, "out.txt", "Hello, Azlon"))
        .answer(review(true, "Looks right."));

    SolveResult result = solver(failing).solve(spec(2));

    assertThat(result.outcome()).isEqualTo(Outcome.UNSOLVED);
    assertThat(result.iterations()).isEqualTo(2);
    assertThat(model.userText(2)).contains("exited with code 1").contains("Traceback");
    assertThat(verdicts())
        .extracting(SolveEvent.VerdictReached::reason)
        .allMatch(
            reason -> reason.contains("FAILED exit code is 0: the program exited with code 1"));
  }

  @Test
  void judgeCannotOverruleAFailingCheck() {
    InMemorySandbox printsTotal =
        new InMemorySandbox(files -> InMemorySandbox.exited(0, "total: many\n", ""));
    model
        .answer(candidate(DOCKERFILE, "out.txt", "x"))
        .answer(review(true, "Looks like a total to me."))
        .answer(candidate(DOCKERFILE, "out.txt", "y"))
        .answer(review(true, "Still fine."));
    SolveSpec spec =
        SolveSpec.builder()
            .prompt("Count.")
            .testConditions("Prints the total.")
            .maxIterations(2)
            .baseImage("base")
            .checks(Checks.of(List.of(Check.StdoutMatches.of("^total: \\d+$")), true))
            .build();

    SolveResult result = solver(printsTotal).solve(spec);

    assertThat(result.outcome()).isEqualTo(Outcome.UNSOLVED);
    SolveEvent.VerdictReached first = verdicts().get(0);
    assertThat(first.verdict().judgeAgreed()).isTrue();
    assertThat(first.verdict().checksPassed()).isEqualTo(1);
    assertThat(first.reason())
        .startsWith("Judged solved, but these checks failed")
        .contains("stdout matches ^total: \\d+$")
        .contains("total: many");
    // The fix prompt lists each check with what was expected and what came out.
    assertThat(model.userText(2))
        .contains("- passed exit code is 0")
        .contains("- FAILED stdout matches ^total: \\d+$: stdout was \"total: many\\n\"");
    assertThat(model.userText(1)).contains("you cannot overrule a failed one");
  }

  @Test
  void checksAloneDecideWhenTheJudgeIsOff() {
    model
        .answer(candidate(DOCKERFILE, "out.txt", "Hello, world"))
        .answer(candidate(DOCKERFILE, "out.txt", "Hello, Azlon"));
    SolveSpec spec =
        SolveSpec.builder()
            .prompt("Greet.")
            .testConditions("Greets Azlon.")
            .maxIterations(3)
            .baseImage("base")
            .judge(false)
            .checks(Checks.of(List.of(new Check.StdoutContains("Hello, Azlon")), true))
            .build();

    SolveResult result = solver().solve(spec);

    assertThat(result.outcome()).isEqualTo(Outcome.SOLVED);
    assertThat(result.iterations()).isEqualTo(2);
    assertThat(model.requests()).hasSize(2);
    assertThat(verdicts().get(1).verdict().judged()).isFalse();
    assertThat(verdicts().get(1).reason()).isEqualTo("All 2 checks passed.");
  }

  @Test
  void commandCheckRunsInTheImageAndDecides() {
    InMemorySandbox sandbox =
        InMemorySandbox.printingOutTxt()
            .onCommand(
                command ->
                    InMemorySandbox.exited(1, "", "FAIL: test_greeting (test_main.GreetingTest)"));
    model
        .answer(candidate(DOCKERFILE, "out.txt", "Hello, Azlon"))
        .answer(review(true, "Greets Azlon."));
    SolveSpec spec =
        SolveSpec.builder()
            .prompt("Greet.")
            .testConditions("Greets Azlon.")
            .maxIterations(1)
            .baseImage("base")
            .checks(
                Checks.of(
                    List.of(new Check.Command("python3 -m unittest -q", Duration.ofMinutes(1))),
                    true))
            .build();

    SolveResult result = solver(sandbox).solve(spec);

    assertThat(result.outcome()).isEqualTo(Outcome.UNSOLVED);
    assertThat(sandbox.commands()).containsExactly("python3 -m unittest -q");
    assertThat(verdicts().get(0).reason())
        .contains("command `python3 -m unittest -q` succeeds")
        .contains("the command exited with code 1")
        .contains("FAIL: test_greeting");
  }

  @Test
  void nonZeroExitCanBeAllowedExplicitly() {
    InMemorySandbox exitsOne =
        new InMemorySandbox(files -> InMemorySandbox.exited(1, "Hello, Azlon", ""));
    model.answer(candidate(DOCKERFILE, "out.txt", "x")).answer(review(true, "Greets."));
    SolveSpec spec =
        SolveSpec.builder()
            .prompt("Greet.")
            .testConditions("Greets Azlon.")
            .maxIterations(1)
            .baseImage("base")
            .checks(Checks.of(List.of(), false))
            .build();

    assertThat(solver(exitsOne).solve(spec).outcome()).isEqualTo(Outcome.SOLVED);
  }

  @Test
  void startingFilesArePreflightedAndTheModelSeesTheResult() throws Exception {
    Path input = Files.createDirectories(output.resolve("input"));
    Files.writeString(input.resolve("out.txt"), "Hello, wrld");
    byte[] logo = {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2, (byte) 0xFF};
    Files.createDirectories(input.resolve("assets"));
    Files.write(input.resolve("assets/logo.png"), logo);
    model.answer(candidate(DOCKERFILE, "out.txt", "Hello, world")).answer(review(true, "Fixed."));
    SolveSpec spec =
        SolveSpec.builder()
            .prompt("Fix the typo.")
            .testConditions("Prints Hello, world")
            .maxIterations(2)
            .baseImage("base")
            .inputDirectory(input)
            .build();

    SolveResult result = solver(output.resolve("runs")).solve(spec);

    assertThat(result.outcome()).isEqualTo(Outcome.SOLVED);
    assertThat(sandbox.runs()).isEqualTo(2);
    assertThat(model.userText(0))
        .contains("The project starts from these files")
        .contains("### out.txt")
        .contains("Hello, wrld")
        .contains("Built and run as they are: the program exited with code 0")
        .contains("- assets/logo.png (8 bytes)")
        .contains("### Dockerfile")
        .contains("FROM base\nCOPY . /app");
    assertThat(Files.readAllBytes(result.solutionDirectory().resolve("assets/logo.png")))
        .isEqualTo(logo);
    JsonNode preflight =
        new ObjectMapper()
            .readTree(result.runDirectory().resolve("summary.json").toFile())
            .get("preflight");
    assertThat(preflight.get("files").asInt()).isEqualTo(2);
    assertThat(preflight.get("exitCode").asInt()).isZero();
    assertThat(preflight.get("outcome").asText()).isEqualTo("the program exited with code 0");
    assertThat(preflight.has("buildMs") && preflight.has("runMs")).isTrue();
    try (Git git = Git.open(result.solutionDirectory().toFile())) {
      List<String> subjects = new ArrayList<>();
      git.log().call().forEach(c -> subjects.add(c.getShortMessage()));
      assertThat(subjects).containsExactly("iteration 1: solved", "input");
      assertThat(git.tagList().call())
          .extracting(ref -> ref.getName())
          .contains("refs/tags/input", "refs/tags/iteration-1");
    }
  }

  @Test
  void anEditChangesOneLineOfALongStartingFileAndReplaysAndLocksAsAWholeFile() throws Exception {
    Path input = Files.createDirectories(output.resolve("input"));
    StringBuilder lines = new StringBuilder();
    for (int i = 1; i <= 200; i++) {
      lines.append("line ").append(i).append('\n');
    }
    String before = lines.toString();
    Files.writeString(input.resolve("out.txt"), before);
    Files.writeString(input.resolve("Dockerfile"), DOCKERFILE);
    String edit =
        "{\"dockerfile\": \"\", \"files\": [], \"edits\": [{\"filename\": \"out.txt\", \"search\":"
            + " \"line 99\\n"
            + "line 100\\n"
            + "\", \"replace\": \"line 99\\n"
            + "Hello, Azlon\\n"
            + "\"}], \"deletions\": null, \"needFiles\": null}";
    model.answer(edit).answer(review(true, "It greets Azlon."));
    SolveSpec spec =
        SolveSpec.builder()
            .prompt("Make line 100 greet Azlon.")
            .testConditions("Prints Hello, Azlon")
            .maxIterations(2)
            .baseImage("base")
            .inputDirectory(input)
            .build();

    SolveResult result = solver(output.resolve("runs")).solve(spec);

    assertThat(result.outcome()).isEqualTo(Outcome.SOLVED);
    String after = before.replace("line 100\n", "Hello, Azlon\n");
    assertThat(Files.readString(result.solutionDirectory().resolve("out.txt"))).isEqualTo(after);
    // The judge sees the change as the history has it: one line out, one line in.
    String diff = model.userText(1).substring(model.userText(1).indexOf("The last change made"));
    assertThat(diff.lines().filter(l -> l.startsWith("-line")).toList())
        .containsExactly("-line 100");
    assertThat(diff.lines().filter(l -> l.startsWith("+") && !l.startsWith("+++")).toList())
        .containsExactly("+Hello, Azlon");

    // The transcript replays to the same files, and a lock of them verifies.
    SolveResult replayed =
        Solver.builder()
            .model(ReplayChatModel.from(result.runDirectory().resolve(Transcript.FILE_NAME)))
            .sandbox(sandbox)
            .outputDirectory(output.resolve("replayed"))
            .build()
            .solve(spec);
    assertThat(replayed.outcome()).isEqualTo(Outcome.SOLVED);
    assertThat(Files.readString(replayed.solutionDirectory().resolve("out.txt"))).isEqualTo(after);
    Path lock = output.resolve("azlon.lock");
    SolutionLock.write(
        lock,
        LockInputs.of(spec, "m"),
        new Workspace(result.solutionDirectory()),
        result.runId(),
        Instant.now());
    assertThat(SolutionLock.read(lock).orElseThrow().files()).containsKeys("out.txt", "Dockerfile");
  }

  @Test
  void anEditOfALegacyEncodedFileKeepsItsEncoding() throws Exception {
    Path input = Files.createDirectories(output.resolve("input"));
    Charset latin1 = StandardCharsets.ISO_8859_1;
    StringBuilder lines = new StringBuilder();
    for (int i = 1; i <= 30; i++) {
      lines.append("Caf\u00e9 cr\u00e8me n\u00b0").append(i).append(": 3 \u00e9cus.\n");
    }
    String before = lines.toString();
    Files.write(input.resolve("out.txt"), before.getBytes(latin1));
    Files.writeString(input.resolve("Dockerfile"), DOCKERFILE);
    ObjectNode answer = new ObjectMapper().createObjectNode().put("dockerfile", "");
    answer.putArray("files");
    answer
        .putArray("edits")
        .addObject()
        .put("filename", "out.txt")
        .put("search", "n\u00b030: 3 \u00e9cus.\n")
        .put("replace", "n\u00b030: 4 \u00e9cus.\n");
    answer.putNull("deletions");
    answer.putNull("needFiles");
    model.answer(answer.toString()).answer(review(true, "Done."));
    SolveSpec spec =
        SolveSpec.builder()
            .prompt("Raise the last price.")
            .testConditions("Prints the prices")
            .maxIterations(1)
            .baseImage("base")
            .inputDirectory(input)
            .build();

    SolveResult result = solver(output.resolve("runs")).solve(spec);

    assertThat(result.outcome()).isEqualTo(Outcome.SOLVED);
    byte[] bytes = Files.readAllBytes(result.solutionDirectory().resolve("out.txt"));
    assertThat(bytes).isEqualTo(before.replace("n\u00b030: 3", "n\u00b030: 4").getBytes(latin1));
  }

  @Test
  void deletionsRemoveFilesAndShowInTheDiff() throws Exception {
    model
        .answer(candidate(DOCKERFILE, "out.txt", "Hello", "old.txt", "obsolete"))
        .answer(
            "{\"result\": false, \"reason\": \"Remove old.txt.\", \"dockerfile\": null,"
                + " \"files\": null, \"deletions\": [\"old.txt\"]}")
        .answer(review(true, "Clean."));

    SolveResult result = solver().solve(spec(3));

    assertThat(result.files()).containsExactly("Dockerfile", "out.txt");
    String summary = Files.readString(result.runDirectory().resolve("report.html"));
    assertThat(summary).contains("deleted file").contains("-obsolete");
  }

  @Test
  void theJudgeSeesTheChangeItJudgesAsADiffThatNamesNewFiles() {
    String big = "def greet():\n" + "    print('Hello')\n".repeat(400);
    model
        .answer(candidate(DOCKERFILE, "out.txt", "Hello", "big.py", big))
        .answer(review(false, "big.py must greet Azlon."))
        .answer(candidate(DOCKERFILE, "big.py", big + "# Azlon\n"))
        .answer(review(true, "Greets Azlon."));

    solver().solve(spec(3));

    // Iteration 1's judge: a first project is named file by file, not repeated as a diff.
    assertThat(model.userText(1))
        .contains("New files: Dockerfile, big.py, out.txt")
        .doesNotContain("+++ b/big.py")
        .contains("### big.py\n```\n" + big);
    // Iteration 2's judge sees iteration 2's edit: its diff, and the edited file in full.
    assertThat(model.userText(3))
        .contains("+++ b/big.py")
        .contains("+# Azlon")
        .doesNotContain("New files")
        .contains("### big.py\n```\n" + big + "# Azlon\n");
  }

  @Test
  void repeatedFailureAsksForADifferentApproachThenStopsAsStuck() {
    AtomicInteger line = new AtomicInteger(10);
    InMemorySandbox crashing =
        new InMemorySandbox(
            files ->
                InMemorySandbox.exited(
                    1,
                    "",
                    "Traceback (most recent call last):\n  File \"/app/main.py\", line "
                        + line.incrementAndGet()
                        + "\nZeroDivisionError: division by zero"));
    for (int i = 0; i < 3; i++) {
      model.answer(candidate(DOCKERFILE, "out.txt", "try " + i)).answer(review(false, "Crash."));
    }
    SolveSpec spec =
        SolveSpec.builder()
            .prompt("Divide.")
            .testConditions("Prints a quotient.")
            .maxIterations(10)
            .baseImage("base")
            .build();

    SolveResult result = solver(crashing).solve(spec);

    assertThat(result.outcome()).isEqualTo(Outcome.STUCK);
    assertThat(result.iterations()).isEqualTo(3);
    assertThat(result.detail()).contains("the same failure 3 times in a row");
    assertThat(model.userText(1)).contains("New files: Dockerfile, out.txt");
    assertThat(model.userText(3))
        .contains("The last change made:")
        .contains("-try 0")
        .contains("+try 1");
    assertThat(model.userText(2)).doesNotContain("take a different one");
    assertThat(model.userText(4))
        .contains("this same failure has now come 2 times in a row")
        .contains("take a different one");
  }

  @Test
  void pathTraversalIsRefusedAndRepairedBeforeAnythingIsWritten() {
    model
        .answer(candidate(DOCKERFILE, "out.txt", "ok", "../../escaped.txt", "pwned"))
        .answer(candidate(DOCKERFILE, "out.txt", "ok"))
        .answer(review(true, "Fine."));

    SolveResult result = solver().solve(spec(3));

    assertThat(result.outcome()).isEqualTo(Outcome.SOLVED);
    assertThat(result.iterations()).isEqualTo(1);
    assertThat(output.getParent().resolve("escaped.txt")).doesNotExist();
    assertThat(output.resolve("escaped.txt")).doesNotExist();
    assertThat(model.userText(1))
        .contains("could not be used")
        .contains("Nothing was written")
        .contains("'..'");
    assertThat(sandbox.runs()).isEqualTo(1);
  }

  @Test
  void twoUnusableAnswersEndTheIterationWithNothingWritten() {
    model
        .answer(candidate(DOCKERFILE, "../a.txt", "x"))
        .answer(candidate(DOCKERFILE, "../b.txt", "y"))
        .answer(candidate(DOCKERFILE, "out.txt", "ok"))
        .answer(review(true, "Fine."));

    SolveResult result = solver().solve(spec(3));

    assertThat(result.outcome()).isEqualTo(Outcome.SOLVED);
    assertThat(result.iterations()).isEqualTo(2);
    assertThat(verdicts().get(0).reason()).contains("could not be used").contains("'../b.txt'");
    assertThat(output.resolve("a.txt")).doesNotExist();
    assertThat(model.userText(2)).contains("'../b.txt'");
    assertThat(sandbox.runs()).isEqualTo(1);
  }

  @Test
  void forbiddenBaseImageIsRefusedAndRepairedBeforeAnythingIsBuilt() {
    model
        .answer(candidate("FROM ubuntu:22.04\nCMD cat out.txt\n", "out.txt", "ok"))
        .answer(candidate(DOCKERFILE, "out.txt", "ok"))
        .answer(review(true, "Fine."));

    SolveResult result = solver().solve(spec(3));

    assertThat(result.outcome()).isEqualTo(Outcome.SOLVED);
    assertThat(result.iterations()).isEqualTo(1);
    assertThat(sandbox.runs()).isEqualTo(1);
    assertThat(model.userText(1)).contains("ubuntu:22.04 is not allowed").contains("use base");
  }

  @Test
  void malformedAnswerIsRepairedWithinItsIteration() {
    model
        .answer("{\"dockerfile\": \"FROM base\", \"files\": [")
        .answer(candidate(DOCKERFILE, "out.txt", "ok"))
        .answer(review(true, "Fine."));

    SolveResult result = solver().solve(spec(3));

    assertThat(result.outcome()).isEqualTo(Outcome.SOLVED);
    assertThat(result.iterations()).isEqualTo(1);
    assertThat(model.userText(1)).contains("not valid JSON");
  }

  @Test
  void budgetStopsTheRunBeforeTheNextCallWithTheFigures() throws Exception {
    model
        .answer(candidate(DOCKERFILE, "out.txt", "wrong"))
        .answer(review(false, "Wrong.", "out.txt", "still wrong"))
        .answer(review(false, "Wrong."));
    SolveSpec spec =
        SolveSpec.builder()
            .prompt("Greet.")
            .testConditions("Greets.")
            .maxIterations(5)
            .baseImage("base")
            .budget(
                new Budget(
                    Optional.of(300L),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.of(Prices.of("2.50", "10.00"))))
            .build();

    SolveResult result = solver().solve(spec);

    // Iteration 1: generate + review (240 tokens); 2: the review's files, review (360);
    // 3: the fix call would start past the limit.
    assertThat(result.outcome()).isEqualTo(Outcome.BUDGET_EXCEEDED);
    assertThat(result.iterations()).isEqualTo(3);
    assertThat(result.detail()).contains("360 tokens used of the 300 allowed (maxTokens)");
    // 300 input tokens at $2.50 and 60 output tokens at $10 per million.
    assertThat(result.usage().costUsd())
        .hasValueSatisfying(
            cost -> assertThat(cost).isEqualByComparingTo(new BigDecimal("0.00135")));
    assertThat(model.requests()).hasSize(3);
    try (Git git = Git.open(result.solutionDirectory().toFile())) {
      assertThat(git.log().call().iterator().next().getShortMessage())
          .isEqualTo("iteration 3: budget exceeded");
    }
  }

  @Test
  void unsolvedAfterMaxIterationsWithEveryIterationRecorded() throws Exception {
    model
        .answer(candidate(DOCKERFILE, "out.txt", "wrong"))
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

  private Solver solver(Path outputDirectory) {
    return Solver.builder()
        .model(model)
        .sandbox(sandbox)
        .outputDirectory(outputDirectory)
        .listener(events::add)
        .build();
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
