package dev.azlon.temporal;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/** Many specs, each a child {@link SolveWorkflow}, at most a given number at once. */
@WorkflowInterface
public interface BatchWorkflow {

  @WorkflowMethod
  BatchReport solve(BatchRequest request);
}
