package dev.azlon.generate;

import dev.azlon.budget.Meter;
import dev.azlon.event.SolveListener;

/**
 * How a run talks to the model: where exchanges are recorded, what they may cost, how failures are
 * retried, and who hears about it.
 */
public record ChatSettings(
    Transcript transcript, Meter meter, RetryPolicy retry, SolveListener listener) {}
