package dev.azlon.generate;

import dev.azlon.workspace.FileChanges;
import java.util.Set;

/**
 * Files the model proposes.
 *
 * @param changes the whole files, edits applied
 * @param edited the files its edits changed
 */
public record Proposal(FileChanges changes, Set<String> edited) implements Answered {

  public Proposal {
    edited = Set.copyOf(edited);
  }

  public Proposal(FileChanges changes) {
    this(changes, Set.of());
  }
}
