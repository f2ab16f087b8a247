package dev.azlon;

/**
 * A solve could not run. "Not solved" is never an exception: it is a {@link
 * dev.azlon.solve.SolveResult}. Subclasses say whose fix it is.
 */
public abstract class AzlonException extends RuntimeException {

  protected AzlonException(String message, Throwable cause) {
    super(message, cause);
  }

  /** True when trying again later, unchanged, may succeed (network, rate limit, a busy daemon). */
  public abstract boolean isRetriable();
}
