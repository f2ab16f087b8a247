package dev.azlon.report;

import dev.azlon.budget.Meter;
import dev.azlon.sandbox.Quantities;
import dev.azlon.verdict.CheckResult;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code report.html}: one self-contained page (inline style, no scripts, no external assets): the
 * task, the parameters, a timeline of the iterations, each iteration with its verdict, output and
 * diff, then the final files. While the run goes on, it reloads itself every few seconds.
 */
final class HtmlReport {

  private static final String STYLE =
      """
      body{font:15px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:70rem;padding:0 1rem;\
      color:#1d2129}
      h1{font-size:1.5rem}.outcome{padding:.1rem .5rem;border-radius:.3rem;color:#fff}
      .SOLVED{background:#1a7f37}.UNSOLVED,.STUCK{background:#b42318}\
      .BUDGET_EXCEEDED,.INTERRUPTED{background:#9a6700}\
      .INFRA_FAILURE,.MODEL_UNAVAILABLE,.MODEL_REJECTED,.CONFIGURATION_ERROR,.INTERNAL_ERROR\
      {background:#6e7781}.RUNNING{background:#0969da}
      table{border-collapse:collapse;margin:.5rem 0}th,td{text-align:left;padding:.25rem .6rem;\
      border-bottom:1px solid #d0d7de;vertical-align:top}td.n{text-align:right}
      .task{white-space:pre-wrap;background:#f6f8fa;padding:.7rem;border-radius:.3rem}
      section.iteration{border-left:4px solid #d0d7de;margin:1.5rem 0;padding:.2rem 1rem}
      section.solved{border-color:#1a7f37}section.not-solved{border-color:#cf222e}
      pre{background:#f6f8fa;padding:.7rem;overflow:auto;max-height:30rem;font-size:13px}
      .passed{color:#1a7f37}.failed{color:#cf222e}.add{color:#1a7f37}.del{color:#cf222e}\
      .hunk{color:#8250df}
      """;

  private HtmlReport() {}

  /** How often a browser reloads the report of a run still going. */
  static final int REFRESH_SECONDS = 5;

  static String render(RunReport report) {
    StringBuilder html =
        new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head>")
            .append("<meta charset=\"utf-8\">")
            .append(
                report.running()
                    ? "<meta http-equiv=\"refresh\" content=\"" + REFRESH_SECONDS + "\">"
                    : "")
            .append("<title>Azlon run ")
            .append(escape(report.runId()))
            .append("</title><style>")
            .append(STYLE)
            .append("</style></head><body>\n")
            .append("<h1>Azlon run ")
            .append(escape(report.runId()))
            .append(" <span class=\"outcome ")
            .append(escape(report.outcome()))
            .append("\">")
            .append(escape(report.outcome()))
            .append("</span></h1>\n<p>")
            .append(escape(report.detail()))
            .append("</p>\n<p>Started ")
            .append(escape(report.startedAt().truncatedTo(ChronoUnit.SECONDS).toString()))
            .append(
                String.format(
                    Locale.ROOT,
                    "; %s, %.1f s, %s",
                    Quantities.count(report.iterations().size(), "iteration", "iterations"),
                    report.duration().toMillis() / 1000.0,
                    report.usage().describeTokens()))
            .append(
                escape(
                    report
                        .usage()
                        .costUsd()
                        .map(c -> " (about $" + Meter.dollars(c) + ")")
                        .orElse("")))
            .append(report.model() == null ? "" : ", model " + escape(report.model()))
            .append(".</p>\n<p>")
            .append(
                "<a href=\"workspace/\">workspace</a> · <a href=\"transcript.jsonl\">transcript</a>"
                    + " · <a href=\"summary.json\">summary.json</a> · <a href=\"summary.md\">"
                    + "summary.md</a></p>\n")
            .append("<h2>Task</h2>\n<p class=\"task\" id=\"prompt\">")
            .append(escape(report.prompt()))
            .append("</p>\n<h3>Test conditions</h3>\n<p class=\"task\" id=\"test-conditions\">")
            .append(escape(report.testConditions()))
            .append("</p>\n");
    parameters(html, report.parameters());
    timeline(html, report.iterations());
    for (IterationRecord record : report.iterations()) {
      iteration(html, record);
    }
    if (!report.acceptance().isEmpty()) {
      html.append(
          "<h2 id=\"acceptance\">Held-out acceptance checks</h2>\n<p>Never shown to the model;"
              + " run once against the final image, in fresh containers.</p>\n");
      checks(html, report.acceptance());
    }
    html.append("<h2>Final files</h2>\n");
    if (!report.files().isEmpty()) {
      // Candidate images are removed when a run ends: say how to make the last one again.
      html.append(
          "<p id=\"rerun\">The candidate images are removed when the run ends. To run the final"
              + " files again, from this folder: <code>docker build -t azlon-rerun workspace"
              + " &amp;&amp; docker run --rm --network none azlon-rerun</code>; a command check"
              + " runs as <code>docker run --rm --network none azlon-rerun /bin/sh -c"
              + " '...'</code>.</p>\n");
    }
    for (Map.Entry<String, String> file : report.files().entrySet()) {
      html.append("<details><summary>")
          .append(escape(file.getKey()))
          .append("</summary><pre>")
          .append(escape(file.getValue()))
          .append("</pre></details>\n");
    }
    return html.append("</body></html>\n").toString();
  }

