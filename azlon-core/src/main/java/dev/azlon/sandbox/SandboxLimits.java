package dev.azlon.sandbox;

import dev.azlon.ConfigurationException;
import dev.azlon.Setting;
import java.time.Duration;

/**
 * What a candidate's container may use. The defaults keep untrusted code from the network while it
 * runs, from the host's memory and processes, and from the image's own files.
 *
 * @param memoryBytes memory, with no swap beyond it
 * @param nanoCpus CPU time, in billionths of a CPU
 * @param pids processes and threads at once
 * @param runNetwork whether the program may use the network while it runs
 * @param buildNetwork whether the image build may use the network (to install packages)
 * @param buildTimeout how long the image build may take
 * @param runTimeout how long the program may run
 * @param outputBytes how much of each output stream is kept
 */
public record SandboxLimits(
    long memoryBytes,
    long nanoCpus,
    long pids,
    boolean runNetwork,
    boolean buildNetwork,
    Duration buildTimeout,
    Duration runTimeout,
    int outputBytes) {

  private static final long MIN_MEMORY = 6L * 1024 * 1024;

  public SandboxLimits {
    check(
        memoryBytes >= MIN_MEMORY,
        Setting.SANDBOX_MEMORY,
        "must be at least 6m (Docker's minimum)");
    check(nanoCpus >= 10_000_000L, Setting.SANDBOX_CPUS, "must be at least 0.01");
    check(pids >= 8, Setting.SANDBOX_PIDS, "must be at least 8");
    check(positive(buildTimeout), Setting.SANDBOX_BUILD_TIMEOUT, "must be longer than zero");
    check(positive(runTimeout), Setting.SANDBOX_RUN_TIMEOUT, "must be longer than zero");
    if (outputBytes < 1024) {
      throw new IllegalArgumentException("outputBytes must be at least 1024");
    }
  }

  public static SandboxLimits defaults() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  private static boolean positive(Duration duration) {
    return duration != null && !duration.isNegative() && !duration.isZero();
  }

  private static void check(boolean holds, Setting setting, String rule) {
    if (!holds) {
      throw new ConfigurationException(setting, setting.key() + " " + rule + ".");
    }
  }

  /** Builds {@link SandboxLimits}; unset parts keep the safe defaults of {@link Setting}. */
  public static final class Builder {
    private long memoryBytes =
        Quantities.bytes(Setting.SANDBOX_MEMORY, Setting.Defaults.SANDBOX_MEMORY);
    private long nanoCpus =
        Quantities.nanoCpus(Setting.SANDBOX_CPUS, Setting.Defaults.SANDBOX_CPUS);
    private long pids = Long.parseLong(Setting.Defaults.SANDBOX_PIDS);
    private boolean runNetwork = Boolean.parseBoolean(Setting.Defaults.SANDBOX_RUN_NETWORK);
    private boolean buildNetwork = Boolean.parseBoolean(Setting.Defaults.SANDBOX_BUILD_NETWORK);
    private Duration buildTimeout =
        Quantities.duration(Setting.SANDBOX_BUILD_TIMEOUT, Setting.Defaults.SANDBOX_BUILD_TIMEOUT);
    private Duration runTimeout =
        Quantities.duration(Setting.SANDBOX_RUN_TIMEOUT, Setting.Defaults.SANDBOX_RUN_TIMEOUT);
    private int outputBytes = 1024 * 1024;

    private Builder() {}

    public Builder memoryBytes(long memoryBytes) {
      this.memoryBytes = memoryBytes;
      return this;
    }

    public Builder nanoCpus(long nanoCpus) {
      this.nanoCpus = nanoCpus;
      return this;
    }

    public Builder pids(long pids) {
      this.pids = pids;
      return this;
    }

    public Builder runNetwork(boolean runNetwork) {
      this.runNetwork = runNetwork;
      return this;
    }

    public Builder buildNetwork(boolean buildNetwork) {
      this.buildNetwork = buildNetwork;
      return this;
    }

    public Builder buildTimeout(Duration buildTimeout) {
      this.buildTimeout = buildTimeout;
      return this;
    }

    public Builder runTimeout(Duration runTimeout) {
      this.runTimeout = runTimeout;
      return this;
    }

    public Builder outputBytes(int outputBytes) {
      this.outputBytes = outputBytes;
      return this;
    }

    public SandboxLimits build() {
      return new SandboxLimits(
          memoryBytes,
          nanoCpus,
          pids,
          runNetwork,
          buildNetwork,
          buildTimeout,
          runTimeout,
          outputBytes);
    }
  }
}
