package dev.azlon.generate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.azlon.event.SolveEvent;
import dev.azlon.verdict.CheckResult;
import dev.azlon.verdict.Verdict;
import dev.azlon.workspace.FileChanges;
import dev.azlon.workspace.SourceFile;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The model in its two roles: it writes and fixes projects, and it judges their runs. Each call
 * stands alone, carrying what the model needs, so no conversation grows from one to the next. An
 * unusable answer gets one repair request that quotes the problem, and an answer that replaces a
 * file the model saw only in outline is asked again with that file in full.
 */
public final class Coder {

  private final StructuredChat chat;
  private final ChatSettings settings;
  private final AnswerCheck check;
  private final Prompts prompts;

  public Coder(ChatModel model, ChatSettings settings, AnswerCheck check) {
    this(model, settings, check, PromptOverrides.none(), ContextBudget.DEFAULT_TOKENS);
  }

  /**
   * A coder that words its generate and fix prompts the project's way and shows file contents
   * within {@code contextTokens}.
   */
  public Coder(
      ChatModel model,
      ChatSettings settings,
      AnswerCheck check,
      PromptOverrides overrides,
      int contextTokens) {
    this.chat = new StructuredChat(model, settings);
    this.settings = settings;
    this.check = check;
    this.prompts = new Prompts(overrides, contextTokens);
  }

  /** Asks for a first project, from nothing or from the user's starting files. */
  public Proposal generate(Task task, Project start) throws InvalidAnswerException {
    return ask(
        prompts.system(task),
        inFull -> prompts.generate(task, start, inFull),
        AnswerSchemas.CANDIDATE,
        this::proposal,
        Proposal::changes);
  }

  /**
   * Asks for a fix of the current files, given how the last iteration fell short.
   *
   * @param note an extra word to the model (a repeated failure), or empty
   */
  public Proposal fix(Task task, Project project, Verdict verdict, String note)
      throws InvalidAnswerException {
    return ask(
        prompts.system(task),
        inFull -> prompts.fix(task, project, verdict, note, inFull),
        AnswerSchemas.CANDIDATE,
        this::proposal,
        Proposal::changes);
  }

  /**
   * Asks whether a run meets the test conditions, and for replacement files if not. The model sees
   * the machine checks' results and is told it cannot overrule them.
   */
  public Review review(Task task, Project project, List<CheckResult> checks, String note)
      throws InvalidAnswerException {
    return ask(
        prompts.system(task),
        inFull -> prompts.review(task, project, checks, note, inFull),
        AnswerSchemas.REVIEW,
        this::review,
        Review::changes);
  }

  /** SHA-256 of each prompt template in use, by name. */
  public Map<String, String> promptHashes() {
    return prompts.hashes();
  }

  private interface Reader<T> {
    T read(JsonNode json) throws InvalidAnswerException;
  }

  /**
   * Asks, and makes sure the answer replaces no file the model has seen only in outline: such an
   * answer is not used, and the model is asked again with those files shown in full.
   *
   * @param prompt the user prompt, given files it must show in full whatever the budget
   */
  private <T> T ask(
      String system,
      Function<Set<String>, Prompts.Prompt> prompt,
      JsonSchema schema,
      Reader<T> reader,
      Function<T, FileChanges> changes)
      throws InvalidAnswerException {
    Prompts.Prompt first = prompt.apply(Set.of());
    T answer = askRepairing(system, first.text(), schema, reader);
    Set<String> blind = replacedUnseen(changes.apply(answer), first);
    if (blind.isEmpty()) {
      return answer;
    }
    String names = String.join(", ", blind);
    settings
        .listener()
        .on(
            new SolveEvent.Message(
                SolveEvent.Level.WARN,
                "The model replaced "
                    + names
                    + " having seen only an outline; nothing was written. Asking again with "
                    + (blind.size() == 1 ? "that file" : "those files")
                    + " in full."));
    Prompts.Prompt shown = prompt.apply(blind);
    T again =
        askRepairing(
            system,
            shown.text()
                + "\n\nYour previous answer replaced "
                + names
                + ", which you had seen only in outline, so it was not used. "
                + (blind.size() == 1 ? "That file is" : "Those files are")
                + " shown in full above now. Answer again.",
            schema,
            reader);
    Set<String> still = replacedUnseen(changes.apply(again), shown);
    if (!still.isEmpty()) {
      throw new InvalidAnswerException(
          "The answer replaced files it had seen only in outline: "
              + String.join(", ", still)
              + ".");
    }
    return again;
  }

