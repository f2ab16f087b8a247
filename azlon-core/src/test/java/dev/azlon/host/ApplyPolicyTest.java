package dev.azlon.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.azlon.ConfigurationException;
import java.util.List;
import org.junit.jupiter.api.Test;
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
        ".vscode/tasks.json",
        "Jenkinsfile",
        ".circleci/config.yml",
        ".travis.yml",
        "azure-pipelines.yml",
        ".buildkite/pipeline.yml",
        "Makefile",
        "sub/GNUmakefile",
        "build.gradle",
        "app/build.gradle.kts",
        "settings.gradle",
        "settings.gradle.kts",
        "gradle.properties",
        "gradlew",
        "gradlew.bat",
        "gradle/wrapper/gradle-wrapper.properties",
        "tools/gradle/wrapper/gradle-wrapper.jar"
      })
  void namesThatChangeHowToolsBehaveAreRefusedByDefault(String name) {
    assertThat(ApplyPolicy.defaults().refusal(name)).isPresent();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "src/main/java/App.java",
        "main.py",
        "Dockerfile",
        "docs/mvn.md",
        "github.txt",
        "src/main/java/org/gradle/Wrapper.java",
        "makefile.py"
      })
  void ordinarySourcesAreApplied(String name) {
    assertThat(ApplyPolicy.defaults().refusal(name)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"/etc/*", "../x", "a\\b", " ", "!pom.xml"})
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

  @Test
  void aPatternInsideARefusedFolderLiftsNothingInIt() {
    ApplyPolicy xml = new ApplyPolicy(List.of("*.xml"), List.of());

    assertThat(xml.refusal(".mvn/extensions.xml")).isPresent();
    assertThat(xml.refusal(".github/workflows/ci.xml")).isPresent();
    assertThat(xml.refusal("pom.xml")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {".mvn", ".mvn/**", "**/.mvn"})
  void aPatternNamingTheRefusedFolderLiftsIt(String allowed) {
    assertThat(new ApplyPolicy(List.of(allowed), List.of()).refusal(".mvn/extensions.xml"))
        .isEmpty();
  }

  @Test
  void anApplyDirectoryInsideARefusedFolderLiftsNothing() {
    ApplyPolicy policy = ApplyPolicy.defaults();

    assertThat(policy.refusal("extensions.xml", ".mvn")).isPresent();
    assertThat(policy.refusal("pre-commit", ".git/hooks")).isPresent();
    assertThat(policy.refusal("gradle-wrapper.properties", "gradle/wrapper")).isPresent();
    assertThat(policy.refusal("app.py", "src/main/python")).isEmpty();
    assertThat(new ApplyPolicy(List.of(".mvn"), List.of()).refusal("extensions.xml", ".mvn"))
        .isEmpty();
  }

  @Test
  void refusalsWinOverLiftsAndReachIntoFolders() {
    ApplyPolicy policy = new ApplyPolicy(List.of("**"), List.of("scripts", "*.sh"));

    assertThat(policy.refusal("scripts/build.py")).isPresent();
    assertThat(policy.refusal("tools/run.sh")).isPresent();
    assertThat(policy.refusal("pom.xml")).isEmpty();
  }
}
