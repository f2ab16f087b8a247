package dev.azlon.generate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.TokenUsage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Appends every model exchange to a JSON Lines file: the messages, the answer, its usage and
 * latency. Anything shaped like an API key is redacted before it is written. {@link
 * ReplayChatModel} serves the answers again.
 */
public final class Transcript {

  public static final String FILE_NAME = "transcript.jsonl";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path file;
  private int sequence;

  public Transcript(Path file) {
    this.file = file;
  }

  void record(ChatRequest request, ChatResponse response, Duration latency) {
    if (ResumingChatModel.isReplayed(response)) {
      return;   // already in the transcript, from before the resume
    }
    ObjectNode line = exchange(request, latency);
    if (response.modelName() != null) {
      line.put("model", response.modelName());
    }
    ObjectNode answer = line.putObject("response");
    answer.put("content", ModelException.redact(response.aiMessage().text()));
    answer.put("finishReason", String.valueOf(response.finishReason()));
    TokenUsage usage = response.tokenUsage();
    if (usage != null) {
      line.putObject("usage")
          .put("input", usage.inputTokenCount())
          .put("output", usage.outputTokenCount())
          .put("total", usage.totalTokenCount());
    }
    append(line);
  }

  void recordFailure(ChatRequest request, RuntimeException failure, Duration latency) {
    ObjectNode line = exchange(request, latency);
    line.put("error", ModelException.redact(failure.getMessage()));
    append(line);
  }

  private ObjectNode exchange(ChatRequest request, Duration latency) {
    ObjectNode line = JSON.createObjectNode();
    line.put("seq", ++sequence);
    line.put("model", request.modelName());
    line.put("schema", schemaName(request));
    line.put("latencyMs", latency.toMillis());
    ArrayNode messages = line.putArray("messages");
    for (ChatMessage message : request.messages()) {
      messages.addObject()
          .put("role", message.type().name().toLowerCase(Locale.ROOT))
          .put("content", ModelException.redact(text(message)));
    }
    return line;
  }

  /**
   * The recorded answers of a transcript, in order; failed exchanges are left out.
   *
   * @throws IOException when the file cannot be read or a line is not an exchange
   */
  static List<JsonNode> answers(Path transcript) throws IOException {
    List<JsonNode> answers = new ArrayList<>();
    int lineNumber = 0;
    for (String line : Files.readAllLines(transcript, StandardCharsets.UTF_8)) {
      lineNumber++;
      if (line.isBlank()) {
        continue;
      }
      JsonNode exchange = JSON.readTree(line);
      if (exchange.path("response").path("content").isTextual()) {
        answers.add(exchange);
      } else if (!exchange.has("error")) {
        throw new IOException("line " + lineNumber + " is neither an answer nor an error");
      }
    }
    return answers;
  }

  /** A recorded answer as the chat model's response, usage included. */
  static ChatResponse response(JsonNode exchange, String id) {
    JsonNode usage = exchange.path("usage");
    return ChatResponse.builder()
        .id(id)
        .aiMessage(AiMessage.from(exchange.path("response").path("content").asText()))
        .modelName(exchange.path("model").asText(null))
        .tokenUsage(new TokenUsage(usage.path("input").asInt(0), usage.path("output").asInt(0)))
        .build();
  }

  static String schemaName(ChatRequest request) {
    if (request.responseFormat() == null || request.responseFormat().jsonSchema() == null) {
      return null;
    }
    return request.responseFormat().jsonSchema().name();
  }

  private static String text(ChatMessage message) {
    if (message instanceof SystemMessage system) {
      return system.text();
    }
    if (message instanceof UserMessage user && user.hasSingleText()) {
      return user.singleText();
    }
    return message.toString();
  }

  private synchronized void append(ObjectNode line) {
    try {
      Files.writeString(file, line.toString() + "\n", StandardCharsets.UTF_8,
          StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not append to the transcript " + file, e);
    }
  }
}
