package dev.azlon.solve;

/** How a solve ended. */
public enum Outcome {
  /** An iteration met the test conditions. */
  SOLVED,
  /** Every allowed iteration ran and none met the test conditions. */
  UNSOLVED,
  /** The same failure repeated maxRepeatedFailures times in a row; more of the same would not help. */
  STUCK,
  /** A limit on tokens, cost or time was reached first; the run can be resumed. */
  BUDGET_EXCEEDED,
  /**
   * The machinery failed (Docker, the disk), not the candidate: nothing was shown to the model and
   * the interrupted iteration does not count; the run can be resumed.
   */
  INFRA_FAILURE
}
