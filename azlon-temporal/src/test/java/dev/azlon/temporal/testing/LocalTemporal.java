package dev.azlon.temporal.testing;

import io.temporal.api.workflowservice.v1.DescribeNamespaceRequest;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import io.temporal.testserver.TestServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * A Temporal server on a local port, for tests and it-projects: Temporal's in-memory test server,
 * or, when {@value #CLI} names a Temporal CLI binary, a real {@code temporal server start-dev}
 * (in-memory database, no UI), so the same tests run against the real thing where it can be had.
 */
public final class LocalTemporal implements AutoCloseable {

  /** The environment variable naming a Temporal CLI binary. */
  public static final String CLI = "AZLON_TEMPORAL_CLI";

  private static final long READY_SECONDS = 60;

  private final int port;
  private final TestServer.PortBoundTestServer testServer;
  private final Process devServer;
  private final List<WorkflowServiceStubs> services = new CopyOnWriteArrayList<>();

  private LocalTemporal(int port, TestServer.PortBoundTestServer testServer, Process devServer) {
    this.port = port;
    this.testServer = testServer;
    this.devServer = devServer;
  }

  /**
   * Starts the dev server of the CLI {@value #CLI} names, logging to {@code logFolder}, or else the
   * in-memory test server.
   */
  public static LocalTemporal start(Path logFolder) {
    return start(
        Optional.ofNullable(System.getenv(CLI)).filter(cli -> !cli.isBlank()).map(Path::of),
        logFolder);
  }

  static LocalTemporal start(Optional<Path> cli, Path logFolder) {
    int port = freePort();
    if (cli.isEmpty()) {
      return new LocalTemporal(port, TestServer.createPortBoundServer(port), null);
    }
    Path log = logFolder.resolve("temporal-server.log");
    Process process;
    try {
      Files.createDirectories(logFolder);
      process =
          new ProcessBuilder(
                  List.of(
                      cli.get().toString(),
                      "server",
                      "start-dev",
                      "--ip",
                      "127.0.0.1",
                      "--port",
                      Integer.toString(port),
                      "--headless"))
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start " + cli.get() + " (" + CLI + ")", e);
    }
    LocalTemporal server = new LocalTemporal(port, null, process);
    server.awaitReady(cli.get(), log);
    return server;
  }

  /** Where clients and workers connect: {@code localhost:<port>}. */
  public String target() {
    return "localhost:" + port;
  }

  public int port() {
    return port;
  }

  /** A client of the default namespace; its connection closes with the server. */
  public WorkflowClient client() {
    WorkflowServiceStubs service =
        WorkflowServiceStubs.newServiceStubs(
            WorkflowServiceStubsOptions.newBuilder().setTarget(target()).build());
    services.add(service);
    return WorkflowClient.newInstance(service, WorkflowClientOptions.newBuilder().build());
  }

  /** Whether this is a real {@code temporal server start-dev}. */
  public boolean real() {
    return devServer != null;
  }

  /** The dev server's process, when it is one. */
  Optional<ProcessHandle> process() {
    return Optional.ofNullable(devServer).map(Process::toHandle);
  }

  @Override
  public void close() {
    services.forEach(WorkflowServiceStubs::shutdownNow);
    if (testServer != null) {
      testServer.close();
      return;
    }
    devServer.destroy();
    try {
      if (!devServer.waitFor(30, TimeUnit.SECONDS)) {
        devServer.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Until the default namespace answers: the dev server creates it once it is up. */
  private void awaitReady(Path cli, Path log) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(READY_SECONDS);
    WorkflowServiceStubs service =
        WorkflowServiceStubs.newServiceStubs(
            WorkflowServiceStubsOptions.newBuilder().setTarget(target()).build());
    try {
      while (true) {
        if (!devServer.isAlive()) {
          throw new IllegalStateException(
              cli + " server start-dev exited with " + devServer.exitValue() + "; see " + log);
        }
        try {
          service
              .blockingStub()
              .withDeadlineAfter(2, TimeUnit.SECONDS)
              .describeNamespace(
                  DescribeNamespaceRequest.newBuilder().setNamespace("default").build());
          return;
        } catch (RuntimeException notYet) {
          if (System.nanoTime() > deadline) {
            close();
            throw new IllegalStateException(
                cli + " server start-dev did not answer in " + READY_SECONDS + " s; see " + log,
                notYet);
          }
        }
        Thread.sleep(200);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      close();
      throw new IllegalStateException("Interrupted while waiting for the dev server", e);
    } finally {
      service.shutdownNow();
    }
  }

  private static int freePort() {
    try (ServerSocket free = new ServerSocket(0)) {
      return free.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("No free port", e);
    }
  }
}
