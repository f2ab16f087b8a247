package dev.azlon.spec;

import dev.azlon.ConfigurationException;
import dev.azlon.Setting;
import dev.azlon.sandbox.Quantities;
import dev.azlon.verdict.Check;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * One entry of a checks (or acceptance) list, in the shape the POM's {@code <check>} and a spec
 * file's {@code checks:} share: exactly one of exitCode, stdoutContains, stdoutMatches or command,
 * and a timeout for a command.
 */
public record CheckEntry(
    Integer exitCode, String stdoutContains, String stdoutMatches, String command, String timeout) {

  /** The keys an entry may have. */
  static final List<String> KEYS =
      List.of("exitCode", "stdoutContains", "stdoutMatches", "command", "timeout");

  private static final Duration COMMAND_TIMEOUT = Duration.ofMinutes(2);

  /**
   * The check this entry describes.
   *
   * @param list the list the entry is in: {@link Setting#CHECKS} or {@link Setting#ACCEPTANCE}
   * @param where how to name the entry in an error ("<check> number 2")
   */
  public Check toCheck(Setting list, String where) {
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
          list,
          where
              + " must set exactly one of exitCode, stdoutContains, stdoutMatches or command, but"
              + " sets "
              + (kinds.isEmpty() ? "none" : String.join(" and ", kinds))
              + ".");
    }
    try {
      return switch (kinds.get(0)) {
        case "exitCode" -> new Check.ExitCode(exitCode);
        case "stdoutContains" -> new Check.StdoutContains(stdoutContains);
        case "stdoutMatches" -> Check.StdoutMatches.of(stdoutMatches);
        default ->
            new Check.Command(
                command, timeout == null ? COMMAND_TIMEOUT : Quantities.duration(list, timeout));
      };
    } catch (ConfigurationException e) {
      throw new ConfigurationException(list, where + ": " + e.getMessage());
    }
  }
}
