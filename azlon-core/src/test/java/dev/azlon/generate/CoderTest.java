package dev.azlon.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.azlon.testing.Answers;
import dev.azlon.testing.InMemorySandbox;
import dev.azlon.testing.ScriptedChatModel;
import dev.azlon.testing.TestChat;
import dev.azlon.verdict.Check;
import dev.azlon.verdict.CheckResult;
import dev.azlon.verdict.Verdict;
import dev.azlon.workspace.SourceFile;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the coder does with answers that ask to see files, or replace files the model has not seen
 * in full.
 */
class CoderTest {

  private static final Brief TASK = new Brief("Fix it.", "Prints ok.", "base", "- rules");
  private static final String LARGE = ContextBudgetTest.module(2, 400);
  private static final String OTHER = ContextBudgetTest.module(3, 200);

  @TempDir Path temp;

  private final ScriptedChatModel model = new ScriptedChatModel();

  /** A budget in which large.py (about 2,750 tokens) never fits in full. */
  private static final int BUDGET = 1_500;

  /**
   * A budget in which large.py fits in full when asked for, but not after other.py (about 1,400
   * tokens), which the errors name.
   */
  private static final int ROOM_WHEN_ASKED = 3_600;

  private Coder coder(TestChat chat) {
    return coder(chat, BUDGET);
  }

  private Coder coder(TestChat chat, int contextTokens) {
    return new Coder(
        model, chat.settings(), AnswerCheck.NONE, PromptOverrides.none(), contextTokens);
  }

  /** A project whose errors name other.py, and whose large.py is shown in outline. */
  private static Project project() {
    return new Project(
        Map.of(
            "Dockerfile",
            "FROM base\n",
            "main.py",
            "import large\n",
            "large.py",
            LARGE,
            "other.py",
            OTHER),
        Map.of(),
        InMemorySandbox.exited(
            1, "", "  File \"/app/other.py\", line 3, in <module>\nValueError: bad input"));
  }

  @Test
  void replacingAnOutlinedFileIsAskedAgainWithThatFileInFull() throws Exception {
    model
        .answer(Answers.candidate("FROM base\n", "large.py", "print('guessed')\n"))
        .answer(Answers.candidate("FROM base\n", "large.py", LARGE + "# fixed\n"));
    TestChat chat = new TestChat(temp.resolve(Transcript.FILE_NAME));
    Coder coder = coder(chat, ROOM_WHEN_ASKED);

    Proposal proposal = coder.fix(TASK, project(), Verdict.failed("It crashed."), "");

    assertThat(model.userText(0)).contains("### large.py (outline; ").doesNotContain(LARGE);
    assertThat(model.userText(1))
        .contains("### large.py\n```\n" + LARGE)
        .contains("Your previous answer replaced large.py, which you had not seen in full");
    assertThat(proposal.changes().files())
        .containsExactly(new SourceFile("large.py", LARGE + "# fixed\n"));
    assertThat(chat.messages()).anyMatch(m -> m.contains("replaced large.py without having seen"));
  }

  @Test
  void anEditOfWhatAnOutlineShowedIsUsedWithoutAskingToSeeTheFile() throws Exception {
    String signature = "    def method_3(self, value):";
    model.answer(edits("large.py", signature, signature + "  # checked"));
    Coder coder = coder(new TestChat(temp.resolve("t.jsonl")));

    Proposal proposal = coder.fix(TASK, project(), Verdict.failed("It crashed."), "");

    assertThat(model.requests()).hasSize(1);
    assertThat(model.userText(0)).contains("### large.py (outline; ");
    assertThat(proposal.edited()).containsExactly("large.py");
    assertThat(proposal.changes().files())
        .containsExactly(
            new SourceFile("large.py", LARGE.replace(signature, signature + "  # checked")));
  }

  @Test
  void anEditThatCannotBeAppliedGetsOneRepairRequestSayingWhich() throws Exception {
    model
        .answer(edits("main.py", "import larger\n", "import large, os\n"))
        .answer(edits("main.py", "import large\n", "import large, os\n"));
    Coder coder = coder(new TestChat(temp.resolve("t.jsonl")), ROOM_WHEN_ASKED);

    Proposal proposal = coder.fix(TASK, project(), Verdict.failed("It crashed."), "");

    assertThat(model.userText(1))
        .contains("Your previous answer to this could not be used")
        .contains("edit 1 (main.py): its search text was not found");
    assertThat(proposal.changes().files())
        .containsExactly(new SourceFile("main.py", "import large, os\n"));
  }

  /** An answer with one edit and nothing else. */
  private static String edits(String file, String search, String replace) {
    ObjectNode answer = new ObjectMapper().createObjectNode();
    answer.putNull("dockerfile");
    answer.putArray("files");
    answer
        .putArray("edits")
        .addObject()
        .put("filename", file)
        .put("search", search)
        .put("replace", replace);
    answer.putNull("deletions");
    answer.putNull("needFiles");
    return answer.toString();
  }

  @Test
  void filesShownInFullOrNewMayBeReplacedAtOnce() throws Exception {
    model.answer(Answers.candidate("FROM base\n", "main.py", "print('ok')\n", "new.py", "x = 1\n"));
    Coder coder = coder(new TestChat(temp.resolve("t.jsonl")), ROOM_WHEN_ASKED);

    coder.fix(TASK, project(), Verdict.failed("It crashed."), "");

    assertThat(model.requests()).hasSize(1);
  }

