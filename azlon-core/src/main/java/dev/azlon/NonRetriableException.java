package dev.azlon;

/** A failure that repeats until something changes: a setting, a key, a budget, the user's mind. */
public abstract non-sealed class NonRetriableException extends AzlonException {

  protected NonRetriableException(String message, Throwable cause) {
    super(message, cause);
  }
}
