package dev.azlon.generate;

/**
 * The model answered, but not in the agreed shape. This is the candidate's failure, fed back to
 * the model, never a reason to stop the run.
 */
public class InvalidAnswerException extends Exception {

  private final long tokens;

  public InvalidAnswerException(String message, long tokens) {
    super(message);
    this.tokens = tokens;
  }

  /** The tokens the unusable answer still cost. */
  public long tokens() {
    return tokens;
  }
}
