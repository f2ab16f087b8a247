package dev.azlon;

/**
 * The machinery failed, not the candidate: Docker, the disk, the run's history. Nothing of it is
 * shown to the model, and a run it stopped can be resumed once the cause is gone.
 */
public class InfrastructureException extends RetriableException {

  public InfrastructureException(String message, Throwable cause) {
    super(message, cause);
  }
}
