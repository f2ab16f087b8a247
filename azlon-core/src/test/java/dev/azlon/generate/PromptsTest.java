package dev.azlon.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.azlon.sandbox.CandidateRun;
import dev.azlon.solve.Layout;
import dev.azlon.solve.SourceRoot;
import dev.azlon.testing.InMemorySandbox;
import dev.azlon.verdict.Check;
import dev.azlon.verdict.CheckResult;
import dev.azlon.verdict.TestCount;
import dev.azlon.verdict.Verdict;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PromptsTest {

  private final Prompts prompts = new Prompts();
  private final Brief task =
      new Brief("Print {{files}}", "Shows ${x} and {}", "base:1", "- no network");

  @Test
  void systemPromptNamesTheBaseImageAndTheSandboxRules() {
    assertThat(prompts.system(task)).contains("FROM base:1").contains("- no network");
  }

  @Test
  void theSystemPromptSaysWhereFilesGoOnlyWhenABuildUsesThem() {
    Brief library =
        new Brief(
            "Write Slugs.",
            "Prints a slug.",
            "base:1",
            "- no network",
            List.of(new Check.ExitCode(0)),
            new Layout(SourceRoot.MAIN, true).instructions());
    Brief testsOnly =
        new Brief(
            "Write Slugs.",
            "Prints a slug.",
            "base:1",
            "- no network",
            List.of(new Check.ExitCode(0)),
            new Layout(SourceRoot.MAIN, false).instructions());

    assertThat(prompts.system(library))
        .contains("Where your files go:")
        .contains("src/main/java (in packages) becomes the build's main sources")
        .contains("JUnit 5 tests under src/test/java become the build's test sources")
        .contains("goes under src/run/java");
    assertThat(prompts.system(testsOnly))
        .contains("Tests under src/test/java stay in this container");
    assertThat(prompts.system(task))
        .doesNotContain("Where your files go")
        .doesNotContain("src/run/java");
  }

  @Test
  void userTextWithTemplateSyntaxIsRenderedVerbatim() {
    Project project =
        new Project(
            Map.of("a.py", "x = '{{prompt}}'"), Map.of(), InMemorySandbox.exited(0, "out", ""));
    String review = prompts.review(task, project, List.of(), "", Set.of()).text();

    assertThat(review)
        .contains("Print {{files}}")
        .contains("Shows ${x} and {}")
        .contains("x = '{{prompt}}'");
  }

  @Test
  void fenceIsLongerThanAnyBacktickRunInTheText() {
    String fenced = Prompts.fenced("a ``` b ```` c");

    assertThat(fenced).startsWith("`````\n").endsWith("\n`````\n");
  }

  @Test
  void longOutputKeepsItsStartAndEndAndSaysWhatWasLeftOut() {
    String output = "HEAD" + "x".repeat(100_000) + "TAIL";

    String shown = Prompts.excerpt(output);

    assertThat(shown).startsWith("HEAD").endsWith("TAIL").contains("characters left out");
    assertThat(shown.length()).isLessThan(Prompts.SHOWN_OUTPUT_CHARS + 100);
  }

  @Test
  void failedBuildShowsTheBuildLogAndNoProgramOutput() {
    CandidateRun failed =
        CandidateRun.buildFailed(
            CandidateRun.Status.BUILD_FAILED, "Step 2/3 : RUN pip install nope", Duration.ZERO);

    String text = Prompts.output(failed);

    assertThat(text)
        .contains("Build log")
        .contains("pip install nope")
        .doesNotContain("Standard output");
  }

  @Test
  void everyPromptListsTheChecksAsTheyWillRun() {
    Brief checked =
        new Brief(
            "Write roman numerals.",
            "The unit tests pass.",
            "base:1",
            "- rules",
            List.of(
                new Check.ExitCode(0),
                Check.StdoutMatches.of("^ok$"),
                new Check.Command("cd /app; python3 -m unittest -q", Duration.ofSeconds(90))),
            "");

    String generate = prompts.generate(checked, Project.empty(), Set.of()).text();
    CandidateRun failed =
        CandidateRun.buildFailed(CandidateRun.Status.BUILD_FAILED, "boom", Duration.ZERO);
    String fix =
        prompts
            .fix(
                checked,
                new Project(Map.of("a.py", "x"), Map.of(), failed),
                Verdict.failed("It did not build."),
                "",
                Set.of())
            .text();

    assertThat(generate)
        .contains("Test conditions (a judge holds the run to them")
        .doesNotContain("standard output must satisfy")
        .contains("Machine checks (they decide")
        .contains("- exit code is 0")
        .contains("- stdout matches the regular expression ^ok$")
        .contains(
            "- the command `cd /app; python3 -m unittest -q` exits with 0 within 1 minute 30"
                + " seconds")
        .contains("from the image's working directory (its WORKDIR)");
    // Nothing ran: the fix request still says what will decide.
    assertThat(fix)
        .contains("None ran yet; they will be:\n- exit code is 0")
        .contains("python3 -m unittest");
  }

  @Test
  void theJudgeSeesTheEndOfAPassedCommandsOutput() {
    Check.Command tests = new Check.Command("run-tests", Duration.ofSeconds(5));
    Brief checked =
        new Brief("Write it.", "The tests pass.", "base:1", "- rules", List.of(tests), "");
    Project project = new Project(Map.of("a.py", "x"), Map.of(), InMemorySandbox.exited(0, "", ""));

    String review =
        prompts
            .review(
                checked,
                project,
                List.of(
                    new CheckResult(
                        tests,
                        true,
                        "",
                        "x".repeat(5_000) + "\nRan 0 tests in 0.000s\n\nOK",
                        new TestCount(0, 0, 0, 0))),
                "",
                Set.of())
            .text();

    assertThat(review)
        .contains(
            "- passed command `run-tests` succeeds, but it found no tests; its output ended"
                + " \"...xxx")
        .contains("Ran 0 tests in 0.000s\\n\\nOK\"")
        .doesNotContain("x".repeat(700));
  }

  @Test
  void aPromptWithoutCommandChecksSaysNothingOfHowCommandsRun() {
    String generate = prompts.generate(task, Project.empty(), Set.of()).text();

    assertThat(generate).contains("- exit code is 0").doesNotContain("/bin/sh -c");
  }

  @Test
  void aBuiltRunShowsTheEndOfItsBuildLog() {
    String log = "Step 1/3 : FROM base\n" + "x".repeat(40_000) + "\nRan 3 tests\nOK\n";
    CandidateRun run =
        new CandidateRun(
            CandidateRun.Status.EXITED, log, 0, "out", "", Duration.ZERO, Duration.ZERO);

    String text = Prompts.output(run);

    assertThat(text)
        .contains("Standard output")
        .contains("The image build's log, its end")
        .contains("Ran 3 tests\nOK")
        .doesNotContain("Step 1/3");
    assertThat(text.length()).isLessThan(Prompts.SHOWN_OUTPUT_CHARS + 500);
  }

  @Test
  void whatTheJudgesPromptShowsIsWhatItSaysItShows() {
    Prompts small = new Prompts(PromptOverrides.none(), 1_000);
    String big = "def greet():\n" + "    print('Hello')\n".repeat(2_000);
    Project project =
        new Project(
            Map.of("big.py", big, "small.py", "x = 1\n"),
            Map.of(),
            InMemorySandbox.exited(1, "", "boom"),
            "New files: big.py, small.py",
            Set.of("big.py", "small.py"));

    Prompts.Prompt review = small.review(task, project, List.of(), "", Set.of());

    assertThat(review.unseen()).containsExactly("big.py");
    assertThat(review.text())
        .contains("New files: big.py, small.py")
        .doesNotContain("shown with the project's files")
        .contains("### small.py\n```\nx = 1")
        .doesNotContain("### big.py\n```")
        .containsPattern("### big\\.py \\((outline|first lines);");
  }

  @Test
  void theBuildLogLeavesOutTheBuildersBookkeeping() {
    String log =
        "Step 1/3 : FROM base\n ---> 7b18790dd8a0\nStep 2/3 : RUN make test\n"
            + " ---> Running in c09450eb295b\nRan 3 tests\nOK\n"
            + "Removing intermediate container c09450eb295b\n ---> b917599a2bdc\n"
            + "Successfully built 9d292d1115ba\nSuccessfully tagged azlon/run-1:0-5bce98f7\n";
    CandidateRun built =
        new CandidateRun(
            CandidateRun.Status.EXITED, log, 0, "out", "", Duration.ZERO, Duration.ZERO);
    CandidateRun failed =
        CandidateRun.buildFailed(
            CandidateRun.Status.BUILD_FAILED,
            "Step 1/2 : FROM base\n ---> 7b18790dd8a0\nStep 2/2 : RUN javac X.java\n"
                + " ---> Running in 04b0f3950be9\nX.java:3: error: ';' expected\n",
            Duration.ZERO);

    assertThat(Prompts.output(built))
        .contains("Step 1/3 : FROM base\nStep 2/3 : RUN make test\nRan 3 tests\nOK")
        .doesNotContain("--->")
        .doesNotContain("intermediate")
        .doesNotContain("Successfully");
    assertThat(Prompts.output(failed))
        .contains("Step 2/2 : RUN javac X.java\nX.java:3: error: ';' expected")
        .doesNotContain("--->");
  }

  @Test
  void theJudgeOfARunThatPassedEveryCheckSeesTheFilesWithinAQuarterOfTheBudget() {
    Prompts budgeted = new Prompts(PromptOverrides.none(), 4_000);
    Map<String, String> files = new java.util.TreeMap<>();
    for (int i = 0; i < 12; i++) {
      files.put("m" + i + ".py", ("def f" + i + "(x):\n    return x * " + i + "\n").repeat(20));
    }
    Project project = new Project(files, Map.of(), InMemorySandbox.exited(0, "ok", ""));
    List<CheckResult> passed = List.of(new CheckResult(new Check.ExitCode(0), true, ""));
    List<CheckResult> failed =
        List.of(new CheckResult(Check.StdoutMatches.of("^done$"), false, "stdout was \"ok\""));

    Prompts.Prompt judged = budgeted.review(task, project, passed, "", Set.of());
    Prompts.Prompt fixing = budgeted.review(task, project, failed, "", Set.of());

    assertThat(ContextBudget.tokens(judged.text()))
        .isLessThan(ContextBudget.tokens(fixing.text()) / 2);
    assertThat(judged.unseen()).hasSizeGreaterThan(fixing.unseen().size());
    assertThat(judged.text())
        .contains("you will be asked for the fix with the project's files shown")
        .contains("give null for dockerfile, files, edits, deletions and needFiles");
  }
}
