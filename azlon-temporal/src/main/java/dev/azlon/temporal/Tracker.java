package dev.azlon.temporal;

import dev.azlon.Redactor;
import dev.azlon.event.SolveEvent;
import dev.azlon.event.SolveListener;
import io.temporal.client.WorkflowClient;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows one solve's events on a worker: keeps the checkpoint it heartbeats (where it is, the
 * answers so far), reports progress to its workflow, and logs what the solve says. Progress goes
 * out from the heartbeat thread, when it changed: never a network call on the solve's own thread.
 */
final class Tracker implements SolveListener {

  private static final Logger LOG = LoggerFactory.getLogger(Tracker.class);

  private final String workflowId;
  private final WorkflowClient client;
  private final Redactor redactor;
  private final int attempt;
  private final List<String> answers;
  private int answerBytes;
  private boolean capped;
  private int iteration;
  private int maxIterations;
  private String phase;
  private String lastVerdict = "";
  private long tokens;
  private boolean changed = true;

  /**
   * @param redactor the worker's: what goes into a progress signal or a checkpoint lands in the
   *     engine's history
   */
  Tracker(
      Checkpoint start, int attempt, String workflowId, WorkflowClient client, Redactor redactor) {
    this.redactor = redactor;
    this.answers = new ArrayList<>(start.answers());
    this.answerBytes = start.answers().stream().mapToInt(Tracker::bytes).sum();
    this.iteration = start.iteration();
    this.phase = "starting";
    this.attempt = attempt;
    this.workflowId = workflowId;
    this.client = client;
  }

  synchronized Checkpoint checkpoint() {
    return new Checkpoint(iteration, phase, List.copyOf(answers));
  }

  @Override
  public void on(SolveEvent event) {
    if (event instanceof SolveEvent.AnswerRecorded answer) {
      keep(redactor.redact(answer.answer()));
      return;
    }
    if (event instanceof SolveEvent.Message message) {
      LOG.info("[{}] {}", workflowId, redactor.redact(message.text()));
      return;
    }
    synchronized (this) {
      if (event instanceof SolveEvent.IterationStarted started) {
        iteration = started.iteration();
        maxIterations = started.maxIterations();
        phase = "asking";
      } else if (event instanceof SolveEvent.CandidateReceived) {
        phase = "building";
      } else if (event instanceof SolveEvent.BuildFinished) {
        phase = "running";
      } else if (event instanceof SolveEvent.RunFinished) {
        phase = "judging";
      } else if (event instanceof SolveEvent.VerdictReached verdict) {
        lastVerdict =
            redactor.redact((verdict.solved() ? "solved: " : "not solved: ") + verdict.reason());
        tokens += verdict.tokens();
        phase = "judged";
      }
      changed = true;
    }
  }

  private synchronized void keep(String answer) {
    if (capped || answerBytes + bytes(answer) > Checkpoint.MAX_ANSWER_BYTES) {
      capped = true; // a gap would replay the wrong answers; later ones are asked for again
      return;
    }
    answers.add(answer);
    answerBytes += bytes(answer);
  }

  /** Sends the workflow where the solve stands, if that changed since the last time. */
  void reportIfChanged() {
    Progress progress;
    synchronized (this) {
      if (!changed) {
        return;
      }
      changed = false;
      progress = new Progress(iteration, maxIterations, phase, lastVerdict, tokens, attempt);
    }
    if (client == null) {
      return;
    }
    try {
      client.newWorkflowStub(SolveWorkflow.class, workflowId).reportProgress(progress);
    } catch (RuntimeException e) {
      synchronized (this) {
        changed = true; // not sent: the next report, or the last one, sends it
      }
      LOG.debug("[{}] progress not reported: {}", workflowId, e.getMessage());
    }
  }

  private static int bytes(String answer) {
    return answer.getBytes(StandardCharsets.UTF_8).length;
  }
}
