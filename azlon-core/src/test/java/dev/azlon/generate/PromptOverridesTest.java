package dev.azlon.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.azlon.ConfigurationException;
import dev.azlon.Setting;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PromptOverridesTest {

  private static final Brief TASK = new Brief("Greet {{x}}.", "Prints ${y}.", "base", "- rules");

  @Test
  void unknownPlaceholderIsRefusedWithFileAndLine() {
    assertThatThrownBy(
            () ->
                new PromptOverrides(
                    null,
                    null,
                    "Fix it.\nFiles: {{files}}\nMood: {{ mood }}\n",
                    "src/azlon/fix.txt",
                    null,
                    null))
        .isInstanceOfSatisfying(
            ConfigurationException.class,
            e -> {
              assertThat(e.setting()).isEqualTo(Setting.FIX_PROMPT_FILE);
              assertThat(e.getMessage())
                  .startsWith("src/azlon/fix.txt:3: unknown placeholder {{mood}}")
                  .contains("{{files}}");
            });
  }

  @Test
  void theReviewPromptIsCheckedToo() {
    assertThatThrownBy(
            () ->
                new PromptOverrides(
                    null, null, null, null, "Judge.\n{{verdict}}\n", "src/azlon/review.txt"))
        .isInstanceOfSatisfying(
            ConfigurationException.class,
            e -> {
              assertThat(e.setting()).isEqualTo(Setting.REVIEW_PROMPT_FILE);
              assertThat(e.getMessage())
                  .startsWith("src/azlon/review.txt:2: unknown placeholder {{verdict}}")
                  .contains("The review prompt knows {{prompt}}");
            });
  }

  @Test
  void projectReviewTemplateIsWhatTheJudgeIsAskedAndItsHashIsRecorded() {
    Prompts ours = new Prompts();
    Prompts theirs =
        new Prompts(
            new PromptOverrides(
                null,
                null,
                null,
                null,
                "Strict judge. Task: {{prompt}}\nOutput:\n{{output}}\nChecks: {{checks}}\n",
                "review.txt"));

    String text = theirs.review(TASK, Project.empty(), java.util.List.of(), "", Set.of()).text();

    assertThat(text).startsWith("Strict judge. Task: Greet {{x}}.\nOutput:\n");
    assertThat(theirs.hashes().get("review.txt"))
        .hasSize(64)
        .isNotEqualTo(ours.hashes().get("review.txt"));
  }

  @Test
  void projectTemplateReplacesOursAndKeepsUserTextVerbatim() {
    Prompts prompts =
        new Prompts(
            new PromptOverrides(
                "Our house style.\nTask: {{prompt}}\nAccept when: {{testConditions}}\n",
                "gen.txt",
                null,
                null,
                null,
                null));

    String text = prompts.generate(TASK, Project.empty(), Set.of()).text();

    assertThat(text).isEqualTo("Our house style.\nTask: Greet {{x}}.\nAccept when: Prints ${y}.\n");
    assertThat(prompts.hashes().get("generate.txt")).hasSize(64);
  }
}
