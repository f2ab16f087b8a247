package dev.azlon.temporal;

import dev.azlon.Hashes;
import dev.azlon.solve.SolveSpec;
import java.util.List;

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
    return "azlon-" + run + "-" + name + "-" + spec.task().fingerprint().substring(0, 12);
  }

  /**
   * @param name the batch's name, such as its folder's
   * @param solves its specs' workflow ids ({@link #forSpec}): a batch whose specs changed is
   *     another batch
   */
  public static String forBatch(String run, String name, List<String> solves) {
    return "azlon-"
        + run
        + "-batch-"
        + name
        + "-"
        + Hashes.sha256(String.join("\n", solves)).substring(0, 12);
  }
}
