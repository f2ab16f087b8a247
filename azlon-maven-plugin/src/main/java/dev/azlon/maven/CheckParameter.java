package dev.azlon.maven;

import dev.azlon.ConfigurationException;
import dev.azlon.Setting;
import dev.azlon.sandbox.Quantities;
import dev.azlon.verdict.Check;
import java.util.ArrayList;
import java.util.List;

/**
 * One {@code <check>} in the POM. Exactly one of its kinds is set:
 *
 * <pre>{@code
 * <check><exitCode>0</exitCode></check>
 * <check><stdoutContains>Hello, Azlon</stdoutContains></check>
 * <check><stdoutMatches>^total: \d+$</stdoutMatches></check>
 * <check><command>python3 -m unittest -q</command><timeout>2m</timeout></check>
 * }</pre>
 */
public class CheckParameter {

  /** The program's exit code must be this. */
  private Integer exitCode;

  /** Standard output must contain this text. */
  private String stdoutContains;

  /** Some line of standard output must match this regular expression. */
  private String stdoutMatches;

  /** A shell command run in the candidate's image after the program; it must exit with 0. */
  private String command;

  /** How long a command check may run: {@code 90s}, {@code 2m}. */
  private String timeout = "2m";

  /** The core check, or an error naming the {@code <check>} by position. */
  Check toCheck(int position) {
    List<String> kinds = new ArrayList<>();
    if (exitCode != null) {
      kinds.add("exitCode");
    }
    if (stdoutContains != null) {
      kinds.add("stdoutContains");
    }
    if (stdoutMatches != null) {
      kinds.add("stdoutMatches");
    }
    if (command != null) {
      kinds.add("command");
    }
    if (kinds.size() != 1) {
      throw new ConfigurationException(
          Setting.CHECKS,
          "<check> number "
              + position
              + " must set exactly"
              + " one of <exitCode>, <stdoutContains>, <stdoutMatches> or <command>, but sets "
              + (kinds.isEmpty() ? "none" : String.join(" and ", kinds))
              + ".");
    }
    try {
      return switch (kinds.get(0)) {
        case "exitCode" -> new Check.ExitCode(exitCode);
        case "stdoutContains" -> new Check.StdoutContains(stdoutContains);
        case "stdoutMatches" -> Check.StdoutMatches.of(stdoutMatches);
        default -> new Check.Command(command, Quantities.duration(Setting.CHECKS, timeout));
      };
    } catch (ConfigurationException e) {
      throw new ConfigurationException(
          Setting.CHECKS, "<check> number " + position + ": " + e.getMessage());
    }
  }
}
