package dev.azlon.report;

import dev.azlon.budget.Meter;
import dev.azlon.sandbox.Quantities;
import dev.azlon.verdict.CheckResult;
import java.util.Locale;

/** {@code summary.md}: a few lines and a table, for a CI job's step summary. */
final class SummaryMarkdown {

  private SummaryMarkdown() {}

  static String render(RunReport report) {
    StringBuilder md =
        new StringBuilder()
            .append("## Azlon run ")
            .append(report.runId())
            .append(": ")
            .append(report.outcome())
            .append("\n\n")
            .append(cell(report.detail()))
            .append("\n\n")
            .append(
                String.format(
                    Locale.ROOT,
                    "%s, %.1f s, %s",
                    Quantities.count(report.iterations().size(), "iteration", "iterations"),
                    report.duration().toMillis() / 1000.0,
                    report.usage().describeTokens()))
            .append(
                report.usage().costUsd().map(c -> " (about $" + Meter.dollars(c) + ")").orElse(""))
            .append(report.model() == null ? "" : ", model " + report.model())
            .append(".\n\n| iteration | verdict | checks | judge | outcome | tokens |\n")
            .append("|---:|---|---|---|---|---:|\n");
    for (IterationRecord record : report.iterations()) {
      md.append("| ")
          .append(record.iteration())
          .append(" | ")
          .append(record.verdict().solved() ? "solved" : "not solved")
          .append(" | ")
          .append(record.verdict().checksPassed())
          .append('/')
          .append(record.verdict().checks().size())
          .append(" | ")
          .append(
              !record.verdict().judged()
                  ? "off"
                  : record.verdict().judgeAgreed() ? "solved" : "not solved")
          .append(" | ")
          .append(cell(record.outcome()))
          .append(" | ")
          .append(record.tokens())
          .append(" |\n");
    }
    if (!report.acceptance().isEmpty()) {
      long passed = report.acceptance().stream().filter(CheckResult::passed).count();
      md.append("\nHeld-out acceptance checks: ")
          .append(passed)
          .append('/')
          .append(report.acceptance().size())
          .append(" passed.\n\n");
      report
          .acceptance()
          .forEach(check -> md.append("- ").append(cell(check.describe())).append('\n'));
    }
    return md.toString();
  }

  private static String cell(String text) {
    return text == null ? "" : text.replace("|", "\\|").replace("\n", " ");
  }
}
