package dev.azlon.workspace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The folder that holds a candidate's files. Every write goes through {@link #apply}, which checks
 * the model's names first and writes nothing unless all of them pass.
 */
public final class Workspace {

  private final Path root;

  public Workspace(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  public Path root() {
    return root;
  }

  /** What would stop {@link #apply} from writing the changes, one sentence each. */
  public List<String> problems(FileChanges changes) {
    List<SourceFile> incoming = changes.allFiles();
    List<String> problems = FileNames.problems(incoming, files());
    if (changes.dockerfile() != null
        && changes.files().stream().anyMatch(f -> f.path().equals(FileChanges.DOCKERFILE))) {
      problems.add("'Dockerfile' is given both as the dockerfile and among the files");
    }
    if (!problems.isEmpty()) {
      return problems;
    }
    // Only names that passed the rules above are turned into paths.
    for (SourceFile file : incoming) {
      Path target = root.resolve(file.path()).normalize();
      if (!target.startsWith(root) || passesThroughLink(target)) {
        problems.add("'" + file.path() + "' would be written outside the workspace");
      }
    }
    return problems;
  }

  /**
   * Writes the changes, or nothing at all.
   *
   * @return the problems that stopped the write, one sentence each; empty when written
   */
  public List<String> apply(FileChanges changes) {
    List<String> problems = problems(changes);
    if (problems.isEmpty()) {
      for (SourceFile file : changes.allFiles()) {
        write(root.resolve(file.path()), file.content());
      }
    }
    return problems;
  }

  /** The workspace's files, relative, with '/' separators, sorted; the history is left out. */
  public List<String> files() {
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
          .map(p -> root.relativize(p).toString().replace('\\', '/'))
          .filter(name -> !name.equals(".git") && !name.startsWith(".git/"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not list the workspace " + root, e);
    }
  }

  /** Every file's text, in {@link #files()} order. */
  public Map<String, String> read() {
    Map<String, String> contents = new LinkedHashMap<>();
    for (String name : files()) {
      read(name).ifPresent(text -> contents.put(name, text));
    }
    return contents;
  }

  /** One file's text, if the workspace has it. */
  public Optional<String> read(String name) {
    Path file = root.resolve(name);
    if (FileNames.problemWith(name) != null || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      return Optional.empty();
    }
    try {
      return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read " + name + " in " + root, e);
    }
  }

  private boolean passesThroughLink(Path target) {
    List<Path> chain = new ArrayList<>();
    for (Path p = target; p != null && !p.equals(root); p = p.getParent()) {
      chain.add(p);
    }
    return chain.stream().anyMatch(Files::isSymbolicLink);
  }

  private static void write(Path target, String content) {
    try {
      Files.createDirectories(target.getParent());
      Files.writeString(target, content, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write " + target, e);
    }
  }
}
