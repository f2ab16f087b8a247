package dev.azlon.temporal;

import io.temporal.api.enums.v1.ParentClosePolicy;
import io.temporal.api.enums.v1.WorkflowIdReusePolicy;
import io.temporal.failure.ChildWorkflowFailure;
import io.temporal.failure.TemporalFailure;
import io.temporal.workflow.Async;
import io.temporal.workflow.ChildWorkflowOptions;
import io.temporal.workflow.Promise;
import io.temporal.workflow.Workflow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Starts one child per spec, never more than {@code parallel} at once; a spec that fails (a
 * configuration error) is reported and the others go on.
 */
public class BatchWorkflowImpl implements BatchWorkflow {

  @Override
  public BatchReport solve(BatchRequest request) {
    int parallel = Math.max(1, request.parallel());
    Map<Integer, Promise<SolveReport>> running = new LinkedHashMap<>();
    BatchReport.SpecReport[] reports = new BatchReport.SpecReport[request.specs().size()];
    for (int i = 0; i < request.specs().size(); i++) {
      while (running.size() >= parallel) {
        Promise.anyOf(running.values()).get();
        collect(request, running, reports);
      }
      SolveWorkflow child =
          Workflow.newChildWorkflowStub(
              SolveWorkflow.class,
              ChildWorkflowOptions.newBuilder()
                  .setWorkflowId(request.workflowIds().get(i))
                  .setWorkflowIdReusePolicy(
                      WorkflowIdReusePolicy.WORKFLOW_ID_REUSE_POLICY_REJECT_DUPLICATE)
                  .setParentClosePolicy(ParentClosePolicy.PARENT_CLOSE_POLICY_REQUEST_CANCEL)
                  .build());
      running.put(i, Async.function(child::solve, request.specs().get(i)));
    }
    while (!running.isEmpty()) {
      Promise.anyOf(running.values()).get();
      collect(request, running, reports);
    }
    return new BatchReport(List.of(reports));
  }

  /** Takes the finished children out of {@code running}, into their place in the reports. */
  private static void collect(
      BatchRequest request,
      Map<Integer, Promise<SolveReport>> running,
      BatchReport.SpecReport[] reports) {
    for (Integer index : new ArrayList<>(running.keySet())) {
      Promise<SolveReport> promise = running.get(index);
      if (!promise.isCompleted()) {
        continue;
      }
      running.remove(index);
      String name = request.specs().get(index).name();
      String id = request.workflowIds().get(index);
      try {
        reports[index] = new BatchReport.SpecReport(name, id, promise.get(), null);
      } catch (ChildWorkflowFailure failure) {
        reports[index] = new BatchReport.SpecReport(name, id, null, reason(failure));
      }
    }
  }

  private static String reason(ChildWorkflowFailure failure) {
    Throwable cause = failure;
    while (cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause instanceof TemporalFailure temporal
        ? temporal.getOriginalMessage()
        : String.valueOf(cause.getMessage());
  }
}
