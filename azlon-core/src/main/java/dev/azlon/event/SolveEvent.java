package dev.azlon.event;

import dev.azlon.budget.Usage;
import dev.azlon.verdict.Verdict;
import java.time.Duration;

/** What a solve reports while it works. Callers map these to their own logging. */
public sealed interface SolveEvent {

  /** An iteration begins; {@code iteration} counts from 1. */
  record IterationStarted(int iteration, int maxIterations) implements SolveEvent {}

  /** The model answered with files to write (new or replacing). */
  record CandidateReceived(int iteration, int fileCount) implements SolveEvent {}

  /** The candidate's image was built, or failed to build. */
  record BuildFinished(int iteration, boolean succeeded, Duration duration) implements SolveEvent {}

  /** The candidate's container ran to its end. */
  record RunFinished(int iteration, int exitCode, Duration duration) implements SolveEvent {}

  /**
   * The iteration's verdict: checks, the judge's answer, and the reason.
   *
   * @param usage what the iteration spent on the model
   */
  record VerdictReached(int iteration, Verdict verdict, Usage usage) implements SolveEvent {
    public long tokens() {
      return usage.totalTokens();
    }

    public boolean solved() {
      return verdict.solved();
    }

    public String reason() {
      return verdict.reason();
    }
  }

  /** Anything else worth a line, at a level the caller maps to its own. */
  record Message(Level level, String text) implements SolveEvent {}

  /**
   * A model answer was recorded in the transcript (redacted, without the prompt). Collected, the
   * answers let {@code Solver.resumeFrom} continue the run elsewhere without paying for them again.
   */
  record AnswerRecorded(String answer) implements SolveEvent {}

  enum Level {
    DEBUG,
    INFO,
    WARN
  }
}
