package dev.azlon.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.azlon.ConfigurationException;
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
    assertThat(Quantities.bytes("m", "512m")).isEqualTo(512L << 20);
    assertThat(Quantities.bytes("m", "1G")).isEqualTo(1L << 30);
    assertThat(Quantities.bytes("m", "2048")).isEqualTo(2048);
    assertThat(Quantities.nanoCpus("c", "0.5")).isEqualTo(500_000_000L);
    assertThat(Quantities.duration("t", "90s")).isEqualTo(Duration.ofSeconds(90));
    assertThat(Quantities.duration("t", "2m")).isEqualTo(Duration.ofMinutes(2));
    assertThat(Quantities.duration("t", "PT1H")).isEqualTo(Duration.ofHours(1));
  }

  @Test
  void nonsenseNamesTheSettingAndAnExample() {
    assertThatThrownBy(() -> Quantities.bytes("sandbox.memory", "lots"))
        .isInstanceOfSatisfying(ConfigurationException.class, e -> {
          assertThat(e.setting()).isEqualTo("sandbox.memory");
          assertThat(e.getMessage()).contains("'lots'").contains("512m");
        });
    assertThatThrownBy(() -> Quantities.nanoCpus("sandbox.cpus", "-1"))
        .isInstanceOf(ConfigurationException.class);
    assertThatThrownBy(() -> Quantities.duration("sandbox.runTimeout", "soon"))
        .hasMessageContaining("90s");
  }

  @Test
  void limitsBelowWhatDockerCanHonourAreRefused() {
    assertThatThrownBy(() -> SandboxLimits.builder().memoryBytes(1024).build())
        .isInstanceOfSatisfying(ConfigurationException.class,
            e -> assertThat(e.setting()).isEqualTo("sandbox.memory"));
    assertThatThrownBy(() -> SandboxLimits.builder().runTimeout(Duration.ZERO).build())
        .isInstanceOfSatisfying(ConfigurationException.class,
            e -> assertThat(e.setting()).isEqualTo("sandbox.runTimeout"));
  }
}
