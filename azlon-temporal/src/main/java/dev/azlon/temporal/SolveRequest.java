package dev.azlon.temporal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * What a solve workflow is given: the spec as plain data, its sandbox limits, the starting files as
 * an archive ({@link FileArchive}; empty for none) and how long infrastructure failures may be
 * retried. Never an API key: each worker reads its own.
 *
 * @param name the spec's name, for logs and reports
 * @param limits the sandbox's limits; null for the defaults
 * @param heartbeatTimeoutMs how long a worker may go silent before its solve moves elsewhere
 * @param retryWindowMs how long Docker and model-server failures are retried, on any worker
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SolveRequest(
    String name,
    SpecData spec,
    LimitsData limits,
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

  /** Default limits, ten seconds of silence, six hours of retries. */
  public static SolveRequest of(String name, SpecData spec, byte[] startingFiles) {
    return new SolveRequest(name, spec, null, startingFiles, HEARTBEAT_TIMEOUT_MS, RETRY_WINDOW_MS);
  }
}
