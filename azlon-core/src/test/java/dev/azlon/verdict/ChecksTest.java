package dev.azlon.verdict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.azlon.ConfigurationException;
import dev.azlon.Setting;
import dev.azlon.sandbox.CandidateRun;
import dev.azlon.solve.SolveSpec;
import dev.azlon.testing.InMemorySandbox;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChecksTest {

  private static final Checks.CommandRunner NO_COMMANDS =
      (command, timeout) -> {
        throw new AssertionError("no command expected");
      };

  @Test
  void exitCodeZeroIsRequiredUnlessACheckNamesAnotherOrItIsTurnedOff() {
    assertThat(Checks.none().effective()).containsExactly(new Check.ExitCode(0));
    assertThat(Checks.of(List.of(new Check.ExitCode(3)), true).effective())
        .containsExactly(new Check.ExitCode(3));
    assertThat(Checks.of(List.of(), false).effective()).isEmpty();
  }

  @Test
  void stdoutMatchesFindsALineAnywhereInTheOutput() {
    Checks checks = Checks.of(List.of(Check.StdoutMatches.of("^total: \\d+$")), false);

    assertThat(checks.evaluate(run(0, "header\ntotal: 42\nfooter\n"), NO_COMMANDS))
        .allMatch(CheckResult::passed);
    assertThat(checks.evaluate(run(0, "total: 4 2\n"), NO_COMMANDS)).noneMatch(CheckResult::passed);
  }

  @Test
  void failedCheckSaysWhatCameOut() {
    List<CheckResult> results =
        Checks.of(List.of(new Check.StdoutContains("Hello, Azlon")), true)
            .evaluate(run(2, "Hello, world\n"), NO_COMMANDS);

    assertThat(results)
        .extracting(CheckResult::describe)
        .containsExactly(
            "FAILED exit code is 0: the program exited with code 2",
            "FAILED stdout contains \"Hello, Azlon\": stdout was \"Hello, world\\n\"");
  }

  @Test
  void aCommandKeepsWhatItPrintedAndTheTestsItRan() {
    String junit =
        "x".repeat(40_000)
            + "\n[         3 tests found           ]\n[         0 tests skipped         ]\n"
            + "[         3 tests successful      ]\n[         0 tests failed          ]\n";
    Checks checks =
        Checks.of(List.of(new Check.Command("run-tests", Duration.ofSeconds(5))), false);

    CheckResult passed = checks.evaluate(run(0, ""), (command, timeout) -> run(0, junit)).get(0);
    CheckResult empty =
        checks
            .evaluate(
                run(0, ""),
                (command, timeout) ->
                    InMemorySandbox.exited(0, "", "\nRan 0 tests in 0.000s\n\nNO TESTS RAN\n"))
            .get(0);
    CheckResult failed =
        checks
            .evaluate(
                run(0, ""),
                (command, timeout) ->
                    InMemorySandbox.exited(
                        1, "", "F.\nRan 2 tests in 0.01s\n\nFAILED (failures=1)\n"))
            .get(0);

    assertThat(passed.passed()).isTrue();
    assertThat(passed.actual()).isEmpty();
    assertThat(passed.output())
        .startsWith("xxx")
        .contains("characters left out")
        .endsWith("0 tests failed          ]")
        .hasSizeLessThan(17_000);
    assertThat(passed.describe())
        .isEqualTo("passed command `run-tests` succeeds (3 tests: 3 passed)");
    assertThat(empty.describe())
        .isEqualTo("passed command `run-tests` succeeds, but it found no tests");
    assertThat(failed.describe())
        .startsWith("FAILED command `run-tests` succeeds (2 tests: 1 passed, 1 failed): ")
        .contains("exited with code 1; its output ended \"F.\\nRan 2 tests");
    assertThat(failed.output()).contains("FAILED (failures=1)");
  }

  @Test
  void badRegexFailsFastNamingTheExpression() {
    assertThatThrownBy(() -> Check.StdoutMatches.of("total: (\\d+"))
        .isInstanceOfSatisfying(
            ConfigurationException.class,
            e -> {
              assertThat(e.setting()).isEqualTo(Setting.CHECKS);
              assertThat(e.getMessage()).contains("'total: (\\d+'").contains("not a valid");
            });
  }

  @Test
  void emptyCommandOrTextIsRefused() {
    assertThatThrownBy(() -> new Check.Command(" ", Duration.ofSeconds(1)))
        .isInstanceOf(ConfigurationException.class);
    assertThatThrownBy(() -> new Check.StdoutContains(""))
        .isInstanceOf(ConfigurationException.class);
  }

  @Test
  void noChecksAndNoJudgeIsAConfigurationError() {
    assertThatThrownBy(
            () -> SolveSpec.builder().prompt("p").testConditions("t").judge(false).build())
        .isInstanceOfSatisfying(
            ConfigurationException.class, e -> assertThat(e.setting()).isEqualTo(Setting.JUDGE));
  }

  private static CandidateRun run(int exitCode, String stdout) {
    return InMemorySandbox.exited(exitCode, stdout, "");
  }
}
