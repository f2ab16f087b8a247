package dev.azlon.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An OpenAI-compatible server for benchmarks that cross JVMs (the JDK's own HTTP server, no
 * dependency): for a prompt "Print WORD." it answers after a fixed latency with a candidate that
 * prints WORD, whatever the order of the requests, many at once.
 */
final class LatentModelServer implements AutoCloseable {

  private static final Pattern WORD = Pattern.compile("Print (\\w+)\\.");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpServer server;
  private final ExecutorService threads = Executors.newCachedThreadPool();

  LatentModelServer(String baseImage, long latencyMillis) throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
    server.setExecutor(threads);
    server.createContext(
        "/",
        exchange -> {
          String body =
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          try {
            Thread.sleep(latencyMillis);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          Matcher word = WORD.matcher(body);
          byte[] answer =
              completion(baseImage, word.find() ? word.group(1) : "nothing")
                  .getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, answer.length);
          exchange.getResponseBody().write(answer);
          exchange.close();
        });
    server.start();
  }

  String baseUrl() {
    return "http://"
        + server.getAddress().getHostString()
        + ":"
        + server.getAddress().getPort()
        + "/v1";
  }

  private static String completion(String baseImage, String word) {
    ObjectNode body = JSON.createObjectNode();
    body.put("id", "chatcmpl-bench").put("object", "chat.completion").put("model", "gpt-4o");
    ObjectNode choice = body.putArray("choices").addObject();
    choice.put("index", 0).put("finish_reason", "stop");
    choice
        .putObject("message")
        .put("role", "assistant")
        .put("content", WordSpecs.candidate(baseImage, word));
    body.putObject("usage")
        .put("prompt_tokens", 1000)
        .put("completion_tokens", 100)
        .put("total_tokens", 1100);
    return body.toString();
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
