package dev.azlon.generate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.exception.AuthenticationException;
import dev.langchain4j.exception.ModelNotFoundException;
import dev.langchain4j.exception.NonRetriableException;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.TokenUsage;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.time.Duration;

/** One stateless exchange: a system and a user message out, JSON that follows a schema back. */
final class StructuredChat {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final ChatModel model;
  private final Transcript transcript;

  StructuredChat(ChatModel model, Transcript transcript) {
    this.model = model;
    this.transcript = transcript;
  }

  record Answer(JsonNode json, long tokens) {}

  Answer ask(String system, String user, JsonSchema schema) throws InvalidAnswerException {
    ChatRequest request =
        ChatRequest.builder()
            .messages(SystemMessage.from(system), UserMessage.from(user))
            .responseFormat(
                ResponseFormat.builder().type(ResponseFormatType.JSON).jsonSchema(schema).build())
            .build();
    ChatResponse response = send(request);
    long tokens = tokens(response.tokenUsage());
    String text = response.aiMessage() == null ? null : response.aiMessage().text();
    if (text == null || text.isBlank()) {
      throw new InvalidAnswerException("The answer was empty.", tokens);
    }
    try {
      JsonNode json = JSON.readTree(text);
      if (json == null || !json.isObject()) {
        throw new InvalidAnswerException("The answer was not a JSON object.", tokens);
      }
      return new Answer(json, tokens);
    } catch (JsonProcessingException e) {
      throw new InvalidAnswerException(
          "The answer was not valid JSON: " + e.getOriginalMessage(), tokens);
    }
  }

  private ChatResponse send(ChatRequest request) {
    long start = System.nanoTime();
    ChatResponse response;
    try {
      response = model.chat(request);
    } catch (RuntimeException e) {
      transcript.recordFailure(request, e, Duration.ofNanos(System.nanoTime() - start));
      throw classify(e);
    }
    transcript.record(request, response, Duration.ofNanos(System.nanoTime() - start));
    return response;
  }

  /** Sorts langchain4j's failures by what the caller should do: fix something, or try later. */
  private static ModelException classify(RuntimeException e) {
    if (e instanceof ModelException known) {
      return known;
    }
    if (e instanceof AuthenticationException) {
      return new ModelException("The model server refused the API key: " + e.getMessage(), e,
          false);
    }
    if (e instanceof ModelNotFoundException) {
      return new ModelException("The model server does not know the model: " + e.getMessage(), e,
          false);
    }
    if (e instanceof NonRetriableException) {
      return new ModelException("The model server rejected the request: " + e.getMessage(), e,
          false);
    }
    if (causedBy(e, ConnectException.class) || causedBy(e, UnknownHostException.class)) {
      return new ModelException("Could not connect to the model server (" + describe(e) + ").",
          e, true);
    }
    return new ModelException("The model call failed: " + describe(e), e, true);
  }

  private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (type.isInstance(cause)) {
        return true;
      }
    }
    return false;
  }

  private static String describe(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return root == e ? message : message + " (" + root.getClass().getSimpleName() + ")";
  }

  private static long tokens(TokenUsage usage) {
    if (usage == null || usage.totalTokenCount() == null) {
      return 0;
    }
    return usage.totalTokenCount();
  }
}
