package dev.azlon.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a run's reports into its folder: {@code summary.json} for machines (see {@link
 * SummaryJson#SCHEMA_VERSION}), {@code summary.md} for CI step summaries, and {@code report.html},
 * one self-contained page for people.
 */
public final class Reports {

  public static final String JSON = "summary.json";
  public static final String MARKDOWN = "summary.md";
  public static final String HTML = "report.html";

  private Reports() {}

  public static void write(Path runDirectory, RunReport report) {
    write(runDirectory.resolve(JSON), SummaryJson.render(report));
    write(runDirectory.resolve(MARKDOWN), SummaryMarkdown.render(report));
    write(runDirectory.resolve(HTML), HtmlReport.render(report));
  }

  private static void write(Path file, String text) {
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write the report " + file, e);
    }
  }
}
