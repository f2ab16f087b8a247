package dev.azlon.sandbox;

import java.time.Duration;

/**
 * What a candidate's container may use. The defaults keep untrusted code from the network, the
 * host's memory and processes, and the image's own files.
 *
 * @param memoryBytes memory, with no swap beyond it
 * @param nanoCpus CPU time, in billionths of a CPU
 * @param pids processes and threads at once
 * @param runNetwork whether the program may use the network while it runs
 * @param buildTimeout how long the image build may take
 * @param runTimeout how long the program may run
 * @param outputBytes how much of each output stream is kept
 */
public record SandboxLimits(
    long memoryBytes,
    long nanoCpus,
    long pids,
    boolean runNetwork,
    Duration buildTimeout,
    Duration runTimeout,
    int outputBytes) {

  public static SandboxLimits defaults() {
    return new SandboxLimits(
        1024L * 1024 * 1024,
        1_000_000_000L,
        256,
        false,
        Duration.ofMinutes(10),
        Duration.ofMinutes(2),
        1024 * 1024);
  }

  public SandboxLimits withRunTimeout(Duration runTimeout) {
    return new SandboxLimits(
        memoryBytes, nanoCpus, pids, runNetwork, buildTimeout, runTimeout, outputBytes);
  }
}
