package dev.azlon.budget;

import dev.azlon.NonRetriableException;

/** A limit of the {@link Budget} is reached; the solve ends with what it has. */
public class BudgetExceededException extends NonRetriableException {

  public BudgetExceededException(String message) {
    super(message, null);
  }
}
