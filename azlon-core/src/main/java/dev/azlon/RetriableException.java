package dev.azlon;

/** A failure that may pass if the same thing is tried again later: a network, a daemon, a disk. */
public abstract non-sealed class RetriableException extends AzlonException {

  protected RetriableException(String message, Throwable cause) {
    super(message, cause);
  }
}
