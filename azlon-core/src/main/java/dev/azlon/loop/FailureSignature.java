package dev.azlon.loop;

import dev.azlon.sandbox.CandidateRun;
import dev.azlon.verdict.CheckResult;
import dev.azlon.verdict.Verdict;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What makes two failures "the same": how the run ended, which checks failed, and the last lines of
 * its errors with numbers, addresses and temporary paths taken out, so that a line number or a
 * memory address moving does not make a new failure.
 */
final class FailureSignature {

  private static final int ERROR_LINES = 5;
  private static final Pattern VOLATILE = Pattern.compile("0x[0-9a-fA-F]+|/tmp/[^\\s'\"]*|\\d+");

  private FailureSignature() {}

  static String of(Verdict verdict, CandidateRun run) {
    StringBuilder signature = new StringBuilder();
    if (run == null) {
      signature.append("not built: ").append(normalise(verdict.reason()));
      return signature.toString();
    }
    signature.append(run.status()).append(' ').append(run.exitCode()).append('\n');
    verdict.checks().stream()
        .filter(r -> !r.passed())
        .map(r -> r.check().describe())
        .forEach(check -> signature.append("failed: ").append(check).append('\n'));
    String errors = run.built() ? run.stderr() : run.buildLog();
    List<String> lines = errors.lines().filter(line -> !line.isBlank()).toList();
    signature.append(
        lines.subList(Math.max(0, lines.size() - ERROR_LINES), lines.size()).stream()
            .map(FailureSignature::normalise)
            .collect(Collectors.joining("\n")));
    if (lines.isEmpty() && verdict.checks().stream().allMatch(CheckResult::passed)) {
      // Nothing machine-readable failed: the judge's reason is all there is to compare.
      signature.append(normalise(verdict.reason()));
    }
    return signature.toString();
  }

  private static String normalise(String line) {
    return VOLATILE.matcher(line.strip()).replaceAll("#");
  }
}
