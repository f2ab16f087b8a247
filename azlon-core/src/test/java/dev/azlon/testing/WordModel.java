package dev.azlon.testing;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.TokenUsage;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A model many specs can share at once, as a batch's specs share one client: for a prompt "Print
 * WORD." it writes a candidate whose out.txt holds WORD, whatever the order of the calls; asked to
 * fix, it keeps the files. Optionally answers after a fixed latency, like a real model.
 */
public final class WordModel implements ChatModel {

  private static final Pattern WORD = Pattern.compile("Print (\\w+)\\.");
  private final Duration latency;
  private final AtomicInteger calls = new AtomicInteger();

  public WordModel(Duration latency) {
    this.latency = latency;
  }

  public int calls() {
    return calls.get();
  }

  @Override
  public ChatResponse doChat(ChatRequest request) {
    calls.incrementAndGet();
    try {
      Thread.sleep(latency.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    String text = "";
    for (ChatMessage message : request.messages()) {
      if (message instanceof UserMessage user) {
        text = user.singleText();
      }
    }
    Matcher word = WORD.matcher(text);
    String printed = word.find() ? word.group(1) : "nothing";
    boolean review =
        request.responseFormat() != null
            && request.responseFormat().jsonSchema() != null
            && "review".equals(request.responseFormat().jsonSchema().name());
    String answer =
        review
            ? Answers.review(false, "Still not right.")
            : Answers.candidate("FROM base\nCMD cat out.txt\n", "out.txt", printed);
    return ChatResponse.builder()
        .aiMessage(AiMessage.from(answer))
        .tokenUsage(new TokenUsage(1000, 100))
        .modelName("word-model")
        .build();
  }
}
