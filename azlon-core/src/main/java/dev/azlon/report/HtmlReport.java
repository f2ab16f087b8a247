package dev.azlon.report;

import dev.azlon.budget.Meter;
import dev.azlon.verdict.CheckResult;
import java.util.Locale;
import java.util.Map;

/**
 * {@code report.html}: one self-contained page (inline style, no scripts, no external assets): a
 * timeline of the iterations with their verdicts, output and diffs, then the final files.
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
      {background:#6e7781}
      section.iteration{border-left:4px solid #d0d7de;margin:1.5rem 0;padding:.2rem 1rem}
      section.solved{border-color:#1a7f37}section.not-solved{border-color:#cf222e}
      pre{background:#f6f8fa;padding:.7rem;overflow:auto;max-height:30rem;font-size:13px}
      .passed{color:#1a7f37}.failed{color:#cf222e}.add{color:#1a7f37}.del{color:#cf222e}\
      .hunk{color:#8250df}
      """;

  private HtmlReport() {}

  static String render(RunReport report) {
    StringBuilder html =
        new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head>")
            .append("<meta charset=\"utf-8\"><title>Azlon run ")
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
            .append("</p>\n<p>")
            .append(
                String.format(
                    Locale.ROOT,
                    "%d iterations, %.1f s, %,d tokens",
                    report.iterations().size(),
                    report.duration().toMillis() / 1000.0,
                    report.usage().totalTokens()))
            .append(
                escape(
                    report
                        .usage()
                        .costUsd()
                        .map(c -> " (about $" + Meter.dollars(c) + ")")
                        .orElse("")))
            .append(report.model() == null ? "" : ", model " + escape(report.model()))
            .append(".</p>\n");
    for (IterationRecord record : report.iterations()) {
      iteration(html, record);
    }
    html.append("<h2>Final files</h2>\n");
    for (Map.Entry<String, String> file : report.files().entrySet()) {
      html.append("<details><summary>")
          .append(escape(file.getKey()))
          .append("</summary><pre>")
          .append(escape(file.getValue()))
          .append("</pre></details>\n");
    }
    return html.append("</body></html>\n").toString();
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
                "; build %.1f s, run %.1f s, %,d tokens",
                record.buildTime().toMillis() / 1000.0,
                record.runTime().toMillis() / 1000.0,
                record.tokens()));
    if (record.verdict().judged()) {
      html.append("; judge: ").append(record.verdict().judgeAgreed() ? "solved" : "not solved");
    }
    html.append(".</p>\n");
    if (!record.verdict().checks().isEmpty()) {
      html.append("<ul class=\"checks\">");
      for (CheckResult check : record.verdict().checks()) {
        html.append("<li class=\"")
            .append(check.passed() ? "passed" : "failed")
            .append("\">")
            .append(escape(check.describe()))
            .append("</li>");
      }
      html.append("</ul>\n");
    }
    if (!record.output().isEmpty()) {
      html.append("<details><summary>Output</summary><pre>")
          .append(escape(record.output()))
          .append("</pre></details>\n");
    }
    if (!record.diff().isEmpty()) {
      html.append("<details><summary>Changes</summary><pre class=\"diff\">");
      record.diff().lines().forEach(line -> html.append(diffLine(line)).append('\n'));
      html.append("</pre></details>\n");
    }
    html.append("</section>\n");
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