  private static Set<String> replacedUnseen(FileChanges changes, Prompts.Prompt prompt) {
    return changes.files().stream()
        .map(SourceFile::path)
        .filter(prompt.unseen()::contains)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** Asks; an unusable answer gets one repair request that quotes the problem. */
  private <T> T askRepairing(String system, String user, JsonSchema schema, Reader<T> reader)
      throws InvalidAnswerException {
    try {
      return reader.read(chat.ask(system, user, schema).json());
    } catch (InvalidAnswerException first) {
      settings
          .listener()
          .on(
              new SolveEvent.Message(
                  SolveEvent.Level.WARN,
                  "The model's answer could not be used ("
                      + first.getMessage()
                      + "); asking once more."));
      String repair =
          user
              + "\n\nYour previous answer to this could not be used: "
              + first.getMessage()
              + "\nAnswer again, following the schema exactly.";
      return reader.read(chat.ask(system, repair, schema).json());
    }
  }

  private Proposal proposal(JsonNode json) throws InvalidAnswerException {
    FileChanges changes = changes(json);
    if (changes.isEmpty()) {
      throw new InvalidAnswerException("The answer held no Dockerfile and no files.");
    }
    return new Proposal(checked(changes));
  }

  private Review review(JsonNode json) throws InvalidAnswerException {
    if (!json.path("result").isBoolean()) {
      throw new InvalidAnswerException("'result' must be true or false.");
    }
    return new Review(
        json.get("result").asBoolean(),
        json.path("reason").asText(""),
        checked(changes(json)),
        json.toPrettyString());
  }

  private FileChanges checked(FileChanges changes) throws InvalidAnswerException {
    List<String> problems = check.problems(changes);
    if (!problems.isEmpty()) {
      throw new InvalidAnswerException(
          "Nothing was written, because: " + String.join("; ", problems) + ".");
    }
    return changes;
  }

  private static FileChanges changes(JsonNode json) throws InvalidAnswerException {
    JsonNode dockerfile = json.path("dockerfile");
    if (!dockerfile.isMissingNode() && !dockerfile.isNull() && !dockerfile.isTextual()) {
      throw new InvalidAnswerException("'dockerfile' must be text or null.");
    }
    JsonNode files = json.path("files");
    List<SourceFile> sources = new ArrayList<>();
    if (!files.isMissingNode() && !files.isNull()) {
      if (!files.isArray()) {
        throw new InvalidAnswerException("'files' must be an array or null.");
      }
      for (JsonNode file : files) {
        if (!file.path("filename").isTextual() || !file.path("content").isTextual()) {
          throw new InvalidAnswerException(
              "Every file needs a text 'filename' and a text 'content'.");
        }
        sources.add(new SourceFile(file.get("filename").asText(), file.get("content").asText()));
      }
    }
    String text =
        dockerfile.isTextual() && !dockerfile.asText().isBlank() ? dockerfile.asText() : null;
    List<String> deletions = new ArrayList<>();
    JsonNode deleted = json.path("deletions");
    if (!deleted.isMissingNode() && !deleted.isNull()) {
      if (!deleted.isArray()) {
        throw new InvalidAnswerException("'deletions' must be an array of paths or null.");
      }
      for (JsonNode path : deleted) {
        if (!path.isTextual()) {
          throw new InvalidAnswerException("Every deletion must be a path, as text.");
        }
        deletions.add(path.asText());
      }
    }
    return new FileChanges(text, sources, deletions);
  }
}
