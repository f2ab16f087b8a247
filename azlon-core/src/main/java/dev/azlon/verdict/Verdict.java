package dev.azlon.verdict;

import java.util.List;

/**
 * Whether an iteration solved the task, and why.
 *
 * @param solved every check passed and the judge, if asked, agreed
 * @param checks each check's result, in the order configured
 * @param judged whether the model was asked to judge
 * @param judgeAgreed the judge's answer (false when it was not asked)
 * @param reason why, in a sentence or two
 */
public record Verdict(
    boolean solved, List<CheckResult> checks, boolean judged, boolean judgeAgreed, String reason) {

  public Verdict {
    checks = List.copyOf(checks);
  }

  /** An iteration that never got as far as checks: a refused or unusable answer, a failed build. */
  public static Verdict failed(String reason) {
    return new Verdict(false, List.of(), false, false, reason);
  }

  public long checksPassed() {
    return checks.stream().filter(CheckResult::passed).count();
  }

  public List<CheckResult> failedChecks() {
    return checks.stream().filter(r -> !r.passed()).toList();
  }
}
