package dev.azlon.sandbox;

import dev.azlon.InfrastructureException;

/** The sandbox itself failed (Docker unreachable or erring), not the candidate in it. */
public class SandboxException extends InfrastructureException {

  public SandboxException(String message, Throwable cause) {
    super(message, cause);
  }
}
