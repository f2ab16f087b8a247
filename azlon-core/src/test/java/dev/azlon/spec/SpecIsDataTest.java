package dev.azlon.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.azlon.ConfigurationException;
import dev.azlon.Setting;
import dev.azlon.host.ProjectBoundary;
import dev.azlon.testing.SpecialFiles;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A spec file is data a pull request can change: what it names stays in the project, what it reads
 * is bounded, its YAML is plain, and its name is one that every output can carry.
 */
class SpecIsDataTest {

  private static final Duration FAST = Duration.ofSeconds(5);
  private static final String TASK = "prompt: Greet.\ntestConditions: Prints Hello\n";

  @TempDir Path temp;
  private Path project;
  private Path specs;

  @BeforeEach
  void project() throws IOException {
    project = Files.createDirectories(temp.resolve("project"));
    specs = Files.createDirectories(project.resolve("src/azlon"));
  }

  @Test
  void anAbsolutePathIsRefusedWithFileLineAndKey() throws IOException {
    Path file = write("a.azlon.yaml", "testConditions: t\npromptFile: /etc/hostname\n");

    assertThatThrownBy(() -> read("a", file))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining(file + ":2: promptFile '/etc/hostname' leads outside the project")
        .hasMessageContaining("may allow a folder outside, with `specAllowedRoots`");
  }

  @Test
  void aPathUpAndOutIsRefused() throws IOException {
    Path file = write("a.azlon.yaml", TASK + "inputDirectory: ../../..\n");

    assertThatThrownBy(() -> read("a", file))
        .hasMessageContaining(file + ":3: inputDirectory '../../..' leads outside the project");
  }

  @Test
  void everyPathKeyIsHeldToTheProject() throws IOException {
    for (String key :
        List.of(
            "promptFile",
            "testConditionsFile",
            "inputDirectory",
            "defaultDockerfile",
            "generatePromptFile",
            "fixPromptFile",
            "reviewPromptFile",
            "applyDirectory")) {
      Path file = write(key + ".azlon.yaml", "prompt: p\n" + key + ": ../../../../.ssh\n");

      assertThatThrownBy(() -> read(key, file))
          .as(key)
          .hasMessageContaining(file + ":2: " + key + " '../../../../.ssh' leads outside");
    }
  }

  @Test
  void aLinkInsideThatLeadsOutIsRefused() throws IOException {
    Path outside = Files.createDirectories(temp.resolve("home/.ssh"));
    Files.writeString(outside.resolve("id_rsa"), "PRIVATE KEY");
    Files.createSymbolicLink(specs.resolve("keys"), outside);
    Path file = write("a.azlon.yaml", TASK + "inputDirectory: keys\n");

    assertThatThrownBy(() -> read("a", file))
        .hasMessageContaining(file + ":3: inputDirectory 'keys' leads outside the project");
  }

  @Test
  void aPathOutsideIsNeverOpened() throws Exception {
    Path fifo = SpecialFiles.fifo(temp.resolve("outside.fifo"));
    Path file = write("a.azlon.yaml", "testConditions: t\npromptFile: " + fifo + "\n");

    // Opening the FIFO would block: refusing it fast shows it was judged by its path alone.
    assertTimeoutPreemptively(
        FAST, () -> assertThatThrownBy(() -> read("a", file)).hasMessageContaining("outside"));
  }

  @Test
  void aFolderThePomAllowsMayBeNamed() throws IOException {
    Path shared = Files.createDirectories(temp.resolve("shared"));
    Files.writeString(shared.resolve("prompt.txt"), "Greet Azlon.");
    Path file = write("a.azlon.yaml", "testConditions: t\npromptFile: " + shared + "/prompt.txt\n");

    SpecFile spec = SpecFile.read("a", file, ProjectBoundary.of(project, List.of(shared)));

    assertThat(spec.settings().solveSpec("gpt-4o").prompt()).isEqualTo("Greet Azlon.");
  }

  @Test
  void aFifoInsideIsRefusedFastNamingFileLineAndKey() throws Exception {
    SpecialFiles.fifo(specs.resolve("prompt.fifo"));
    Path file = write("a.azlon.yaml", "testConditions: t\npromptFile: prompt.fifo\n");

    // A file a spec names is read when the spec is, bounded: the FIFO is never opened.
    assertTimeoutPreemptively(
        FAST,
        () ->
            assertThatThrownBy(() -> read("a", file))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining(file + ":2: promptFile")
                .hasMessageContaining("not a regular file"));
  }

  @Test
  void aDeviceNamedFromThePomEndsFastWithAClearError() {
    assertTimeoutPreemptively(
        FAST,
        () ->
            assertThatThrownBy(
                    () -> TaskSettings.empty().with(Setting.PROMPT_FILE, Path.of("/dev/zero")))
                .hasMessageContaining("promptFile /dev/zero is not a regular file"));
  }

