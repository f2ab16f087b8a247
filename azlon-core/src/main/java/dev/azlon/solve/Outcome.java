package dev.azlon.solve;

/** How a solve ended. */
public enum Outcome {
  /** An iteration met the test conditions. */
  SOLVED,
  /** Every allowed iteration ran and none met the test conditions. */
  UNSOLVED,
  /** A limit on tokens, cost or time was reached first. */
  BUDGET_EXCEEDED
}
