package dev.azlon.sandbox;

import dev.azlon.InterruptedRunException;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Puts a time limit on Docker API calls. An engine that accepts connections and never answers would
 * otherwise hold a build forever; the transport's own read timeout cannot be used, since a quiet
 * build step is silent for minutes. A call past its limit is abandoned on a daemon thread.
 */
public final class DockerCalls {

  /** How long the engine may take to answer a ping. */
  static final Duration PING = Duration.ofSeconds(10);

  /** How long any other single API call may take (streams have their own limits). */
  public static final Duration API = Duration.ofSeconds(60);

  private static final ExecutorService CALLS =
      Executors.newCachedThreadPool(
          task -> {
            Thread thread = new Thread(task, "azlon-docker-call");
            thread.setDaemon(true);
            return thread;
          });

  private DockerCalls() {}

  /** Runs {@code call} within {@link #API}. */
  static <T> T bounded(String what, Callable<T> call) {
    return bounded(what, API, call);
  }

  static void bounded(String what, Runnable call) {
    bounded(
        what,
        API,
        () -> {
          call.run();
          return null;
        });
  }

  /**
   * Runs {@code call}, waiting at most {@code limit} for it.
   *
   * @throws SandboxException when it fails or does not answer in time (runtime failures of the call
   *     itself, such as Docker's own exceptions, are passed on as they are)
   */
  static <T> T bounded(String what, Duration limit, Callable<T> call) {
    Future<T> future = CALLS.submit(call);
    try {
      return future.get(limit.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      throw new SandboxException(
          "Docker did not answer within "
              + limit.toSeconds()
              + " s while "
              + what
              + ". Check that the engine is healthy ('docker version' should answer at once),"
              + " or point DOCKER_HOST at one that is.",
          e);
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw new InterruptedRunException("Interrupted while " + what, e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new SandboxException(
          "Docker failed while " + what + ": " + DockerSandbox.firstLine(e.getCause()),
          e.getCause());
    }
  }
}
