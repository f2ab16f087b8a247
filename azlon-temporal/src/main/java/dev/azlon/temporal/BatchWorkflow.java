package dev.azlon.temporal;

import io.temporal.workflow.QueryMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;
import java.util.List;

/** Many specs, each a child {@link SolveWorkflow}, at most a given number at once. */
@WorkflowInterface
public interface BatchWorkflow {

  @WorkflowMethod
  BatchReport solve(BatchRequest request);

  /** The workflow ids of the specs being solved now: a follower asks those for their progress. */
  @QueryMethod
  List<String> running();
}
