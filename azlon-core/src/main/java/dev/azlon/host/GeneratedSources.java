package dev.azlon.host;

import dev.azlon.ConfigurationException;
import dev.azlon.InfrastructureException;
import dev.azlon.Setting;
import dev.azlon.workspace.Workspace;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Solutions as generated sources, the way code generators in a Maven build work: the files that
 * match the includes go to a folder under {@code target/} that the build then compiles, with the
 * glob's fixed part taken off ({@code src/main/java/dev/x/A.java} under {@code src/main/java/**}
 * lands at {@code dev/x/A.java}). The folder holds the current solutions only: it is emptied first.
 * Nothing is ever written into {@code src/}, and nothing through a link.
 */
public final class GeneratedSources {

  public static final List<String> MAIN_INCLUDES = List.of("src/main/java/**");
  public static final List<String> TEST_INCLUDES = List.of("src/test/java/**");

  private GeneratedSources() {}

  /**
   * Writes the matching files of {@code solutions} (by spec name) into {@code root}.
   *
   * @return the names written, relative to {@code root}
   * @throws ConfigurationException when two solutions generate the same file, or a file would be
   *     written through a link
   */
  public static List<String> write(
      Map<String, Workspace> solutions, Path root, List<String> includes) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    Map<String, String> from = new LinkedHashMap<>();
    try {
      for (Map.Entry<String, Workspace> solution : solutions.entrySet()) {
        for (String name : solution.getValue().files()) {
          String mapped = mapped(name, includes);
          if (mapped == null) {
            continue;
          }
          String earlier = from.putIfAbsent(mapped, solution.getKey());
          if (earlier != null) {
            throw new ConfigurationException(
                Setting.SOURCE_INCLUDES,
                "Both "
                    + earlier
                    + " and "
                    + solution.getKey()
                    + " generate "
                    + mapped
                    + "; give each spec its own package, or narrow sourceIncludes.");
          }
          files.put(mapped, Files.readAllBytes(solution.getValue().root().resolve(name)));
        }
      }
      ProjectDirectory.deleteTree(root);
      Files.createDirectories(root);
      ProjectDirectory target = new ProjectDirectory(root);
      List<String> linked = new ArrayList<>();
      files.keySet().forEach(name -> target.linkProblem(name).ifPresent(linked::add));
      if (!linked.isEmpty()) {
        throw new ConfigurationException(
            Setting.SOURCE_ROOT, "No source was generated: " + String.join("; ", linked) + ".");
      }
      for (Map.Entry<String, byte[]> file : files.entrySet()) {
        target.write(file.getKey(), file.getValue());
      }
    } catch (IOException e) {
      throw new InfrastructureException(
          "Could not write the generated sources to " + root + ": " + e.getMessage(), e);
    }
    return List.copyOf(files.keySet());
  }

  /** The name under the generated root, or null when no include matches. */
  static String mapped(String name, List<String> includes) {
    Path path = Path.of(name);
    for (String include : includes) {
      PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + include);
      if (matcher.matches(path)) {
        String prefix = fixedFolder(include);
        return name.startsWith(prefix) ? name.substring(prefix.length()) : name;
      }
    }
    return null;
  }

  /**
   * The folders before a glob's first wildcard: {@code src/main/java/} of {@code src/main/java/**}.
   */
  private static String fixedFolder(String glob) {
    int wildcard = glob.length();
    for (char c : new char[] {'*', '?', '[', '{'}) {
      int at = glob.indexOf(c);
      if (at >= 0) {
        wildcard = Math.min(wildcard, at);
      }
    }
    return glob.substring(0, glob.lastIndexOf('/', wildcard) + 1);
  }
}
