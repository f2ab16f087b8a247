package dev.azlon.generate;

import dev.azlon.workspace.FileChanges;
import java.util.Set;

/**
 * The model's judgment of a run.
 *
 * @param result whether the model finds the test conditions met
 * @param reason why, in its words
 * @param changes replacement files when it does not, edits applied; may be empty
 * @param answer the answer as the model gave it (JSON), for the reports
 * @param edited the files its edits changed
 */
public record Review(
    boolean result, String reason, FileChanges changes, String answer, Set<String> edited)
    implements Answered {

  public Review {
    edited = Set.copyOf(edited);
  }

  public Review(boolean result, String reason, FileChanges changes, String answer) {
    this(result, reason, changes, answer, Set.of());
  }
}
