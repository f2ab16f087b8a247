package dev.azlon.budget;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Counts what a solve spends and stops it before a call that would start past its budget. */
public final class Meter {

  private final Budget budget;
  private final Clock clock;
  private final Instant start;
  private long inputTokens;
  private long cachedInputTokens;
  private long outputTokens;
  private String answeredBy;

  public Meter(Budget budget, Clock clock) {
    this.budget = budget;
    this.clock = clock;
    this.start = clock.instant();
  }

  /**
   * Called before each model call.
   *
   * @throws BudgetExceededException naming the limit, what was spent, and the setting to raise
   */
  public synchronized void beforeCall() {
    Usage usage = usage();
    budget
        .maxTokens()
        .filter(max -> usage.totalTokens() >= max)
        .ifPresent(
            max -> {
              throw new BudgetExceededException(
                  String.format(
                      "%,d tokens used of the %,d allowed" + " (maxTokens)",
                      usage.totalTokens(), max));
            });
    budget
        .maxCostUsd()
        .ifPresent(
            max ->
                budgetedCost()
                    .filter(cost -> cost.compareTo(max) >= 0)
                    .ifPresent(
                        cost -> {
                          throw new BudgetExceededException(
                              "an estimated $"
                                  + dollars(cost)
                                  + " spent of the $"
                                  + dollars(max)
                                  + " allowed (maxCostUsd)");
                        }));
    budget
        .timeout()
        .ifPresent(
            timeout -> {
              Duration elapsed = Duration.between(start, clock.instant());
              if (elapsed.compareTo(timeout) >= 0) {
                throw new BudgetExceededException(
                    elapsed.toSeconds()
                        + " s of the "
                        + timeout.toSeconds()
                        + " s allowed have passed (timeout)");
              }
            });
  }

  /**
   * Counts a call's tokens.
   *
   * @param cachedInput of the input, what the provider served from its cache
   * @param model the model that answered, as the response names it, or null when it does not
   */
  public synchronized void record(long input, long cachedInput, long output, String model) {
    inputTokens += input;
    cachedInputTokens += cachedInput;
    outputTokens += output;
    if (model != null && !model.isBlank()) {
      answeredBy = model;
    }
  }

  /** What was spent; the cost only where the prices are those of the model that answered. */
  public synchronized Usage usage() {
    return new Usage(
        inputTokens,
        cachedInputTokens,
        outputTokens,
        budget
            .prices()
            .filter(p -> p.appliesTo(answeredBy))
            .map(p -> p.cost(inputTokens, cachedInputTokens, outputTokens)));
  }

  /**
   * What was spent since {@code earlier}, priced as {@link #usage()} prices: an iteration's cost is
   * known when the model that answered in it has known prices, even if none had answered before.
   */
  public synchronized Usage spentSince(Usage earlier) {
    Usage spent = usage().tokensSince(earlier);
    return new Usage(
        spent.inputTokens(),
        spent.cachedInputTokens(),
        spent.outputTokens(),
        budget
            .prices()
            .filter(p -> p.appliesTo(answeredBy))
            .map(
                p -> p.cost(spent.inputTokens(), spent.cachedInputTokens(), spent.outputTokens())));
  }

  /** The model that answered last, as the server named it; null before any answer. */
  public synchronized String answeredBy() {
    return answeredBy;
  }

  /** Spent so far by the budget's own prices, which the cost limit holds to whatever answered. */
  private Optional<BigDecimal> budgetedCost() {
    return budget.prices().map(p -> p.cost(inputTokens, cachedInputTokens, outputTokens));
  }

  public static String dollars(BigDecimal amount) {
    return amount
        .setScale(amount.compareTo(BigDecimal.ONE) < 0 ? 4 : 2, RoundingMode.HALF_UP)
        .toPlainString();
  }
}
