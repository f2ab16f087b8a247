package dev.azlon.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.azlon.testing.Answers;
import dev.azlon.testing.InMemorySandbox;
import dev.azlon.testing.ScriptedChatModel;
import dev.azlon.testing.TestChat;
import dev.azlon.verdict.Verdict;
import dev.azlon.workspace.SourceFile;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the coder does with answers that replace files the model has seen only in outline. */
class CoderTest {

  private static final Task TASK = new Task("Fix it.", "Prints ok.", "base", "- rules");
  private static final String LARGE = ContextBudgetTest.module(2, 200);

  @TempDir Path temp;

  private final ScriptedChatModel model = new ScriptedChatModel();

  /** A project whose large.py is too big to show in full unless something names it. */
  private static Project project() {
    return new Project(
        Map.of("Dockerfile", "FROM base\n", "main.py", "import large\n", "large.py", LARGE),
        Map.of(),
        InMemorySandbox.exited(1, "", "ValueError: bad input"));
  }

  @Test
  void replacingAnOutlinedFileIsAskedAgainWithThatFileInFull() throws Exception {
    model
        .answer(Answers.candidate("FROM base\n", "large.py", "print('guessed')\n"))
        .answer(Answers.candidate("FROM base\n", "large.py", LARGE + "# fixed\n"));
    TestChat chat = new TestChat(temp.resolve(Transcript.FILE_NAME));
    Coder coder = new Coder(model, chat.settings(), AnswerCheck.NONE);

    Proposal proposal = coder.fix(TASK, project(), Verdict.failed("It crashed."), "");

    assertThat(model.userText(0)).contains("### large.py (outline; ").doesNotContain(LARGE);
    assertThat(model.userText(1))
        .contains("### large.py\n```\n" + LARGE)
        .contains("Your previous answer replaced large.py, which you had seen only in outline");
    assertThat(proposal.changes().files())
        .containsExactly(new SourceFile("large.py", LARGE + "# fixed\n"));
    assertThat(chat.messages()).anyMatch(m -> m.contains("replaced large.py having seen only"));
  }

  @Test
  void filesShownInFullOrNewMayBeReplacedAtOnce() throws Exception {
    model.answer(Answers.candidate("FROM base\n", "main.py", "print('ok')\n", "new.py", "x = 1\n"));
    Coder coder =
        new Coder(model, new TestChat(temp.resolve("t.jsonl")).settings(), AnswerCheck.NONE);

    coder.fix(TASK, project(), Verdict.failed("It crashed."), "");

    assertThat(model.requests()).hasSize(1);
  }

  @Test
  void anAnswerThatStillReplacesUnseenFilesIsUnusable() {
    Project project =
        new Project(
            Map.of(
                "Dockerfile",
                "FROM base\n",
                "large.py",
                LARGE,
                "other.py",
                ContextBudgetTest.module(3, 200)),
            Map.of(),
            InMemorySandbox.exited(0, "x", ""));
    model
        .answer(Answers.review(false, "Both wrong.", "large.py", "a = 1\n"))
        .answer(Answers.review(false, "Both wrong.", "large.py", "a = 1\n", "other.py", "b = 2\n"));
    Coder coder =
        new Coder(model, new TestChat(temp.resolve("t.jsonl")).settings(), AnswerCheck.NONE);

    assertThatThrownBy(() -> coder.review(TASK, project, List.of(), ""))
        .isInstanceOf(InvalidAnswerException.class)
        .hasMessage("The answer replaced files it had seen only in outline: other.py.");
    assertThat(model.userText(1))
        .contains("### large.py\n```\n" + LARGE)
        .contains("### other.py (outline; ");
  }
}
