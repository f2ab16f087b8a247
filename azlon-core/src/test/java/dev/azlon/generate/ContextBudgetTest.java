package dev.azlon.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.azlon.testing.InMemorySandbox;
import dev.azlon.verdict.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class ContextBudgetTest {

  private static final Task TASK = new Task("Fix it.", "Prints ok.", "base", "- rules");

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

    // The budget covers the files; the instructions and the run's output come on top.
    assertThat(ContextBudget.tokens(fix)).isLessThan(24_000 + 2_500);
    assertThat(fix).contains("### pkg/module_173.py\n```\n" + files.get("pkg/module_173.py"));
    assertThat(fix).contains("### Dockerfile\n");
    assertThat(fix)
        .contains("shown in outline only (declarations)")
        .contains("Never replace a file you have only seen in outline");
    assertThat(fix)
        .containsPattern("### pkg/module_\\d+\\.py \\(outline; \\d+ lines, \\d+ tokens\\)");
  }

  @Test
  void smallAndEditedFilesAreShownWholeAndLargeOnesUnnamedInOutline() {
    Map<String, String> files =
        Map.of(
            "small.py",
            module(1, 12),
            "large.py",
            module(2, 200),
            "changed.py",
            module(3, 200),
            "added.py",
            module(4, 200));
    String lastChange =
        "--- a/changed.py\n+++ b/changed.py\n@@ -1 +1 @@\n-x\n+y\n"
            + "New files (shown with the project's files): added.py\n";
    String fix =
        new Prompts(PromptOverrides.none(), 24_000)
            .fix(
                TASK,
                new Project(
                    files,
                    Map.of(),
                    InMemorySandbox.exited(0, "x", ""),
                    lastChange,
                    Set.of("changed.py")),
                Verdict.failed("No."),
                "",
                Set.of())
            .text();

    assertThat(fix)
        .contains(files.get("small.py"))
        .contains(files.get("changed.py"))
        .doesNotContain(files.get("large.py"))
        .contains("### large.py (outline; ")
        .contains("### added.py (outline; ")
        .contains("The last change made:\n```\n" + lastChange);
  }

  @Test
  void filesAskedForInFullAreShownWholeAndOnlyTheRestCountAsUnseen() {
    Map<String, String> files =
        Map.of("small.py", module(1, 12), "large.py", module(2, 200), "other.py", module(3, 200));
    Prompts prompts = new Prompts(PromptOverrides.none(), 24_000);
    Project project = new Project(files, Map.of(), InMemorySandbox.exited(0, "x", ""));

    Prompts.Prompt outlined = prompts.fix(TASK, project, Verdict.failed("No."), "", Set.of());
    Prompts.Prompt forced =
        prompts.fix(TASK, project, Verdict.failed("No."), "", Set.of("large.py"));

    assertThat(outlined.unseen()).containsExactlyInAnyOrder("large.py", "other.py");
    assertThat(forced.unseen()).containsExactly("other.py");
    assertThat(forced.text()).contains("### large.py\n```\n" + files.get("large.py"));
  }

  @Test
  void editedFilesComeFirstButOnlyWhileTheBudgetLasts() {
    Map<String, String> files = project(30);
    Set<String> edited = new TreeSet<>(files.keySet());
    edited.remove("Dockerfile");
    Prompts prompts = new Prompts(PromptOverrides.none(), 8_000);

    Prompts.Prompt fix =
        prompts.fix(
            TASK,
            new Project(
                files,
                Map.of(),
                InMemorySandbox.exited(0, "x", ""),
                "(every module edited)",
                edited),
            Verdict.failed("No."),
            "",
            Set.of());

    assertThat(ContextBudget.tokens(fix.text())).isLessThan(8_000 + 2_500);
    // The largest edited files are the ones left out.
    assertThat(fix.unseen()).contains("pkg/module_7.py").doesNotContain("pkg/module_0.py");
    assertThat(fix.text())
        .contains("### pkg/module_0.py\n```\n" + files.get("pkg/module_0.py"))
        .doesNotContain(files.get("pkg/module_7.py"));
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
            .review(TASK, crash.project(edited, Set.of("pkg/module_3.py")), List.of(), "", Set.of())
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
            .review(TASK, crash.project(edited, Set.of("pkg/module_3.py")), List.of(), "", Set.of())
            .text();
    int edit = third.indexOf("\n### pkg/module_3.py\n");
    assertThat(headers(third)).isEqualTo(after);
    assertThat(third.substring(0, edit)).isEqualTo(second.substring(0, edit));
    assertThat(ContextBudget.tokens(third.substring(0, edit)))
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

  @Test
  void outlineKeepsDeclarationsAndDropsBodies() {
    String outline = ContextBudget.outline(module(1, 30));

    assertThat(outline)
        .contains("class Model1:")
        .contains("    def method_0(self, value):")
        .doesNotContain("return total");
  }
}
