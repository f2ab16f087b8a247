package dev.azlon.sandbox;

import dev.azlon.AzlonException;

/** The sandbox itself failed (Docker unreachable or erring), not the candidate in it. */
public class SandboxException extends AzlonException {

  private final boolean retriable;

  public SandboxException(String message, Throwable cause, boolean retriable) {
    super(message, cause);
    this.retriable = retriable;
  }

  @Override
  public boolean isRetriable() {
    return retriable;
  }
}
