package dev.azlon.batch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.azlon.Redactor;
import dev.azlon.report.BatchSummary;
import dev.azlon.testing.Chromium;
import dev.azlon.testing.OneIteration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The batch's index.html, with spec names chosen as an attacker would, opened in Debian's headless
 * Chromium: every link is a file in the output folder, and no name became markup or a script.
 */
class BatchSummaryInChromiumIT {

  /** Loads index.html in a frame and writes what the browser made of it into its own page. */
  private static final String PROBE =
      """
      <!DOCTYPE html><html><body><pre id="out">not loaded</pre>
      <iframe id="f" src="index.html"></iframe>
      <script>
      document.getElementById('f').onload = function () {
        var page = this.contentDocument, seen = [];
        page.querySelectorAll('a').forEach(function (a) {
          seen.push('LINK ' + a.protocol + ' ' + decodeURIComponent(a.pathname));
        });
        page.querySelectorAll('*').forEach(function (element) {
          for (var i = 0; i < element.attributes.length; i++) {
            if (element.attributes[i].name.indexOf('on') === 0) {
              seen.push('HANDLER ' + element.attributes[i].name);
            }
          }
        });
        seen.push('SCRIPTS ' + page.querySelectorAll('script').length);
        seen.push('IMAGES ' + page.querySelectorAll('img').length);
        document.getElementById('out').textContent = seen.join('\\n');
      };
      </script></body></html>
      """;

  @TempDir Path output;

  @Test
  void hostileSpecNamesGiveOnlyLinksToTheirReportsAndNoMarkup() throws Exception {
    List<String> names =
        List.of("javascript:alert(1)", "\"><img src=x onerror=alert(2)>", "a&b'c#d?e%f");
    List<SpecResult> specs =
        names.stream()
            .map(
                name ->
                    SpecResult.ran(
                        name, OneIteration.solve(output.resolve(name), "Hello", "Hello")))
            .toList();
    BatchSummary.write(output, specs, Redactor.patternsOnly());
    Files.writeString(output.resolve("probe.html"), PROBE);

    String seen =
        seen(
            Chromium.run(
                output,
                "--allow-file-access-from-files",
                "--virtual-time-budget=5000",
                "--dump-dom",
                output.resolve("probe.html").toUri().toString()));

    for (SpecResult spec : specs) {
      Path report = spec.result().runDirectory().resolve("report.html").toRealPath();
      assertThat(seen).contains("LINK file: " + report);
      assertThat(report).exists();
    }
    assertThat(seen).contains("SCRIPTS 0").contains("IMAGES 0").doesNotContain("HANDLER");
    assertThat(seen).doesNotContain("LINK javascript:");
    assertThat(seen.lines().filter(line -> line.startsWith("LINK "))).hasSize(names.size());
  }

  /** The probe's findings, as text: the dumped page escapes them. */
  private static String seen(String dom) {
    int start = dom.indexOf("<pre id=\"out\">") + "<pre id=\"out\">".length();
    return dom.substring(start, dom.indexOf("</pre>", start))
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&amp;", "&");
  }
}
