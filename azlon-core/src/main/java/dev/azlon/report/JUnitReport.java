package dev.azlon.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.azlon.Redactor;
import dev.azlon.batch.SpecResult;
import dev.azlon.host.ProjectDirectory;
import dev.azlon.solve.Outcome;
import dev.azlon.solve.SolveResult;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A spec's result as a JUnit XML file in Surefire's schema ({@code TEST-<spec>.xml}), which
 * Jenkins, GitLab and GitHub test reporters read without plugins. The suite is the spec; its test
 * cases are "solved" (the run's outcome), then each check and the judge of the last iteration, then
 * each held-out acceptance check ({@code acceptance: <check>}) when they ran. Every iteration is
 * told in the "solved" case's output: trying again is how a solve works, not a failure.
 */
public final class JUnitReport {

  private static final ObjectMapper JSON = new ObjectMapper();

  private JUnitReport() {}

  /** Writes {@code TEST-<name>.xml} into {@code directory}; returns the file. */
  public static Path write(Path directory, SpecResult spec, Redactor redactor) throws IOException {
    Files.createDirectories(directory);
    String name = "TEST-" + fileName(spec.name()) + ".xml";
    new ProjectDirectory(directory)
        .write(name, redactor.redact(render(spec)).getBytes(StandardCharsets.UTF_8));
    return directory.resolve(name);
  }

  /**
   * A spec's name as a file name: nothing in it can reach another folder or end a name. What is
   * replaced never is in a name SpecFolder accepts, so two specs never share a file.
   */
  static String fileName(String name) {
    StringBuilder kept = new StringBuilder();
    name.codePoints()
        .forEach(
            c ->
                kept.appendCodePoint(c == '/' || c == '\\' || Character.isISOControl(c) ? '_' : c));
    return kept.toString();
  }

  static String render(SpecResult spec) throws IOException {
    JsonNode summary = summary(spec.result());
    Suite suite = new Suite("azlon." + spec.name(), timeline(summary));
    if (spec.lockFailed()) {
      suite.failed("solved", "UNSOLVED", spec.lockFailure(), null);
    } else if (spec.locked()) {
      suite.passed("solved", seconds(0));
    } else if (spec.result() == null) {
      suite.skipped("solved", spec.notStarted());
    } else {
      SolveResult result = spec.result();
      Outcome outcome = result.outcome();
      String excerpt = lastIteration(summary).path("output").asText("");
      if (outcome == Outcome.SOLVED) {
        suite.passed("solved", seconds(result.duration().toMillis()));
      } else if (outcome.isFinal() || outcome == Outcome.BUDGET_EXCEEDED) {
        suite.failed("solved", outcome.name(), result.detail(), excerpt);
      } else {
        suite.error("solved", outcome.name(), result.detail(), excerpt);
      }
      checks(suite, lastIteration(summary).path("checks"), "check", "CHECK", excerpt);
      JsonNode last = lastIteration(summary);
      if (last.path("judged").asBoolean()) {
        if (last.path("judgeAgreed").asBoolean()) {
          suite.passed("judge", seconds(0));
        } else {
          suite.failed("judge", "JUDGE", last.path("reason").asText(), excerpt);
        }
      }
      checks(suite, summary.path("acceptance"), "acceptance", "ACCEPTANCE", null);
    }
    return suite.xml(spec);
  }

  /**
   * A case per check ({@code <kind>: <check>}), with what a command printed; a failed check with no
   * output of its own carries {@code excerpt}, the program's, when there is one.
   */
  private static void checks(
      Suite suite, JsonNode checks, String kind, String type, String excerpt) {
    for (JsonNode check : checks) {
      String name = kind + ": " + check.path("check").asText();
      String printed = check.path("output").asText("");
      if (check.path("passed").asBoolean()) {
        suite.passed(name, seconds(0), printed);
      } else {
        suite.failed(
            name,
            type,
            "Not met: " + check.path("actual").asText(),
            printed.isEmpty() ? excerpt : null,
            printed);
      }
    }
  }

  private static JsonNode summary(SolveResult result) {
    if (result == null || result.runDirectory() == null) {
      return JSON.createObjectNode();
    }
    try {
      return JSON.readTree(result.runDirectory().resolve(Reports.JSON).toFile());
    } catch (IOException e) {
      // The run's reports could not be written (a full disk): the outcome alone is still told.
      return JSON.createObjectNode();
    }
  }

  private static JsonNode lastIteration(JsonNode summary) {
    JsonNode iterations = summary.path("iterations");
    return iterations.isEmpty() ? JSON.createObjectNode() : iterations.get(iterations.size() - 1);
  }

  private static String seconds(long millis) {
    return String.format(Locale.ROOT, "%.3f", millis / 1000.0);
  }

  /** Test cases as they are added, written out at the end with the counts. */
  private static final class Suite {
    private final String name;
    private final String timeline;
    private final StringWriter cases = new StringWriter();
    private final XMLStreamWriter xml;
    private int tests;
    private int failures;
    private int errors;
    private int skipped;

    /**
     * @param timeline every iteration in a line, told as the "solved" case's output: Surefire's
     *     schema has no output for a whole suite
     */
    Suite(String name, String timeline) {
      this.name = name;
      this.timeline = timeline;
      try {
        xml = XMLOutputFactory.newFactory().createXMLStreamWriter(cases);
      } catch (XMLStreamException e) {
        throw new IllegalStateException(e);
      }
    }

    void passed(String test, String time) {
      passed(test, time, null);
    }

    /** A passed case; {@code systemOut} is what it printed, if anything. */
    void passed(String test, String time, String systemOut) {
      testcase(test, time, null, null, null, null, systemOut);
    }

    void failed(String test, String type, String message, String output) {
      failed(test, type, message, output, null);
    }

    void failed(String test, String type, String message, String output, String systemOut) {
      failures++;
      testcase(test, seconds(0), "failure", type, message, output, systemOut);
    }

    void error(String test, String type, String message, String output) {
      errors++;
      testcase(test, seconds(0), "error", type, message, output, null);
    }

    void skipped(String test, String message) {
      skipped++;
      testcase(test, seconds(0), "skipped", null, message, null, null);
    }

    private void testcase(
        String test,
        String time,
        String element,
        String type,
        String message,
        String output,
        String systemOut) {
      tests++;
      try {
        xml.writeStartElement("testcase");
        xml.writeAttribute("name", clean(test));
        xml.writeAttribute("classname", clean(name));
        xml.writeAttribute("time", time);
        if (element != null) {
          xml.writeStartElement(element);
          xml.writeAttribute("message", clean(firstLine(message)));
          if (type != null) {
            xml.writeAttribute("type", type);
          }
          if (output != null || message != null) {
            xml.writeCharacters(clean(message + (output == null ? "" : "\n\n" + output)));
          }
          xml.writeEndElement();
        }
        String printed = test.equals("solved") ? timeline : systemOut;
        if (printed != null && !printed.isEmpty()) {
          xml.writeStartElement("system-out");
          xml.writeCharacters(clean(printed));
          xml.writeEndElement();
        }
        xml.writeEndElement();
      } catch (XMLStreamException e) {
        throw new IllegalStateException(e);
      }
    }

    String xml(SpecResult spec) throws IOException {
      try {
        xml.flush();
        StringWriter out = new StringWriter();
        XMLStreamWriter suite = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
        suite.writeStartDocument("UTF-8", "1.0");
        suite.writeCharacters("\n");
        suite.writeStartElement("testsuite");
        suite.writeAttribute("name", clean(name));
        SolveResult result = spec.result();
        suite.writeAttribute("time", seconds(result == null ? 0 : result.duration().toMillis()));
        suite.writeAttribute("tests", Integer.toString(tests));
        suite.writeAttribute("errors", Integer.toString(errors));
        suite.writeAttribute("skipped", Integer.toString(skipped));
        suite.writeAttribute("failures", Integer.toString(failures));
        suite.writeStartElement("properties");
        property(suite, "azlon.spec", spec.name());
        if (spec.locked()) {
          property(suite, "azlon.outcome", "LOCKED");
          property(suite, "azlon.lock", spec.lock().toString());
        }
        if (result != null) {
          property(suite, "azlon.outcome", result.outcome().name());
          property(suite, "azlon.iterations", Integer.toString(result.iterations()));
          property(suite, "azlon.tokens", Long.toString(result.tokens()));
          property(
              suite,
              "azlon.costUsd",
              result.usage().costUsd().map(BigDecimal::toPlainString).orElse("unknown"));
          property(suite, "azlon.model", result.model() == null ? "none" : result.model());
          if (result.runDirectory() != null) {
            property(suite, "azlon.report", result.runDirectory().resolve(Reports.HTML).toString());
          }
        }
        suite.writeEndElement();
        suite.flush();
        out.write(cases.toString());
        suite.writeEndElement();
        suite.writeEndDocument();
        suite.close();
        return out + "\n";
      } catch (XMLStreamException e) {
        throw new IOException("Could not write the JUnit report of " + spec.name(), e);
      }
    }

    private static void property(XMLStreamWriter xml, String key, String value)
        throws XMLStreamException {
      xml.writeEmptyElement("property");
      xml.writeAttribute("name", key);
      xml.writeAttribute("value", clean(value));
    }
  }

  private static String timeline(JsonNode summary) {
    StringBuilder lines = new StringBuilder();
    for (JsonNode iteration : summary.path("iterations")) {
      lines
          .append("iteration ")
          .append(iteration.path("iteration").asInt())
          .append(": ")
          .append(iteration.path("solved").asBoolean() ? "solved" : "not solved")
          .append(" - ")
          .append(firstLine(iteration.path("reason").asText()))
          .append('\n');
    }
    return lines.toString();
  }

  private static String firstLine(String text) {
    return text == null ? "" : text.lines().findFirst().orElse("");
  }

  /** XML 1.0 cannot carry most control characters, which a program's output may hold. */
  private static String clean(String text) {
    StringBuilder kept = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            c -> {
              boolean allowed =
                  c == 0x9
                      || c == 0xA
                      || c == 0xD
                      || (c >= 0x20 && c <= 0xD7FF)
                      || (c >= 0xE000 && c <= 0xFFFD)
                      || c >= 0x10000;
              if (allowed) {
                kept.appendCodePoint(c);
              } else {
                kept.append("\\u").append(String.format(Locale.ROOT, "%04x", c));
              }
            });
    return kept.toString();
  }
}
