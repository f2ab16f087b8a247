package dev.azlon.maven;

import dev.azlon.sandbox.Quantities;
import dev.azlon.sandbox.SandboxLimits;
import dev.azlon.solve.SolveSpec;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugins.annotations.Parameter;

/** The sandbox's parameters: which images candidates start from, and what they may use. */
abstract class AbstractSandboxMojo extends AbstractMojo {

  /**
   * The image every candidate's Dockerfile must start from.
   *
   * @since 0.1.0
   */
  @Parameter(property = "azlon.baseImage", defaultValue = SolveSpec.DEFAULT_BASE_IMAGE)
  String baseImage;

  /**
   * The images a candidate's Dockerfile may start from; {@code *} in a name matches any text, and
   * {@code *} alone allows any image. Empty means the base image alone.
   *
   * @since 0.1.0
   */
  @Parameter(property = "azlon.allowedBaseImages")
  List<String> allowedBaseImages;

  /**
   * Memory for a candidate's container, with no swap beyond it: {@code 512m}, {@code 1g}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "azlon.sandbox.memory", defaultValue = "1g")
  String sandboxMemory;

  /**
   * CPUs for a candidate's container, as a decimal: {@code 1}, {@code 0.5}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "azlon.sandbox.cpus", defaultValue = "1")
  String sandboxCpus;

  /**
   * Processes and threads a candidate may have at once.
   *
   * @since 0.1.0
   */
  @Parameter(property = "azlon.sandbox.pids", defaultValue = "256")
  long sandboxPids;

  /**
   * Whether the program may use the network while it runs.
   *
   * @since 0.1.0
   */
  @Parameter(property = "azlon.sandbox.runNetwork", defaultValue = "false")
  boolean sandboxRunNetwork;

  /**
   * Whether the image build may use the network, for installing packages.
   *
   * @since 0.1.0
   */
  @Parameter(property = "azlon.sandbox.buildNetwork", defaultValue = "true")
  boolean sandboxBuildNetwork;

  /**
   * How long a program may run before it is killed: {@code 90s}, {@code 2m}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "azlon.sandbox.runTimeout", defaultValue = "2m")
  String sandboxRunTimeout;

  /**
   * How long an image build may take before it is stopped: {@code 10m}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "azlon.sandbox.buildTimeout", defaultValue = "10m")
  String sandboxBuildTimeout;

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
