package dev.azlon.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.azlon.Redactor;
import dev.azlon.batch.SpecResult;
import dev.azlon.budget.Meter;
import dev.azlon.host.ProjectDirectory;
import dev.azlon.run.RunIds;
import dev.azlon.solve.SolveResult;
import dev.azlon.workspace.FileNames;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The whole batch at a glance, next to the specs' run folders: {@code index.html} (self-contained,
 * linking each spec's report), {@code summary.md} and {@code summary.json}.
 */
public final class BatchSummary {

  public static final String HTML = "index.html";

  private static final ObjectMapper JSON = new ObjectMapper();

  /** An earlier run's summary.json larger than this is not read. */
  private static final long EARLIER_SUMMARY_BYTES = 4L << 20;

  private BatchSummary() {}

  /** Writes the three files; {@code redactor} keeps secrets out of every one. */
  public static void write(Path outputDirectory, List<SpecResult> specs, Redactor redactor)
      throws IOException {
    Files.createDirectories(outputDirectory);
    List<Row> rows = specs.stream().map(spec -> Row.of(outputDirectory, spec)).toList();
    ProjectDirectory folder = new ProjectDirectory(outputDirectory);
    folder.write(HTML, utf8(redactor.redact(html(rows))));
    folder.write(Reports.MARKDOWN, utf8(redactor.redact(markdown(rows))));
    folder.write(Reports.JSON, utf8(redactor.redact(json(rows))));
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * One spec's line: what every format shows.
   *
   * @param solvedAt when it was solved (for a spec taken from its lock, when the lock was made);
   *     empty when it was not
   */
  record Row(
      String name,
      String outcome,
      String reason,
      int iterations,
      long tokens,
      String cost,
      String seconds,
      String report,
      String solvedAt) {

    static Row of(Path outputDirectory, SpecResult spec) {
      SolveResult result = spec.result();
      if (spec.lockFailed()) {
        return new Row(spec.name(), "UNSOLVED", spec.lockFailure(), 0, 0, "", "", null, "");
      }
      if (spec.locked()) {
        return locked(outputDirectory, spec);
      }
      if (result == null) {
        return new Row(spec.name(), "NOT_STARTED", spec.notStarted(), 0, 0, "", "", null, "");
      }
      return new Row(
          spec.name(),
          result.outcome().name(),
          result.detail().lines().findFirst().orElse(""),
          result.iterations(),
          result.tokens(),
          result.usage().costUsd().map(cost -> "$" + Meter.dollars(cost)).orElse(""),
          String.format(Locale.ROOT, "%.1f", result.duration().toMillis() / 1000.0),
          result.runDirectory() == null
              ? null
              : link(outputDirectory.relativize(result.runDirectory().resolve(Reports.HTML))),
          result.solved() && result.runDirectory() != null
              ? RunIds.startOf(result.runId())
                  .map(start -> instant(start.plus(result.duration())))
                  .orElse("")
              : "");
    }

    /**
     * A spec taken from its lock, with the figures and the report of the run that made the lock
     * when that run's folder is still there. The lock is data: its run id is used only when it is
     * one, and only a real folder of that name under the spec's folder is read.
     */
    private static Row locked(Path outputDirectory, SpecResult spec) {
      String reason = "taken from " + spec.lock();
      String at = lockedAt(spec.lockedAt());
      if (!RunIds.isRunId(spec.lockRunId())) {
        return new Row(spec.name(), "LOCKED", reason, 0, 0, "", "", null, at);
      }
      Path specFolder = outputDirectory.resolve(spec.name());
      Path run = specFolder.resolve(spec.lockRunId());
      Optional<JsonNode> summary = earlierSummary(specFolder, run);
      if (summary.isEmpty()) {
        return new Row(spec.name(), "LOCKED", reason, 0, 0, "", "", null, at);
      }
      JsonNode usage = summary.get().path("usage");
      JsonNode cost = usage.path("estimatedCostUsd");
      Path report = run.resolve(Reports.HTML);
      return new Row(
          spec.name(),
          "LOCKED",
          reason + ", solved by run " + spec.lockRunId(),
          summary.get().path("iterations").size(),
          Math.max(0, usage.path("totalTokens").asLong()),
          cost.isNumber() ? "$" + Meter.dollars(cost.decimalValue()) : "",
          String.format(
              Locale.ROOT, "%.1f", Math.max(0, summary.get().path("durationMs").asLong()) / 1000.0),
          Files.isRegularFile(report, LinkOption.NOFOLLOW_LINKS)
              ? link(outputDirectory.relativize(report))
              : null,
          at);
    }

    /** The summary.json of an earlier run, when its folder and file are real, not links. */
    private static Optional<JsonNode> earlierSummary(Path specFolder, Path run) {
      Path file = run.resolve(Reports.JSON);
      try {
        if (!Files.isDirectory(specFolder, LinkOption.NOFOLLOW_LINKS)
            || !Files.isDirectory(run, LinkOption.NOFOLLOW_LINKS)
            || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
            || Files.size(file) > EARLIER_SUMMARY_BYTES) {
          return Optional.empty();
        }
        JsonNode summary = JSON.readTree(file.toFile());
        return summary.isObject() ? Optional.of(summary) : Optional.empty();
      } catch (IOException e) {
        // Unreadable or not JSON: the row says what the lock says, nothing more.
        return Optional.empty();
      }
    }

    /** The lock's time, when it is one; what the lock says is data. */
    private static String lockedAt(String text) {
      try {
        return text == null ? "" : instant(Instant.parse(text));
      } catch (DateTimeParseException e) {
        return "";
      }
    }

    private static String instant(Instant instant) {
      return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /**
     * A relative URL to a file below the summary: each segment percent-encoded (a spec's name is
     * the first), and led by {@code ./}, so a name like {@code javascript:alert(1)} can never read
     * as a scheme.
     */
    static String link(Path relative) {
      StringBuilder url = new StringBuilder(".");
      for (Path segment : relative) {
        url.append('/');
        for (byte b : segment.toString().getBytes(StandardCharsets.UTF_8)) {
          char c = (char) (b & 0xff);
          if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~".indexOf(c) >= 0)) {
            url.append(c);
          } else {
            url.append('%').append(String.format(Locale.ROOT, "%02X", b & 0xff));
          }
        }
      }
      return url.toString();
    }
  }

  private static String html(List<Row> rows) {
    long solved =
        rows.stream()
            .filter(row -> row.outcome().equals("SOLVED") || row.outcome().equals("LOCKED"))
            .count();
    StringBuilder html =
        new StringBuilder(
            """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Azlon batch</title>
            <style>
            body{font:15px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:70rem;padding:0 1rem}
            table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.35rem .6rem;
            border-bottom:1px solid #ddd;vertical-align:top}td.n{text-align:right}
            .b{font-weight:600;padding:.1rem .45rem;border-radius:.3rem;font-size:13px}
            .SOLVED{background:#d7f5dd;color:#0b5d1e}.NOT_STARTED{background:#eee;color:#444}
            .x{background:#fde2e1;color:#8a1c13}
            </style></head><body>
            """);
    html.append("<h1>Azlon batch: ")
        .append(solved)
        .append(" of ")
        .append(rows.size())
        .append(" solved</h1>\n<table><thead><tr><th>Spec</th><th>Outcome</th>")
        .append("<th>Iterations</th><th>Tokens</th><th>Cost</th><th>Seconds</th><th>Solved at</th>")
        .append("<th>Why</th>")
        .append("</tr></thead><tbody>\n");
    for (Row row : rows) {
      String badge =
          row.outcome().equals("LOCKED")
              ? "SOLVED"
              : row.outcome().equals("SOLVED") || row.outcome().equals("NOT_STARTED")
                  ? row.outcome()
                  : "x";
      html.append("<tr><td>")
          .append(
              row.report() == null
                  ? escape(row.name())
                  : "<a href=\"" + escape(row.report()) + "\">" + escape(row.name()) + "</a>")
          .append("</td><td><span class=\"b ")
          .append(badge)
          .append("\">")
          .append(row.outcome())
          .append("</span></td><td class=\"n\">")
          .append(row.iterations())
          .append("</td><td class=\"n\">")
          .append(String.format(Locale.ROOT, "%,d", row.tokens()))
          .append("</td><td class=\"n\">")
          .append(escape(row.cost()))
          .append("</td><td class=\"n\">")
          .append(row.seconds())
          .append("</td><td>")
          .append(escape(row.solvedAt()))
          .append("</td><td>")
          .append(row.outcome().equals("SOLVED") ? "" : escape(row.reason()))
          .append("</td></tr>\n");
    }
    return html.append("</tbody></table>\n</body></html>\n").toString();
  }

  private static String markdown(List<Row> rows) {
    StringBuilder md =
        new StringBuilder("# Azlon batch\n\n")
            .append("| Spec | Outcome | Iterations | Tokens | Cost | Seconds | Solved at | Why |\n")
            .append("|---|---|---:|---:|---:|---:|---|---|\n");
    for (Row row : rows) {
      md.append("| ")
          .append(
              row.report() == null
                  ? markdown(row.name())
                  : "[" + markdown(row.name()) + "](" + row.report() + ")")
          .append(" | ")
          .append(row.outcome())
          .append(" | ")
          .append(row.iterations())
          .append(" | ")
          .append(row.tokens())
          .append(" | ")
          .append(row.cost())
          .append(" | ")
          .append(row.seconds())
          .append(" | ")
          .append(row.solvedAt())
          .append(" | ")
          .append(row.outcome().equals("SOLVED") ? "" : markdown(row.reason()))
          .append(" |\n");
    }
    return md.toString();
  }

  /** Text in a Markdown table cell: no character of it starts a link, a tag, a cell or a line. */
  private static String markdown(String text) {
    StringBuilder out = new StringBuilder();
    for (char c : FileNames.printable(text).toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '\\', '[', ']', '(', ')', '|', '`', '*', '_', '!', '#' -> out.append('\\').append(c);
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  private static String json(List<Row> rows) throws IOException {
    ObjectNode root = JSON.createObjectNode().put("schemaVersion", 1);
    ArrayNode specs = root.putArray("specs");
    for (Row row : rows) {
      specs
          .addObject()
          .put("spec", row.name())
          .put("outcome", row.outcome())
          .put("reason", row.reason())
          .put("iterations", row.iterations())
          .put("tokens", row.tokens())
          .put("cost", row.cost())
          .put("seconds", row.seconds())
          .put("solvedAt", row.solvedAt().isEmpty() ? null : row.solvedAt())
          .put("report", row.report());
    }
    return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
  }

  private static String escape(String text) {
    return FileNames.printable(text)
        .replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;")
        .replace("'", "&#39;");
  }
}
