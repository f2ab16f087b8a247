package dev.azlon.sandbox;

import java.nio.file.Path;

/** One solve run's use of a {@link Sandbox}. Closing it removes what it created. */
public interface SandboxSession extends AutoCloseable {

  /**
   * Builds an image from the {@code Dockerfile} and files in {@code context} and runs it once to
   * its end or its time limit. The container is gone when this returns.
   */
  CandidateRun buildAndRun(Path context, int iteration);

  @Override
  void close();
}
