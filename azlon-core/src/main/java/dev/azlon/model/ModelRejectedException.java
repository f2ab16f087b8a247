package dev.azlon.model;

import dev.azlon.NonRetriableException;

/**
 * The model server said no in a way that repeats until something changes: the key, the model's
 * name, the quota, the request; or a replayed transcript has no answer for the request.
 */
public class ModelRejectedException extends NonRetriableException {

  public ModelRejectedException(String message, Throwable cause) {
    super(message, cause);
  }
}
