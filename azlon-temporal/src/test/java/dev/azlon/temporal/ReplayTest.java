package dev.azlon.temporal;

import io.temporal.testing.WorkflowReplayer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Checked-in histories, recorded from the workflow tests (a solve whose activity failed once and
 * was retried, a batch of four with two at once), replayed against today's workflow code: a change
 * that would break running workflows fails here. Record new ones when a change is meant to be
 * incompatible, and version the workflow ({@code Workflow.getVersion}) instead where possible.
 */
class ReplayTest {

  @Test
  void aSolveWithARetryReplays() throws Exception {
    WorkflowReplayer.replayWorkflowExecution(
        history("solve-with-retry.history.json"), SolveWorkflowImpl.class);
  }

  @Test
  void aBatchReplays() throws Exception {
    WorkflowReplayer.replayWorkflowExecution(
        history("batch.history.json"), BatchWorkflowImpl.class);
  }

  private static String history(String name) throws IOException {
    try (InputStream in = ReplayTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
