package dev.azlon.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** What Eclipse's m2e reads from the plugin jar to decide when to run the goal. */
class EclipseMappingTest {

  @Test
  void solveRunsOnConfigurationOnlyNeverOnIncrementalBuilds() throws Exception {
    Document mapping;
    try (InputStream in =
        getClass().getResourceAsStream("/META-INF/m2e/lifecycle-mapping-metadata.xml")) {
      assertThat(in).as("the mapping is in the plugin jar").isNotNull();
      mapping = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
    }

    assertThat(mapping.getElementsByTagName("goal").item(0).getTextContent()).isEqualTo("solve");
    assertThat(mapping.getElementsByTagName("runOnIncremental").item(0).getTextContent())
        .isEqualTo("false");
    assertThat(mapping.getElementsByTagName("runOnConfiguration").item(0).getTextContent())
        .isEqualTo("true");
  }
}
