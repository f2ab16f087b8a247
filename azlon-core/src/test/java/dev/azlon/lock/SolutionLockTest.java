package dev.azlon.lock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.azlon.ConfigurationException;
import dev.azlon.solve.SolveSpec;
import dev.azlon.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.SortedMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SolutionLockTest {

  private static final SolveSpec SPEC = new SolveSpec("Greet.", "Prints Hello", 3, "base");

  @TempDir Path temp;
  private Path lockFolder;
  private Workspace solution;

  @BeforeEach
  void solution() throws IOException {
    Path root = Files.createDirectories(temp.resolve("solution/src"));
    Files.writeString(root.resolve("main.py"), "print('Hello')");
    Files.writeString(temp.resolve("solution/Dockerfile"), "FROM base\n");
    solution = new Workspace(temp.resolve("solution"));
    lockFolder = temp.resolve("azlon.lock");
  }

  @Test
  void aLockIsReadBackWithItsFilesAndFitsOnlyItsInputs() throws IOException {
    SortedMap<String, String> inputs = LockInputs.of(SPEC, "gpt-4o");
    SolutionLock.write(
        lockFolder, inputs, solution, "run-1", Instant.parse("2026-11-25T10:00:00Z"));

    SolutionLock lock = SolutionLock.read(lockFolder).orElseThrow();

    assertThat(lock.files()).containsOnlyKeys("Dockerfile", "src/main.py");
    assertThat(lock.filesDirectory().resolve("src/main.py")).hasContent("print('Hello')");
    assertThat(lock.runId()).isEqualTo("run-1");
    assertThat(lock.isFor(inputs)).isTrue();
    SortedMap<String, String> changed =
        LockInputs.of(new SolveSpec("Greet.", "Prints Hello!", 3, "base"), "gpt-4o");
    assertThat(lock.isFor(changed)).isFalse();
    assertThat(lock.changedInputs(changed)).containsExactly("testConditions");
    assertThat(lock.changedInputs(LockInputs.of(SPEC, "gpt-4o-mini"))).containsExactly("model");
  }

  @Test
  void theEnvironmentIsRecordedButIsNoInput() {
    SortedMap<String, String> inputs = LockInputs.of(SPEC, "m");
    SolutionLock.write(
        lockFolder, inputs, solution, "run-1", Instant.now(), Map.of("baseImageId", "sha256:ab"));

    SolutionLock lock = SolutionLock.read(lockFolder).orElseThrow();

    assertThat(lock.environment()).containsEntry("baseImageId", "sha256:ab");
    assertThat(lock.isFor(inputs)).isTrue();
  }

  @Test
  void aLinkPlantedInTheLockIsNeverWrittenThrough() throws IOException {
    Path outside = Files.createDirectories(temp.resolve("outside"));
    Files.createDirectories(lockFolder);
    Files.createSymbolicLink(lockFolder.resolve(SolutionLock.FILES), outside);

    assertThatThrownBy(
            () ->
                SolutionLock.write(
                    lockFolder, LockInputs.of(SPEC, "m"), solution, "run-1", Instant.now()))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("cannot be written")
        .hasMessageContaining("link");
    try (var left = Files.list(outside)) {
      assertThat(left).isEmpty();
    }
  }

  @Test
  void noLockIsEmpty() {
    assertThat(SolutionLock.read(lockFolder)).isEmpty();
  }

  @Test
  void aChangedAddedOrMissingFileIsRefusedNamingEach() throws IOException {
    SolutionLock.write(lockFolder, LockInputs.of(SPEC, "m"), solution, "run-1", Instant.now());
    Files.writeString(lockFolder.resolve("files/src/main.py"), "print('pwned')");
    Files.writeString(lockFolder.resolve("files/extra.sh"), "rm -rf /");
    Files.delete(lockFolder.resolve("files/Dockerfile"));

    assertThatThrownBy(() -> SolutionLock.read(lockFolder))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("src/main.py was changed")
        .hasMessageContaining("extra.sh was added")
        .hasMessageContaining("Dockerfile is missing");
  }

  @Test
  void aLockWithoutItsFilesOrFromANewerAzlonIsRefused() throws IOException {
    SolutionLock.write(lockFolder, LockInputs.of(SPEC, "m"), solution, "run-1", Instant.now());
    String json = Files.readString(lockFolder.resolve(SolutionLock.FILE));
    Files.writeString(
        lockFolder.resolve(SolutionLock.FILE),
        json.replace("\"lockVersion\" : 1", "\"lockVersion\" : 2"));

    assertThatThrownBy(() -> SolutionLock.read(lockFolder))
        .hasMessageContaining("written by a newer Azlon (lock format 2");

    Files.writeString(lockFolder.resolve(SolutionLock.FILE), json);
    try (var files = Files.walk(lockFolder.resolve("files"))) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
    assertThatThrownBy(() -> SolutionLock.read(lockFolder))
        .hasMessageContaining("its files/ folder is missing");
  }

  @Test
  void relockingReplacesTheOldFiles() throws IOException {
    SolutionLock.write(lockFolder, LockInputs.of(SPEC, "m"), solution, "run-1", Instant.now());
    Files.delete(solution.root().resolve("src/main.py"));
    Files.writeString(solution.root().resolve("app.py"), "print('Hello')");

    SolutionLock.write(lockFolder, LockInputs.of(SPEC, "m"), solution, "run-2", Instant.now());

    SolutionLock lock = SolutionLock.read(lockFolder).orElseThrow();
    assertThat(lock.files()).containsOnlyKeys("Dockerfile", "app.py");
    assertThat(lockFolder.resolve("files/src/main.py")).doesNotExist();
  }

  @Test
  void startingFilesAndTemplatesAreInputs() throws IOException {
    Path start = Files.createDirectories(temp.resolve("start"));
    Files.writeString(start.resolve("a.txt"), "one");
    SolveSpec withStart =
        SolveSpec.builder()
            .prompt("Greet.")
            .testConditions("Hello")
            .baseImage("base")
            .inputDirectory(start)
            .build();
    String before = LockInputs.of(withStart, "m").get("startingFiles");

    Files.writeString(start.resolve("a.txt"), "two");

    assertThat(LockInputs.of(withStart, "m").get("startingFiles")).isNotEqualTo(before);
    assertThat(LockInputs.of(SPEC, "m"))
        .containsKeys("template:generate.txt", "template:review.txt");
  }
}
