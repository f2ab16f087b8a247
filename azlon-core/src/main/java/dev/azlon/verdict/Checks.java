package dev.azlon.verdict;

import dev.azlon.sandbox.CandidateRun;
import dev.azlon.sandbox.Excerpt;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The checks a run must pass. Unless told otherwise, a program that does not exit with code 0
 * fails, even when no check says so: the prototype ignored exit codes, we do not.
 */
public final class Checks {

  private static final int SHOWN_CHARS = 300;

  /** A command's output usually ends with what matters: the failing assertion, the summary. */
  private static final int COMMAND_TAIL_CHARS = 2000;

  /** What a command printed is kept as a program's output is shown: 16 KiB, start and end. */
  private static final int OUTPUT_CHARS = 16 * 1024;

  private final List<Check> configured;
  private final boolean requireZeroExit;

  private Checks(List<Check> configured, boolean requireZeroExit) {
    this.configured = List.copyOf(configured);
    this.requireZeroExit = requireZeroExit;
  }

  /** No checks beyond exit code 0. */
  public static Checks none() {
    return new Checks(List.of(), true);
  }

  public static Checks of(List<Check> checks, boolean requireZeroExit) {
    return new Checks(checks, requireZeroExit);
  }

  /** The checks the user configured, without the implicit exit code check. */
  public List<Check> configured() {
    return configured;
  }

  /** Whether exit code 0 is checked unless a configured check names the exit code. */
  public boolean requireZeroExit() {
    return requireZeroExit;
  }

  /** Whether the user configured any check (the implicit exit code check does not count). */
  public boolean isEmpty() {
    return configured.isEmpty();
  }

  /** What is checked: the configured checks, after "exit code is 0" unless one names the code. */
  public List<Check> effective() {
    boolean namesExitCode = configured.stream().anyMatch(Check.ExitCode.class::isInstance);
    if (!requireZeroExit || namesExitCode) {
      return configured;
    }
    List<Check> checks = new ArrayList<>();
    checks.add(new Check.ExitCode(0));
    checks.addAll(configured);
    return checks;
  }

  /** Runs a command in the candidate's image; see {@link Check.Command}. */
  @FunctionalInterface
  public interface CommandRunner {
    CandidateRun run(String command, Duration timeout);
  }

  /** Runs the built image's own program once more, in a fresh container. */
  @FunctionalInterface
  public interface ProgramRunner {
    CandidateRun run();
  }

  /**
   * Evaluates these checks as held-out acceptance checks, in order: the program runs once more in a
   * fresh container when a check reads its run (exit code, output), and each command in one of its
   * own; nothing of the loop's run is reused.
   */
  public List<CheckResult> accept(ProgramRunner program, CommandRunner commands) {
    boolean readsRun = effective().stream().anyMatch(check -> !(check instanceof Check.Command));
    return evaluate(readsRun ? program.run() : null, commands);
  }

  /** Evaluates every check against a built candidate's run, in order. */
  public List<CheckResult> evaluate(CandidateRun run, CommandRunner commands) {
    List<CheckResult> results = new ArrayList<>();
    for (Check check : effective()) {
      results.add(evaluate(check, run, commands));
    }
    return results;
  }

  private static CheckResult evaluate(Check check, CandidateRun run, CommandRunner commands) {
    if (check instanceof Check.ExitCode exit) {
      boolean ended =
          run.status() == CandidateRun.Status.EXITED
              || run.status() == CandidateRun.Status.KILLED_BY_SIGNAL;
      boolean passed = ended && run.exitCode() == exit.expected();
      return new CheckResult(check, passed, passed ? "" : run.describe());
    }
    if (check instanceof Check.StdoutContains contains) {
      boolean passed = run.stdout().contains(contains.text());
      return new CheckResult(check, passed, passed ? "" : "stdout was " + shown(run.stdout()));
    }
    if (check instanceof Check.StdoutMatches matches) {
      boolean passed = matches.pattern().matcher(run.stdout()).find();
      return new CheckResult(check, passed, passed ? "" : "stdout was " + shown(run.stdout()));
    }
    Check.Command command = (Check.Command) check;
    CandidateRun result = commands.run(command.command(), command.timeout());
    boolean passed = result.status() == CandidateRun.Status.EXITED && result.exitCode() == 0;
    String printed = (result.stdout() + result.stderr()).strip();
    TestCount tests = TestCount.in(result.stdout() + "\n" + result.stderr()).orElse(null);
    CheckResult kept = new CheckResult(check, passed, "", Excerpt.of(printed, OUTPUT_CHARS), tests);
    if (passed) {
      return kept;
    }
    return new CheckResult(
        check,
        false,
        result.describe().replace("the program", "the command")
            + "; its output ended "
            + (printed.isEmpty() ? "empty" : kept.outputTail(COMMAND_TAIL_CHARS)),
        kept.output(),
        tests);
  }

  private static String shown(String text) {
    return quoted(text.length() <= SHOWN_CHARS ? text : text.substring(0, SHOWN_CHARS) + "...");
  }

  private static String quoted(String text) {
    return text.isEmpty() ? "empty" : "\"" + text.replace("\n", "\\n") + "\"";
  }
}
