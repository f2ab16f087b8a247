package dev.azlon.lock;

import dev.azlon.host.DataFiles;
import dev.azlon.sandbox.CandidateRun;
import dev.azlon.sandbox.DockerfilePolicy;
import dev.azlon.sandbox.Sandbox;
import dev.azlon.sandbox.SandboxSession;
import dev.azlon.solve.SolveSpec;
import dev.azlon.verdict.CheckResult;
import dev.azlon.workspace.FileNames;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A locked solution built, run and checked again in the sandbox, with no model: for builds that
 * must show the lock still holds (a new base image, a changed check command's tools).
 */
public final class LockedCheck {

  private static final String DOCKERFILE = "Dockerfile";

  private LockedCheck() {}

  /**
   * Builds and runs the lock's files and evaluates the spec's checks, then, when they pass, its
   * held-out acceptance checks in fresh containers. The locked Dockerfile is held to the same
   * policy as a model's before anything is built: a lock is data a pull request can change, so its
   * {@code FROM} must be an allowed image and it may ask the builder for nothing an answer could
   * not.
   *
   * @return what failed, in words; empty when the solution still passes
   */
  public static List<String> failures(Sandbox sandbox, SolveSpec spec, SolutionLock lock) {
    List<String> refused = dockerfileProblems(spec, lock);
    if (!refused.isEmpty()) {
      return refused;
    }
    try (SandboxSession session = sandbox.open("locked-" + lock.runId())) {
      CandidateRun run = session.buildAndRun(lock.filesDirectory(), 1);
      if (!run.built()) {
        return List.of(run.describe());
      }
      List<String> failed = new ArrayList<>();
      spec.checks().evaluate(run, session::runCommand).stream()
          .filter(result -> !result.passed())
          .map(CheckResult::describe)
          .forEach(failed::add);
      if (failed.isEmpty()) {
        spec.acceptance().accept(session::runAgain, session::runCommand).stream()
            .filter(result -> !result.passed())
            .map(result -> "acceptance: " + result.describe())
            .forEach(failed::add);
      }
      return failed;
    }
  }

  private static List<String> dockerfileProblems(SolveSpec spec, SolutionLock lock) {
    Path dockerfile = lock.filesDirectory().resolve(DOCKERFILE);
    if (!Files.exists(dockerfile, LinkOption.NOFOLLOW_LINKS)) {
      return List.of();
    }
    String text;
    try {
      text = DataFiles.readText(dockerfile, FileNames.MAX_FILE_BYTES);
    } catch (IOException e) {
      return List.of("the locked Dockerfile cannot be read: " + e.getMessage());
    }
    return DockerfilePolicy.allowing(spec.allowedBaseImages()).problems(text).stream()
        .map(problem -> "the locked Dockerfile is refused, so nothing was built: " + problem)
        .toList();
  }
}
