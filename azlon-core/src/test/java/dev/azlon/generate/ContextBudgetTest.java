package dev.azlon.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.azlon.testing.InMemorySandbox;
import dev.azlon.verdict.Check;
import dev.azlon.verdict.CheckResult;
import dev.azlon.verdict.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class ContextBudgetTest {

  private static final Brief TASK = new Brief("Fix it.", "Prints ok.", "base", "- rules");

  /** A Python module of about {@code lines} lines: a class, functions and their bodies. */
  static String module(int index, int lines) {
    StringBuilder text = new StringBuilder("import os\n\n\nclass Model" + index + ":\n");
    for (int i = 0; text.toString().lines().count() < lines; i++) {
      text.append("    def method_")
          .append(i)
          .append("(self, value):\n")
          .append("        total = value * ")
          .append(i)
          .append(" + len(os.sep)\n")
          .append("        return total // 2\n\n");
    }
    return text.toString();
  }

  static Map<String, String> project(int files) {
    Map<String, String> project = new TreeMap<>();
    project.put("Dockerfile", "FROM base\nCOPY . /app\nCMD [\"python3\", \"/app/main.py\"]\n");
    for (int i = 0; i < files; i++) {
      project.put("pkg/module_" + i + ".py", module(i, 40 + (i * 37) % 260));
    }
    return project;
  }

  @Test
  void twoHundredFilesStayWithinTheBudgetWithTheNamedFileInFull() {
    Map<String, String> files = project(200);
    Prompts prompts = new Prompts(PromptOverrides.none(), 24_000);
    Project project =
        new Project(
            files,
            Map.of(),
            InMemorySandbox.exited(
                1,
                "",
                "Traceback (most recent call last):\n  File \"/app/pkg/module_173.py\", line 9\n"
                    + "ZeroDivisionError: division by zero"));

    String fix = prompts.fix(TASK, project, Verdict.failed("It crashed."), "", Set.of()).text();

    assertThat(fix).contains("### pkg/module_173.py\n```\n" + files.get("pkg/module_173.py"));
    assertThat(fix).contains("### Dockerfile\n").contains(ContextBudget.OUTLINE_NOTICE);
    assertThat(fix)
        .containsPattern("### pkg/module_\\d+\\.py \\(outline; \\d+ lines, \\d+ tokens\\)");
  }

  @Test
  void theBudgetCoversEverythingTheSectionAddsAndMoreBudgetShowsMoreFiles() {
    Map<String, String> files = new TreeMap<>(project(200));
    files.put("poetry.lock", lockFile(20_000));
    files.put("pkg/huge.py", module(9, 3000));
    Map<String, Long> binaries = new TreeMap<>();
    for (int i = 0; i < 300; i++) {
      binaries.put("assets/image_" + i + ".png", 1000L + i);
    }
    ContextBudget.Focus focus =
        new ContextBudget.Focus(
            Set.of(),
            Map.of("pkg/huge.py", new TreeSet<>(Set.of(1500)), "poetry.lock", new TreeSet<>()),
            Set.of("pkg/module_150.py"),
            Set.of("pkg/module_3.py"),
            Set.of());
    List<Integer> inFull = new ArrayList<>();
    for (int budget : List.of(1_000, 4_000, 24_000, 60_000)) {
      ContextBudget.Shown shown = new ContextBudget(budget).render(files, binaries, focus);

      assertThat(ContextBudget.tokens(shown.text()))
          .as("at %d", budget)
          .isLessThanOrEqualTo(budget);
      assertThat(shown.text()).contains("Binary files (kept as they are, not shown)");
      inFull.add(files.size() - (shown.unseen().size() - binaries.size()));
    }
    assertThat(inFull).isSortedAccordingTo(Integer::compare);
    assertThat(inFull.get(3)).isGreaterThan(inFull.get(2)).isGreaterThan(inFull.get(1));
  }

  @Test
  void filesAreGivenRoomErrorsFirstThenTheTaskThenEditsThenRelevance() {
    Map<String, String> files = new TreeMap<>();
    for (String name : List.of("a.py", "b.py", "c.py", "d.py", "e.py")) {
      files.put(name, module(name.charAt(0), 90));
    }
    int one = ContextBudget.tokens("\n### a.py\n" + Prompts.fenced(files.get("a.py")));
    ContextBudget.Focus focus =
        new ContextBudget.Focus(
            Set.of("e.py"),
            Map.of("c.py", new TreeSet<>()),
            Set.of("d.py"),
            Set.of("a.py"),
            Set.of());

    Set<String> twoFit = new ContextBudget(2 * one + 400).render(files, Map.of(), focus).unseen();
    Set<String> fourFit = new ContextBudget(4 * one + 400).render(files, Map.of(), focus).unseen();

    assertThat(twoFit).containsExactly("a.py", "b.py", "d.py");
    assertThat(fourFit).containsExactly("b.py");
  }

  @Test
  void sourceComesBeforeDocumentsAndLocksImportsAndNeighboursFirstNeverBySize() {
    Map<String, String> files = new TreeMap<>();
    files.put("docs/CNAME", "example.org\n");
    files.put(".github/workflows/ci.yml", "on: push\n");
    files.put("poetry.lock", lockFile(10));
    files.put("README.md", "# App\n");
    files.put("app/main.py", "from app.util import helper\nfrom . import config\n");
    files.put("app/util.py", module(1, 300));
    files.put("app/config.py", module(2, 300));
    files.put("app/zeta.py", module(3, 20));
    files.put("lib/core.py", module(4, 10));
    files.put("lib/deep/inner.py", module(5, 10));

    List<String> order =
        ContextBudget.order(
            files,
            new ContextBudget.Focus(Set.of(), Map.of(), Set.of(), Set.of("app/main.py"), Set.of()));

    assertThat(order)
        .containsExactly(
            "app/main.py",
            "app/config.py",
            "app/util.py",
            "app/zeta.py",
            "lib/core.py",
            "lib/deep/inner.py",
            ".github/workflows/ci.yml",
            "README.md",
            "docs/CNAME",
            "poetry.lock");
  }

  @Test
  void aListingInTheOutputPullsNothingInAndATracebackNamesTheLineToShow() {
    Map<String, String> files = new TreeMap<>();
    files.put("Dockerfile", "FROM base\n");
    files.put("poetry.lock", lockFile(20_000));
    files.put("app/engine.py", module(1, 2000));
    String stdout = "Dockerfile\napp\npoetry.lock\n";
    String stderr =
        "Traceback (most recent call last):\n  File \"/app/app/engine.py\", line 1201, in run\n"
            + "ValueError: bad";
    Project project = new Project(files, Map.of(), InMemorySandbox.exited(1, stdout, stderr));

    String fix =
        new Prompts(PromptOverrides.none(), 4_000)
            .fix(TASK, project, Verdict.failed("It crashed."), "", Set.of())
            .text();

    List<String> engine = files.get("app/engine.py").lines().toList();
    assertThat(fix)
        .contains("### app/engine.py (outline; 2000 lines, ")
        .contains("Lines 1197-1205:\n```\n1197| " + engine.get(1196))
        .contains("1201| " + engine.get(1200))
        .contains("### poetry.lock (first lines; ")
        .doesNotContain("name = \"package-500\"");
  }

  @Test
  void binaryFilesAreUnseenUnlessTheTaskNamesThem() {
    Prompts prompts = new Prompts();
    Project project =
        new Project(
            Map.of("main.py", "print(1)\n"),
            Map.of("logo.png", 10L, "data.bin", 20L),
            InMemorySandbox.exited(0, "1", ""));
    Brief task = new Brief("Replace logo.png with a smaller one.", "Prints 1.", "base", "- rules");

    Prompts.Prompt fix = prompts.fix(task, project, Verdict.failed("No."), "", Set.of());

    assertThat(fix.unseen()).containsExactly("data.bin");
    assertThat(fix.binary()).containsExactly("data.bin");
    assertThat(fix.text()).contains("- logo.png (10 bytes)");
  }

  static String lockFile(int packages) {
    StringBuilder lock = new StringBuilder();
    for (int i = 0; i < packages; i++) {
      lock.append("[[package]]\nname = \"package-")
          .append(i)
          .append("\"\nversion = \"1.")
          .append(i)
          .append(".0\"\n\n");
    }
    return lock.toString();
  }

  @Test
  void consecutivePromptsKeepUnchangedFilesInPlaceAndPutTheChangedOneAfterThem() {
    Map<String, String> files = project(50);
    Prompts prompts = new Prompts(PromptOverrides.none(), 24_000);
    CandidateRunStub crash = new CandidateRunStub("pkg/module_3.py");
    String first =
        prompts
            .fix(TASK, crash.project(files, Set.of()), Verdict.failed("It crashed."), "", Set.of())
            .text();
    Map<String, String> edited = new TreeMap<>(files);
    edited.put("pkg/module_3.py", files.get("pkg/module_3.py") + "# fixed\n");
    String second =
        prompts
            .review(TASK, crash.project(edited, Set.of("pkg/module_3.py")), CRASHED, "", Set.of())
            .text();

    List<String> before = headers(first);
    List<String> after = headers(second);
    // Same files, same presentation; only the edited one moved, to the end of the files.
    assertThat(after).containsExactlyInAnyOrderElementsOf(before);
    assertThat(after.get(after.size() - 1)).isEqualTo("### pkg/module_3.py");
    List<String> others = new ArrayList<>(before);
    others.remove("### pkg/module_3.py");
    assertThat(after.subList(0, after.size() - 1)).isEqualTo(others);
    // Edited again, it stays last: every byte before it is the same, so a provider's cache can
    // serve it.
    edited.put("pkg/module_3.py", edited.get("pkg/module_3.py") + "# fixed again\n");
    String third =
        prompts
            .review(TASK, crash.project(edited, Set.of("pkg/module_3.py")), CRASHED, "", Set.of())
            .text();
    assertThat(headers(third)).isEqualTo(after);
    // Every byte before the first block that changed is the same, so a provider's cache serves
    // it: here the edited file, and the outline that gives way for its growth.
    int same = 0;
    while (third.charAt(same) == second.charAt(same)) {
      same++;
    }
    int block = third.lastIndexOf("\n### ", same);
    assertThat(third.substring(block)).startsWith("\n### pkg/module_");
    assertThat(ContextBudget.tokens(third.substring(0, block)))
        .isGreaterThan(ContextBudget.tokens(third) * 6 / 10);
  }

  @Test
  void generateReviewAndFixPromptsShareTheirOpening() {
    Prompts prompts = new Prompts();
    Project project =
        new Project(Map.of("a.py", "print(1)\n"), Map.of(), InMemorySandbox.exited(0, "1", ""));
    String generate = prompts.generate(TASK, project, Set.of()).text();
    String review = prompts.review(TASK, project, List.of(), "", Set.of()).text();
    String fix = prompts.fix(TASK, project, Verdict.failed("No."), "", Set.of()).text();

    String opening = "Task:\nFix it.\n\nTest conditions";
    assertThat(List.of(generate, review, fix)).allSatisfy(p -> assertThat(p).startsWith(opening));
    int files = review.indexOf("### a.py");
    assertThat(fix.substring(0, files)).isEqualTo(review.substring(0, files));
  }

  /** What the checks say of a run that crashed. */
  private static final List<CheckResult> CRASHED =
      List.of(new CheckResult(new Check.ExitCode(0), false, "the program exited with code 1"));

  private static List<String> headers(String prompt) {
    return prompt
        .lines()
        .filter(line -> line.startsWith("### "))
        .map(line -> line.replaceAll(" \\(outline.*", ""))
        .toList();
  }

  /** A run whose traceback names one module. */
  private record CandidateRunStub(String module) {
    Project project(Map<String, String> files, Set<String> edited) {
      return new Project(
          files,
          Map.of(),
          InMemorySandbox.exited(
              1,
              "",
              "Traceback (most recent call last):\n  File \"/app/"
                  + module
                  + "\", line 9\nZeroDivisionError: division by zero"),
          edited.isEmpty() ? "" : "(the module was edited)",
          edited);
    }
  }
}
