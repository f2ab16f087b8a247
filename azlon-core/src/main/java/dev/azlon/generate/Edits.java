package dev.azlon.generate;

import dev.azlon.workspace.FileChanges;
import dev.azlon.workspace.SourceFile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Search/replace edits of existing files, turned into the whole new files before anything is
 * written, all or nothing. Each edit's {@code search} is an exact excerpt of the file as last shown
 * that occurs in it exactly once; edits of one file must not overlap; the file must be a text file
 * the model saw in full, or whose searched region it saw (an outline or an excerpt holds the search
 * text); a file is either edited or given whole, never both, and never edited and deleted. A file
 * with CRLF line endings keeps them. The result is what a whole-file answer would have given, so
 * the workspace, the history, locks and reports see no difference.
 */
final class Edits {

  /**
   * One edit: replace the one occurrence of {@code search} in {@code filename} by {@code replace}.
   */
  record Edit(String filename, String search, String replace) {}

  /**
   * The changes with every edit applied, as whole files.
   *
   * @param changes the whole files, Dockerfile and deletions the same answer gives
   * @param edits the answer's edits, in order
   * @param shown the prompt the answer replies to: its files, and what it showed of them
   * @throws InvalidAnswerException naming every edit that cannot be applied, and why
   */
  static Applied apply(FileChanges changes, List<Edit> edits, Prompts.Prompt shown)
      throws InvalidAnswerException {
    if (edits.isEmpty()) {
      return new Applied(changes, Set.of());
    }
    Map<String, List<Located>> byFile = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    Set<String> whole = new TreeSet<>();
    changes.files().forEach(file -> whole.add(file.path()));
    if (changes.dockerfile() != null) {
      whole.add(FileChanges.DOCKERFILE);
    }
    for (int i = 0; i < edits.size(); i++) {
      Edit edit = edits.get(i);
      String label = "edit " + (i + 1) + " (" + edit.filename() + ")";
      String content = shown.files().get(edit.filename());
      if (content == null) {
        problems.add(
            label
                + ": no such text file"
                + (shown.binary().contains(edit.filename()) ? " (it is binary)" : "")
                + "; give a new file whole in files");
        continue;
      }
      if (whole.contains(edit.filename())) {
        problems.add(label + ": the answer also gives this file whole; give one or the other");
        continue;
      }
      if (changes.deletions().contains(edit.filename())) {
        problems.add(label + ": the answer also deletes this file");
        continue;
      }
      if (edit.search().isEmpty()) {
        problems.add(label + ": its search text is empty");
        continue;
      }
      boolean crlf = content.contains("\r\n");
      String search = crlf ? crlf(edit.search()) : edit.search();
      if (shown.unseen().contains(edit.filename())
          && !shownOf(shown.text(), edit.filename()).contains(edit.search())) {
        problems.add(
            label
                + ": you have not seen this file in full, and its search text is not in what was"
                + " shown of it; name it in needFiles to see it");
        continue;
      }
      int at = content.indexOf(search);
      if (at < 0) {
        problems.add(
            label
                + ": its search text was not found (it must match the file exactly, whitespace"
                + " included)");
        continue;
      }
      int again = content.indexOf(search, at + 1);
      if (again >= 0) {
        problems.add(
            label
                + ": its search text was found "
                + occurrences(content, search)
                + " times; include more lines so that it is found once");
        continue;
      }
      String replace = crlf ? crlf(edit.replace()) : edit.replace();
      byFile
          .computeIfAbsent(edit.filename(), f -> new ArrayList<>())
          .add(new Located(i + 1, at, at + search.length(), replace));
    }
    Map<String, String> edited = new LinkedHashMap<>();
    for (Map.Entry<String, List<Located>> file : byFile.entrySet()) {
      List<Located> located = new ArrayList<>(file.getValue());
      located.sort(Comparator.comparingInt(Located::from));
      boolean overlap = false;
      for (int i = 1; i < located.size(); i++) {
        if (located.get(i).from() < located.get(i - 1).to()) {
          problems.add(
              "edits "
                  + located.get(i - 1).number()
                  + " and "
                  + located.get(i).number()
                  + " ("
                  + file.getKey()
                  + ") overlap; make them one edit");
          overlap = true;
        }
      }
      if (overlap) {
        continue;
      }
      String content = shown.files().get(file.getKey());
      StringBuilder result = new StringBuilder();
      int end = 0;
      for (Located edit : located) {
        result.append(content, end, edit.from()).append(edit.replace());
        end = edit.to();
      }
      edited.put(file.getKey(), result.append(content.substring(end)).toString());
    }
    if (!problems.isEmpty()) {
      throw new InvalidAnswerException(
          "Nothing was written, because these edits cannot be applied: "
              + String.join("; ", problems)
              + ".");
    }
    String dockerfile = changes.dockerfile();
    List<SourceFile> files = new ArrayList<>(changes.files());
    for (Map.Entry<String, String> file : edited.entrySet()) {
      if (file.getKey().equals(FileChanges.DOCKERFILE)) {
        dockerfile = file.getValue();
      } else {
        files.add(new SourceFile(file.getKey(), file.getValue()));
      }
    }
    return new Applied(
        new FileChanges(dockerfile, files, changes.deletions()), Set.copyOf(edited.keySet()));
  }

  /**
   * Changes with edits applied.
   *
   * @param edited the files the edits changed (the model may not have seen them in full)
   */
  record Applied(FileChanges changes, Set<String> edited) {}

  private record Located(int number, int from, int to, String replace) {}

  /**
   * What the prompt showed of a file not shown in full: its block (an outline, first lines,
   * excerpts), up to the next file's; empty when it showed none.
   */
  static String shownOf(String prompt, String file) {
    int at = prompt.indexOf("\n### " + file + " (");
    if (at < 0) {
      return "";
    }
    int next = prompt.indexOf("\n### ", at + 1);
    return prompt.substring(at, next < 0 ? prompt.length() : next);
  }

  private static String crlf(String text) {
    return text.replace("\r\n", "\n").replace("\n", "\r\n");
  }

  private static int occurrences(String content, String search) {
    int count = 0;
    for (int at = content.indexOf(search); at >= 0; at = content.indexOf(search, at + 1)) {
      count++;
    }
    return count;
  }
}
