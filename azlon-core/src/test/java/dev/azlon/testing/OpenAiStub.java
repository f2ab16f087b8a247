package dev.azlon.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * A local OpenAI-compatible chat completions server that serves scripted answers in order and
 * records every request, so the real client, its JSON and its error handling are exercised over
 * HTTP. It listens on loopback only. Unscripted requests get a 500 that says so.
 */
public final class OpenAiStub implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<String, OpenAiStub> NAMED = new ConcurrentHashMap<>();

  private final MockWebServer server = new MockWebServer();
  private final Deque<MockResponse> script = new ArrayDeque<>();
  private final Map<String, Deque<MockResponse>> byMarker = new LinkedHashMap<>();
  private final List<JsonNode> requests = new ArrayList<>();
  private final List<String> authorizations = new ArrayList<>();

  private OpenAiStub() {}

  public static OpenAiStub start() {
    OpenAiStub stub = new OpenAiStub();
    stub.server.setDispatcher(stub.new Scripted());
    try {
      stub.server.start(InetAddress.getLoopbackAddress(), 0);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start the OpenAI stub", e);
    }
    return stub;
  }

  /** Starts a stub that later hooks of the same JVM (invoker scripts) find by name. */
  public static OpenAiStub startNamed(String name) {
    OpenAiStub stub = start();
    OpenAiStub previous = NAMED.put(name, stub);
    if (previous != null) {
      previous.close();
    }
    return stub;
  }

  /**
   * For an invoker it-project: starts a stub named after the project's folder and points the
   * project's Maven at it through {@code .mvn/maven.config}.
   */
  public static OpenAiStub startFor(File projectDirectory) {
    OpenAiStub stub = startNamed(projectDirectory.getName());
    try {
      Path config = projectDirectory.toPath().resolve(".mvn/maven.config");
      Files.createDirectories(config.getParent());
      Files.writeString(config, "-Dazlon.baseUrl=" + stub.baseUrl() + "\n");
    } catch (IOException e) {
      stub.close();
      throw new UncheckedIOException("Could not point " + projectDirectory + " at the stub", e);
    }
    return stub;
  }

  /**
   * For an invoker verify script: runs {@code checks} on the stub {@link #startFor} started for
   * this project, and closes it whatever they find.
   */
  public static void verify(File projectDirectory, Consumer<OpenAiStub> checks) {
    try (OpenAiStub stub = of(projectDirectory)) {
      checks.accept(stub);
    }
  }

  /** The stub {@link #startFor} started for this project. */
  public static OpenAiStub of(File projectDirectory) {
    return named(projectDirectory.getName());
  }

  public static OpenAiStub named(String name) {
    OpenAiStub stub = NAMED.get(name);
    if (stub == null) {
      throw new IllegalStateException("No stub named " + name + " was started");
    }
    return stub;
  }

  /** The value for the client's base URL, e.g. {@code http://127.0.0.1:40123/v1}. */
  public String baseUrl() {
    return server.url("/v1").toString();
  }

  /** Queues an assistant message whose content is {@code content}. */
  public synchronized OpenAiStub answer(String content) {
    script.add(completion(content));
    return this;
  }

  /**
   * Queues an assistant message with the usage a provider reports when part of the prompt came from
   * its cache ({@code usage.prompt_tokens_details.cached_tokens}).
   */
  public synchronized OpenAiStub answer(String content, int promptTokens, int cachedTokens) {
    ObjectNode body = completionBody(content);
    ObjectNode usage =
        body.putObject("usage")
            .put("prompt_tokens", promptTokens)
            .put("completion_tokens", 20)
            .put("total_tokens", promptTokens + 20);
    usage.putObject("prompt_tokens_details").put("cached_tokens", cachedTokens);
    script.add(json(200, body.toString()));
    return this;
  }

  /**
   * Queues an answer for requests whose body contains {@code marker}, for clients that ask at once
   * in no set order (a batch's specs): each marker's answers are served in their order, whatever
   * the order of the requests.
   */
  public synchronized OpenAiStub answerWhen(String marker, String content) {
    byMarker.computeIfAbsent(marker, m -> new ArrayDeque<>()).add(completion(content));
    return this;
  }

  private static MockResponse completion(String content) {
    ObjectNode body = completionBody(content);
    body.putObject("usage")
        .put("prompt_tokens", 100)
        .put("completion_tokens", 20)
        .put("total_tokens", 120);
    return json(200, body.toString());
  }

  private static ObjectNode completionBody(String content) {
    ObjectNode body = JSON.createObjectNode();
    body.put("id", "chatcmpl-stub")
        .put("object", "chat.completion")
        .put("created", 0)
        .put("model", "stub-model");
    ObjectNode choice = body.putArray("choices").addObject();
    choice.put("index", 0).put("finish_reason", "stop");
    choice.putObject("message").put("role", "assistant").put("content", content);
    return body;
  }

  /** Queues an answer the server cut off at its output limit: {@code finish_reason: length}. */
  public synchronized OpenAiStub cutOff(String partialContent) {
    ObjectNode body = completionBody(partialContent);
    ((ObjectNode) body.path("choices").get(0)).put("finish_reason", "length");
    body.putObject("usage")
        .put("prompt_tokens", 100)
        .put("completion_tokens", 4096)
        .put("total_tokens", 4196);
    script.add(json(200, body.toString()));
    return this;
  }

  /** Queues an HTTP error with an OpenAI-shaped error body. */
  public synchronized OpenAiStub fail(int code, String message) {
    script.add(json(code, error(message)));
    return this;
  }

  /** Queues a 429 that asks the client to wait {@code seconds}. */
  public synchronized OpenAiStub rateLimit(int seconds) {
    script.add(
        new MockResponse.Builder()
            .code(429)
            .setHeader("Content-Type", "application/json")
            .setHeader("Retry-After", String.valueOf(seconds))
            .body(error("Rate limit reached; try again in " + seconds + " s."))
            .build());
    return this;
  }

  /** Queues an answer whose message is a refusal, with no content. */
  public synchronized OpenAiStub refuse(String refusal) {
    ObjectNode body = JSON.createObjectNode();
    body.put("id", "chatcmpl-stub")
        .put("object", "chat.completion")
        .put("created", 0)
        .put("model", "stub-model");
    ObjectNode choice = body.putArray("choices").addObject();
    choice.put("index", 0).put("finish_reason", "stop");
    choice.putObject("message").put("role", "assistant").putNull("content").put("refusal", refusal);
    script.add(json(200, body.toString()));
    return this;
  }

  private static String error(String message) {
    ObjectNode body = JSON.createObjectNode();
    body.putObject("error").put("message", message).put("type", "stub_error");
    return body.toString();
  }

  /** The request bodies received so far, in order. */
  public synchronized List<JsonNode> requests() {
    return List.copyOf(requests);
  }

  /** The Authorization headers received, in order. */
  public synchronized List<String> authorizations() {
    return List.copyOf(authorizations);
  }

  public synchronized int unansweredScriptSize() {
    return script.size() + byMarker.values().stream().mapToInt(Deque::size).sum();
  }

  @Override
  public void close() {
    server.close();
    NAMED.values().remove(this);
  }

  private static MockResponse json(int code, String body) {
    return new MockResponse.Builder()
        .code(code)
        .setHeader("Content-Type", "application/json")
        .body(body)
        .build();
  }

  private final class Scripted extends Dispatcher {
    @Override
    public MockResponse dispatch(RecordedRequest request) {
      synchronized (OpenAiStub.this) {
        authorizations.add(String.valueOf(request.getHeaders().get("Authorization")));
        String body = request.getBody() == null ? "" : request.getBody().utf8();
        try {
          requests.add(JSON.readTree(body));
        } catch (IOException e) {
          requests.add(JSON.createObjectNode().put("unparsable", e.getMessage()));
        }
        for (Map.Entry<String, Deque<MockResponse>> marked : byMarker.entrySet()) {
          if (body.contains(marked.getKey()) && !marked.getValue().isEmpty()) {
            return marked.getValue().poll();
          }
        }
        MockResponse next = script.poll();
        return next != null
            ? next
            : json(500, "{\"error\":{\"message\":\"no scripted answer left\"}}");
      }
    }
  }
}
