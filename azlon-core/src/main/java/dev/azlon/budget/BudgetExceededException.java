package dev.azlon.budget;

/** A limit of the {@link Budget} is reached; the solve ends with what it has. */
public class BudgetExceededException extends RuntimeException {

  public BudgetExceededException(String message) {
    super(message);
  }
}
