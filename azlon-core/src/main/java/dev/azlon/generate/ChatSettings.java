package dev.azlon.generate;

import dev.azlon.Redactor;
import dev.azlon.budget.Meter;
import dev.azlon.event.SolveListener;
import dev.azlon.model.RetryPolicy;

/**
 * How a run talks to the model: where exchanges are recorded, what they may cost, how failures are
 * retried, who hears about it, and which secrets must never come back out.
 */
public record ChatSettings(
    Transcript transcript,
    Meter meter,
    RetryPolicy retry,
    SolveListener listener,
    Redactor redactor) {}
