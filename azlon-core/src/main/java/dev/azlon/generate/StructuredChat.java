package dev.azlon.generate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.azlon.AzlonException;
import dev.azlon.InterruptedRunException;
import dev.azlon.event.SolveEvent;
import dev.azlon.model.ModelHttpClient;
import dev.azlon.model.ModelRejectedException;
import dev.azlon.model.ModelUnavailableException;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.exception.AuthenticationException;
import dev.langchain4j.exception.ContentFilteredException;
import dev.langchain4j.exception.InvalidRequestException;
import dev.langchain4j.exception.ModelNotFoundException;
import dev.langchain4j.exception.NonRetriableException;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.openai.OpenAiTokenUsage;
import dev.langchain4j.model.output.FinishReason;
import dev.langchain4j.model.output.TokenUsage;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * One stateless exchange: a system and a user message out, JSON that follows a schema back. It
 * checks the budget before every attempt, retries what may pass later, and falls back to plain JSON
 * mode (the schema in the prompt) for servers that refuse JSON-schema answers.
 */
final class StructuredChat {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final ChatModel model;
  private final ChatSettings settings;
  private boolean schemaRefused;

  StructuredChat(ChatModel model, ChatSettings settings) {
    this.model = model;
    this.settings = settings;
  }

  record Answer(JsonNode json) {}

  Answer ask(String system, String user, JsonSchema schema) throws InvalidAnswerException {
    ChatResponse response = send(system, user, schema);
    if (response.finishReason() == FinishReason.LENGTH) {
      // A cut answer is not parsed as if it were whole: asked again, it is told how to be shorter.
      throw new InvalidAnswerException(
          "The answer was cut off at the output limit (finish_reason: length). Change existing"
              + " files with edits, which carry only the lines that change, rather than whole");
    }
    // The answer is redacted as it arrives, its strings after JSON decoding (a key can hide in an
    // escape), so nothing downstream (files, commits, reports) can carry a key the server or the
    // model echoed.
    String text =
        response.aiMessage() == null
            ? null
            : settings.redactor().redactJson(response.aiMessage().text());
    if (text == null || text.isBlank()) {
      throw new InvalidAnswerException("The answer was empty (a refusal?).");
    }
    try {
      JsonNode json = JSON.readTree(text);
      if (json == null || !json.isObject()) {
        throw new InvalidAnswerException("The answer was not a JSON object.");
      }
      return new Answer(json);
    } catch (JsonProcessingException e) {
      throw new InvalidAnswerException("The answer was not valid JSON: " + e.getOriginalMessage());
    }
  }

  private ChatResponse send(String system, String user, JsonSchema schema)
      throws InvalidAnswerException {
    Duration waited = Duration.ZERO;
    for (int attempt = 1; ; attempt++) {
      settings.meter().beforeCall();
      ChatRequest request = request(system, user, schema);
      long start = System.nanoTime();
      try {
        ChatResponse response = model.chat(request);
        String recorded = settings.transcript().record(request, response, since(start));
        if (recorded != null) {
          settings.listener().on(new SolveEvent.AnswerRecorded(recorded));
        }
        TokenUsage usage = response.tokenUsage();
        if (usage != null) {
          settings
              .meter()
              .record(
                  orZero(usage.inputTokenCount()),
                  cachedTokens(usage),
                  orZero(usage.outputTokenCount()),
                  response.modelName());
        }
        return response;
      } catch (RuntimeException e) {
        settings.transcript().recordFailure(request, e, since(start));
        if (e instanceof ContentFilteredException) {
          // A refusal is an answer, if an unusable one: the caller may ask once more.
          throw new InvalidAnswerException(
              "The model refused: " + settings.redactor().redact(e.getMessage()));
        }
        if (!schemaRefused && refusesJsonSchema(e)) {
          schemaRefused = true;
          say(
              SolveEvent.Level.WARN,
              "The model server does not accept JSON-schema answers;"
                  + " asking for plain JSON with the schema in the prompt from now on.");
          attempt--;
          continue;
        }
        AzlonException failure = classify(e);
        Duration wait = settings.retry().delay(attempt, retryAfter(e));
        if (!failure.isRetriable()
            || attempt >= settings.retry().maxAttempts()
            || waited.plus(wait).compareTo(settings.retry().maxTotalWait()) > 0) {
          throw attempt == 1
              ? failure
              : new ModelUnavailableException(
                  failure.getMessage() + " (gave up after " + attempt + " attempts)",
                  failure.getCause());
        }
        say(
            SolveEvent.Level.WARN,
            failure.getMessage()
                + " Retrying in "
                + String.format(Locale.ROOT, "%.1f", wait.toMillis() / 1000.0)
                + " s (attempt "
                + (attempt + 1)
                + " of "
                + settings.retry().maxAttempts()
                + ").");
        sleep(wait, failure);
        waited = waited.plus(wait);
      }
    }
  }

