package dev.azlon.model;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How retriable model failures (429, 5xx, timeouts, lost connections) are retried: exponential
 * backoff with jitter, or the server's own {@code Retry-After}, within a cap on the total wait.
 *
 * @param maxAttempts calls at most, the first included
 * @param initialDelay the first backoff
 * @param maxDelay the longest single wait
 * @param maxTotalWait the most time spent waiting over one call's retries
 */
public record RetryPolicy(
    int maxAttempts, Duration initialDelay, Duration maxDelay, Duration maxTotalWait) {

  public static RetryPolicy defaults() {
    return new RetryPolicy(5, Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofMinutes(2));
  }

  /**
   * The wait before attempt {@code attempt + 1}: the server's {@code Retry-After} as given (the
   * total-wait cap decides whether we accept it), else backoff with jitter.
   */
  public Duration delay(int attempt, Optional<Duration> retryAfter) {
    if (retryAfter.isPresent()) {
      return retryAfter.get();
    }
    long base = initialDelay.toMillis() << Math.min(attempt - 1, 20);
    long capped = Math.min(base, maxDelay.toMillis());
    long jitter = capped == 0 ? 0 : ThreadLocalRandom.current().nextLong(capped / 4 + 1);
    return Duration.ofMillis(capped - capped / 8 + jitter);
  }
}
