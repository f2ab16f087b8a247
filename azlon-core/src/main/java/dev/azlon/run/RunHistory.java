package dev.azlon.run;

import dev.azlon.Redactor;
import dev.azlon.history.GitHistory;
import dev.azlon.history.GitHistory.FileDiff;
import dev.azlon.history.GitHistory.Touch;
import dev.azlon.sandbox.Excerpt;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The run's history as the loop keeps it: a step's files are staged once written and committed once
 * judged. What the last staging changed is the last change the model is shown, from this step's
 * judge to the next step's fixer.
 */
public final class RunHistory implements AutoCloseable {

  /** How much of the last change the model is shown. */
  private static final int SHOWN_CHANGE_CHARS = 8 * 1024;

  /** How many new files the last change names; the files section shows them all anyway. */
  private static final int NAMED_NEW_FILES = 20;

  private final GitHistory git;
  private final Redactor redactor;

  /** What this step changed, once staged; null before. */
  private List<FileDiff> staged;

  private String lastChange = "";
  private Set<String> edited = Set.of();

  private RunHistory(GitHistory git, Redactor redactor) {
    this.git = git;
    this.redactor = redactor;
  }

  /** A new history in the workspace; commit messages pass {@code redactor}. */
  public static RunHistory init(Path workspace, Redactor redactor) {
    return new RunHistory(GitHistory.init(workspace), redactor);
  }

  /** A commit's id and its unified diff, cut for the reports. */
  public record Commit(String id, String diff) {}

  /** Stages the workspace as the candidate left it; what that changes is the last change now. */
  public void stage() {
    staged = git.stage();
    lastChange = Excerpt.of(forModel(staged), SHOWN_CHANGE_CHARS);
    edited =
        staged.stream()
            .filter(c -> c.touch() == Touch.CHANGED)
            .map(FileDiff::path)
            .collect(Collectors.toSet());
  }

  /** Commits the step, staging it first unless it already is. */
  public Commit commit(String message) {
    if (staged == null) {
      stage();
    }
    Commit commit =
        new Commit(
            git.commit(redactor.redact(message)),
            GitHistory.unified(staged, RunRecorder.REPORT_DIFF_CHARS));
    staged = null;
    return commit;
  }

  /** Tags the last commit, e.g. {@code iteration-2}. */
  public void tag(String name) {
    git.tag(name);
  }

  /** The last change as the model reads it (empty before any). */
  public String lastChange() {
    return lastChange;
  }

  /** The files the last change edited, which are being worked on. */
  public Set<String> edited() {
    return edited;
  }

  /**
   * Edits and deletions as a diff; new files by name only: the files section shows them as far as
   * the budget allows (a first project would otherwise come twice).
   */
  private static String forModel(List<FileDiff> changes) {
    StringBuilder text = new StringBuilder();
    List<String> added = new ArrayList<>();
    for (FileDiff change : changes) {
      if (change.touch() == Touch.ADDED) {
        added.add(change.path());
      } else {
        text.append(change.patch());
      }
    }
    if (!added.isEmpty()) {
      int named = Math.min(added.size(), NAMED_NEW_FILES);
      text.append("New files: ")
          .append(String.join(", ", added.subList(0, named)))
          .append(added.size() > named ? " and " + (added.size() - named) + " more" : "")
          .append('\n');
    }
    return text.toString();
  }

  @Override
  public void close() {
    git.close();
  }
}
