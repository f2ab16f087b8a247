package dev.azlon.workspace;

import java.util.ArrayList;
import java.util.List;

/**
 * Files a model wants changed: an optional new Dockerfile, new or replaced source files, and files
 * to delete. Files not named stay as they are.
 */
public record FileChanges(String dockerfile, List<SourceFile> files, List<String> deletions) {

  public static final String DOCKERFILE = "Dockerfile";

  public FileChanges {
    files = files == null ? List.of() : List.copyOf(files);
    deletions = deletions == null ? List.of() : List.copyOf(deletions);
  }

  /** Changes that delete nothing. */
  public FileChanges(String dockerfile, List<SourceFile> files) {
    this(dockerfile, files, List.of());
  }

  public static FileChanges none() {
    return new FileChanges(null, List.of());
  }

  public boolean isEmpty() {
    return dockerfile == null && files.isEmpty() && deletions.isEmpty();
  }

  /** Every file to write, the Dockerfile included under its own name. */
  public List<SourceFile> allFiles() {
    List<SourceFile> all = new ArrayList<>(files.size() + 1);
    if (dockerfile != null) {
      all.add(new SourceFile(DOCKERFILE, dockerfile));
    }
    all.addAll(files);
    return all;
  }
}
