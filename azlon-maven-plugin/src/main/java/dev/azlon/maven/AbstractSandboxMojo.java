package dev.azlon.maven;

import dev.azlon.sandbox.Quantities;
import dev.azlon.sandbox.SandboxLimits;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugins.annotations.Parameter;

/** The sandbox's parameters, shared by goals that build and run candidates. */
abstract class AbstractSandboxMojo extends AbstractMojo {

  /**
   * Memory for a candidate's container, with no swap beyond it: {@code 512m}, {@code 1g}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "azlon.sandbox.memory", defaultValue = "1g")
  private String sandboxMemory;

  /**
   * CPUs for a candidate's container, as a decimal: {@code 1}, {@code 0.5}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "azlon.sandbox.cpus", defaultValue = "1")
  private String sandboxCpus;

  /**
   * Processes and threads a candidate may have at once.
   *
   * @since 0.1.0
   */
  @Parameter(property = "azlon.sandbox.pids", defaultValue = "256")
  private long sandboxPids;

  /**
   * Whether the program may use the network while it runs.
   *
   * @since 0.1.0
   */
  @Parameter(property = "azlon.sandbox.runNetwork", defaultValue = "false")
  private boolean sandboxRunNetwork;

  /**
   * Whether the image build may use the network, for installing packages.
   *
   * @since 0.1.0
   */
  @Parameter(property = "azlon.sandbox.buildNetwork", defaultValue = "true")
  private boolean sandboxBuildNetwork;

  /**
   * How long a program may run before it is killed: {@code 90s}, {@code 2m}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "azlon.sandbox.runTimeout", defaultValue = "2m")
  private String sandboxRunTimeout;

  /**
   * How long an image build may take before it is stopped: {@code 10m}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "azlon.sandbox.buildTimeout", defaultValue = "10m")
  private String sandboxBuildTimeout;

  /** The limits, checked; a bad value names its parameter. */
  SandboxLimits sandboxLimits() {
    return SandboxLimits.builder()
        .memoryBytes(Quantities.bytes("sandbox.memory", sandboxMemory))
        .nanoCpus(Quantities.nanoCpus("sandbox.cpus", sandboxCpus))
        .pids(sandboxPids)
        .runNetwork(sandboxRunNetwork)
        .buildNetwork(sandboxBuildNetwork)
        .runTimeout(Quantities.duration("sandbox.runTimeout", sandboxRunTimeout))
        .buildTimeout(Quantities.duration("sandbox.buildTimeout", sandboxBuildTimeout))
        .build();
  }
}
