package dev.azlon.solve;

import dev.azlon.ConfigurationException;
import dev.azlon.Setting;
import dev.azlon.budget.Budget;

/**
 * How far to go for a {@link Task}: how many iterations, how many of the same failure, how much of
 * the files a prompt shows, and what the model may cost. Not part of what was asked: a run stopped
 * by its budget resumes with a larger one, and a lock fits whatever effort it took.
 *
 * @param maxIterations how many build-run-judge rounds at most
 * @param maxRepeatedFailures the same failure this many times in a row ends the run as STUCK
 * @param contextTokens the most tokens of file contents a prompt carries; the rest in outline
 * @param budget limits on tokens, cost and time, checked before every model call
 */
public record Effort(int maxIterations, int maxRepeatedFailures, int contextTokens, Budget budget) {

  public Effort {
    budget = budget == null ? Budget.unlimited() : budget;
    if (contextTokens < 1000) {
      throw new ConfigurationException(
          Setting.CONTEXT_TOKENS, "contextTokens must be at least 1000, but was " + contextTokens);
    }
    if (maxRepeatedFailures < 2) {
      throw new ConfigurationException(
          Setting.MAX_REPEATED_FAILURES,
          "maxRepeatedFailures must be at least 2, but was " + maxRepeatedFailures);
    }
    if (maxIterations < 1) {
      throw new ConfigurationException(
          Setting.MAX_ITERATIONS, "maxIterations must be at least 1, but was " + maxIterations);
    }
  }
}
