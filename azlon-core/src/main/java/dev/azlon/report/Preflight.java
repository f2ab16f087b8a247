package dev.azlon.report;

import java.time.Duration;

/**
 * The starting files built and run as they are, before the first model call.
 *
 * @param files how many starting files were copied in
 * @param buildTime how long the build took
 * @param runTime how long the run took
 * @param outcome how the run went, in words
 * @param exitCode the program's exit code (-1 when it did not run)
 */
public record Preflight(
    int files, Duration buildTime, Duration runTime, String outcome, int exitCode) {}
