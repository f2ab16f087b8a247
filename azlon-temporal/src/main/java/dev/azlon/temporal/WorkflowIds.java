package dev.azlon.temporal;

import dev.azlon.solve.SolveSpec;
import dev.azlon.solve.SpecFingerprint;

/**
 * Workflow ids from what is solved and under which run: submitting the same spec for the same run
 * again finds the workflow already going instead of starting a second one.
 */
public final class WorkflowIds {

  private WorkflowIds() {}

  /**
   * @param run what the submission belongs to (a CI build, a user's label)
   * @param name the spec's name
   */
  public static String forSpec(String run, String name, SolveSpec spec) {
    return "azlon-" + run + "-" + name + "-" + SpecFingerprint.of(spec).substring(0, 12);
  }

  public static String forBatch(String run, String folder) {
    return "azlon-" + run + "-batch-" + folder;
  }
}
