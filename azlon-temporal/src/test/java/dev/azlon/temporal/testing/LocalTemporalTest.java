package dev.azlon.temporal.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.azlon.temporal.StandInTemporalCli;
import io.temporal.api.workflowservice.v1.DescribeNamespaceRequest;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server the Temporal tests run against: the in-memory one, or the dev server of the CLI that
 * AZLON_TEMPORAL_CLI names (here a stand-in with the same command line, since no CLI can be had).
 */
class LocalTemporalTest {

  @TempDir Path temp;

  @Test
  void withoutACliItIsTheInMemoryTestServer() {
    try (LocalTemporal server = LocalTemporal.start(Optional.empty(), temp)) {
      assertThat(server.real()).isFalse();
      assertThat(answers(server)).isTrue();
    }
  }

  @Test
  void withACliItStartsItsDevServerWaitsForItAndStopsIt() throws Exception {
    Path cli =
        script(
            "exec '"
                + Path.of(System.getProperty("java.home"), "bin", "java")
                + "' -cp '"
                + System.getProperty("java.class.path")
                + "' "
                + StandInTemporalCli.class.getName()
                + " \"$@\"");
    long pid;
    try (LocalTemporal server = LocalTemporal.start(Optional.of(cli), temp)) {
      assertThat(server.real()).isTrue();
      assertThat(answers(server)).isTrue();
      assertThat(Files.readString(temp.resolve("temporal-server.log")))
          .contains("Stand-in dev server on 127.0.0.1:" + server.port());
      pid = server.process().orElseThrow().pid();
    }
    assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive)).isEmpty();
  }

  @Test
  void aCliThatExitsIsAnErrorThatPointsAtItsLog() throws Exception {
    Path cli = script("echo 'no such flag: --headless'; exit 3");

    assertThatThrownBy(() -> LocalTemporal.start(Optional.of(cli), temp))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("server start-dev exited with 3")
        .hasMessageContaining(temp.resolve("temporal-server.log").toString());
    assertThat(Files.readString(temp.resolve("temporal-server.log"))).contains("no such flag");
  }

  private Path script(String body) throws Exception {
    Path script = temp.resolve("temporal");
    Files.writeString(script, "#!/bin/sh\n" + body + "\n");
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
    return script;
  }

  private static boolean answers(LocalTemporal server) {
    WorkflowServiceStubs service =
        WorkflowServiceStubs.newServiceStubs(
            WorkflowServiceStubsOptions.newBuilder().setTarget(server.target()).build());
    try {
      return service
          .blockingStub()
          .withDeadlineAfter(10, TimeUnit.SECONDS)
          .describeNamespace(DescribeNamespaceRequest.newBuilder().setNamespace("default").build())
          .hasNamespaceInfo();
    } finally {
      service.shutdownNow();
    }
  }
}
