package dev.azlon.report;

import dev.azlon.InfrastructureException;
import dev.azlon.Redactor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

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

  /**
   * Writes the three reports, each through the redactor. Each is written whole or not at all (a
   * temporary file moved into place), and a failure of one does not stop the others.
   *
   * @throws InfrastructureException naming each report that could not be written
   */
  public static void write(Path runDirectory, RunReport report, Redactor redactor) {
    List<String> failures = new ArrayList<>();
    write(runDirectory.resolve(JSON), () -> SummaryJson.render(report), redactor, failures);
    write(runDirectory.resolve(MARKDOWN), () -> SummaryMarkdown.render(report), redactor, failures);
    write(runDirectory.resolve(HTML), () -> HtmlReport.render(report), redactor, failures);
    if (!failures.isEmpty()) {
      throw new InfrastructureException(String.join("; ", failures), null);
    }
  }

  private static void write(
      Path file, Supplier<String> render, Redactor redactor, List<String> failures) {
    Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
    try {
      Files.writeString(temporary, redactor.redact(render.get()), StandardCharsets.UTF_8);
      Files.move(
          temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException | RuntimeException e) {
      failures.add("could not write " + file + ": " + e.getMessage());
      try {
        Files.deleteIfExists(temporary);
      } catch (IOException ignored) {
        // Nothing more to do on a disk that refuses even this.
      }
    }
  }
}
