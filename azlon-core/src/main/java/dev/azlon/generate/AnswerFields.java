package dev.azlon.generate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.azlon.workspace.FileChanges;
import dev.azlon.workspace.SourceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Reads the fields of a model's answer that candidates and reviews share, checking their types. */
final class AnswerFields {

  private AnswerFields() {}

  /** The Dockerfile, files and deletions an answer gives; a blank Dockerfile keeps the old one. */
  static FileChanges changes(JsonNode json) throws InvalidAnswerException {
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

  /** The edits an answer gives, in order; empty when it gives none. */
  static List<Edits.Edit> edits(JsonNode json) throws InvalidAnswerException {
    JsonNode edits = json.path("edits");
    if (edits.isMissingNode() || edits.isNull()) {
      return List.of();
    }
    if (!edits.isArray()) {
      throw new InvalidAnswerException("'edits' must be an array or null.");
    }
    List<Edits.Edit> read = new ArrayList<>();
    for (JsonNode edit : edits) {
      if (!edit.path("filename").isTextual()
          || !edit.path("search").isTextual()
          || !edit.path("replace").isTextual()) {
        throw new InvalidAnswerException(
            "Every edit needs a text 'filename', 'search' and 'replace'.");
      }
      read.add(
          new Edits.Edit(
              edit.get("filename").asText(),
              edit.get("search").asText(),
              edit.get("replace").asText()));
    }
    return read;
  }

  /** The files an answer asks to see in full; empty when it asks for none. */
  static Set<String> needFiles(JsonNode json) throws InvalidAnswerException {
    JsonNode needed = json.path("needFiles");
    if (needed.isMissingNode() || needed.isNull()) {
      return Set.of();
    }
    if (!needed.isArray()) {
      throw new InvalidAnswerException("'needFiles' must be an array of paths or null.");
    }
    Set<String> names = new TreeSet<>();
    for (JsonNode name : needed) {
      if (!name.isTextual()) {
        throw new InvalidAnswerException("Every name in 'needFiles' must be a path, as text.");
      }
      names.add(name.asText());
    }
    return names;
  }
}
