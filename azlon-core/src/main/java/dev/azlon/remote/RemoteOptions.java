package dev.azlon.remote;

import dev.azlon.Redactor;

/**
 * Where and how a remote solve is submitted.
 *
 * @param target the engine's address, e.g. {@code temporal.example.org:7233}
 * @param namespace the engine's namespace
 * @param taskQueue the queue the workers listen on
 * @param run what the submission belongs to (a CI build number, a label); the same spec under the
 *     same run while it is going is the same solve, so submitting again follows it
 * @param cancelOnInterrupt whether Ctrl-C while following cancels the remote solve too
 * @param redactor what every text submitted passes (the spec, the prompt): the engine's history
 *     keeps what it is sent, so no key of the submitting machine may be in it
 */
public record RemoteOptions(
    String target,
    String namespace,
    String taskQueue,
    String run,
    boolean cancelOnInterrupt,
    Redactor redactor) {

  public RemoteOptions {
    redactor = redactor == null ? Redactor.patternsOnly() : redactor;
  }

  /** Options whose submissions pass the redactor for key-shaped text only. */
  public RemoteOptions(
      String target, String namespace, String taskQueue, String run, boolean cancelOnInterrupt) {
    this(target, namespace, taskQueue, run, cancelOnInterrupt, Redactor.patternsOnly());
  }
}
