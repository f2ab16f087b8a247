package dev.azlon.generate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.azlon.ConfigurationException;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.TokenUsage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Serves the answers of a recorded {@link Transcript} in order, with no network and no key, so a
 * recorded solve runs again deterministically. Each request must ask for the same kind of answer
 * (the same schema) as the recorded one did; a loop that asks differently fails loudly.
 */
public final class ReplayChatModel implements ChatModel {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path source;
  private final List<JsonNode> answers;
  private int next;

  private ReplayChatModel(Path source, List<JsonNode> answers) {
    this.source = source;
    this.answers = answers;
  }

  /**
   * Reads a transcript.
   *
   * @throws ConfigurationException when the file is missing, unreadable or holds no answers
   */
  public static ReplayChatModel from(Path transcript) {
    List<JsonNode> answers = new ArrayList<>();
    try {
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
    } catch (IOException e) {
      throw new ConfigurationException("replay",
          "Cannot replay " + transcript + ": " + e.getMessage()
              + ". Name a transcript.jsonl written by an earlier run.");
    }
    if (answers.isEmpty()) {
      throw new ConfigurationException("replay", transcript + " holds no model answers to replay.");
    }
    return new ReplayChatModel(transcript, answers);
  }

  @Override
  public synchronized ChatResponse doChat(ChatRequest request) {
    if (next >= answers.size()) {
      throw new ModelException("The transcript " + source + " has no answer left: it holds "
          + answers.size() + ", and the solve asked for another.", null, false);
    }
    JsonNode exchange = answers.get(next++);
    String expected = exchange.path("schema").asText(null);
    String asked = Transcript.schemaName(request);
    if (!Objects.equals(expected, asked)) {
      throw new ModelException("The solve no longer follows the transcript " + source
          + ": exchange " + next + " was a '" + expected + "' request, now it is '" + asked
          + "'.", null, false);
    }
    JsonNode usage = exchange.path("usage");
    return ChatResponse.builder()
        .aiMessage(AiMessage.from(exchange.path("response").path("content").asText()))
        .modelName(exchange.path("model").asText(null))
        .tokenUsage(new TokenUsage(usage.path("input").asInt(0), usage.path("output").asInt(0)))
        .build();
  }
}
