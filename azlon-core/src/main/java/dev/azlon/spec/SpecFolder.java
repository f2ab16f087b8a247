package dev.azlon.spec;

import dev.azlon.ConfigurationException;
import dev.azlon.Setting;
import dev.azlon.host.ProjectBoundary;
import dev.azlon.workspace.FileNames;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The spec files in a folder, found by globs, read and checked all before any is solved. A spec's
 * name (its id) names its run folder, its JUnit file and its row in the batch's reports, so it must
 * be one a folder and a log line can carry, and unique.
 */
public final class SpecFolder {

  /** Names the batch's own reports take in the output folder; no spec may take one. */
  public static final List<String> RESERVED_NAMES =
      List.of("index.html", "summary.md", "summary.json", "from-lock");

  private static final int MAX_NAME_LENGTH = 120;

  /** Which files are specs when no includes are given. */
  public static final List<String> DEFAULT_INCLUDES =
      List.of("**/*.azlon.yaml", "**/*.azlon.yml", "**/*.azlon.json");

  private static final String LOCK_SUFFIX = ".azlon.lock";

  private static final List<String> SUFFIXES =
      List.of(".azlon.yaml", ".azlon.yml", ".azlon.json", ".yaml", ".yml", ".json");

  private SpecFolder() {}

  /**
   * Every spec file under {@code folder} ({@link #DEFAULT_INCLUDES}), whose paths may name files in
   * that folder only: a suite kept apart from any project, such as a benchmark's.
   *
   * @throws ConfigurationException listing every problem of every spec
   */
  public static List<SpecFile> read(Path folder) {
    return read(folder, List.of(), List.of(), null, ProjectBoundary.of(folder, List.of()));
  }

