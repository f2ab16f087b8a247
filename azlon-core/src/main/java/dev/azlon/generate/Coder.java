package dev.azlon.generate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.azlon.event.SolveEvent;
import dev.azlon.verdict.CheckResult;
import dev.azlon.verdict.Verdict;
import dev.azlon.workspace.FileChanges;
import dev.azlon.workspace.SourceFile;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The model in its two roles: it writes and fixes projects, and it judges their runs. Each call
 * stands alone, carrying what the model needs, so no conversation grows from one to the next. An
 * unusable answer gets one repair request that quotes the problem; an answer that asks to see files
 * ({@code needFiles}) and changes nothing is asked again with them shown; an answer that replaces a
 * file the model has not seen in full is asked again with that file in full, and one that replaces
 * a binary file the task does not name is unusable. Edits ({@link Edits}) become whole files before
 * anything else sees the answer; one that cannot be applied makes the answer unusable, and so does
 * an answer the server cut off at its output limit.
 */
public final class Coder {

  private final StructuredChat chat;
  private final ChatSettings settings;
  private final AnswerCheck check;
  private final Prompts prompts;
  private final int contextTokens;

  /** Files the model asked to see next to its last answer, shown first in the next prompt. */
  private Set<String> wanted = Set.of();

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
    this.contextTokens = contextTokens;
  }

  /** Asks for a first project, from nothing or from the user's starting files. */
  public Proposal generate(Brief task, Project start) throws InvalidAnswerException {
    return ask(
        prompts.system(task),
        inFull -> prompts.generate(task, start, inFull),
        AnswerSchemas.CANDIDATE,
        this::proposal);
  }

  /**
   * Asks for a fix of the current files, given how the last iteration fell short.
   *
   * @param note an extra word to the model (a repeated failure), or empty
   */
  public Proposal fix(Brief task, Project project, Verdict verdict, String note)
      throws InvalidAnswerException {
    return ask(
        prompts.system(task),
        inFull -> prompts.fix(task, project, verdict, note, inFull),
        AnswerSchemas.CANDIDATE,
        this::proposal);
  }

  /**
   * Asks whether a run meets the test conditions, and for replacement files if not. The model sees
   * the machine checks' results and is told it cannot overrule them.
   */
  public Review review(Brief task, Project project, List<CheckResult> checks, String note)
      throws InvalidAnswerException {
    return ask(
        prompts.system(task),
        inFull -> prompts.review(task, project, checks, note, inFull),
        AnswerSchemas.REVIEW,
        this::review);
  }

  /** SHA-256 of each prompt template in use, by name. */
  public Map<String, String> promptHashes() {
    return prompts.hashes();
  }

  /** Reads an answer to {@code shown}, whose files its edits apply to. */
  private interface Reader<T> {
    T read(JsonNode json, Prompts.Prompt shown) throws InvalidAnswerException;
  }

  /** An answer, and the files it asks to see in full. */
  private record Answer<T>(T value, Set<String> needFiles) {}

  /**
   * Asks, shows the files the model asks to see, and makes sure the answer replaces no file the
   * model has not seen in full: such an answer is not used, and the model is asked again with those
   * files shown in full. Files asked for next to an answer are shown in the next prompt.
   *
   * @param prompt the user prompt, given files to show first and in full if they fit
   */
  private <T extends Answered> T ask(
      String system,
      Function<Set<String>, Prompts.Prompt> prompt,
      JsonSchema schema,
      Reader<T> reader)
      throws InvalidAnswerException {
    Prompts.Prompt first = prompt.apply(wanted);
    wanted = Set.of();
    Answer<T> answer = askRepairing(system, first, "", schema, reader);
    Set<String> needed = askable(answer.needFiles(), first);
    if (!needed.isEmpty() && answer.value().changes().isEmpty()) {
      Prompts.Prompt shown = prompt.apply(needed);
      String names = String.join(", ", needed);
      warn("The model asked to see " + names + " in full; asking again with them shown.");
      answer =
          askRepairing(
              system,
              shown,
              "\n\nYou asked to see " + names + ". " + tooLarge(needed, shown),
              schema,
              reader);
      if (answer.value().changes().isEmpty() && !answer.needFiles().isEmpty()) {
        throw new InvalidAnswerException(
            "The answer asked for files again instead of answering: "
                + String.join(", ", answer.needFiles())
                + ".");
      }
      first = shown;
    } else if (!needed.isEmpty()) {
      wanted = needed;
    }
    return withoutBlindOverwrites(system, prompt, schema, reader, first, answer.value());
  }

  private <T extends Answered> T withoutBlindOverwrites(
      String system,
      Function<Set<String>, Prompts.Prompt> prompt,
      JsonSchema schema,
      Reader<T> reader,
      Prompts.Prompt first,
      T answer)
      throws InvalidAnswerException {
    Set<String> blind = replacedUnseen(answer, first);
    refuseBinary(blind, first);
    if (blind.isEmpty()) {
      return answer;
    }
    String names = String.join(", ", blind);
    warn(
        "The model replaced "
            + names
            + " without having seen it in full; nothing was written. Asking again with "
            + (blind.size() == 1 ? "that file" : "those files")
            + " shown.");
    Prompts.Prompt shown = prompt.apply(blind);
    T again =
        askRepairing(
                system,
                shown,
                "\n\nYour previous answer replaced "
                    + names
                    + ", which you had not seen in full, so it was not used. "
                    + tooLarge(blind, shown)
                    + "Answer again.",
                schema,
                reader)
            .value();
    Set<String> still = replacedUnseen(again, shown);
    refuseBinary(still, shown);
    if (!still.isEmpty()) {
      throw new InvalidAnswerException(
          "The answer replaced files it had not seen in full: " + String.join(", ", still) + ".");
    }
    return again;
  }

  /** Files asked for that exist and were not shown in full; binary files cannot be shown. */
  private static Set<String> askable(Set<String> needFiles, Prompts.Prompt prompt) {
    Set<String> askable = new TreeSet<>(needFiles);
    askable.retainAll(prompt.unseen());
    askable.removeAll(prompt.binary());
    return askable;
  }

  /** What to say about files asked for that still do not fit in full. */
  private String tooLarge(Set<String> asked, Prompts.Prompt shown) {
    Set<String> still = new TreeSet<>(asked);
    still.retainAll(shown.unseen());
    if (still.isEmpty()) {
      return (asked.size() == 1 ? "That file is" : "Those files are") + " shown in full above. ";
    }
    warn(
        String.join(", ", still)
            + (still.size() == 1 ? " is" : " are")
            + " too large to show in full within contextTokens="
            + contextTokens
            + "; raise it to let the model replace "
            + (still.size() == 1 ? "it." : "them."));
    return String.join(", ", still)
        + (still.size() == 1 ? " is" : " are")
        + " too large to show in full within the context budget: change other files, or leave it"
        + " as it is. ";
  }

  private static void refuseBinary(Set<String> replaced, Prompts.Prompt prompt)
      throws InvalidAnswerException {
    Set<String> binary = new TreeSet<>(replaced);
    binary.retainAll(prompt.binary());
    if (!binary.isEmpty()) {
      throw new InvalidAnswerException(
          "The answer replaced binary files, which are kept as they are unless the task names"
              + " them: "
              + String.join(", ", binary)
              + ".");
    }
  }

  private void warn(String message) {
    settings.listener().on(new SolveEvent.Message(SolveEvent.Level.WARN, message));
  }

  /** Files given whole that the model had not seen in full; edits were checked as they applied. */
  private static Set<String> replacedUnseen(Answered answer, Prompts.Prompt prompt) {
    return answer.changes().files().stream()
        .map(SourceFile::path)
        .filter(prompt.unseen()::contains)
        .filter(path -> !answer.edited().contains(path))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** Asks; an unusable answer gets one repair request that quotes the problem. */
  private <T> Answer<T> askRepairing(
      String system, Prompts.Prompt prompt, String suffix, JsonSchema schema, Reader<T> reader)
      throws InvalidAnswerException {
    String user = prompt.text() + suffix;
    try {
      JsonNode json = chat.ask(system, user, schema).json();
      return new Answer<>(reader.read(json, prompt), AnswerFields.needFiles(json));
    } catch (InvalidAnswerException first) {
      warn("The model's answer could not be used (" + first.getMessage() + "); asking once more.");
      String repair =
          user
              + "\n\nYour previous answer to this could not be used: "
              + first.getMessage()
              + "\nAnswer again, following the schema exactly.";
      JsonNode json = chat.ask(system, repair, schema).json();
      return new Answer<>(reader.read(json, prompt), AnswerFields.needFiles(json));
    }
  }

  private Proposal proposal(JsonNode json, Prompts.Prompt shown) throws InvalidAnswerException {
    Edits.Applied applied =
        Edits.apply(AnswerFields.changes(json), AnswerFields.edits(json), shown);
    FileChanges changes = applied.changes();
    if (changes.isEmpty() && !AnswerFields.needFiles(json).isEmpty()) {
      return new Proposal(changes);
    }
    if (changes.isEmpty()) {
      throw new InvalidAnswerException("The answer held no Dockerfile, no files and no edits.");
    }
    return new Proposal(checked(changes), applied.edited());
  }

  private Review review(JsonNode json, Prompts.Prompt shown) throws InvalidAnswerException {
    if (!json.path("result").isBoolean()) {
      throw new InvalidAnswerException("'result' must be true or false.");
    }
    Edits.Applied applied =
        Edits.apply(AnswerFields.changes(json), AnswerFields.edits(json), shown);
    return new Review(
        json.get("result").asBoolean(),
        json.path("reason").asText(""),
        checked(applied.changes()),
        json.toPrettyString(),
        applied.edited());
  }

  private FileChanges checked(FileChanges changes) throws InvalidAnswerException {
    List<String> problems = check.problems(changes);
    if (!problems.isEmpty()) {
      throw new InvalidAnswerException(
          "Nothing was written, because: " + String.join("; ", problems) + ".");
    }
    return changes;
  }
}
