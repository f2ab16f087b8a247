package dev.azlon.workspace;

import java.util.ArrayList;
import java.util.List;

/**
 * Files a model wants written: an optional new Dockerfile and new or replaced source files. Files
 * not named stay as they are.
 */
public record FileChanges(String dockerfile, List<SourceFile> files) {

  public static final String DOCKERFILE = "Dockerfile";

  public FileChanges {
    files = files == null ? List.of() : List.copyOf(files);
  }

  public static FileChanges none() {
    return new FileChanges(null, List.of());
  }

  public boolean isEmpty() {
    return dockerfile == null && files.isEmpty();
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
