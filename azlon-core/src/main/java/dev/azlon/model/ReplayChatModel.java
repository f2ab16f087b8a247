package dev.azlon.model;

import com.fasterxml.jackson.databind.JsonNode;
import dev.azlon.ConfigurationException;
import dev.azlon.Setting;
import dev.azlon.generate.Transcript;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Serves the answers of a recorded {@link Transcript} in order, with no network and no key, so a
 * recorded solve runs again deterministically. Each request must ask for the same kind of answer
 * (the same schema) as the recorded one did; a loop that asks differently fails loudly.
 */
public final class ReplayChatModel implements ChatModel {

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
    List<JsonNode> answers;
    try {
      answers = Transcript.answers(transcript);
    } catch (IOException e) {
      throw new ConfigurationException(
          Setting.REPLAY,
          "Cannot replay "
              + transcript
              + ": "
              + e.getMessage()
              + ". Name a transcript.jsonl written by an earlier run.");
    }
    if (answers.isEmpty()) {
      throw new ConfigurationException(
          Setting.REPLAY, transcript + " holds no model answers to replay.");
    }
    return new ReplayChatModel(transcript, answers);
  }

  @Override
  public synchronized ChatResponse doChat(ChatRequest request) {
    if (next >= answers.size()) {
      throw new ModelRejectedException(
          "The transcript "
              + source
              + " has no answer left: it holds "
              + answers.size()
              + ", and the solve asked for another.",
          null);
    }
    JsonNode exchange = answers.get(next++);
    String expected = exchange.path("schema").asText(null);
    String asked = Transcript.schemaName(request);
    if (!Objects.equals(expected, asked)) {
      throw new ModelRejectedException(
          "The solve no longer follows the transcript "
              + source
              + ": exchange "
              + next
              + " was a '"
              + expected
              + "' request, now it is '"
              + asked
              + "'.",
          null);
    }
    return Transcript.response(exchange, "replay-" + next);
  }
}
