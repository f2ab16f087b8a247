package dev.azlon.temporal.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A worker started from the worker jar in a JVM of its own, as an operator starts one: its key in
 * its own environment, never on its command line, and its output in a log file.
 */
public final class WorkerJvm {

  /** The environment variable the worker reads its key from. */
  static final String KEY_VARIABLE = "AZLON_TEST_WORKER_KEY";

  private WorkerJvm() {}

  /**
   * @param flags the worker's flags besides {@code --api-key-env}, such as {@code --target=...}
   */
  public static Process start(Path jar, String key, Path log, String... flags) throws IOException {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                jar.toAbsolutePath().toString(),
                "--api-key-env=" + KEY_VARIABLE));
    command.addAll(List.of(flags));
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().put(KEY_VARIABLE, key);
    builder.environment().put("TESTCONTAINERS_RYUK_DISABLED", "true");
    return builder.start();
  }
}
