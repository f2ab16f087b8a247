package dev.azlon.loop;

import dev.azlon.generate.Brief;
import dev.azlon.generate.Coder;
import dev.azlon.generate.InvalidAnswerException;
import dev.azlon.generate.Project;
import dev.azlon.generate.Review;
import dev.azlon.sandbox.CandidateRun;
import dev.azlon.sandbox.SandboxSession;
import dev.azlon.solve.SolveSpec;
import dev.azlon.verdict.CheckResult;
import dev.azlon.verdict.Verdict;
import dev.azlon.workspace.FileChanges;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Decides an iteration: the machine checks first, then, if enabled, the model's judgment. The judge
 * can withhold "solved" but never grant it over a failed check.
 */
final class IterationJudge {

  private final SolveSpec spec;
  private final Coder coder;
  private final Brief task;

  IterationJudge(SolveSpec spec, Coder coder, Brief task) {
    this.spec = spec;
    this.coder = coder;
    this.task = task;
  }

  /** A verdict, the judge's replacement files (may be empty) and its answer (null: none). */
  record Judged(Verdict verdict, FileChanges fixes, String judgeAnswer) {}

  Judged judge(Project project, SandboxSession session, String note) {
    CandidateRun run = project.run();
    List<CheckResult> checks =
        run.built() ? spec.checks().evaluate(run, session::runCommand) : List.of();
    boolean checksPass = run.built() && checks.stream().allMatch(CheckResult::passed);
    if (!spec.judge()) {
      Verdict verdict =
          new Verdict(checksPass, checks, false, false, checksReason(run, checks, checksPass));
      return new Judged(verdict, FileChanges.none(), null);
    }
    Review review;
    try {
      review = coder.review(task, project, checks, note);
    } catch (InvalidAnswerException e) {
      Verdict verdict =
          new Verdict(
              false, checks, false, false, "Your review could not be used: " + e.getMessage());
      return new Judged(verdict, FileChanges.none(), null);
    }
    String reason =
        review.result() && !checksPass
            ? "Judged solved, but " + checksReason(run, checks, false)
            : review.reason().isBlank() ? "No reason given." : review.reason();
    Verdict verdict =
        new Verdict(checksPass && review.result(), checks, true, review.result(), reason);
    return new Judged(verdict, review.changes(), review.answer());
  }

  private static String checksReason(CandidateRun run, List<CheckResult> checks, boolean pass) {
    if (!run.built()) {
      return run.describe() + ".";
    }
    if (pass) {
      return "All " + checks.size() + " checks passed.";
    }
    return "these checks failed: "
        + checks.stream()
            .filter(r -> !r.passed())
            .map(CheckResult::describe)
            .collect(Collectors.joining("; "))
        + ".";
  }
}
