package dev.azlon.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.azlon.ConfigurationException;
import dev.azlon.Setting;
import dev.azlon.generate.AnswerCheck;
import dev.azlon.generate.Brief;
import dev.azlon.generate.Coder;
import dev.azlon.generate.Project;
import dev.azlon.generate.Transcript;
import dev.azlon.sandbox.CandidateRun;
import dev.azlon.testing.Answers;
import dev.azlon.testing.InMemorySandbox;
import dev.azlon.testing.ScriptedChatModel;
import dev.azlon.testing.TestChat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplayChatModelTest {

  private static final Brief TASK =
      new Brief("Use key sk-live0123456789abcdefXYZ here", "Prints.", "base", "- rules");

  @TempDir Path temp;

  private Path record(String... answers) throws Exception {
    ScriptedChatModel model = new ScriptedChatModel();
    for (String answer : answers) {
      model.answer(answer);
    }
    Path file = temp.resolve(Transcript.FILE_NAME);
    Coder coder = new Coder(model, new TestChat(file).settings(), AnswerCheck.NONE);
    coder.generate(TASK, Project.empty());
    if (answers.length > 1) {
      coder.review(TASK, reviewed(), List.of(), "");
    }
    return file;
  }

  private Coder replaying(Path file) {
    return new Coder(
        ReplayChatModel.from(file),
        new TestChat(temp.resolve("r.jsonl")).settings(),
        AnswerCheck.NONE);
  }

  private static Project reviewed() {
    return new Project(Map.of(), Map.of(), ok());
  }

  private static CandidateRun ok() {
    return InMemorySandbox.exited(0, "x", "");
  }

  @Test
  void transcriptRedactsAnythingShapedLikeAKey() throws Exception {
    Path file = record(Answers.candidate("FROM base\n", "a.py", "key = 'sk-abcdef0123456789'"));

    String text = Files.readString(file);

    assertThat(text)
        .doesNotContain("sk-live0123456789abcdefXYZ")
        .doesNotContain("sk-abcdef0123456789")
        .contains("key = '***'");
  }

  @Test
  void aTornLastLineIsDroppedOnReadAndCutOffWhenTheTranscriptIsOpenedAgain() throws Exception {
    Path file = record(Answers.candidate("FROM base\n", "a.py", "1"), Answers.review(true, "ok"));
    String whole = Files.readString(file);
    Files.writeString(file, whole + whole.lines().findFirst().orElseThrow().substring(0, 40));

    assertThat(replaying(file).generate(TASK, Project.empty()).changes().files()).hasSize(1);

    new Transcript(file, dev.azlon.Redactor.patternsOnly());
    assertThat(Files.readString(file)).isEqualTo(whole);
  }

  @Test
  void aBrokenLineInTheMiddleIsStillAnError() throws Exception {
    Path file = record(Answers.candidate("FROM base\n", "a.py", "1"));
    Files.writeString(file, "{not json\n" + Files.readString(file));

    assertThatThrownBy(() -> ReplayChatModel.from(file))
        .isInstanceOf(dev.azlon.ConfigurationException.class)
        .hasMessageContaining("line 1");
  }

  @Test
  void servesRecordedAnswersInOrder() throws Exception {
    Path file = record(Answers.candidate("FROM base\n", "a.py", "1"), Answers.review(true, "ok"));
    Coder replay = replaying(file);

    assertThat(replay.generate(TASK, Project.empty()).changes().files().get(0).content())
        .isEqualTo("1");
    assertThat(replay.review(TASK, reviewed(), List.of(), "").result()).isTrue();
    assertThatThrownBy(() -> replay.generate(TASK, Project.empty()))
        .isInstanceOf(ModelRejectedException.class)
        .hasMessageContaining("no answer left");
  }

  @Test
  void aSolveThatAsksDifferentlyThanRecordedFailsLoudly() throws Exception {
    Path file = record(Answers.candidate("FROM base\n", "a.py", "1"));
    Coder replay = replaying(file);

    assertThatThrownBy(() -> replay.review(TASK, reviewed(), List.of(), ""))
        .isInstanceOf(ModelRejectedException.class)
        .hasMessageContaining("'candidate' request, now it is 'review'");
  }

  @Test
  void missingTranscriptIsAConfigurationErrorNamingReplay() {
    assertThatThrownBy(() -> ReplayChatModel.from(temp.resolve("nope.jsonl")))
        .isInstanceOfSatisfying(
            ConfigurationException.class, e -> assertThat(e.setting()).isEqualTo(Setting.REPLAY));
  }
}
