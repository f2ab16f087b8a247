package dev.azlon.temporal;

import dev.azlon.batch.BatchBudget;
import io.temporal.api.enums.v1.ParentClosePolicy;
import io.temporal.failure.ChildWorkflowFailure;
import io.temporal.failure.TemporalFailure;
import io.temporal.workflow.Async;
import io.temporal.workflow.ChildWorkflowOptions;
import io.temporal.workflow.Promise;
import io.temporal.workflow.Workflow;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Starts one child per spec, never more than {@code parallel} at once; a spec that fails (a
 * configuration error) is reported and the others go on. Once the specs that ended used the batch's
 * budget up, the specs not yet started are not started, as in a local batch.
 */
public class BatchWorkflowImpl implements BatchWorkflow {

  private final Map<Integer, Promise<SolveReport>> running = new LinkedHashMap<>();
  private BatchRequest request;
  private long tokensUsed;
  private BigDecimal costUsed = BigDecimal.ZERO;

  @Override
  public BatchReport solve(BatchRequest request) {
    this.request = request;
    BatchBudget budget =
        new BatchBudget(
            Math.max(1, request.parallel()),
            request.maxTokens(),
            request.maxCostUsd() == null ? null : new BigDecimal(request.maxCostUsd()));
    BatchReport.SpecReport[] reports = new BatchReport.SpecReport[request.specs().size()];
    for (int i = 0; i < request.specs().size(); i++) {
      while (running.size() >= budget.parallel()) {
        awaitOne();
        collect(reports);
      }
      Optional<String> spent = budget.spent(tokensUsed, costUsed);
      if (spent.isPresent()) {
        reports[i] =
            new BatchReport.SpecReport(
                request.specs().get(i).name(),
                request.workflowIds().get(i),
                null,
                null,
                spent.get());
        continue;
      }
      SolveWorkflow child =
          Workflow.newChildWorkflowStub(
              SolveWorkflow.class,
              ChildWorkflowOptions.newBuilder()
                  .setWorkflowId(request.workflowIds().get(i))
                  .setParentClosePolicy(ParentClosePolicy.PARENT_CLOSE_POLICY_REQUEST_CANCEL)
                  .build());
      running.put(i, Async.function(child::solve, request.specs().get(i)));
    }
    while (!running.isEmpty()) {
      awaitOne();
      collect(reports);
    }
    return new BatchReport(List.of(reports));
  }

  @Override
  public List<String> running() {
    return request == null
        ? List.of()
        : running.keySet().stream().map(request.workflowIds()::get).toList();
  }

  /** Waits for a child to end, however it ends: a failed child fails only its own spec. */
  private void awaitOne() {
    Workflow.await(() -> running.values().stream().anyMatch(Promise::isCompleted));
  }

  /** Takes the finished children out of {@code running}, into their place in the reports. */
  private void collect(BatchReport.SpecReport[] reports) {
    for (Integer index : new ArrayList<>(running.keySet())) {
      Promise<SolveReport> promise = running.get(index);
      if (!promise.isCompleted()) {
        continue;
      }
      running.remove(index);
      String name = request.specs().get(index).name();
      String id = request.workflowIds().get(index);
      try {
        SolveReport report = promise.get();
        tokensUsed += report.inputTokens() + report.outputTokens();
        if (report.costUsd() != null) {
          costUsed = costUsed.add(new BigDecimal(report.costUsd()));
        }
        reports[index] =
            new BatchReport.SpecReport(name, id, report.withoutRunFolder(), null, null);
      } catch (ChildWorkflowFailure failure) {
        reports[index] = new BatchReport.SpecReport(name, id, null, reason(failure), null);
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
