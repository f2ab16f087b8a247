package dev.azlon.temporal;

import io.temporal.testserver.TestServer;
import java.util.List;

/**
 * Stands in for the Temporal CLI where none can be had: {@code server start-dev --ip 127.0.0.1
 * --port N --headless} serves Temporal's test server on that port until the process is stopped. Any
 * other command line is refused, so the fixture's command line is checked too.
 */
public final class StandInTemporalCli {

  private StandInTemporalCli() {}

  public static void main(String[] args) throws InterruptedException {
    List<String> line = List.of(args);
    if (line.size() != 7
        || !line.subList(0, 2).equals(List.of("server", "start-dev"))
        || !line.get(2).equals("--ip")
        || !line.get(4).equals("--port")
        || !line.get(6).equals("--headless")) {
      System.out.println("Not a command this stand-in knows: " + line);
      System.exit(2);
    }
    int port = Integer.parseInt(line.get(5));
    TestServer.createPortBoundServer(port);
    System.out.println("Stand-in dev server on " + line.get(3) + ":" + port);
    Thread.currentThread().join();
  }
}
