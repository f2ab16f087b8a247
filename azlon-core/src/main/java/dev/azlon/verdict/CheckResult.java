package dev.azlon.verdict;

/**
 * One check's outcome.
 *
 * @param check what was checked
 * @param passed whether it held
 * @param actual what was found instead, in a few words; when it passed, empty, but for a command
 *     the end of its output (a test runner's summary), which the judge weighs
 */
public record CheckResult(Check check, boolean passed, String actual) {

  /** One line for people and the model: {@code FAILED stdout contains "x": got "y"}. */
  public String describe() {
    return (passed ? "passed " : "FAILED ")
        + check.describe()
        + (passed || actual.isEmpty() ? "" : ": " + actual);
  }
}
