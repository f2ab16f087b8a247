package dev.azlon.temporal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.azlon.sandbox.SandboxLimits;
import dev.azlon.solve.SolveSpec;
import dev.azlon.spec.PortableTask;
import java.util.Map;

/**
 * What a solve workflow is given: the task as text, key by key ({@link PortableTask}: what is
 * asked, how far to go, the sandbox's limits), the starting files as an archive ({@link
 * FileArchive}; empty for none) and how long infrastructure failures may be retried. Never an API
 * key: each worker reads its own.
 *
 * @param name the spec's name, for logs and reports
 * @param task the task's settings as text, by key
 * @param heartbeatTimeoutMs how long a worker may go silent before its solve moves elsewhere
 * @param retryWindowMs how long Docker and model-server failures are retried, on any worker
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SolveRequest(
    String name,
    Map<String, String> task,
    byte[] startingFiles,
    long heartbeatTimeoutMs,
    long retryWindowMs) {

  /**
   * How long a worker may go silent by default before its solve moves elsewhere. The SDK sends a
   * heartbeat at most every 0.8 x this, so the checkpoint reaches the server every 8 s.
   */
  public static final long HEARTBEAT_TIMEOUT_MS = 10_000;

  /** How long infrastructure failures are retried by default. */
  public static final long RETRY_WINDOW_MS = 6 * 3_600_000L;

  /** Ten seconds of silence, six hours of retries. */
  public static SolveRequest of(
      String name, SolveSpec spec, SandboxLimits limits, byte[] startingFiles) {
    return new SolveRequest(
        name,
        PortableTask.of(spec, limits).values(),
        startingFiles,
        HEARTBEAT_TIMEOUT_MS,
        RETRY_WINDOW_MS);
  }

  /** The task again. */
  public PortableTask portable() {
    return new PortableTask(task == null ? Map.of() : task);
  }
}
