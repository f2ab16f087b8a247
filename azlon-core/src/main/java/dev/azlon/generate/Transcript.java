package dev.azlon.generate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.azlon.InfrastructureException;
import dev.azlon.Redactor;
import dev.azlon.model.ResumingChatModel;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.openai.OpenAiTokenUsage;
import dev.langchain4j.model.output.TokenUsage;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Appends every model exchange to a JSON Lines file: the messages, the answer, its usage and
 * latency. Every line passes the run's {@link Redactor} before it is written, and is appended whole
 * or not at all: a write that fails (a full disk) is cut back, and a line torn by a killed process
 * is dropped when the transcript is opened again. {@link ReplayChatModel} serves the answers again.
 */
public final class Transcript {

  public static final String FILE_NAME = "transcript.jsonl";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path file;
  private final Redactor redactor;
  private int sequence;

  /** Opens a transcript for appending, dropping a torn last line a killed process left. */
  public Transcript(Path file, Redactor redactor) {
    this.file = file;
    this.redactor = redactor;
    dropTornTail(file);
  }

  /**
   * Records an exchange.
   *
   * @return the answer as {@link #seed} takes it back (the exchange without the messages sent,
   *     redacted), or null for an answer served from the record again
   */
  String record(ChatRequest request, ChatResponse response, Duration latency) {
    if (ResumingChatModel.isReplayed(response)) {
      return null; // already in the transcript, from before the resume
    }
    ObjectNode line = exchange(request, latency);
    if (response.modelName() != null) {
      line.put("model", response.modelName());
    }
    ObjectNode answer = line.putObject("response");
    // Decoded, then redacted: the transcript holds the answer in no form that hides a key.
    answer.put("content", redactor.redactJson(response.aiMessage().text()));
    answer.put("finishReason", String.valueOf(response.finishReason()));
    TokenUsage usage = response.tokenUsage();
    if (usage != null) {
      line.putObject("usage")
          .put("input", usage.inputTokenCount())
          .put("cachedInput", StructuredChat.cachedTokens(usage))
          .put("output", usage.outputTokenCount())
          .put("total", usage.totalTokenCount());
    }
    append(line);
    ObjectNode recorded = line.deepCopy();
    recorded.remove("messages");
    return redactor.redact(recorded.toString());
  }

  /**
   * Starts the transcript with answers recorded elsewhere (a checkpoint of a run on another
   * machine), each as {@link #record} returned it, so a resume serves them again.
   *
   * @throws IllegalArgumentException naming the first that is not a recorded answer
   */
  public void seed(List<String> answers) {
    for (int i = 0; i < answers.size(); i++) {
      JsonNode answer;
      try {
        answer = JSON.readTree(answers.get(i));
      } catch (IOException e) {
        throw new IllegalArgumentException("Answer " + (i + 1) + " is not JSON.", e);
      }
      if (!(answer instanceof ObjectNode object)
          || !answer.path("response").path("content").isTextual()) {
        throw new IllegalArgumentException("Answer " + (i + 1) + " is not a recorded answer.");
      }
      append(object);
    }
  }

  void recordFailure(ChatRequest request, RuntimeException failure, Duration latency) {
    ObjectNode line = exchange(request, latency);
    line.put("error", redactor.redact(failure.getMessage()));
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
      messages
          .addObject()
          .put("role", message.type().name().toLowerCase(Locale.ROOT))
          .put("content", redactor.redact(text(message)));
    }
    return line;
  }

  /**
   * The recorded answers of a transcript, in order; failed exchanges are left out.
   *
   * @throws IOException when the file cannot be read or a line is not an exchange
   */
  public static List<JsonNode> answers(Path transcript) throws IOException {
    List<JsonNode> answers = new ArrayList<>();
    int lineNumber = 0;
    List<String> lines = Files.readAllLines(transcript, StandardCharsets.UTF_8);
    for (String line : lines) {
      lineNumber++;
      if (line.isBlank()) {
        continue;
      }
      JsonNode exchange;
      try {
        exchange = JSON.readTree(line);
      } catch (IOException torn) {
        if (lineNumber == lines.size() && !endsWithNewline(transcript)) {
          break; // a line cut short by a killed process or a full disk: it was never complete
        }
        throw new IOException(
            "line "
                + lineNumber
                + " is not JSON ("
                + torn.getMessage().lines().findFirst().orElse("")
                + ")",
            torn);
      }
      if (exchange.path("response").path("content").isTextual()) {
        answers.add(exchange);
      } else if (!exchange.has("error")) {
        throw new IOException("line " + lineNumber + " is neither an answer nor an error");
      }
    }
    return answers;
  }

  /** A recorded answer as the chat model's response, usage included. */
  public static ChatResponse response(JsonNode exchange, String id) {
    JsonNode usage = exchange.path("usage");
    return ChatResponse.builder()
        .id(id)
        .aiMessage(AiMessage.from(exchange.path("response").path("content").asText()))
        .modelName(exchange.path("model").asText(null))
        .tokenUsage(
            OpenAiTokenUsage.builder()
                .inputTokenCount(usage.path("input").asInt(0))
                .inputTokensDetails(
                    OpenAiTokenUsage.InputTokensDetails.builder()
                        .cachedTokens(usage.path("cachedInput").asInt(0))
                        .build())
                .outputTokenCount(usage.path("output").asInt(0))
                .build())
        .build();
  }

  public static String schemaName(ChatRequest request) {
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

  /** Values are redacted as they are put (nested JSON escapes a key twice); the line once more. */
  private synchronized void append(ObjectNode line) {
    // An interruption (Ctrl-C, a cancelled activity) must not cost the record of what happened: a
    // file channel closes itself on an interrupted thread, so the flag waits until the write is
    // done.
    boolean interrupted = Thread.interrupted();
    try {
      write(line);
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private void write(ObjectNode line) {
    byte[] record = (redactor.redact(line.toString()) + "\n").getBytes(StandardCharsets.UTF_8);
    // No link is followed: the transcript is the run's own file, never something it points at.
    try (FileChannel channel =
        FileChannel.open(
            file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)) {
      long end = channel.size();
      try {
        channel.position(end);
        ByteBuffer buffer = ByteBuffer.wrap(record);
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
      } catch (IOException e) {
        cutBack(channel, end);
        throw e;
      }
    } catch (IOException e) {
      throw new InfrastructureException(
          "Could not append to the transcript "
              + file
              + ": "
              + e.getMessage()
              + ". Free some space, then resume the run.",
          e);
    }
  }

  /** Takes a partly written record back off, so the file stays whole lines. */
  private static void cutBack(FileChannel channel, long end) {
    try {
      channel.truncate(end);
    } catch (IOException ignored) {
      // Then the next open drops the torn line instead.
    }
  }

  private static boolean endsWithNewline(Path file) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      if (channel.size() == 0) {
        return true;
      }
      ByteBuffer last = ByteBuffer.allocate(1);
      channel.read(last, channel.size() - 1);
      return last.get(0) == '\n';
    }
  }

  /** Cuts the file back to its last complete line. */
  private static void dropTornTail(Path file) {
    if (!Files.isRegularFile(file)) {
      return;
    }
    try {
      if (endsWithNewline(file)) {
        return;
      }
      byte[] bytes = Files.readAllBytes(file);
      int keep = bytes.length;
      while (keep > 0 && bytes[keep - 1] != '\n') {
        keep--;
      }
      try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
        channel.truncate(keep);
      }
    } catch (IOException e) {
      throw new InfrastructureException("Could not repair the transcript " + file, e);
    }
  }
}
