package dev.azlon.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.azlon.sandbox.CandidateRun;
import dev.azlon.testing.InMemorySandbox;
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
}
