package dev.azlon.maven;

import dev.azlon.Setting;
import dev.azlon.solve.SolveSpec;
import dev.azlon.spec.TaskKey;
import dev.azlon.spec.TaskSettings;
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
  @Parameter(property = Setting.Property.BASE_IMAGE, defaultValue = SolveSpec.DEFAULT_BASE_IMAGE)
  String baseImage;

  /**
   * The images a candidate's Dockerfile may start from; {@code *} in a name matches any text, and
   * {@code *} alone allows any image. Empty means the base image alone.
   *
   * @since 0.1.0
   */
  @Parameter(property = Setting.Property.ALLOWED_BASE_IMAGES)
  List<String> allowedBaseImages;

  /**
   * Memory for a candidate's container, with no swap beyond it: {@code 512m}, {@code 1g}.
   *
   * @since 0.1.0
   */
  @Parameter(property = Setting.Property.SANDBOX_MEMORY, defaultValue = "1g")
  String sandboxMemory;

  /**
   * CPUs for a candidate's container, as a decimal: {@code 1}, {@code 0.5}.
   *
   * @since 0.1.0
   */
  @Parameter(property = Setting.Property.SANDBOX_CPUS, defaultValue = "1")
  String sandboxCpus;

  /**
   * Processes and threads a candidate may have at once.
   *
   * @since 0.1.0
   */
  @Parameter(property = Setting.Property.SANDBOX_PIDS, defaultValue = "256")
  long sandboxPids;

  /**
   * Whether the program may use the network while it runs.
   *
   * @since 0.1.0
   */
  @Parameter(property = Setting.Property.SANDBOX_RUN_NETWORK, defaultValue = "false")
  boolean sandboxRunNetwork;

  /**
   * Whether the image build may use the network, for installing packages.
   *
   * @since 0.1.0
   */
  @Parameter(property = Setting.Property.SANDBOX_BUILD_NETWORK, defaultValue = "true")
  boolean sandboxBuildNetwork;

  /**
   * How long a program may run before it is killed: {@code 90s}, {@code 2m}.
   *
   * @since 0.1.0
   */
  @Parameter(property = Setting.Property.SANDBOX_RUN_TIMEOUT, defaultValue = "2m")
  String sandboxRunTimeout;

  /**
   * How long an image build may take before it is stopped: {@code 10m}.
   *
   * @since 0.1.0
   */
  @Parameter(property = Setting.Property.SANDBOX_BUILD_TIMEOUT, defaultValue = "10m")
  String sandboxBuildTimeout;

  /** The limits, checked; a bad value names its parameter. */
  /** The sandbox's parameters as task settings, each checked. */
  TaskSettings withSandbox(TaskSettings settings) {
    return settings
        .with(TaskKey.BASE_IMAGE, baseImage)
        .with(TaskKey.ALLOWED_BASE_IMAGES, allowedBaseImages)
        .withText(TaskKey.SANDBOX_MEMORY, sandboxMemory)
        .withText(TaskKey.SANDBOX_CPUS, sandboxCpus)
        .with(TaskKey.SANDBOX_PIDS, sandboxPids)
        .with(TaskKey.SANDBOX_RUN_NETWORK, sandboxRunNetwork)
        .with(TaskKey.SANDBOX_BUILD_NETWORK, sandboxBuildNetwork)
        .withText(TaskKey.SANDBOX_RUN_TIMEOUT, sandboxRunTimeout)
        .withText(TaskKey.SANDBOX_BUILD_TIMEOUT, sandboxBuildTimeout);
  }
}