  /**
   * Reads every spec in {@code folder} that an include matches and no exclude does (globs on the
   * path inside the folder; {@code **}{@code /} also matches no folder at all), in name order.
   *
   * @param only the one spec to keep, by name; null keeps all
   * @param boundary where the specs' paths may lead; the specs folder itself is allowed too, since
   *     the POM named it
   * @throws ConfigurationException listing every problem of every spec, so that one build shows
   *     them all
   */
  public static List<SpecFile> read(
      Path folder,
      List<String> includes,
      List<String> excludes,
      String only,
      ProjectBoundary boundary) {
    if (!Files.isDirectory(folder)) {
      throw new ConfigurationException(Setting.SPECS, "specs " + folder + " is not a folder.");
    }
    List<PathMatcher> include = matchers(includes.isEmpty() ? DEFAULT_INCLUDES : includes);
    List<PathMatcher> exclude = matchers(excludes);
    List<Path> files;
    try (Stream<Path> walk = Files.walk(folder)) {
      files =
          walk.filter(file -> !Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS))
              .filter(file -> !inLock(folder.relativize(file)))
              .filter(file -> matches(include, folder.relativize(file)))
              .filter(file -> !matches(exclude, folder.relativize(file)))
              .sorted()
              .toList();
    } catch (IOException e) {
      throw new ConfigurationException(
          Setting.SPECS, "Cannot list the specs in " + folder + ": " + e.getMessage() + ".");
    }
    ProjectBoundary specsBoundary = boundary.allowing(folder);
    List<SpecFile> specs = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    Map<String, Path> byName = new HashMap<>();
    for (Path file : files) {
      String name = name(folder.relativize(file));
      Optional<String> nameProblem = nameProblem(name);
      if (nameProblem.isPresent()) {
        problems.add(SpecFile.shown(file) + ": " + nameProblem.get() + "; rename the file.");
        continue;
      }
      Path same = byName.putIfAbsent(name.toLowerCase(Locale.ROOT), file);
      if (same != null) {
        problems.add(
            SpecFile.shown(same)
                + " and "
                + SpecFile.shown(file)
                + " both have the name '"
                + name
                + "' (folders become dots, and case does not count): their runs, locks and"
                + " reports would mix. Rename one.");
        continue;
      }
      if (only != null && !only.equals(name)) {
        continue;
      }
      try {
        specs.add(SpecFile.read(name, file, specsBoundary));
      } catch (ConfigurationException e) {
        problems.add(e.getMessage());
      }
    }
    if (!problems.isEmpty()) {
      throw new ConfigurationException(
          Setting.SPECS,
          (problems.size() == 1 ? "A spec is" : problems.size() + " specs are")
              + " not valid, so none was solved and no model was called:\n  "
              + String.join("\n  ", problems));
    }
    if (specs.isEmpty()) {
      throw new ConfigurationException(
          only != null ? Setting.SPEC : Setting.SPECS,
          only != null
              ? "No spec named '"
                  + only
                  + "' in "
                  + folder
                  + "; the names are "
                  + files.stream().map(f -> SpecFile.printable(name(folder.relativize(f)))).toList()
                  + "."
              : "No spec file in "
                  + folder
                  + " matches "
                  + (includes.isEmpty() ? DEFAULT_INCLUDES : includes)
                  + ".");
    }
    return List.copyOf(specs);
  }

  /**
   * Where a spec's solution lock goes: {@code hello.azlon.lock/} beside {@code hello.azlon.yaml}.
   */
  public static Path lockDirectory(Path specFile) {
    String name = specFile.getFileName().toString();
    for (String suffix : SUFFIXES) {
      if (name.endsWith(suffix)) {
        name = name.substring(0, name.length() - suffix.length());
        break;
      }
    }
    return specFile.resolveSibling(name + LOCK_SUFFIX);
  }

  /**
   * Why a spec's name cannot be used, or empty: a name becomes a folder, a file name, a link in
   * {@code index.html} and the prefix of log lines, so it may hold nothing that changes what those
   * mean.
   */
  static Optional<String> nameProblem(String name) {
    if (name.isEmpty() || name.equals(".") || name.equals("..")) {
      return Optional.of("its name would be '" + name + "', which names no folder of its own");
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isISOControl(c) || FileNames.invisible(c)) {
        return Optional.of(
            String.format(
                "its name holds the %s character U+%04X, which can split a log line or make a"
                    + " name read as another",
                Character.isISOControl(c) ? "control" : "invisible", (int) c));
      }
      if (c == '\\') {
        return Optional.of("its name holds a backslash");
      }
    }
    if (!name.strip().equals(name)) {
      return Optional.of("its name begins or ends with a space");
    }
    if (name.length() > MAX_NAME_LENGTH) {
      return Optional.of("its name is longer than " + MAX_NAME_LENGTH + " characters");
    }
    if (RESERVED_NAMES.contains(name.toLowerCase(Locale.ROOT))) {
      return Optional.of(
          "its name '"
              + name
              + "' is that of a batch report in the output folder "
              + RESERVED_NAMES);
    }
    return Optional.empty();
  }

  /** Files inside a lock are a solution's, never specs. */
  private static boolean inLock(Path relative) {
    for (Path segment : relative) {
      if (segment.toString().endsWith(LOCK_SUFFIX)) {
        return true;
      }
    }
    return false;
  }

  /** {@code greet/hello.azlon.yaml} is {@code greet.hello}. */
  static String name(Path relative) {
    String path = relative.toString().replace(relative.getFileSystem().getSeparator(), "/");
    for (String suffix : SUFFIXES) {
      if (path.endsWith(suffix)) {
        path = path.substring(0, path.length() - suffix.length());
        break;
      }
    }
    return path.replace('/', '.');
  }

  private static List<PathMatcher> matchers(List<String> globs) {
    List<PathMatcher> matchers = new ArrayList<>();
    for (String glob : globs) {
      matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + glob));
      if (glob.startsWith("**/")) {
        matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + glob.substring(3)));
      }
    }
    return matchers;
  }

  private static boolean matches(List<PathMatcher> matchers, Path relative) {
    return matchers.stream().anyMatch(m -> m.matches(relative));
  }
}
