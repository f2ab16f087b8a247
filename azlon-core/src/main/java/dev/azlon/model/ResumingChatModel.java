package dev.azlon.model;

import com.fasterxml.jackson.databind.JsonNode;
import dev.azlon.InfrastructureException;
import dev.azlon.event.SolveEvent;
import dev.azlon.event.SolveListener;
import dev.azlon.generate.Transcript;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Resumes a run: serves the answers its transcript already holds, in order, so no completed model
 * call is paid for twice, then asks the live model. Should the resumed loop ask for a different
 * kind of answer than was recorded (a flaky program took another turn), it goes live from there.
 */
public final class ResumingChatModel implements ChatModel {

  private static final String REPLAYED = "azlon-resumed-";

  private final List<JsonNode> recorded;
  private final ChatModel live;
  private final SolveListener listener;
  private int next;
  private boolean diverged;

  private ResumingChatModel(List<JsonNode> recorded, ChatModel live, SolveListener listener) {
    this.recorded = List.copyOf(recorded);
    this.live = live;
    this.listener = listener;
  }

  /**
   * Resumes from a run's transcript; an absent transcript (no call was completed) is an empty one.
   */
  public static ResumingChatModel from(Path transcript, ChatModel live, SolveListener listener) {
    try {
      List<JsonNode> recorded =
          Files.exists(transcript) ? Transcript.answers(transcript) : List.of();
      return new ResumingChatModel(recorded, live, listener);
    } catch (IOException e) {
      throw new InfrastructureException(
          "Could not read the transcript " + transcript + ": " + e.getMessage(), e);
    }
  }

  /** Whether a response was served from the record, and so is in the transcript already. */
  public static boolean isReplayed(ChatResponse response) {
    return response.id() != null && response.id().startsWith(REPLAYED);
  }

  @Override
  public synchronized ChatResponse doChat(ChatRequest request) {
    if (!diverged && next < recorded.size()) {
      JsonNode exchange = recorded.get(next);
      if (Objects.equals(exchange.path("schema").asText(null), Transcript.schemaName(request))) {
        next++;
        return Transcript.response(exchange, REPLAYED + next);
      }
      diverged = true;
      listener.on(
          new SolveEvent.Message(
              SolveEvent.Level.WARN,
              "The resumed run took another"
                  + " turn than its record at exchange "
                  + (next + 1)
                  + "; asking the model from here."));
    }
    return live.chat(request);
  }
}
