package dev.azlon.sandbox;

import java.nio.file.Path;
import java.time.Duration;

/** One solve run's use of a {@link Sandbox}. Closing it removes what it created. */
public interface SandboxSession extends AutoCloseable {

  /**
   * Builds an image from the {@code Dockerfile} and files in {@code context} and runs it once to
   * its end or its time limit. The container is gone when this returns.
   */
  CandidateRun buildAndRun(Path context, int iteration);

  /**
   * Runs {@code /bin/sh -c command} in the image the last {@link #buildAndRun} built, under the
   * same limits but with its own time limit; for checks such as the candidate's unit tests.
   *
   * @throws IllegalStateException when no image was built yet
   */
  CandidateRun runCommand(String command, Duration timeout);

  /**
   * Runs the program of the image the last {@link #buildAndRun} built once more, in a fresh
   * container under the same limits and run timeout: what the image holds, nothing else of the run;
   * for held-out acceptance checks.
   *
   * @throws IllegalStateException when no image was built yet
   */
  CandidateRun runAgain();

  @Override
  void close();
}
