package dev.azlon.workspace;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.eclipse.jgit.ignore.FastIgnoreRule;
import org.eclipse.jgit.ignore.IgnoreNode;

/**
 * A user's starting files as they will be copied: what {@code .gitignore} files and {@code
 * inputExcludes} leave out is left out, every name is checked by the rules a model's names obey,
 * and links are resolved. Nothing is copied until the whole folder has been looked at, so a name
 * that cannot be kept stops the run before a single file is written.
 *
 * <p>Rules, strongest first: {@code inputExcludes} (gitignore syntax, {@code !pattern} takes a file
 * back), then the input's own {@code .gitignore} files (the deepest one that matches), then {@link
 * #DEFAULT_EXCLUDES}. A link to a file inside the folder is copied as that file's content; a link
 * that leads outside the folder, to a folder, or nowhere is skipped and said so.
 *
 * @param root the input folder
 * @param names the files to copy, relative with '/', sorted
 * @param links of those, the links copied as their target's content, by name, with the target
 * @param skipped what was not copied although not excluded, with why (host paths never shown)
 * @param problems names that cannot be kept and other reasons the input cannot be used
 */
public record InputFiles(
    Path root,
    List<String> names,
    Map<String, String> links,
    Map<String, String> skipped,
    List<String> problems) {

  /** Left out unless a rule takes them back: histories, environments, caches and build output. */
  public static final List<String> DEFAULT_EXCLUDES =
      List.of(
          "/.git/",
          ".venv/",
          "venv/",
          "__pycache__/",
          "*.pyc",
          "node_modules/",
          "target/",
          "build/",
          ".pytest_cache/",
          "*.egg-info/");

  private static final int PROBLEMS_SHOWN = 20;

  /** Looks at every file under {@code root}; reads nothing but {@code .gitignore} files. */
  public static InputFiles scan(Path root, List<String> excludes) {
    Scan scan = new Scan(root, rules(DEFAULT_EXCLUDES), rules(excludes));
    try {
      Files.walkFileTree(root, scan);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not list the starting files in " + root, e);
    }
    List<String> problems = new ArrayList<>();
    scan.nameProblems.stream().limit(PROBLEMS_SHOWN).forEach(problems::add);
    if (scan.nameProblems.size() > PROBLEMS_SHOWN) {
      problems.add("and " + (scan.nameProblems.size() - PROBLEMS_SHOWN) + " more");
    }
    List<String> names = scan.names.stream().sorted().toList();
    if (names.size() > FileNames.MAX_FILES) {
      problems.add(
          names.size()
              + " files after excludes, over the limit of "
              + FileNames.MAX_FILES
              + " (leave folders out with inputExcludes)");
    }
    return new InputFiles(
        root, names, new TreeMap<>(scan.links), new TreeMap<>(scan.skipped), problems);
  }

  private static IgnoreNode rules(List<String> patterns) {
    return new IgnoreNode(
        patterns.stream()
            .map(String::strip)
            .filter(p -> !p.isEmpty() && !p.startsWith("#"))
            .map(FastIgnoreRule::new)
            .toList());
  }

  /** The starting files, for reading and copying: a link's content comes from its target. */
  public Path source(String name) {
    return root.resolve(links.getOrDefault(name, name));
  }

  /** One line per skipped link, for the log and the first prompt; empty when none. */
  public String skippedText() {
    return skipped.entrySet().stream()
        .map(e -> "- " + e.getKey() + ": " + e.getValue())
        .collect(Collectors.joining("\n"));
  }

  private static final class Scan extends SimpleFileVisitor<Path> {
    private final Path root;
    private final Path realRoot;
    private final IgnoreNode defaults;
    private final IgnoreNode excludes;
    private final Map<String, IgnoreNode> gitignores = new HashMap<>();
    private final List<String> names = new ArrayList<>();
    private final Map<String, String> links = new LinkedHashMap<>();
    private final Map<String, String> skipped = new LinkedHashMap<>();
    private final List<String> nameProblems = new ArrayList<>();

    Scan(Path root, IgnoreNode defaults, IgnoreNode excludes) {
      this.root = root;
      this.defaults = defaults;
      this.excludes = excludes;
      try {
        this.realRoot = root.toRealPath();
      } catch (IOException e) {
        throw new UncheckedIOException("Could not read the starting files in " + root, e);
      }
    }

    @Override
    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes)
        throws IOException {
      String name = relative(dir);
      if (!name.isEmpty()) {
        if (ignored(name, true)) {
          return FileVisitResult.SKIP_SUBTREE;
        }
        if (dir.getFileName().toString().equalsIgnoreCase(".git")) {
          nameProblems.add(
              FileNames.describe(name)
                  + ": a Git repository inside the input; leave it out with inputExcludes ("
                  + name
                  + "/)");
          return FileVisitResult.SKIP_SUBTREE;
        }
      }
      Path gitignore = dir.resolve(".gitignore");
      if (Files.isRegularFile(gitignore)) {
        IgnoreNode node = new IgnoreNode();
        try (InputStream in = Files.newInputStream(gitignore)) {
          node.parse(gitignore.toString(), in);
        }
        gitignores.put(name, node);
      }
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
      String name = relative(file);
      if (ignored(name, false)) {
        return FileVisitResult.CONTINUE;
      }
      if (attributes.isSymbolicLink()) {
        link(file, name);
      } else if (attributes.isRegularFile()) {
        keep(name);
      } else {
        skipped.put(name, "not a regular file");
      }
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
      throw e;
    }

    private void keep(String name) {
      String problem = FileNames.problemWith(name);
      if (problem == null) {
        names.add(name);
      } else {
        nameProblems.add(FileNames.describe(name) + ": " + problem);
      }
    }

    private void link(Path file, String name) {
      Path target;
      try {
        target = file.toRealPath();
      } catch (IOException e) {
        skipped.put(name, "a link that leads nowhere");
        return;
      }
      if (!target.startsWith(realRoot)) {
        skipped.put(name, "a link that leads outside the input folder");
      } else if (!Files.isRegularFile(target)) {
        skipped.put(name, "a link to a folder");
      } else {
        String targetName = relative(realRoot, target);
        if (ignored(targetName, false)) {
          skipped.put(name, "a link to an excluded file");
          return;
        }
        links.put(name, targetName);
        keep(name);
      }
    }

    /** Strongest rule first: inputExcludes, the deepest matching .gitignore, the defaults. */
    private boolean ignored(String name, boolean directory) {
      Boolean explicit = excludes.checkIgnored(name, directory);
      if (explicit != null) {
        return explicit;
      }
      for (String folder = parent(name); folder != null; folder = parent(folder)) {
        IgnoreNode node = gitignores.get(folder);
        if (node != null) {
          Boolean matched =
              node.checkIgnored(
                  folder.isEmpty() ? name : name.substring(folder.length() + 1), directory);
          if (matched != null) {
            return matched;
          }
        }
      }
      return Boolean.TRUE.equals(defaults.checkIgnored(name, directory));
    }

    private static String parent(String name) {
      if (name.isEmpty()) {
        return null;
      }
      int slash = name.lastIndexOf('/');
      return slash < 0 ? "" : name.substring(0, slash);
    }

    private String relative(Path path) {
      return relative(root, path);
    }

    /** The segments joined with '/': a backslash in a name stays in the name, to be refused. */
    private static String relative(Path base, Path path) {
      return StreamSupport.stream(base.relativize(path).spliterator(), false)
          .map(Path::toString)
          .collect(Collectors.joining("/"));
    }
  }
}
