package dev.azlon.generate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.azlon.sandbox.CandidateRun;
import dev.azlon.verdict.CheckResult;
import dev.azlon.verdict.Verdict;
import dev.azlon.workspace.FileChanges;
import dev.azlon.workspace.SourceFile;
import dev.langchain4j.model.chat.ChatModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The model in its two roles: it writes and fixes projects, and it judges their runs. Each call
 * stands alone, carrying what the model needs, so no conversation grows from one to the next.
 */
public final class Coder {

  private final StructuredChat chat;
  private final Prompts prompts = new Prompts();

  /** A coder whose exchanges are appended to {@code transcript}. */
  public Coder(ChatModel model, Transcript transcript) {
    this.chat = new StructuredChat(model, transcript);
  }

  /** Asks for a first project. */
  public Proposal generate(Task task) throws InvalidAnswerException {
    return propose(prompts.system(task), prompts.generate(task));
  }

  /** Asks for a fix of the current files, given how the last iteration fell short. */
  public Proposal fix(Task task, Map<String, String> files, CandidateRun run, Verdict verdict)
      throws InvalidAnswerException {
    return propose(prompts.system(task), prompts.fix(task, files, run, verdict));
  }

  /**
   * Asks whether a run meets the test conditions, and for replacement files if not. The model sees
   * the machine checks' results and is told it cannot overrule them.
   */
  public Review review(Task task, Map<String, String> files, CandidateRun run,
      List<CheckResult> checks) throws InvalidAnswerException {
    StructuredChat.Answer answer = chat.ask(
        prompts.system(task), prompts.review(task, files, run, checks), AnswerSchemas.REVIEW);
    JsonNode json = answer.json();
    if (!json.path("result").isBoolean()) {
      throw new InvalidAnswerException("'result' must be true or false.", answer.tokens());
    }
    return new Review(
        json.get("result").asBoolean(),
        json.path("reason").asText(""),
        changes(json, answer.tokens()),
        answer.tokens());
  }

  private Proposal propose(String system, String user) throws InvalidAnswerException {
    StructuredChat.Answer answer = chat.ask(system, user, AnswerSchemas.CANDIDATE);
    FileChanges changes = changes(answer.json(), answer.tokens());
    if (changes.isEmpty()) {
      throw new InvalidAnswerException("The answer held no Dockerfile and no files.",
          answer.tokens());
    }
    return new Proposal(changes, answer.tokens());
  }

  private static FileChanges changes(JsonNode json, long tokens) throws InvalidAnswerException {
    JsonNode dockerfile = json.path("dockerfile");
    if (!dockerfile.isMissingNode() && !dockerfile.isNull() && !dockerfile.isTextual()) {
      throw new InvalidAnswerException("'dockerfile' must be text or null.", tokens);
    }
    JsonNode files = json.path("files");
    List<SourceFile> sources = new ArrayList<>();
    if (!files.isMissingNode() && !files.isNull()) {
      if (!files.isArray()) {
        throw new InvalidAnswerException("'files' must be an array or null.", tokens);
      }
      for (JsonNode file : files) {
        if (!file.path("filename").isTextual() || !file.path("content").isTextual()) {
          throw new InvalidAnswerException(
              "Every file needs a text 'filename' and a text 'content'.", tokens);
        }
        sources.add(new SourceFile(file.get("filename").asText(), file.get("content").asText()));
      }
    }
    String text = dockerfile.isTextual() && !dockerfile.asText().isBlank() ? dockerfile.asText()
        : null;
    return new FileChanges(text, sources);
  }
}