  private ChatRequest request(String system, String user, JsonSchema schema) {
    ResponseFormat format =
        schemaRefused
            ? ResponseFormat.JSON
            : ResponseFormat.builder().type(ResponseFormatType.JSON).jsonSchema(schema).build();
    String systemText =
        schemaRefused
            ? system
                + "\n\nAnswer with one JSON object that follows"
                + " this JSON schema:\n"
                + AnswerSchemas.text(schema)
            : system;
    return ChatRequest.builder()
        .messages(SystemMessage.from(systemText), UserMessage.from(user))
        .responseFormat(format)
        .build();
  }

  private static boolean refusesJsonSchema(RuntimeException e) {
    String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
    return e instanceof InvalidRequestException
        && (message.contains("response_format") || message.contains("json_schema"));
  }

  private static Optional<Duration> retryAfter(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof ModelHttpClient.RefusedException refused) {
        return refused.retryAfter();
      }
    }
    return Optional.empty();
  }

  private void sleep(Duration wait, AzlonException failure) {
    try {
      Thread.sleep(wait.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedRunException(
          "Interrupted while waiting to retry: " + failure.getMessage(), e);
    }
  }

  private void say(SolveEvent.Level level, String text) {
    settings.listener().on(new SolveEvent.Message(level, text));
  }

  /**
   * Sorts langchain4j's failures by what the caller should do: fix something, or try later. The
   * messages are redacted, and a cause whose messages would reveal a secret is not kept.
   */
  private AzlonException classify(RuntimeException e) {
    if (e instanceof AzlonException known) {
      return known;
    }
    Throwable cause = settings.redactor().reveals(e) ? null : e;
    if (Thread.currentThread().isInterrupted()) {
      return new InterruptedRunException("Interrupted while asking the model.", cause);
    }
    String message = settings.redactor().redact(String.valueOf(e.getMessage()));
    if (e instanceof AuthenticationException) {
      return new ModelRejectedException("The model server refused the API key: " + message, cause);
    }
    if (e instanceof ModelNotFoundException) {
      return new ModelRejectedException(
          "The model server does not know the model: " + message, cause);
    }
    if (message.contains("insufficient_quota") || message.contains("exceeded your current quota")) {
      // OpenAI says so with a 429, but waiting does not bring money back.
      return new ModelRejectedException("The model account has no quota left: " + message, cause);
    }
    if (e instanceof NonRetriableException) {
      return new ModelRejectedException("The model server rejected the request: " + message, cause);
    }
    String described = settings.redactor().redact(describe(e));
    if (causedBy(e, ConnectException.class) || causedBy(e, UnknownHostException.class)) {
      return new ModelUnavailableException(
          "Could not connect to the model server (" + described + ").", cause);
    }
    return new ModelUnavailableException("The model call failed: " + described, cause);
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

  private static long orZero(Integer count) {
    return count == null ? 0 : count;
  }

  /**
   * The input tokens the provider served from its prompt cache ({@code
   * usage.prompt_tokens_details.cached_tokens}); zero where the server does not say.
   */
  static long cachedTokens(TokenUsage usage) {
    return usage instanceof OpenAiTokenUsage openAi && openAi.inputTokensDetails() != null
        ? orZero(openAi.inputTokensDetails().cachedTokens())
        : 0;
  }

  private static Duration since(long startNanos) {
    return Duration.ofNanos(System.nanoTime() - startNanos);
  }
}
