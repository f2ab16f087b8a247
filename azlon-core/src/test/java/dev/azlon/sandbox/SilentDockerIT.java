package dev.azlon.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.testcontainers.dockerclient.TransportConfig;

/** An engine that accepts connections and never answers cannot hang a solve. */
class SilentDockerIT {

  @Test
  void anEngineThatNeverAnswersFailsWithinTheBoundAndSaysWhatToCheck() throws Exception {
    List<Socket> held = new ArrayList<>();
    try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      Thread acceptor =
          new Thread(
              () -> {
                try {
                  while (true) {
                    held.add(silent.accept());
                  }
                } catch (Exception closed) {
                  // The test is over.
                }
              });
      acceptor.setDaemon(true);
      acceptor.start();
      TransportConfig transport =
          TransportConfig.builder()
              .dockerHost(URI.create("tcp://127.0.0.1:" + silent.getLocalPort()))
              .build();

      long start = System.nanoTime();
      assertThatThrownBy(() -> DockerSandbox.connect(SandboxLimits.defaults(), transport))
          .isInstanceOf(SandboxException.class)
          .hasMessageContaining("Docker is not reachable")
          .hasMessageContaining("did not answer within 10 s")
          .hasMessageContaining("DOCKER_HOST");
      long seconds = (System.nanoTime() - start) / 1_000_000_000L;
      assertThat(seconds).isLessThan(20L);
      assertThat(held).isNotEmpty();
    } finally {
      for (Socket socket : held) {
        socket.close();
      }
    }
  }
}
