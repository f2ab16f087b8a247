package dev.azlon.apply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.azlon.ConfigurationException;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ApplyPolicyTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        ".mvn/extensions.xml",
        ".mvn/maven.config",
        ".MVN/jvm.config",
        ".gitignore",
        ".GitAttributes",
        "sub/.git/hooks/pre-commit",
        ".github/workflows/ci.yml",
        ".gitlab-ci.yml",
        "mvnw",
        "mvnw.cmd",
        ".m2/settings.xml",
        "settings.xml",
        "pom.xml",
        "module/pom.xml",
        ".bashrc",
        ".envrc",
        ".vscode/tasks.json"
      })
  void namesThatChangeHowToolsBehaveAreRefusedByDefault(String name) {
    assertThat(ApplyPolicy.defaults().refusal(name)).isPresent();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"src/main/java/App.java", "main.py", "Dockerfile", "docs/mvn.md", "github.txt"})
  void ordinarySourcesAreApplied(String name) {
    assertThat(ApplyPolicy.defaults().refusal(name)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"/etc/*", "../x", "a\\b", " "})
  void patternsThatAreNotRelativeAreConfigurationErrors(String pattern) {
    assertThatThrownBy(() -> new ApplyPolicy(List.of(pattern), List.of()))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("applyAllowed");
  }

  @ParameterizedTest
  @ValueSource(strings = {"pom.xml", "**/pom.xml"})
  void anExplicitAllowLiftsADefaultRefusal(String allowed) {
    assertThat(new ApplyPolicy(List.of(allowed), List.of()).refusal("pom.xml")).isEmpty();
  }
}
