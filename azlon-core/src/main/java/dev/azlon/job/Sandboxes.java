package dev.azlon.job;

import dev.azlon.sandbox.DockerSandbox;
import dev.azlon.sandbox.Sandbox;
import dev.azlon.sandbox.SandboxLimits;
import java.util.function.Function;

/**
 * The sandboxes a job runs candidates in: one Docker engine, connected on first need (a job that
 * takes every solution from its lock needs none), with each task's limits.
 */
final class Sandboxes {

  private final Function<SandboxLimits, Sandbox> given;
  private DockerSandbox engine;

  /**
   * @param given the sandbox for given limits; null for Docker
   */
  Sandboxes(Function<SandboxLimits, Sandbox> given) {
    this.given = given;
  }

  synchronized Sandbox forLimits(SandboxLimits limits) {
    if (given != null) {
      return given.apply(limits);
    }
    if (engine == null) {
      engine = DockerSandbox.connect(limits);
      return engine;
    }
    return engine.withLimits(limits);
  }
}
