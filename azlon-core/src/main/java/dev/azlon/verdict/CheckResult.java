package dev.azlon.verdict;

import java.util.Optional;

/**
 * One check's outcome.
 *
 * @param check what was checked
 * @param passed whether it held
 * @param actual what was found instead, in a few words (empty when it passed)
 * @param output for a command, what it printed (standard output, then standard error), its start
 *     and end when long; empty for other checks
 * @param tests for a command that ran a known test runner, the runner's count; else null
 */
public record CheckResult(
    Check check, boolean passed, String actual, String output, TestCount tests) {

  public CheckResult {
    actual = actual == null ? "" : actual;
    output = output == null ? "" : output;
  }

  public CheckResult(Check check, boolean passed, String actual) {
    this(check, passed, actual, "", null);
  }

  public Optional<TestCount> testCount() {
    return Optional.ofNullable(tests);
  }

  /**
   * One line for people and the model: {@code FAILED stdout contains "x": got "y"}, {@code passed
   * command `pytest -q` succeeds (3 tests: 3 passed)}.
   */
  public String describe() {
    String count = "";
    if (tests != null) {
      count =
          tests.found() == 0 && passed ? ", but it found no tests" : " (" + tests.describe() + ")";
    }
    return (passed ? "passed " : "FAILED ")
        + check.describe()
        + count
        + (passed || actual.isEmpty() ? "" : ": " + actual);
  }

  /** The last {@code chars} characters of the output, quoted on one line; empty when none. */
  public String outputTail(int chars) {
    if (output.isEmpty()) {
      return "";
    }
    String tail =
        output.length() <= chars ? output : "..." + output.substring(output.length() - chars);
    return "\"" + tail.replace("\n", "\\n") + "\"";
  }
}