  @Test
  void aHugeSpecIsRefusedBeforeItIsRead() throws IOException {
    Path huge = specs.resolve("huge.azlon.yaml");
    try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
      file.setLength(30L << 20);
    }

    assertTimeoutPreemptively(
        FAST,
        () ->
            assertThatThrownBy(() -> read("huge", huge))
                .hasMessageContaining("holds more than 256 KiB"));
  }

  @Test
  void yamlAliasesAnchorsMergeKeysAndTagsAreRefusedWithTheirLine() throws IOException {
    Path alias = write("alias.azlon.yaml", "prompt: &p Greet.\ntestConditions: *p\n");
    Path anchored = write("anchor.azlon.yaml", "testConditions: t\nprompt: &p Greet.\n");
    Path merge =
        write(
            "merge.azlon.yaml",
            "prompt: Greet.\ntestConditions: t\nchecks:\n  - <<: {exitCode: 0}\n");
    Path tagged = write("tag.azlon.yaml", "prompt: !!binary R3JlZXQu\ntestConditions: t\n");
    Path twoDocuments = write("two.azlon.yaml", TASK + "---\nprompt: Other.\n");

    assertThatThrownBy(() -> read("alias", alias)).hasMessageContaining(alias + ":1: YAML anchors");
    assertThatThrownBy(() -> read("anchor", anchored))
        .hasMessageContaining(anchored + ":2: YAML anchors");
    assertThatThrownBy(() -> read("merge", merge))
        .hasMessageContaining(merge + ":4: YAML merge keys");
    assertThatThrownBy(() -> read("tag", tagged)).hasMessageContaining(tagged + ":1: YAML tags");
    assertThatThrownBy(() -> read("two", twoDocuments))
        .hasMessageContaining("a spec file holds one document");
  }

  @Test
  void anAliasAloneIsRefusedRatherThanReadAsItsName() throws IOException {
    Path alias = write("alias.azlon.yaml", "prompt: Greet.\ntestConditions: *p\n");

    assertThatThrownBy(() -> read("alias", alias))
        .hasMessageContaining(alias + ":2: YAML aliases (*name) are refused");
  }

  @Test
  void twoSpecsWithOneNameAreRefusedNamingBoth() throws IOException {
    Path dotted = write("a.b.azlon.yaml", TASK);
    Path nested = write("a/b.azlon.yaml", TASK);
    Path cased = write("A/B.azlon.json", "{\"prompt\": \"p\", \"testConditions\": \"t\"}");

    assertThatThrownBy(() -> readFolder())
        .hasMessageContaining(cased + " and " + dotted + " both have the name 'a.b'")
        .hasMessageContaining(" and " + nested + " both have the name 'a.b'")
        .hasMessageContaining("none was solved and no model was called");
  }

  @Test
  void namesNoFolderOrReportCanCarryAreRefused() throws IOException {
    Path dots = write("...azlon.yaml", TASK);
    Path index = write("index.html.azlon.yaml", TASK);
    Path summary = write("Summary.JSON.azlon.yaml", TASK);
    write("fine.azlon.yaml", TASK);

    assertThatThrownBy(() -> readFolder())
        .hasMessageContaining("3 specs are not valid")
        .hasMessageContaining(dots + ": its name would be '..'")
        .hasMessageContaining(index + ": its name 'index.html' is that of a batch report")
        .hasMessageContaining(summary + ": its name 'Summary.JSON' is that of a batch report");
  }

  @Test
  void aNameWithALineBreakIsRefusedAndShownOnOneLine() throws IOException {
    write("hello\n[INFO] BUILD SUCCESS.azlon.yaml", TASK);
    write("bidi\u202Etxt.azlon.yaml", TASK);

    assertThatThrownBy(() -> readFolder())
        .satisfies(
            e -> {
              String message = e.getMessage();
              assertThat(message).contains("hello<U+000A>[INFO] BUILD SUCCESS.azlon.yaml");
              assertThat(message).contains("control character U+000A");
              assertThat(message).contains("bidi<U+202E>txt.azlon.yaml");
              assertThat(message.lines()).noneMatch(line -> line.startsWith("[INFO]"));
            });
  }

  private SpecFile read(String name, Path file) {
    return SpecFile.read(name, file, ProjectBoundary.of(project, List.of()));
  }

  private List<SpecFile> readFolder() {
    return SpecFolder.read(
        specs, List.of(), List.of(), null, ProjectBoundary.of(project, List.of()));
  }

  private Path write(String name, String content) throws IOException {
    Path file = specs.resolve(name);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, content);
  }
}
