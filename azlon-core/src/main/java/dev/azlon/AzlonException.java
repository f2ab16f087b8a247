package dev.azlon;

/**
 * A solve could not run, or could not go on. "Not solved" is never an exception: it is a {@link
 * dev.azlon.solve.SolveResult}. Whether trying again may help is told by the type, as langchain4j
 * does: a {@link RetriableException} may pass later unchanged, a {@link NonRetriableException}
 * needs a change first (a setting, a key, a budget).
 */
public abstract sealed class AzlonException extends RuntimeException
    permits RetriableException, NonRetriableException {

  protected AzlonException(String message, Throwable cause) {
    super(message, cause);
  }

  /** True when trying again later, unchanged, may succeed (network, rate limit, a busy daemon). */
  public final boolean isRetriable() {
    return this instanceof RetriableException;
  }
}