  /** The settings that shaped the run: base image, checks, budget, the sandbox's limits. */
  private static void parameters(StringBuilder html, Map<String, Object> parameters) {
    html.append("<details><summary>Parameters</summary><table id=\"parameters\">");
    parameters.forEach(
        (name, value) ->
            html.append("<tr><th>")
                .append(escape(name))
                .append("</th><td>")
                .append(
                    value instanceof List<?> list
                        ? list.stream()
                            .map(item -> escape(String.valueOf(item)))
                            .collect(Collectors.joining("<br>"))
                        : escape(String.valueOf(value)))
                .append("</td></tr>"));
    html.append("</table></details>\n");
  }

  /** One row per iteration, to see the run at a glance. */
  private static void timeline(StringBuilder html, List<IterationRecord> iterations) {
    if (iterations.isEmpty()) {
      return;
    }
    html.append(
        "<h2>Timeline</h2>\n<table id=\"timeline\"><thead><tr><th>Iteration</th><th>Verdict</th>"
            + "<th>Checks</th><th>Build s</th><th>Run s</th><th>Tokens in</th><th>Cached</th>"
            + "<th>Tokens out</th>"
            + "<th>Cost</th></tr></thead><tbody>\n");
    for (IterationRecord record : iterations) {
      html.append("<tr><td><a href=\"#iteration-")
          .append(record.iteration())
          .append("\">")
          .append(record.iteration())
          .append("</a></td><td>")
          .append(record.verdict().solved() ? "solved" : "not solved")
          .append("</td><td>")
          .append(
              record.verdict().checks().isEmpty()
                  ? ""
                  : record.verdict().checksPassed() + "/" + record.verdict().checks().size())
          .append(
              String.format(
                  Locale.ROOT,
                  "</td><td class=\"n\">%.1f</td><td class=\"n\">%.1f</td><td class=\"n\">%,d"
                      + "</td><td class=\"n\">%,d</td><td class=\"n\">%,d</td><td class=\"n\">",
                  record.buildTime().toMillis() / 1000.0,
                  record.runTime().toMillis() / 1000.0,
                  record.usage().inputTokens(),
                  record.usage().cachedInputTokens(),
                  record.usage().outputTokens()))
          .append(record.usage().costUsd().map(c -> "$" + Meter.dollars(c)).orElse(""))
          .append("</td></tr>\n");
    }
    html.append("</tbody></table>\n");
  }

  private static void iteration(StringBuilder html, IterationRecord record) {
    boolean solved = record.verdict().solved();
    html.append("<section class=\"iteration ")
        .append(solved ? "solved" : "not-solved")
        .append("\" id=\"iteration-")
        .append(record.iteration())
        .append("\">\n<h2>Iteration ")
        .append(record.iteration())
        .append(": ")
        .append(solved ? "solved" : "not solved")
        .append("</h2>\n<p>")
        .append(escape(record.verdict().reason()))
        .append("</p>\n<p>")
        .append(escape(capitalised(record.outcome())))
        .append(
            String.format(
                Locale.ROOT,
                "; build %.1f s, run %.1f s, %,d tokens in (%,d cached), %,d out",
                record.buildTime().toMillis() / 1000.0,
                record.runTime().toMillis() / 1000.0,
                record.usage().inputTokens(),
                record.usage().cachedInputTokens(),
                record.usage().outputTokens()));
    if (record.verdict().judged()) {
      html.append("; judge: ").append(record.verdict().judgeAgreed() ? "solved" : "not solved");
    }
    html.append(".</p>\n");
    checks(html, record.verdict().checks());
    if (!record.output().isEmpty()) {
      html.append("<details><summary>Output</summary><pre>")
          .append(escape(record.output()))
          .append("</pre></details>\n");
    }
    if (record.judgeAnswer() != null) {
      html.append("<details><summary>The judge's answer</summary><pre class=\"judge\">")
          .append(escape(record.judgeAnswer()))
          .append("</pre></details>\n");
    }
    if (!record.diff().isEmpty()) {
      html.append("<details><summary>Changes</summary><pre class=\"diff\">");
      record.diff().lines().forEach(line -> html.append(diffLine(line)).append('\n'));
      html.append("</pre></details>\n");
    }
    html.append("</section>\n");
  }

  /** Each check's result in a line, with what a command printed. */
  private static void checks(StringBuilder html, List<CheckResult> checks) {
    if (checks.isEmpty()) {
      return;
    }
    html.append("<ul class=\"checks\">");
    for (CheckResult check : checks) {
      html.append("<li class=\"")
          .append(check.passed() ? "passed" : "failed")
          .append("\">")
          .append(escape(check.describe()));
      if (!check.output().isEmpty()) {
        html.append("<details><summary>What it printed</summary><pre>")
            .append(escape(check.output()))
            .append("</pre></details>");
      }
      html.append("</li>");
    }
    html.append("</ul>\n");
  }

  private static String capitalised(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  private static String diffLine(String line) {
    String kind =
        line.startsWith("+") && !line.startsWith("+++")
            ? "add"
            : line.startsWith("-") && !line.startsWith("---")
                ? "del"
                : line.startsWith("@@") ? "hunk" : null;
    return kind == null ? escape(line) : "<span class=\"" + kind + "\">" + escape(line) + "</span>";
  }

  static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder escaped = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '&' -> escaped.append("&amp;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&#39;");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }
}
