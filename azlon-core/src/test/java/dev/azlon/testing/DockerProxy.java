package dev.azlon.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.StandardProtocolFamily;
import java.net.URI;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.testcontainers.DockerClientFactory;

/**
 * A TCP port in front of the real Docker engine that the test can cut, as a lost engine, a
 * restarted daemon or a dropped tunnel would: every open connection and the port itself go at once.
 */
public final class DockerProxy implements AutoCloseable {

  private final ServerSocket server;
  private final URI engine;
  private final List<AutoCloseable> open = new CopyOnWriteArrayList<>();

  private DockerProxy(ServerSocket server, URI engine) {
    this.server = server;
    this.engine = engine;
  }

  /** Starts forwarding to the engine Testcontainers finds. */
  public static DockerProxy start() throws IOException {
    URI engine = DockerClientFactory.instance().getTransportConfig().getDockerHost();
    DockerProxy proxy =
        new DockerProxy(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()), engine);
    Thread acceptor = new Thread(proxy::accept, "docker-proxy");
    acceptor.setDaemon(true);
    acceptor.start();
    return proxy;
  }

  /** Where clients connect instead of the engine. */
  public URI dockerHost() {
    return URI.create("tcp://127.0.0.1:" + server.getLocalPort());
  }

  /** Drops every connection and refuses new ones. */
  public void cut() {
    close();
  }

  @Override
  public void close() {
    closeQuietly(server);
    open.forEach(DockerProxy::closeQuietly);
  }

  private void accept() {
    try {
      while (true) {
        Socket client = server.accept();
        open.add(client);
        SocketChannel upstream = connectToEngine();
        open.add(upstream);
        InputStream fromClient = client.getInputStream();
        OutputStream toClient = client.getOutputStream();
        pump(
            () -> {
              byte[] bytes = new byte[8192];
              for (int n; (n = fromClient.read(bytes)) >= 0; ) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes, 0, n);
                while (buffer.hasRemaining()) {
                  upstream.write(buffer);
                }
              }
            });
        pump(
            () -> {
              ByteBuffer buffer = ByteBuffer.allocate(8192);
              while (upstream.read(buffer) >= 0) {
                toClient.write(buffer.array(), 0, buffer.position());
                toClient.flush();
                buffer.clear();
              }
            });
      }
    } catch (IOException cut) {
      // The proxy is closed.
    }
  }

  private SocketChannel connectToEngine() throws IOException {
    if ("unix".equals(engine.getScheme())) {
      SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
      channel.connect(UnixDomainSocketAddress.of(engine.getPath()));
      return channel;
    }
    return SocketChannel.open(new InetSocketAddress(engine.getHost(), engine.getPort()));
  }

  /** Copies one direction; one direction's end ends the other's too. */
  private void pump(Copy copy) {
    Thread thread =
        new Thread(
            () -> {
              try {
                copy.run();
              } catch (IOException cut) {
                // One side went away.
              }
            },
            "docker-proxy-pump");
    thread.setDaemon(true);
    thread.start();
  }

  private interface Copy {
    void run() throws IOException;
  }

  private static void closeQuietly(AutoCloseable closeable) {
    try {
      closeable.close();
    } catch (Exception e) {
      // Already closed.
    }
  }
}
