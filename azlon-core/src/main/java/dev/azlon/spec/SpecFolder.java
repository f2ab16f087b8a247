package dev.azlon.spec;

import dev.azlon.ConfigurationException;
import dev.azlon.Setting;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The spec files in a folder, found by globs, read and checked all before any is solved. */
public final class SpecFolder {

  /** Which files are specs when no includes are given. */
  public static final List<String> DEFAULT_INCLUDES =
      List.of("**/*.azlon.yaml", "**/*.azlon.yml", "**/*.azlon.json");

  private static final String LOCK_SUFFIX = ".azlon.lock";

  private static final List<String> SUFFIXES =
      List.of(".azlon.yaml", ".azlon.yml", ".azlon.json", ".yaml", ".yml", ".json");

  private SpecFolder() {}

  /**
   * Reads every spec in {@code folder} that an include matches and no exclude does (globs on the
   * path inside the folder; {@code **}{@code /} also matches no folder at all), in name order.
   *
   * @param only the one spec to keep, by name; null keeps all
   * @throws ConfigurationException listing every problem of every spec, so that one build shows
   *     them all
   */
  public static List<SpecFile> read(
      Path folder, List<String> includes, List<String> excludes, String only) {
    if (!Files.isDirectory(folder)) {
      throw new ConfigurationException(Setting.SPECS, "specs " + folder + " is not a folder.");
    }
    List<PathMatcher> include = matchers(includes.isEmpty() ? DEFAULT_INCLUDES : includes);
    List<PathMatcher> exclude = matchers(excludes);
    List<Path> files;
    try (Stream<Path> walk = Files.walk(folder)) {
      files =
          walk.filter(Files::isRegularFile)
              .filter(file -> !inLock(folder.relativize(file)))
              .filter(file -> matches(include, folder.relativize(file)))
              .filter(file -> !matches(exclude, folder.relativize(file)))
              .sorted()
              .toList();
    } catch (IOException e) {
      throw new ConfigurationException(
          Setting.SPECS, "Cannot list the specs in " + folder + ": " + e.getMessage() + ".");
    }
    List<SpecFile> specs = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (Path file : files) {
      String name = name(folder.relativize(file));
      if (only != null && !only.equals(name)) {
        continue;
      }
      try {
        specs.add(SpecFile.read(name, file));
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
                  + files.stream().map(f -> name(folder.relativize(f))).toList()
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
