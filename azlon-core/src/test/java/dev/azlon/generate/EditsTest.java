package dev.azlon.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.azlon.workspace.FileChanges;
import dev.azlon.workspace.SourceFile;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Search/replace edits: every rule an edit must keep before anything is written. */
class EditsTest {

  private static final String APP =
      "import sys\n\n\ndef total(xs):\n    return sum(xs)\n\n\ndef main():\n"
          + "    print(total([1, 2]))\n    return 0\n";

  private static final FileChanges NOTHING = new FileChanges(null, List.of(), List.of());

  /** A prompt that showed {@code app.py} in full, a large file in outline, and a binary file. */
  private static final Prompts.Prompt SHOWN =
      new Prompts.Prompt(
          "### app.py\n```\n" + APP + "```\n### big.py (outline)\n```\ndef shown_part():\n```\n",
          Set.of("big.py", "logo.png"),
          Set.of("logo.png"),
          Map.of(
              "app.py", APP,
              "big.py", "def shown_part():\n    return 1\n\n\ndef hidden():\n    return 2\n",
              "win.py", "a = 1\r\nb = 2\r\nc = 3\r\n",
              "Dockerfile", "FROM base\nCMD [\"python3\", \"app.py\"]\n"));

  private static Edits.Edit edit(String file, String search, String replace) {
    return new Edits.Edit(file, search, replace);
  }

  @Test
  void anEditFoundOnceChangesOnlyItsExcerpt() throws Exception {
    Edits.Applied applied =
        Edits.apply(
            NOTHING,
            List.of(
                edit("app.py", "    return sum(xs)\n", "    return sum(xs) * 2\n"),
                edit("app.py", "import sys\n", "import os\nimport sys\n")),
            SHOWN);

    assertThat(applied.edited()).containsExactly("app.py");
    assertThat(applied.changes().files())
        .containsExactly(
            new SourceFile(
                "app.py", "import os\n" + APP.replace("return sum(xs)\n", "return sum(xs) * 2\n")));
  }

  @Test
  void aSearchFoundNowhereOrTwiceIsRefusedNamingTheEdit() {
    assertThatThrownBy(
            () -> Edits.apply(NOTHING, List.of(edit("app.py", "return max(xs)", "x")), SHOWN))
        .isInstanceOf(InvalidAnswerException.class)
        .hasMessageContaining("edit 1 (app.py): its search text was not found");
    assertThatThrownBy(
            () ->
                Edits.apply(
                    NOTHING,
                    List.of(
                        edit("app.py", "import sys", "import sys"), edit("app.py", "total(", "f(")),
                    SHOWN))
        .hasMessageContaining("edit 2 (app.py): its search text was found 2 times");
  }

  @Test
  void overlappingEditsAreRefused() {
    assertThatThrownBy(
            () ->
                Edits.apply(
                    NOTHING,
                    List.of(
                        edit("app.py", "def total(xs):\n    return", "x"),
                        edit("app.py", "return sum(xs)", "y")),
                    SHOWN))
        .hasMessageContaining("edits 1 and 2 (app.py) overlap");
  }

  @Test
  void anUnseenRegionOrAMissingOrBinaryFileIsRefused() throws Exception {
    assertThatThrownBy(
            () -> Edits.apply(NOTHING, List.of(edit("big.py", "    return 2\n", "")), SHOWN))
        .hasMessageContaining("not seen this file in full");
    // Text the prompt shows elsewhere (in app.py) is not what it showed of big.py.
    assertThatThrownBy(
            () -> Edits.apply(NOTHING, List.of(edit("big.py", "return", "yield")), SHOWN))
        .hasMessageContaining("not seen this file in full");
    // What the outline showed may be edited.
    assertThat(
            Edits.apply(NOTHING, List.of(edit("big.py", "def shown_part():", "def part():")), SHOWN)
                .edited())
        .containsExactly("big.py");
    assertThatThrownBy(() -> Edits.apply(NOTHING, List.of(edit("new.py", "x", "y")), SHOWN))
        .hasMessageContaining("edit 1 (new.py): no such text file; give a new file whole");
    assertThatThrownBy(() -> Edits.apply(NOTHING, List.of(edit("logo.png", "x", "y")), SHOWN))
        .hasMessageContaining("no such text file (it is binary)");
  }

  @Test
  void aFileIsEditedOrGivenWholeOrDeletedNeverTwoOfThem() {
    FileChanges whole = new FileChanges(null, List.of(new SourceFile("app.py", "x\n")), List.of());
    FileChanges deleted = new FileChanges(null, List.of(), List.of("app.py"));
    FileChanges dockerfile = new FileChanges("FROM base\n", List.of(), List.of());

    assertThatThrownBy(
            () -> Edits.apply(whole, List.of(edit("app.py", "import sys", "import os")), SHOWN))
        .hasMessageContaining("also gives this file whole");
    assertThatThrownBy(
            () -> Edits.apply(deleted, List.of(edit("app.py", "import sys", "import os")), SHOWN))
        .hasMessageContaining("also deletes this file");
    assertThatThrownBy(
            () ->
                Edits.apply(dockerfile, List.of(edit("Dockerfile", "FROM base", "FROM b")), SHOWN))
        .hasMessageContaining("also gives this file whole");
  }

  @Test
  void aCrlfFileKeepsItsLineEndingsAndTheDockerfileCanBeEdited() throws Exception {
    Edits.Applied applied =
        Edits.apply(
            NOTHING,
            List.of(
                edit("win.py", "b = 2\nc = 3\n", "b = 20\nc = 30\n"),
                edit("Dockerfile", "app.py", "main.py")),
            SHOWN);

    assertThat(applied.changes().files())
        .containsExactly(new SourceFile("win.py", "a = 1\r\nb = 20\r\nc = 30\r\n"));
    assertThat(applied.changes().dockerfile())
        .isEqualTo("FROM base\nCMD [\"python3\", \"main.py\"]\n");
  }

  @Test
  void oneBadEditMeansNoneIsApplied() {
    assertThatThrownBy(
            () ->
                Edits.apply(
                    NOTHING,
                    List.of(edit("app.py", "import sys", "import os"), edit("app.py", "nope", "")),
                    SHOWN))
        .hasMessageStartingWith("Nothing was written, because these edits cannot be applied")
        .hasMessageContaining("edit 2 (app.py)")
        .hasMessageNotContaining("edit 1");
  }
}
