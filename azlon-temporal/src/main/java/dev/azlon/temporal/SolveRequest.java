package dev.azlon.temporal;

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
public record SolveRequest(
    String name,
    SpecData spec,
    LimitsData limits,
    byte[] startingFiles,
    long heartbeatTimeoutMs,
    long retryWindowMs) {

  /** Default limits, thirty seconds of silence, six hours of retries. */
  public static SolveRequest of(String name, SpecData spec, byte[] startingFiles) {
    return new SolveRequest(name, spec, null, startingFiles, 30_000, 6 * 3_600_000L);
  }
}
