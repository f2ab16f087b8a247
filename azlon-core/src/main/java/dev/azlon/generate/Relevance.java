package dev.azlon.generate;

import java.util.Comparator;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How likely a file is to matter, when nothing names it: source before build files and
 * configuration, those before documents and data, lock files last; within a kind, files the focused
 * files import, then files beside them, then shallower files. Never by size.
 */
final class Relevance {

  private static final Set<String> SOURCE =
      Set.of(
          "py", "pyi", "java", "kt", "kts", "scala", "groovy", "go", "rs", "c", "h", "cc", "cpp",
          "hpp", "cs", "js", "jsx", "mjs", "ts", "tsx", "rb", "php", "swift", "sh", "sql", "pl");
  private static final Set<String> BUILD =
      Set.of(
          "toml", "cfg", "ini", "xml", "gradle", "properties", "yaml", "yml", "mk", "conf", "env");
  private static final Set<String> BUILD_NAMES =
      Set.of("Dockerfile", "Makefile", "requirements.txt", "setup.py", "go.mod", "Cargo.toml");
  private static final Set<String> LOCK_NAMES =
      Set.of("package-lock.json", "npm-shrinkwrap.json", "pnpm-lock.yaml", "go.sum");

  private static final Pattern PYTHON_IMPORT =
      Pattern.compile(
          "^\\s*(?:from\\s+(\\.*[\\w.]*)\\s+import\\s+([\\w, ]+)|import\\s+([\\w.]+))",
          Pattern.MULTILINE);
  private static final Pattern JAVA_IMPORT =
      Pattern.compile("^\\s*import\\s+(?:static\\s+)?([\\w.]+)\\s*;", Pattern.MULTILINE);

  private final Set<String> imported = new HashSet<>();
  private final Set<String> folders = new HashSet<>();

  /**
   * @param files every text file, by name
   * @param focused the files already given room, whose imports and neighbours come first
   */
  Relevance(Map<String, String> files, Set<String> focused) {
    for (String name : focused) {
      folders.add(folder(name));
      imports(name, files.get(name), files.keySet());
    }
  }

  Comparator<String> comparator() {
    return Comparator.comparingInt(Relevance::kind)
        .reversed()
        .thenComparing(name -> !imported.contains(name))
        .thenComparing(name -> !folders.contains(folder(name)))
        .thenComparingInt(name -> name.split("/").length)
        .thenComparing(Comparator.naturalOrder());
  }

  /** 3 for source, 2 for build files and configuration, 1 for documents and data, 0 for locks. */
  static int kind(String name) {
    String base = name.substring(name.lastIndexOf('/') + 1);
    String extension =
        base.contains(".")
            ? base.substring(base.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT)
            : "";
    if (LOCK_NAMES.contains(base) || extension.equals("lock")) {
      return 0;
    }
    if (SOURCE.contains(extension)) {
      return 3;
    }
    if (BUILD_NAMES.contains(base)
        || BUILD.contains(extension)
        || base.startsWith("requirements")) {
      return 2;
    }
    return 1;
  }

  private static String folder(String name) {
    int slash = name.lastIndexOf('/');
    return slash < 0 ? "" : name.substring(0, slash);
  }

  private void imports(String name, String content, Set<String> names) {
    if (content == null) {
      return;
    }
    if (name.endsWith(".py")) {
      Matcher matcher = PYTHON_IMPORT.matcher(content);
      while (matcher.find()) {
        if (matcher.group(3) != null) {
          module(matcher.group(3), folder(name), names);
        } else {
          String from = matcher.group(1);
          module(from, folder(name), names);
          for (String member : matcher.group(2).split(",")) {
            String base = from.endsWith(".") || from.isEmpty() ? from : from + ".";
            module(base + member.trim().split("\\s")[0], folder(name), names);
          }
        }
      }
    } else if (name.endsWith(".java")) {
      Matcher matcher = JAVA_IMPORT.matcher(content);
      while (matcher.find()) {
        String path = matcher.group(1).replace('.', '/') + ".java";
        names.stream().filter(file -> FileReferences.names(path, file)).forEach(imported::add);
      }
    }
  }

  /**
   * The files a Python module name may be: {@code a.b} is {@code a/b.py} or {@code
   * a/b/__init__.py}.
   */
  private void module(String module, String folder, Set<String> names) {
    String dots = module.replaceAll("^(\\.*).*", "$1");
    String path = module.substring(dots.length()).replace('.', '/');
    if (path.isEmpty()) {
      return;
    }
    String from = folder;
    for (int up = 1; up < dots.length(); up++) {
      from = from.contains("/") ? from.substring(0, from.lastIndexOf('/')) : "";
    }
    String base = dots.isEmpty() || from.isEmpty() ? path : from + "/" + path;
    for (String candidate : Set.of(base + ".py", base + "/__init__.py")) {
      names.stream()
          .filter(
              file ->
                  dots.isEmpty() ? FileReferences.names(candidate, file) : file.equals(candidate))
          .forEach(imported::add);
    }
  }
}
