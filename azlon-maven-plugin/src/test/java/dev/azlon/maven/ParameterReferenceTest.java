package dev.azlon.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.azlon.Setting;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The README's parameter reference must name exactly the parameters the plugin has. */
class ParameterReferenceTest {

  private static final Path DESCRIPTOR = Path.of("target/classes/META-INF/maven/plugin.xml");
  private static final Path README = Path.of("../README.md");

  @Test
  void readmeTableMatchesThePluginDescriptor() throws Exception {
    assertThat(readmeParameters()).isEqualTo(solveParameters());
  }

  @Test
  void everyUserPropertyOfSolveIsInTheAzlonNamespace() throws Exception {
    String descriptor = Files.readString(DESCRIPTOR);
    String solve = descriptor.substring(descriptor.indexOf("<goal>solve</goal>"));
    Matcher properties = Pattern.compile("\\$\\{([^}]+)}").matcher(solve);
    while (properties.find()) {
      String property = properties.group(1);
      if (!property.startsWith("project")
          && !property.equals("session")
          && !property.equals("settings")) {
        assertThat(property).startsWith("azlon.");
      }
    }
  }

  @Test
  void everySettingAnErrorCanNameIsARealParameterWithItsProperty() throws Exception {
    String descriptor = Files.readString(DESCRIPTOR);
    String solve = descriptor.substring(descriptor.indexOf("<goal>solve</goal>"));
    Set<String> parameters = solveParameters();
    for (Setting setting : Setting.values()) {
      assertThat(parameters).as(setting.name()).contains(setting.key());
      String property = PropertyNames.of(setting);
      if (property != null) {
        assertThat(solve)
            .as(setting.name())
            .contains("<" + setting.key() + " implementation=")
            .contains("${" + property + "}");
        assertThat(property).startsWith(PropertyNames.PREFIX);
      }
    }
    assertThat(Setting.values())
        .extracting(Setting::key)
        .containsExactlyInAnyOrderElementsOf(parameters);
  }

  /** The solve goal's editable parameters: those a user sets. */
  private static Set<String> solveParameters() throws Exception {
    var document =
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(DESCRIPTOR.toFile());
    NodeList mojos = document.getElementsByTagName("mojo");
    Set<String> names = new TreeSet<>();
    for (int i = 0; i < mojos.getLength(); i++) {
      Element mojo = (Element) mojos.item(i);
      if (!"solve".equals(mojo.getElementsByTagName("goal").item(0).getTextContent())) {
        continue;
      }
      NodeList parameters =
          ((Element) mojo.getElementsByTagName("parameters").item(0))
              .getElementsByTagName("parameter");
      for (int j = 0; j < parameters.getLength(); j++) {
        Element parameter = (Element) parameters.item(j);
        if ("true".equals(parameter.getElementsByTagName("editable").item(0).getTextContent())) {
          names.add(parameter.getElementsByTagName("name").item(0).getTextContent());
        }
      }
    }
    return names;
  }

  /** The first column of the README's "Parameters" table. */
  private static Set<String> readmeParameters() throws Exception {
    String readme = Files.readString(README);
    String section = readme.substring(readme.indexOf("## Parameters"));
    section = section.substring(0, section.indexOf("\n## ", 3));
    Set<String> names = new TreeSet<>();
    Matcher rows = Pattern.compile("(?m)^\\| `([a-zA-Z]+)` \\|").matcher(section);
    while (rows.find()) {
      names.add(rows.group(1));
    }
    return names;
  }
}