  @Test
  void anAnswerThatStillReplacesUnseenFilesIsUnusable() {
    Project project =
        new Project(
            Map.of("Dockerfile", "FROM base\n", "large.py", OTHER, "other.py", OTHER + "#\n"),
            Map.of(),
            InMemorySandbox.exited(0, "x", ""));
    model
        .answer(Answers.review(false, "Both wrong.", "other.py", "a = 1\n"))
        .answer(Answers.review(false, "Both wrong.", "large.py", "a = 1\n", "other.py", "b = 2\n"));
    Coder coder = coder(new TestChat(temp.resolve("t.jsonl")), 2_000);

    // A check failed: the judge sees the files as a fix request would.
    List<CheckResult> failed =
        List.of(new CheckResult(new Check.StdoutContains("y"), false, "stdout was \"x\""));
    assertThatThrownBy(() -> coder.review(TASK, project, failed, ""))
        .isInstanceOf(InvalidAnswerException.class)
        .hasMessage("The answer replaced files it had not seen in full: large.py.");
    assertThat(model.userText(0))
        .contains("### large.py\n```\n" + OTHER)
        .contains("### other.py (outline; ");
    assertThat(model.userText(1))
        .contains("### other.py\n```\n" + OTHER)
        .contains("### large.py (outline; ");
  }

  @Test
  void askingForFilesGetsThemShownInTheNextCallInsteadOfARefusal() throws Exception {
    model
        .answer(Answers.needFiles("large.py", "main.py", "missing.py"))
        .answer(Answers.candidate("FROM base\n", "large.py", LARGE + "# fixed\n"));
    TestChat chat = new TestChat(temp.resolve(Transcript.FILE_NAME));
    Coder coder = coder(chat, ROOM_WHEN_ASKED);

    Proposal proposal = coder.fix(TASK, project(), Verdict.failed("It crashed."), "");

    assertThat(model.requests()).hasSize(2);
    assertThat(model.userText(0)).contains("### large.py (outline; ").contains("needFiles");
    // Only files that exist and were not shown in full are asked for.
    assertThat(model.userText(1))
        .contains("### large.py\n```\n" + LARGE)
        .contains("You asked to see large.py. That file is shown in full above.");
    assertThat(proposal.changes().files())
        .containsExactly(new SourceFile("large.py", LARGE + "# fixed\n"));
    assertThat(chat.messages())
        .anyMatch(
            m ->
                m.equals("The model asked to see large.py in full; asking again with them shown."));
  }

  @Test
  void filesAskedForNextToAnAnswerAreShownInTheNextPrompt() throws Exception {
    ObjectNode answer =
        (ObjectNode)
            new ObjectMapper()
                .readTree(Answers.candidate("FROM base\n", "main.py", "import large\nprint(1)\n"));
    answer.putArray("needFiles").add("large.py");
    model
        .answer(answer.toString())
        .answer(Answers.candidate("FROM base\n", "large.py", LARGE + "# fixed\n"));
    Coder coder = coder(new TestChat(temp.resolve("t.jsonl")), ROOM_WHEN_ASKED);

    coder.fix(TASK, project(), Verdict.failed("It crashed."), "");
    Proposal next = coder.fix(TASK, project(), Verdict.failed("Still wrong."), "");

    assertThat(model.requests()).hasSize(2);
    assertThat(model.userText(1)).contains("### large.py\n```\n" + LARGE);
    assertThat(next.changes().files()).extracting(SourceFile::path).containsExactly("large.py");
  }

  @Test
  void aFileTooLargeForTheBudgetIsSaidToBeSoAndAskingAgainIsUnusable() {
    model.answer(Answers.needFiles("large.py")).answer(Answers.needFiles("large.py"));
    TestChat chat = new TestChat(temp.resolve("t.jsonl"));

    assertThatThrownBy(() -> coder(chat).fix(TASK, project(), Verdict.failed("No."), ""))
        .isInstanceOf(InvalidAnswerException.class)
        .hasMessage("The answer asked for files again instead of answering: large.py.");
    assertThat(model.userText(1))
        .contains("large.py is too large to show in full within the context budget");
    assertThat(chat.messages())
        .anyMatch(
            m ->
                m.equals(
                    "large.py is too large to show in full within contextTokens=1500; raise it to"
                        + " let the model replace it."));
  }

  @Test
  void replacingABinaryFileTheTaskDoesNotNameIsUnusableAtOnce() {
    Project project =
        new Project(
            Map.of("Dockerfile", "FROM base\n", "main.py", "print(1)\n"),
            Map.of("logo.png", 100L),
            InMemorySandbox.exited(0, "1", ""));
    model.answer(Answers.candidate("FROM base\n", "logo.png", "not an image"));

    assertThatThrownBy(
            () ->
                coder(new TestChat(temp.resolve("t.jsonl")))
                    .fix(TASK, project, Verdict.failed("No."), ""))
        .isInstanceOf(InvalidAnswerException.class)
        .hasMessage(
            "The answer replaced binary files, which are kept as they are unless the task names"
                + " them: logo.png.");
    assertThat(model.requests()).hasSize(1);
  }
}
