package dev.azlon.sandbox;

/** Where candidates are built and run, isolated from the host. */
public interface Sandbox {

  /**
   * Opens a session for one solve run. Everything the session creates carries {@code runId} and is
   * removed when the session closes.
   */
  SandboxSession open(String runId);

  /** The sandbox's rules in the model's terms, one line starting with "- " each. */
  String rules();
}
