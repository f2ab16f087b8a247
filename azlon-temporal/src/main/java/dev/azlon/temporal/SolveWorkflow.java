package dev.azlon.temporal;

import io.temporal.workflow.QueryMethod;
import io.temporal.workflow.SignalMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/** One spec, solved durably: its solve activity moves to another worker if one goes away. */
@WorkflowInterface
public interface SolveWorkflow {

  @WorkflowMethod
  SolveReport solve(SolveRequest request);

  /** Iteration, phase, last verdict and tokens, as the solving worker last reported them. */
  @QueryMethod
  Progress progress();

  /** Sent by the solving worker as the solve moves on. */
  @SignalMethod
  void reportProgress(Progress progress);
}
