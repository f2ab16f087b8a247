package dev.azlon.batch;

import dev.azlon.sandbox.SandboxLimits;
import dev.azlon.solve.SolveSpec;
import java.util.Objects;

/**
 * One spec of a batch, checked and ready to solve.
 *
 * @param name the spec's name; its runs go to a folder of that name
 * @param spec the task
 * @param limits its sandbox's limits
 */
public record BatchTask(String name, SolveSpec spec, SandboxLimits limits) {

  public BatchTask {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(spec, "spec");
    Objects.requireNonNull(limits, "limits");
  }
}
