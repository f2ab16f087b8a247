package dev.azlon.maven;

import dev.azlon.Setting;
import dev.azlon.spec.CheckEntry;
import dev.azlon.verdict.Check;

/**
 * One {@code <check>} in the POM's {@code <checks>} or {@code <acceptance>}. Exactly one of its
 * kinds is set:
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
  private String timeout;

  /** The core check, or an error naming the list and the {@code <check>} by position. */
  Check toCheck(Setting list, int position) {
    return new CheckEntry(exitCode, stdoutContains, stdoutMatches, command, timeout)
        .toCheck(list, "<" + list.key() + "> <check> number " + position);
  }
}
