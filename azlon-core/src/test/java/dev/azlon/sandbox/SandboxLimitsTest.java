package dev.azlon.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.azlon.ConfigurationException;
import dev.azlon.Setting;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SandboxLimitsTest {

  @Test
  void defaultsAreTheDocumentedSafeOnes() {
    SandboxLimits limits = SandboxLimits.defaults();

    assertThat(limits.memoryBytes()).isEqualTo(1L << 30);
    assertThat(limits.nanoCpus()).isEqualTo(1_000_000_000L);
    assertThat(limits.pids()).isEqualTo(256);
    assertThat(limits.runNetwork()).isFalse();
    assertThat(limits.buildNetwork()).isTrue();
    assertThat(limits.runTimeout()).isEqualTo(Duration.ofMinutes(2));
    assertThat(limits.buildTimeout()).isEqualTo(Duration.ofMinutes(10));
    assertThat(limits.outputBytes()).isEqualTo(1 << 20);
  }

  @Test
  void readsQuantitiesAsPeopleWriteThem() {
    assertThat(Quantities.bytes(Setting.SANDBOX_MEMORY, "512m")).isEqualTo(512L << 20);
    assertThat(Quantities.bytes(Setting.SANDBOX_MEMORY, "1G")).isEqualTo(1L << 30);
    assertThat(Quantities.bytes(Setting.SANDBOX_MEMORY, "2048")).isEqualTo(2048);
    assertThat(Quantities.nanoCpus(Setting.SANDBOX_CPUS, "0.5")).isEqualTo(500_000_000L);
    assertThat(Quantities.duration(Setting.TIMEOUT, "90s")).isEqualTo(Duration.ofSeconds(90));
    assertThat(Quantities.duration(Setting.TIMEOUT, "2m")).isEqualTo(Duration.ofMinutes(2));
    assertThat(Quantities.duration(Setting.TIMEOUT, "PT1H")).isEqualTo(Duration.ofHours(1));
  }

  @Test
  void nonsenseNamesTheSettingAndAnExample() {
    assertThatThrownBy(() -> Quantities.bytes(Setting.SANDBOX_MEMORY, "lots"))
        .isInstanceOfSatisfying(
            ConfigurationException.class,
            e -> {
              assertThat(e.setting()).isEqualTo(Setting.SANDBOX_MEMORY);
              assertThat(e.getMessage()).contains("'lots'").contains("512m");
            });
    assertThatThrownBy(() -> Quantities.nanoCpus(Setting.SANDBOX_CPUS, "-1"))
        .isInstanceOf(ConfigurationException.class);
    assertThatThrownBy(() -> Quantities.duration(Setting.SANDBOX_RUN_TIMEOUT, "soon"))
        .hasMessageContaining("90s");
  }

  @Test
  void limitsBelowWhatDockerCanHonourAreRefused() {
    assertThatThrownBy(() -> SandboxLimits.builder().memoryBytes(1024).build())
        .isInstanceOfSatisfying(
            ConfigurationException.class,
            e -> assertThat(e.setting()).isEqualTo(Setting.SANDBOX_MEMORY));
    assertThatThrownBy(() -> SandboxLimits.builder().runTimeout(Duration.ZERO).build())
        .isInstanceOfSatisfying(
            ConfigurationException.class,
            e -> assertThat(e.setting()).isEqualTo(Setting.SANDBOX_RUN_TIMEOUT));
  }

  @Test
  void countsAreSaidAsPeopleSayThem() {
    assertThat(Quantities.count(1, "iteration", "iterations")).isEqualTo("1 iteration");
    assertThat(Quantities.count(0, "file", "files")).isEqualTo("0 files");
    assertThat(Quantities.count(2, "file", "files")).isEqualTo("2 files");
  }
}
