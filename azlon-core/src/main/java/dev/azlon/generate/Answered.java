package dev.azlon.generate;

import dev.azlon.workspace.FileChanges;
import java.util.Set;

/** An answer that proposes files: what it writes, and which of those its edits changed. */
interface Answered {

  /** The whole files, Dockerfile and deletions, edits applied. */
  FileChanges changes();

  /** The files its edits changed, which the model may not have seen in full. */
  Set<String> edited();
}
