package dev.azlon.temporal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Where a solve stands, as the {@code progress} query answers.
 *
 * @param iteration the iteration under way (0 before the first)
 * @param maxIterations how many iterations the solve may take (0 before the first)
 * @param phase {@code queued}, {@code preflight}, {@code asking}, {@code building}, {@code
 *     running}, {@code judging}, or the outcome once finished
 * @param lastVerdict the last iteration's verdict, or empty
 * @param tokens tokens spent so far
 * @param attempt which attempt of the solve this is (more than 1 after a retry)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Progress(
    int iteration, int maxIterations, String phase, String lastVerdict, long tokens, int attempt) {

  static Progress queued() {
    return new Progress(0, 0, "queued", "", 0, 0);
  }
}
