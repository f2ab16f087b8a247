package dev.azlon.sandbox;

import dev.azlon.testing.TestImages;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A child JVM for {@link SandboxCleanupIT}: opens a session and runs a candidate that sleeps, so
 * the parent can stop or kill this JVM mid-run. Arguments: the run id.
 */
public final class SessionInChildJvm {

  private SessionInChildJvm() {}

  public static void main(String[] args) throws Exception {
    Path context = sleepingCandidate();
    DockerSandbox sandbox =
        DockerSandbox.connect(
            SandboxLimits.builder().runTimeout(java.time.Duration.ofMinutes(5)).build());
    try (SandboxSession session = sandbox.open(args[0])) {
      session.buildAndRun(context, 1);
    }
  }

  /** A build context whose candidate sleeps for ten minutes: long enough to stop it mid-run. */
  static Path sleepingCandidate() throws java.io.IOException {
    Path context = Files.createTempDirectory("azlon-sleeping");
    Files.writeString(
        context.resolve("Dockerfile"),
        "FROM "
            + TestImages.PYTHON
            + "\nCMD [\"python3\", \"-c\", \"import time; time.sleep(600)\"]\n");
    return context;
  }
}
