package dev.azlon.remote;

/**
 * A spec handed to a remote engine.
 *
 * @param id the remote solve's id, to follow or cancel it
 * @param solvedEarlier whether it was solved earlier under the same run, so nothing was submitted
 *     and following it only fetches that result
 */
public record RemoteSubmission(String id, boolean solvedEarlier) {}
