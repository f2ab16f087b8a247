package dev.azlon.generate;

/**
 * The model answered, but not in a usable shape, even when asked once more. This is the candidate's
 * failure, fed back to the model, never a reason to stop the run.
 */
public class InvalidAnswerException extends Exception {

  public InvalidAnswerException(String message) {
    super(message);
  }
}
