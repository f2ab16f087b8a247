package dev.azlon.temporal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.azlon.sandbox.SandboxLimits;
import java.time.Duration;

/** A spec's sandbox limits as plain data; the worker applies them to its own Docker engine. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LimitsData(
    long memoryBytes,
    long nanoCpus,
    long pids,
    boolean runNetwork,
    boolean buildNetwork,
    long buildTimeoutMs,
    long runTimeoutMs,
    int outputBytes) {

  public static LimitsData of(SandboxLimits limits) {
    return new LimitsData(
        limits.memoryBytes(),
        limits.nanoCpus(),
        limits.pids(),
        limits.runNetwork(),
        limits.buildNetwork(),
        limits.buildTimeout().toMillis(),
        limits.runTimeout().toMillis(),
        limits.outputBytes());
  }

  public SandboxLimits toLimits() {
    return new SandboxLimits(
        memoryBytes,
        nanoCpus,
        pids,
        runNetwork,
        buildNetwork,
        Duration.ofMillis(buildTimeoutMs),
        Duration.ofMillis(runTimeoutMs),
        outputBytes);
  }
}
