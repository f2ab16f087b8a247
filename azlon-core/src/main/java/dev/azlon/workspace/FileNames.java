package dev.azlon.workspace;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checks file names chosen by a model before anything is written. The names are untrusted: a name
 * must stay inside the workspace on every file system we run on, so the rules are stricter than any
 * one of them needs.
 */
public final class FileNames {

  static final int MAX_PATH_LENGTH = 255;
  public static final int MAX_FILES = 500;
  public static final int MAX_FILE_BYTES = 1024 * 1024;
  public static final int MAX_TOTAL_BYTES = 8 * 1024 * 1024;

  private FileNames() {}

  /**
   * The problems with writing {@code incoming} into a workspace that already holds {@code
   * existing}, one sentence each; empty when all is well.
   */
  public static List<String> problems(List<SourceFile> incoming, Collection<String> existing) {
    List<String> problems = new ArrayList<>();
    Map<String, String> byFoldedName = new HashMap<>();
    for (String name : existing) {
      byFoldedName.put(name.toLowerCase(Locale.ROOT), name);
    }
    long totalBytes = 0;
    for (SourceFile file : incoming) {
      String name = file.path();
      String problem = problemWith(name);
      if (problem != null) {
        problems.add(describe(name) + ": " + problem);
        continue;
      }
      String clash = byFoldedName.put(name.toLowerCase(Locale.ROOT), name);
      if (clash != null && !clash.equals(name)) {
        problems.add(describe(name) + ": differs only in case from " + describe(clash));
      }
      int bytes = file.content().getBytes(StandardCharsets.UTF_8).length;
      totalBytes += bytes;
      if (bytes > MAX_FILE_BYTES) {
        problems.add(describe(name) + ": " + bytes + " bytes, over the limit of " + MAX_FILE_BYTES);
      }
    }
    if (hasDuplicates(incoming)) {
      problems.add("the same file is named more than once");
    }
    if (byFoldedName.size() > MAX_FILES) {
      problems.add(byFoldedName.size() + " files, over the limit of " + MAX_FILES);
    }
    if (totalBytes > MAX_TOTAL_BYTES) {
      problems.add(totalBytes + " bytes in all, over the limit of " + MAX_TOTAL_BYTES);
    }
    return problems;
  }

  /** Why {@code name} may not be written, or null when it may. */
  public static String problemWith(String name) {
    if (name.isEmpty()) {
      return "the name is empty";
    }
    if (name.length() > MAX_PATH_LENGTH) {
      return "longer than " + MAX_PATH_LENGTH + " characters";
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0)) {
        return "contains a control character";
      }
      if (invisible(c)) {
        return String.format(
            "contains the invisible character U+%04X, which can make a name" + " read as another",
            (int) c);
      }
      if (c == '\\' || c == ':') {
        return "contains '" + c + "'; use '/' between folders and plain names";
      }
    }
    if (name.startsWith("/")) {
      return "an absolute path; names must be relative to the project root";
    }
    for (String segment : name.split("/", -1)) {
      if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
        return "has an empty, '.' or '..' folder; name files plainly, like src/app.py";
      }
      if (segment.equalsIgnoreCase(".git")) {
        return "inside .git, which holds the run's history";
      }
      if (segment.endsWith(" ") || segment.endsWith(".")) {
        return "a folder or file name ends in a space or a dot";
      }
    }
    return null;
  }

  /**
   * Format characters (bidi controls such as U+202E, zero-width spaces and joiners, the BOM), line
   * and paragraph separators, and other characters that show as nothing or as something else: a
   * name with one can look like a harmless name in a review.
   */
  public static boolean invisible(char c) {
    int type = Character.getType(c);
    return type == Character.FORMAT
        || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR
        || type == Character.PRIVATE_USE
        || type == Character.SURROGATE && !Character.isSurrogate(c)
        || c == '\u115f'
        || c == '\u1160'
        || c == '\u3164'
        || c == '\uffa0'
        || c == '\u2800'
        || c >= '\ufff0' && c <= '\ufffc';
  }

  private static boolean hasDuplicates(List<SourceFile> files) {
    return files.stream().map(SourceFile::path).distinct().count() != files.size();
  }

  /**
   * Text as a log line or a message may carry it: control and invisible characters as their code
   * ({@code <U+000A>}), so a name from a file cannot split a line, forge one, or read as another.
   */
  public static String printable(String text) {
    StringBuilder shown = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            c ->
                shown.append(
                    Character.isISOControl(c) || c <= 0xffff && invisible((char) c)
                        ? String.format("<U+%04X>", c)
                        : Character.toString(c)));
    return shown.toString();
  }

  /** A name as it may be shown: control and invisible characters as their code, quoted. */
  public static String describe(String name) {
    String head =
        name.codePoints()
            .limit(80)
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
            .toString();
    return "'" + printable(head) + (head.length() < name.length() ? "…'" : "'");
  }
}
