package dev.azlon.testing;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.TokenUsage;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** A chat model that answers from a script, in order, and keeps the requests it got. */
public final class ScriptedChatModel implements ChatModel {

  private final Deque<String> answers = new ArrayDeque<>();
  private final List<ChatRequest> requests = new ArrayList<>();

  public ScriptedChatModel answer(String json) {
    answers.add(json);
    return this;
  }

  public List<ChatRequest> requests() {
    return requests;
  }

  /** The text of the last message of request {@code index}. */
  public String userText(int index) {
    return requests.get(index).messages().get(requests.get(index).messages().size() - 1).toString();
  }

  @Override
  public ChatResponse doChat(ChatRequest request) {
    requests.add(request);
    String answer = answers.poll();
    if (answer == null) {
      throw new AssertionError("The model was asked more often than scripted: " + requests.size());
    }
    return ChatResponse.builder()
        .aiMessage(AiMessage.from(answer))
        .tokenUsage(new TokenUsage(100, 20))
        .build();
  }
}
