package dev.azlon.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.azlon.generate.ContextProbe;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.TokenUsage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Answers from a script, in order, as a model would: each call's usage is the o200k tokens of what
 * it was sent and of what it answers, and the totals are kept.
 */
final class ScriptedModel implements ChatModel {

  /** The name its answers carry. */
  static final String NAME = "scripted";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final List<String> answers;
  private int next;
  private long in;
  private long out;

  ScriptedModel(List<String> answers) {
    this.answers = List.copyOf(answers);
  }

  /** The answers in {@code folder}, one JSON file each, in the order of their names. */
  static ScriptedModel from(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      List<String> answers = new ArrayList<>();
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        answers.add(JSON.readTree(file.toFile()).toString());
      }
      return new ScriptedModel(answers);
    }
  }

  /** The text of each system and user message a request sends, in order. */
  static List<String> texts(ChatRequest request) {
    List<String> texts = new ArrayList<>();
    for (ChatMessage message : request.messages()) {
      if (message instanceof SystemMessage system) {
        texts.add(system.text());
      } else if (message instanceof UserMessage user) {
        texts.add(user.singleText());
      }
    }
    return texts;
  }

  /** Input tokens of every call so far. */
  synchronized long in() {
    return in;
  }

  /** Output tokens of every call so far. */
  synchronized long out() {
    return out;
  }

  @Override
  public synchronized ChatResponse doChat(ChatRequest request) {
    if (next >= answers.size()) {
      throw new IllegalStateException("The script has no answer left for this request.");
    }
    int sent = texts(request).stream().mapToInt(ContextProbe::tokens).sum();
    String answer = answers.get(next++);
    int answered = ContextProbe.tokens(answer);
    in += sent;
    out += answered;
    return ChatResponse.builder()
        .aiMessage(AiMessage.from(answer))
        .modelName(NAME)
        .tokenUsage(new TokenUsage(sent, answered))
        .build();
  }
}
