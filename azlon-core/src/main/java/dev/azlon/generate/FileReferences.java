package dev.azlon.generate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The project files a text names as files, with the lines it names in them. A reference is a path
 * token, matched to a file when one ends with the other at a {@code /}: {@code /app/pkg/models.py}
 * and {@code models.py} both name {@code pkg/models.py}. In a program's output only references with
 * a line count (a traceback frame, {@code file:line}, {@code Foo.java:[12,5]}, {@code
 * (Foo.java:12)}): a listing or a log that merely prints names names nothing.
 */
final class FileReferences {

  private static final Pattern PATH =
      Pattern.compile(
          "(?<![\\w./\\\\-])((?:[A-Za-z]:)?[\\w.\\\\/-]*[\\w-]\\.[A-Za-z][\\w]*|Dockerfile)"
              + "(?:\"?,\\s+line\\s+(\\d+)|:\\[?(\\d+))?");

  private final Map<String, SortedSet<Integer>> named = new LinkedHashMap<>();

  /**
   * The files by their last name component: a reference can only name a file whose name it ends
   * with.
   */
  private final Map<String, List<String>> byName = new HashMap<>();

  FileReferences(Collection<String> files) {
    for (String file : files) {
      byName.computeIfAbsent(baseName(file), n -> new ArrayList<>()).add(file);
    }
  }

  /** Adds the files {@code text} names; with {@code withLine}, only references with a line. */
  FileReferences scan(String text, boolean withLine) {
    Matcher matcher = PATH.matcher(text);
    while (matcher.find()) {
      String line = matcher.group(2) != null ? matcher.group(2) : matcher.group(3);
      if (withLine && line == null) {
        continue;
      }
      String path = matcher.group(1).replace('\\', '/');
      for (String file : byName.getOrDefault(baseName(path), List.of())) {
        if (names(path, file)) {
          SortedSet<Integer> lines = named.computeIfAbsent(file, f -> new TreeSet<>());
          if (line != null && line.length() < 8) {
            lines.add(Integer.parseInt(line));
          }
        }
      }
    }
    return this;
  }

  /** The files named, in the order first named, with the lines named in each (maybe none). */
  Map<String, SortedSet<Integer>> named() {
    return named;
  }

  private static String baseName(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }

  static boolean names(String path, String file) {
    String reference = path.startsWith("./") ? path.substring(2) : path;
    return reference.equals(file)
        || reference.endsWith("/" + file)
        || file.endsWith("/" + reference);
  }
}
