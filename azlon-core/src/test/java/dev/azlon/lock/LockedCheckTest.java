package dev.azlon.lock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.azlon.host.ProjectBoundary;
import dev.azlon.solve.SolveSpec;
import dev.azlon.testing.InMemorySandbox;
import dev.azlon.verdict.Check;
import dev.azlon.verdict.Checks;
import dev.azlon.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** verifyLocked: a locked solution is built and checked again, acceptance checks included. */
class LockedCheckTest {

  private static final SolveSpec SPEC = new SolveSpec("Greet.", "Prints Hello", 3, "base");

  @TempDir Path temp;
  private final InMemorySandbox sandbox = InMemorySandbox.printingOutTxt();
  private ProjectBoundary boundary;
  private Path lock;

  @BeforeEach
  void lockedSolution() throws IOException {
    Path project = Files.createDirectories(temp.resolve("project"));
    boundary = ProjectBoundary.of(project, List.of());
    Path root = Files.createDirectories(temp.resolve("solution"));
    Files.writeString(root.resolve("out.txt"), "Hello, world");
    Files.writeString(root.resolve("Dockerfile"), "FROM base\nCMD cat out.txt\n");
    lock = project.resolve("azlon.lock");
    SolutionLock.write(
        lock,
        boundary,
        LockInputs.of(SPEC, "m"),
        new Workspace(root),
        "run-1",
        Instant.parse("2026-12-01T10:00:00Z"),
        Map.of());
  }

  @Test
  void aLockedSolutionThatFailsAnAcceptanceCheckNoLongerHolds() {
    SolveSpec held =
        SPEC.withAcceptance(Checks.of(List.of(new Check.StdoutContains("Hello, Azlon")), false));

    List<String> failures =
        LockedCheck.failures(sandbox, held, SolutionLock.read(lock, boundary).orElseThrow());

    assertThat(failures)
        .containsExactly(
            "acceptance: FAILED stdout contains \"Hello, Azlon\": stdout was \"Hello, world\"");
    assertThat(sandbox.reruns()).isEqualTo(1);
  }

  @Test
  void aLockedSolutionThatPassesThemHolds() {
    SolveSpec held =
        SPEC.withAcceptance(
            Checks.of(List.of(new Check.StdoutContains("world"), new Check.ExitCode(0)), false));

    assertThat(LockedCheck.failures(sandbox, held, SolutionLock.read(lock, boundary).orElseThrow()))
        .isEmpty();
    assertThat(sandbox.reruns()).isEqualTo(1);
  }
}
