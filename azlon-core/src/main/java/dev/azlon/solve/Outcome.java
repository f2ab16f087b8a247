package dev.azlon.solve;

import dev.azlon.ConfigurationException;
import dev.azlon.InfrastructureException;
import dev.azlon.InterruptedRunException;
import dev.azlon.budget.BudgetExceededException;
import dev.azlon.model.ModelRejectedException;
import dev.azlon.model.ModelUnavailableException;
import java.io.UncheckedIOException;

/**
 * How a solve ended. The first four are final: the run is {@code finished} and is never resumed.
 * Every other outcome leaves the run {@code stopped}: it can be resumed once the cause is gone.
 */
public enum Outcome {
  /** An iteration met the test conditions. */
  SOLVED,
  /** Every allowed iteration ran and none met the test conditions. */
  UNSOLVED,
  /**
   * The same failure repeated maxRepeatedFailures times in a row; more of the same would not help.
   */
  STUCK,
  /**
   * An iteration met the test conditions, but a held-out acceptance check then failed against the
   * final image: the solution does what was shown, not what was meant. Final, like UNSOLVED.
   */
  ACCEPTANCE_FAILED,
  /** A limit on tokens, cost or time was reached first. */
  BUDGET_EXCEEDED,
  /**
   * The machinery failed (Docker, the disk, the run's history), not the candidate: nothing was
   * shown to the model and the interrupted iteration does not count.
   */
  INFRA_FAILURE,
  /**
   * The model could not be reached: connection, rate limits, server errors, retried until given up.
   */
  MODEL_UNAVAILABLE,
  /** The model server refused: the key, the model's name, the quota; or a replay ran out. */
  MODEL_REJECTED,
  /** The run was asked to stop: Ctrl-C, a signal, an interrupted thread. */
  INTERRUPTED,
  /** A setting turned out wrong once the run had begun (the starting files, say). */
  CONFIGURATION_ERROR,
  /** Azlon itself failed unexpectedly; the detail names the error, and the run can be resumed. */
  INTERNAL_ERROR;

  /** Whether the run is over for good: solved, or tried as far as it makes sense. */
  public boolean isFinal() {
    return this == SOLVED || this == UNSOLVED || this == STUCK || this == ACCEPTANCE_FAILED;
  }

  /** Whether the solve ran to a verdict of its own (as opposed to being stopped by a failure). */
  public boolean isVerdict() {
    return isFinal() || this == BUDGET_EXCEEDED;
  }

  /**
   * Whether a failure kept the solve from running to a verdict: the machinery, the model server, a
   * setting, an interruption or Azlon itself, not the task. A build reports these as errors, and
   * the others (solved aside) as failures of the task.
   */
  public boolean couldNotRun() {
    return !isVerdict();
  }

  /**
   * Whether trying the same again, unchanged, may end otherwise: Docker, the disk or the model
   * server may be back, an interrupted run may go on, Azlon's own failure may not repeat. A setting
   * at fault or a refused key needs a fix first; a verdict stands.
   */
  public boolean retriable() {
    return this == INFRA_FAILURE
        || this == MODEL_UNAVAILABLE
        || this == INTERRUPTED
        || this == INTERNAL_ERROR;
  }

  /** Why a run that {@code failure} stopped {@code where} ("in iteration 2") ended, in words. */
  public String describe(RuntimeException failure, String where) {
    String message = failure.getMessage();
    return switch (this) {
      case INFRA_FAILURE ->
          "Stopped "
              + where
              + " by a failure of the machinery, not of the"
              + " candidate: "
              + message;
      case MODEL_UNAVAILABLE -> "Stopped " + where + ": the model could not be reached. " + message;
      case MODEL_REJECTED -> "Stopped " + where + ": the model server refused. " + message;
      case INTERRUPTED -> "Interrupted " + where + ": " + message;
      case BUDGET_EXCEEDED -> "Stopped " + where + ": " + message + ".";
      case CONFIGURATION_ERROR -> message;
      default ->
          "Azlon failed unexpectedly "
              + where
              + " ("
              + failure.getClass().getName()
              + "): "
              + message;
    };
  }

  /** The one mapping from what stopped a run to how it ended. */
  public static Outcome of(Throwable failure) {
    if (failure instanceof BudgetExceededException) {
      return BUDGET_EXCEEDED;
    }
    if (failure instanceof InterruptedRunException) {
      return INTERRUPTED;
    }
    if (failure instanceof ModelUnavailableException) {
      return MODEL_UNAVAILABLE;
    }
    if (failure instanceof ModelRejectedException) {
      return MODEL_REJECTED;
    }
    if (failure instanceof ConfigurationException) {
      return CONFIGURATION_ERROR;
    }
    if (failure instanceof InfrastructureException || failure instanceof UncheckedIOException) {
      return INFRA_FAILURE;
    }
    return INTERNAL_ERROR;
  }
}
