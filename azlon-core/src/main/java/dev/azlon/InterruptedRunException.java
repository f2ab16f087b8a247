package dev.azlon;

/** The solve was asked to stop (Ctrl-C, a cancelled task, an interrupted thread). */
public class InterruptedRunException extends NonRetriableException {

  public InterruptedRunException(String message, Throwable cause) {
    super(message, cause);
  }
}
