package dev.azlon.temporal;

import io.temporal.activity.ActivityOptions;
import io.temporal.common.RetryOptions;
import io.temporal.workflow.Workflow;
import java.time.Duration;

/**
 * Runs the solve activity with retries bounded by time, not by a count a worker shutdown could use
 * up; a configuration error, a refused API key or a payload over its cap is not retried.
 */
public class SolveWorkflowImpl implements SolveWorkflow {

  private Progress progress = Progress.queued();

  @Override
  public SolveReport solve(SolveRequest request) {
    SolveActivities activities =
        Workflow.newActivityStub(
            SolveActivities.class,
            ActivityOptions.newBuilder()
                .setScheduleToCloseTimeout(Duration.ofMillis(request.retryWindowMs()))
                .setHeartbeatTimeout(Duration.ofMillis(request.heartbeatTimeoutMs()))
                .setRetryOptions(
                    RetryOptions.newBuilder()
                        .setInitialInterval(Duration.ofSeconds(1))
                        .setBackoffCoefficient(2)
                        .setMaximumInterval(Duration.ofMinutes(1))
                        .setDoNotRetry(Failures.NOT_RETRIED.toArray(String[]::new))
                        .build())
                .build());
    SolveReport report = activities.solve(request);
    progress =
        new Progress(
            report.iterations(),
            progress.maxIterations(),
            report.outcome(),
            progress.lastVerdict(),
            report.inputTokens() + report.outputTokens(),
            progress.attempt());
    return report;
  }

  @Override
  public Progress progress() {
    return progress;
  }

  @Override
  public void reportProgress(Progress progress) {
    this.progress = progress;
  }
}
