package dev.azlon.lock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.azlon.ConfigurationException;
import dev.azlon.host.ProjectBoundary;
import dev.azlon.solve.SolveSpec;
import dev.azlon.testing.InMemorySandbox;
import dev.azlon.testing.SpecialFiles;
import dev.azlon.workspace.Workspace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A lock is data a pull request can change: checked as a model's answer is, written in place. */
class LockIsDataTest {

  private static final SolveSpec SPEC = new SolveSpec("Greet.", "Prints Hello", 3, "base");

  @TempDir Path temp;
  private Path project;
  private Path outside;
  private ProjectBoundary boundary;
  private Workspace solution;

  @BeforeEach
  void project() throws IOException {
    project = Files.createDirectories(temp.resolve("project"));
    outside = Files.createDirectories(temp.resolve("outside"));
    boundary = ProjectBoundary.of(project, List.of());
    Path root = Files.createDirectories(temp.resolve("solution"));
    Files.writeString(root.resolve("main.py"), "print('Hello')");
    Files.writeString(root.resolve("Dockerfile"), "FROM base\nCMD python3 main.py\n");
    solution = new Workspace(root);
  }

  @Test
  void aLinkedLockFolderIsNeitherReadNorWrittenAndTheOutsideStaysUntouched() throws IOException {
    Files.createDirectories(outside.resolve("files"));
    Files.writeString(outside.resolve("files/keep.txt"), "mine");
    Files.writeString(outside.resolve("lock.json"), "{\"secret\": \"do not print\"}");
    Path lock = Files.createSymbolicLink(project.resolve("azlon.lock"), outside);

    assertThatThrownBy(() -> write(lock))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining(lock + " is a link");
    assertThatThrownBy(() -> SolutionLock.read(lock, boundary))
        .hasMessageContaining(lock + " is a link")
        .hasMessageNotContaining("do not print");
    assertThat(outside.resolve("files/keep.txt")).hasContent("mine");
    assertThat(outside.resolve("lock.json")).hasContent("{\"secret\": \"do not print\"}");
    try (Stream<Path> left = Files.list(outside)) {
      assertThat(left).hasSize(2);
    }
  }

  @Test
  void aLinkedFolderOnTheWayToTheLockIsRefused() throws IOException {
    Files.createDirectories(project.resolve("src"));
    Path specs = Files.createSymbolicLink(project.resolve("src/azlon"), outside);

    assertThatThrownBy(() -> write(specs.resolve("hello.azlon.lock")))
        .hasMessageContaining(specs + " is a link");
    try (Stream<Path> left = Files.list(outside)) {
      assertThat(left).isEmpty();
    }
  }

  @Test
  void aLinkedLockJsonIsRefusedWithoutPrintingWhatItLeadsTo() throws IOException {
    Path lock = write(project.resolve("azlon.lock"));
    Path secret = Files.writeString(outside.resolve("id_rsa"), "BEGIN-PRIVATE-KEY-MATERIAL\n");
    Files.delete(lock.resolve(SolutionLock.FILE));
    Files.createSymbolicLink(lock.resolve(SolutionLock.FILE), secret);

    assertThatThrownBy(() -> SolutionLock.read(lock, boundary))
        .hasMessageContaining("lock.json is a link")
        .hasMessageNotContaining("BEGIN-PRIVATE");
  }

  @Test
  void aLockJsonThatIsNotJsonIsNamedWithoutItsText() throws IOException {
    Path lock = write(project.resolve("azlon.lock"));
    Files.writeString(lock.resolve(SolutionLock.FILE), "BEGIN-PRIVATE-KEY-MATERIAL\n");

    assertThatThrownBy(() -> SolutionLock.read(lock, boundary))
        .hasMessageContaining("lock.json is not valid JSON (line 1")
        .hasMessageNotContaining("BEGIN");
  }

  @Test
  void aLockJsonThatIsAFifoEndsAtOnce() throws Exception {
    Path lock = write(project.resolve("azlon.lock"));
    Files.delete(lock.resolve(SolutionLock.FILE));
    SpecialFiles.fifo(lock.resolve(SolutionLock.FILE));

    assertTimeoutPreemptively(
        Duration.ofSeconds(5),
        () ->
            assertThatThrownBy(() -> SolutionLock.read(lock, boundary))
                .hasMessageContaining("lock.json is not a regular file"));
  }

  @Test
  void aConsistentlyEditedLockWithNamesNoAnswerMayHaveIsRefused() throws IOException {
    for (String name :
        List.of("evil\u202Etxt.py", "tab\tname.py", "../escape.py", ".git/hooks/x")) {
      Path lock = write(project.resolve("azlon.lock"));
      plant(lock, name, "print('planted')");

      assertThatThrownBy(() -> SolutionLock.read(lock, boundary))
          .as(name)
          .hasMessageContaining("it names files a model's answer could not");
    }
  }

  @Test
  void relockingSwapsTheWholeFolderAndLeavesNothingBeside() throws IOException {
    Path lock = write(project.resolve("azlon.lock"));
    Files.delete(solution.root().resolve("main.py"));
    Files.writeString(solution.root().resolve("app.py"), "print('Hello')");

    write(lock);

    assertThat(SolutionLock.read(lock, boundary).orElseThrow().files())
        .containsOnlyKeys("Dockerfile", "app.py");
    try (Stream<Path> beside = Files.list(project)) {
      assertThat(beside).containsExactly(lock);
    }
  }

  @Test
  void aLockedDockerfileOutsideThePolicyIsNeverBuilt() throws IOException {
    InMemorySandbox sandbox = InMemorySandbox.printingOutTxt();
    for (String dockerfile :
        List.of(
            "FROM evil/miner:latest\nCMD run\n",
            "ARG IMG=base\nFROM ${IMG}\n",
            "# syntax=evil/frontend:1\nFROM base\n")) {
      Files.writeString(solution.root().resolve("Dockerfile"), dockerfile);
      Path lock = write(project.resolve("azlon.lock"));

      List<String> failures =
          LockedCheck.failures(sandbox, SPEC, SolutionLock.read(lock, boundary).orElseThrow());

      assertThat(failures)
          .as(dockerfile)
          .isNotEmpty()
          .allMatch(failure -> failure.startsWith("the locked Dockerfile is refused"));
    }
    assertThat(sandbox.openedSessions()).isEmpty();
  }

  private Path write(Path lock) {
    SolutionLock.write(
        lock,
        boundary,
        LockInputs.of(SPEC, "m"),
        solution,
        "run-1",
        Instant.parse("2026-12-01T10:00:00Z"),
        Map.of());
    return lock;
  }

  /** Adds a file to a lock with its hash, as one who edits a lock consistently would. */
  private static void plant(Path lock, String name, String content) throws IOException {
    Path json = lock.resolve(SolutionLock.FILE);
    String text = Files.readString(json);
    SortedMap<String, String> files = new TreeMap<>();
    files.put(name, LockInputs.sha256(content));
    String entry =
        new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(files).substring(1);
    Files.writeString(
        json, text.replace("\"files\" : {", "\"files\" : {" + entry.replace("}", ",")));
    Path file = lock.resolve(SolutionLock.FILES).resolve(name.replace("../", ""));
    if (!name.startsWith("../")) {
      Files.createDirectories(file.getParent());
      Files.write(file, content.getBytes(StandardCharsets.UTF_8));
    }
  }
}
