package dev.azlon.lock;

import dev.azlon.sandbox.CandidateRun;
import dev.azlon.sandbox.Sandbox;
import dev.azlon.sandbox.SandboxSession;
import dev.azlon.solve.SolveSpec;
import dev.azlon.verdict.CheckResult;
import java.util.List;

/**
 * A locked solution built, run and checked again in the sandbox, with no model: for builds that
 * must show the lock still holds (a new base image, a changed check command's tools).
 */
public final class LockedCheck {

  private LockedCheck() {}

  /**
   * Builds and runs the lock's files and evaluates the spec's checks.
   *
   * @return what failed, in words; empty when the solution still passes
   */
  public static List<String> failures(Sandbox sandbox, SolveSpec spec, SolutionLock lock) {
    try (SandboxSession session = sandbox.open("locked-" + lock.runId())) {
      CandidateRun run = session.buildAndRun(lock.filesDirectory(), 1);
      if (!run.built()) {
        return List.of(run.describe());
      }
      List<String> failed =
          spec.checks().evaluate(run, session::runCommand).stream()
              .filter(result -> !result.passed())
              .map(CheckResult::describe)
              .toList();
      return failed;
    }
  }
}
