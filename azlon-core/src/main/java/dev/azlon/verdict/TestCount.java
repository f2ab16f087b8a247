package dev.azlon.verdict;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How many tests a test runner says it ran, read from the summary it prints: the JUnit console
 * launcher's box, {@code python3 -m unittest}'s "Ran N tests" and its verdict line, pytest's last
 * line. A runner that found no tests exits 0 too; this tells the judge and the user so.
 *
 * @param found tests found (for unittest and pytest: run)
 * @param passed tests that passed
 * @param failed tests that failed or ended in an error
 * @param skipped tests skipped
 */
public record TestCount(int found, int passed, int failed, int skipped) {

  private static final Pattern JUNIT =
      Pattern.compile("\\[\\s*(\\d+) tests (found|successful|failed|skipped|aborted)\\s*]");
  private static final Pattern UNITTEST_RAN = Pattern.compile("(?m)^Ran (\\d+) tests? in ");
  private static final Pattern UNITTEST_END =
      Pattern.compile("(?m)^(OK|FAILED|NO TESTS RAN)(?: \\(([^)]*)\\))?\\s*$");
  private static final Pattern PYTEST =
      Pattern.compile(
          "(?m)^=*\\s*((?:\\d+ (?:passed|failed|skipped|errors?|xfailed|xpassed|deselected"
              + "|warnings?)(?:, )?)+|no tests ran) in [\\d.]+s\\b.*$");
  private static final Pattern COUNT = Pattern.compile("(\\d+) (\\w+)");
  private static final Pattern KEY_VALUE = Pattern.compile("(\\w+)=(\\d+)");

  /** The runner's summary in {@code output}, the last one when it printed several. */
  public static Optional<TestCount> in(String output) {
    if (output == null || output.isEmpty()) {
      return Optional.empty();
    }
    Optional<TestCount> junit = junit(output);
    if (junit.isPresent()) {
      return junit;
    }
    Optional<TestCount> unittest = unittest(output);
    return unittest.isPresent() ? unittest : pytest(output);
  }

  private static Optional<TestCount> junit(String output) {
    Matcher matcher = JUNIT.matcher(output);
    int found = -1;
    int passed = 0;
    int failed = 0;
    int skipped = 0;
    while (matcher.find()) {
      int count = Integer.parseInt(matcher.group(1));
      switch (matcher.group(2)) {
        case "found" -> {
          found = count;
          passed = 0;
          failed = 0;
          skipped = 0;
        }
        case "successful" -> passed = count;
        case "failed", "aborted" -> failed += count;
        default -> skipped = count;
      }
    }
    return found < 0
        ? Optional.empty()
        : Optional.of(new TestCount(found, passed, failed, skipped));
  }

  private static Optional<TestCount> unittest(String output) {
    Matcher ran = UNITTEST_RAN.matcher(output);
    int found = -1;
    int from = 0;
    while (ran.find()) {
      found = Integer.parseInt(ran.group(1));
      from = ran.end();
    }
    if (found < 0) {
      return Optional.empty();
    }
    Matcher end = UNITTEST_END.matcher(output);
    int failed = 0;
    int skipped = 0;
    if (end.find(from) && end.group(2) != null) {
      Matcher pairs = KEY_VALUE.matcher(end.group(2));
      while (pairs.find()) {
        int count = Integer.parseInt(pairs.group(2));
        switch (pairs.group(1)) {
          case "failures", "errors", "unexpected_successes" -> failed += count;
          case "skipped" -> skipped += count;
          default -> {}
        }
      }
    }
    return Optional.of(new TestCount(found, found - failed - skipped, failed, skipped));
  }

  private static Optional<TestCount> pytest(String output) {
    Matcher line = PYTEST.matcher(output);
    String last = null;
    while (line.find()) {
      last = line.group(1);
    }
    if (last == null) {
      return Optional.empty();
    }
    int passed = 0;
    int failed = 0;
    int skipped = 0;
    Matcher counts = COUNT.matcher(last);
    while (counts.find()) {
      int count = Integer.parseInt(counts.group(1));
      switch (counts.group(2)) {
        case "passed", "xpassed" -> passed += count;
        case "failed", "error", "errors" -> failed += count;
        case "skipped", "xfailed" -> skipped += count;
        default -> {}
      }
    }
    return Optional.of(new TestCount(passed + failed + skipped, passed, failed, skipped));
  }

  /** "3 tests: 3 passed", "5 tests: 3 passed, 1 failed, 1 skipped", or "no tests found". */
  public String describe() {
    if (found == 0) {
      return "no tests found";
    }
    StringBuilder text = new StringBuilder(found == 1 ? "1 test: " : found + " tests: ");
    text.append(passed).append(" passed");
    if (failed > 0) {
      text.append(", ").append(failed).append(" failed");
    }
    if (skipped > 0) {
      text.append(", ").append(skipped).append(" skipped");
    }
    return text.toString();
  }
}
