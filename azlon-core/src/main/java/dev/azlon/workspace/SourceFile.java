package dev.azlon.workspace;

import java.util.Objects;

/**
 * One file of a candidate, as the model names it: a relative path with {@code /} separators, and
 * its complete text.
 */
public record SourceFile(String path, String content) {

  public SourceFile {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(content, "content");
  }
}
