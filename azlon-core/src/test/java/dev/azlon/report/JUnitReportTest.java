package dev.azlon.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.azlon.Redactor;
import dev.azlon.batch.SpecResult;
import dev.azlon.budget.Usage;
import dev.azlon.solve.Outcome;
import dev.azlon.solve.SolveResult;
import dev.azlon.testing.OneIteration;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/**
 * JUnit XML that CI reporters read: checked against Surefire's own schema, which the build takes
 * from Surefire's source release on Maven Central (see azlon-core's pom).
 */
class JUnitReportTest {

  @TempDir Path output;
  @TempDir Path reports;

  @Test
  void aSolvedSpecIsAPassingSuiteInSurefiresSchema() throws Exception {
    SpecResult spec = SpecResult.ran("hello", OneIteration.solve(output, "Hello, Azlon", "Hello"));

    Element suite = validated(JUnitReport.write(reports, spec, Redactor.patternsOnly()));

    assertThat(suite.getAttribute("name")).isEqualTo("azlon.hello");
    assertThat(suite.getAttribute("tests")).isEqualTo("3");
    assertThat(suite.getAttribute("failures")).isEqualTo("0");
    assertThat(suite.getAttribute("errors")).isEqualTo("0");
    assertThat(property(suite, "azlon.outcome")).isEqualTo("SOLVED");
    assertThat(property(suite, "azlon.tokens")).isNotEmpty();
  }

  @Test
  void aSpecThatEndedWithoutARunFolderIsAnErrorWithItsReason() throws Exception {
    // As a remote worker's configuration error ends: a result, but no run folder here.
    SolveResult refused =
        new SolveResult(
            Outcome.CONFIGURATION_ERROR,
            0,
            List.of(),
            null,
            null,
            new Usage(0, 0, 0, Optional.empty()),
            "These base images are not on the Docker engine: ghost.",
            Duration.ofMillis(40),
            null,
            null);

    Element suite =
        validated(
            JUnitReport.write(reports, SpecResult.ran("ghost", refused), Redactor.patternsOnly()));

    assertThat(suite.getAttribute("errors")).isEqualTo("1");
    Element error = (Element) suite.getElementsByTagName("error").item(0);
    assertThat(error.getAttribute("type")).isEqualTo("CONFIGURATION_ERROR");
    assertThat(error.getAttribute("message")).contains("not on the Docker engine: ghost");
    assertThat(property(suite, "azlon.outcome")).isEqualTo("CONFIGURATION_ERROR");
    assertThatThrownBy(() -> property(suite, "azlon.report"))
        .hasMessage("No property azlon.report");
  }

  @Test
  void anUnsolvedSpecFailsWithTheVerdictAndTheOutputEvenWithControlCharacters() throws Exception {
    SpecResult spec =
        SpecResult.ran("sheep", OneIteration.solve(output, "sheep 1\u0007\u001b[31m", "sheep 3"));

    Path file = JUnitReport.write(reports, spec, Redactor.patternsOnly());
    Element suite = validated(file);

    assertThat(suite.getAttribute("failures")).isEqualTo("2");
    Element solved = (Element) suite.getElementsByTagName("testcase").item(0);
    Element failure = (Element) solved.getElementsByTagName("failure").item(0);
    assertThat(failure.getAttribute("type")).isEqualTo("UNSOLVED");
    assertThat(failure.getTextContent()).contains("sheep 1\\u0007\\u001b[31m");
    assertThat(suite.getElementsByTagName("system-out").item(0).getTextContent())
        .contains("iteration 1: not solved");
  }

  @Test
  void aNameWithCharactersXmlCannotCarryStillGivesXmlThatParses() throws Exception {
    String name = "evil\u0001\u001b[31m\uFFFE<x>&\"";
    SpecResult spec = SpecResult.notStarted(name, "the batch's token budget was used up");

    Path file = JUnitReport.write(reports, spec, Redactor.patternsOnly());
    Element suite = validated(file);

    assertThat(file.getParent()).isEqualTo(reports);
    assertThat(file.getFileName().toString()).doesNotContain("\u0001").startsWith("TEST-evil_");
    assertThat(suite.getAttribute("name")).isEqualTo("azlon.evil\\u0001\\u001b[31m\\ufffe<x>&\"");
  }

  @Test
  void aNameCannotLeadTheFileIntoAnotherFolder() throws Exception {
    Path file =
        JUnitReport.write(reports, SpecResult.notStarted("../../up", "x"), Redactor.patternsOnly());

    assertThat(file.getParent()).isEqualTo(reports);
    assertThat(file.getFileName().toString()).isEqualTo("TEST-.._.._up.xml");
  }

  @Test
  void aSpecNotStartedIsSkippedWithTheReason() throws Exception {
    SpecResult spec = SpecResult.notStarted("later", "the batch's token budget was used up");

    Element suite = validated(JUnitReport.write(reports, spec, Redactor.patternsOnly()));

    assertThat(suite.getAttribute("skipped")).isEqualTo("1");
    Element skipped = (Element) suite.getElementsByTagName("skipped").item(0);
    assertThat(skipped.getAttribute("message")).contains("token budget");
  }

  @Test
  void aSecretInTheOutputIsRedacted() throws Exception {
    String key = "k3y-of-any-shape-42";
    SpecResult spec =
        SpecResult.ran("leak", OneIteration.solve(output, "the key is " + key, "nothing"));

    Path file = JUnitReport.write(reports, spec, Redactor.of(key));

    assertThat(Files.readString(file)).doesNotContain(key).contains("***");
  }

  private static Element validated(Path file) throws Exception {
    SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
        .newSchema(surefireSchema().toFile())
        .newValidator()
        .validate(new StreamSource(file.toFile()));
    return DocumentBuilderFactory.newInstance()
        .newDocumentBuilder()
        .parse(file.toFile())
        .getDocumentElement();
  }

  private static String property(Element suite, String name) {
    var properties = suite.getElementsByTagName("property");
    for (int i = 0; i < properties.getLength(); i++) {
      Element property = (Element) properties.item(i);
      if (property.getAttribute("name").equals(name)) {
        return property.getAttribute("value");
      }
    }
    throw new AssertionError("No property " + name);
  }

  private static Path surefireSchema() throws IOException {
    try (Stream<Path> files = Files.walk(Path.of("target/surefire-xsd"))) {
      return files
          .filter(f -> f.getFileName().toString().equals("surefire-test-report.xsd"))
          .findFirst()
          .orElseThrow(() -> new AssertionError("The build did not unpack Surefire's XSD"));
    }
  }
}
