package dev.azlon.temporal.testing;

import io.temporal.client.WorkflowClient;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * For invoker hook scripts: a local Temporal server ({@link LocalTemporal}: the test server in the
 * invoker's JVM, or the dev server of the CLI {@value LocalTemporal#CLI} names), and a worker
 * started from the worker jar in a JVM of its own, for one it-project at a time; the project's
 * {@code .mvn/maven.config} points azlon:solve at the server.
 */
public final class TemporalFixture {

  private static final Map<String, TemporalFixture> RUNNING = new ConcurrentHashMap<>();

  private final LocalTemporal server;
  private final Process worker;

  private TemporalFixture(LocalTemporal server, Process worker) {
    this.server = server;
    this.worker = worker;
  }

  /**
   * Starts the server and a worker that asks the model at {@code modelUrl} with the key in {@code
   * key} (its own environment) and builds on this host's Docker engine.
   */
  public static int start(File project, Path workerJar, String modelUrl, String key)
      throws IOException {
    LocalTemporal server = server(project);
    Process worker =
        WorkerJvm.start(
            workerJar,
            key,
            project.toPath().resolve("worker.log"),
            "--target=" + server.target(),
            "--task-queue=azlon",
            "--base-url=" + modelUrl,
            "--model=gpt-4o",
            "--output=" + project.toPath().resolve("target/worker"),
            "--name=it-worker",
            "--heartbeat=PT1S");
    RUNNING.put(project.getName(), new TemporalFixture(server, worker));
    return server.port();
  }

  /** Starts the server alone: what is submitted waits there, since no worker takes it. */
  public static int startServerOnly(File project) throws IOException {
    LocalTemporal server = server(project);
    RUNNING.put(project.getName(), new TemporalFixture(server, null));
    return server.port();
  }

  /** A client of the server started for this project, for a verify script's questions. */
  public static WorkflowClient client(File project) {
    return RUNNING.get(project.getName()).server.client();
  }

  /** A server whose address the project's {@code .mvn/maven.config} gives azlon:solve. */
  private static LocalTemporal server(File project) throws IOException {
    LocalTemporal server = LocalTemporal.start(project.toPath());
    Path config = project.toPath().resolve(".mvn/maven.config");
    Files.createDirectories(config.getParent());
    String existing = Files.exists(config) ? Files.readString(config) : "";
    Files.writeString(config, existing + "-Dazlon.temporal.target=" + server.target() + "\n");
    return server;
  }

  /** Stops the worker and the server started for this project. */
  public static void stop(File project) {
    TemporalFixture fixture = RUNNING.remove(project.getName());
    if (fixture == null) {
      return;
    }
    try {
      if (fixture.worker != null) {
        fixture.worker.destroy();
      }
      if (fixture.worker != null && !fixture.worker.waitFor(30, TimeUnit.SECONDS)) {
        fixture.worker.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    fixture.server.close();
  }

  /** What the worker logged. */
  public static String workerLog(File project) {
    try {
      return Files.readString(project.toPath().resolve("worker.log"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
