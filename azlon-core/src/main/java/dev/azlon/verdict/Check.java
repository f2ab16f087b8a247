package dev.azlon.verdict;

import dev.azlon.ConfigurationException;
import dev.azlon.Setting;
import java.time.Duration;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A machine-checked condition on a candidate's run. Checks decide; the model's judgment can only
 * add to them, never overrule them.
 */
public sealed interface Check {

  /** How the check reads to people and to the model, e.g. {@code stdout matches ^total: \d+$}. */
  String describe();

  /** The program's exit code must be this. */
  record ExitCode(int expected) implements Check {
    @Override
    public String describe() {
      return "exit code is " + expected;
    }
  }

  /** Standard output must contain this text. */
  record StdoutContains(String text) implements Check {
    public StdoutContains {
      if (text == null || text.isEmpty()) {
        throw new ConfigurationException(
            Setting.CHECKS, "A stdoutContains check needs text to find.");
      }
    }

    @Override
    public String describe() {
      return "stdout contains \"" + text + "\"";
    }
  }

  /** Some part of standard output must match this regular expression; ^ and $ match at lines. */
  record StdoutMatches(Pattern pattern) implements Check {
    /**
     * @throws ConfigurationException naming the check when the expression is invalid
     */
    public static StdoutMatches of(String regex) {
      if (regex == null || regex.isEmpty()) {
        throw new ConfigurationException(
            Setting.CHECKS, "A stdoutMatches check needs a regular expression.");
      }
      try {
        return new StdoutMatches(Pattern.compile(regex, Pattern.MULTILINE));
      } catch (PatternSyntaxException e) {
        throw new ConfigurationException(
            Setting.CHECKS,
            "The stdoutMatches expression '"
                + regex
                + "' is not a valid regular expression: "
                + e.getDescription()
                + " near index "
                + e.getIndex()
                + ".");
      }
    }

    @Override
    public String describe() {
      return "stdout matches " + pattern.pattern();
    }
  }

  /**
   * A shell command, run with {@code /bin/sh -c} in the candidate's image after the main run and
   * under the same limits, must exit with 0; for example the candidate's own unit tests.
   */
  record Command(String command, Duration timeout) implements Check {
    public Command {
      if (command == null || command.isBlank()) {
        throw new ConfigurationException(Setting.CHECKS, "A command check needs a command to run.");
      }
      if (timeout == null || timeout.isNegative() || timeout.isZero()) {
        throw new ConfigurationException(
            Setting.CHECKS,
            "The command check '" + command + "' needs a timeout longer than zero.");
      }
    }

    @Override
    public String describe() {
      return "command `" + command + "` succeeds";
    }
  }
}
