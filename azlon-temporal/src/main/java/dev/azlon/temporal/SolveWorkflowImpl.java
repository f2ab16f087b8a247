package dev.azlon.temporal;

import dev.azlon.solve.Outcome;
import io.temporal.activity.ActivityOptions;
import io.temporal.common.RetryOptions;
import io.temporal.workflow.Workflow;
import java.time.Duration;
import java.util.Arrays;

/**
 * Runs the solve activity with retries bounded by time, not by a count a worker shutdown could use
 * up; a configuration error, a refused API key or a payload over its cap is not retried.
 */
public class SolveWorkflowImpl implements SolveWorkflow {

  /**
   * The failure types (outcomes' names) a retry cannot mend: a setting at fault, a refused key.
   * Read from {@link Outcome}, so a new outcome is retried or not as it says.
   */
  static final String[] NOT_RETRIED =
      Arrays.stream(Outcome.values())
          .filter(outcome -> outcome.couldNotRun() && !outcome.retriable())
          .map(Outcome::name)
          .toArray(String[]::new);

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
                        .setDoNotRetry(NOT_RETRIED)
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
