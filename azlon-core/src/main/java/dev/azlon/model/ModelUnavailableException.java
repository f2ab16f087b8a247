package dev.azlon.model;

import dev.azlon.RetriableException;

/**
 * The model could not be reached in time: the connection, a rate limit, a server error or a
 * timeout, retried until the retry policy gave up. Later, the same call may pass.
 */
public class ModelUnavailableException extends RetriableException {

  public ModelUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
