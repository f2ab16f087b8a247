package dev.azlon.workspace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
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
    for (String name : changes.deletions()) {
      String problem = FileNames.problemWith(name);
      if (problem != null) {
        problems.add("cannot delete '" + name + "': " + problem);
      } else if (name.equals(FileChanges.DOCKERFILE)) {
        problems.add("the Dockerfile cannot be deleted, only replaced");
      } else if (changes.files().stream().anyMatch(f -> f.path().equals(name))) {
        problems.add("'" + name + "' is both written and deleted");
      }
    }
    if (!problems.isEmpty()) {
      return problems;
    }
    // Only names that passed the rules above are turned into paths.
    for (SourceFile file : incoming) {
      Path target = root.resolve(file.path()).normalize();
      if (!target.startsWith(root) || passesThroughLink(target)) {
        problems.add("'" + file.path() + "' would be written outside the workspace");
      } else if (encoded(file).isEmpty()) {
        problems.add(
            "'"
                + file.path()
                + "' is stored in "
                + charsetFor(file).name()
                + ", which cannot hold every character of the new text; use only characters it"
                + " has");
      }
    }
    return problems;
  }

  /**
   * The charset a file is written in: a Python coding line's in the new text, else the one the file
   * is stored in now (a legacy encoding stays), else UTF-8.
   */
  private Charset charsetFor(SourceFile file) {
    Path target = root.resolve(file.path());
    Charset current = null;
    if (Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
      try {
        current =
            TextEncoding.decode(file.path(), Files.readAllBytes(target))
                .map(TextEncoding.Decoded::charset)
                .orElse(null);
      } catch (IOException e) {
        throw new UncheckedIOException("Could not read " + file.path() + " in " + root, e);
      }
    }
    return TextEncoding.forWriting(file.path(), file.content(), current);
  }

  private Optional<byte[]> encoded(SourceFile file) {
    return TextEncoding.encode(file.content(), charsetFor(file));
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
        write(root.resolve(file.path()), encoded(file).orElseThrow());
      }
      for (String name : changes.deletions()) {
        delete(root.resolve(name));
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

  /** Every text file's text, in {@link #files()} order; binary files are left out. */
  public Map<String, String> read() {
    return snapshot().text();
  }

  /**
   * Every file in one pass: text files by their text, binary ones by their size in bytes.
   *
   * @param text the text files' contents, by name
   * @param binarySizes the binary files' sizes, by name
   */
  public record Snapshot(Map<String, String> text, Map<String, Long> binarySizes) {}

  public Snapshot snapshot() {
    Map<String, String> text = new LinkedHashMap<>();
    Map<String, Long> binaries = new LinkedHashMap<>();
    for (String name : files()) {
      try {
        byte[] bytes = Files.readAllBytes(root.resolve(name));
        decoded(name, bytes)
            .ifPresentOrElse(
                content -> text.put(name, content), () -> binaries.put(name, (long) bytes.length));
      } catch (IOException e) {
        throw new UncheckedIOException("Could not read " + name + " in " + root, e);
      }
    }
    return new Snapshot(text, binaries);
  }

  /** The bytes as text, unless they are binary (see {@link TextEncoding}). */
  private static Optional<String> decoded(String name, byte[] bytes) {
    return TextEncoding.decode(name, bytes).map(TextEncoding.Decoded::text);
  }

  /** One file's text, if the workspace has it. */
  public Optional<String> read(String name) {
    Path file = root.resolve(name);
    if (FileNames.problemWith(name) != null
        || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      return Optional.empty();
    }
    try {
      return decoded(name, Files.readAllBytes(file));
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

  /**
   * Copies a user's starting files in, byte for byte, once nothing stands in the way: a link's
   * target's content under the link's name.
   *
   * @return the problems that stopped the copy, before any file was written; empty when copied
   */
  public List<String> copyFrom(InputFiles input) {
    if (!input.problems().isEmpty()) {
      return input.problems();
    }
    try {
      for (String name : input.names()) {
        Path target = root.resolve(name);
        Files.createDirectories(target.getParent());
        Files.copy(input.source(name), target);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not copy the starting files from " + input.root(), e);
    }
    return List.of();
  }

  private static void delete(Path target) {
    try {
      Files.deleteIfExists(target);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not delete " + target, e);
    }
  }

  private static void write(Path target, byte[] content) {
    try {
      Files.createDirectories(target.getParent());
      Files.write(target, content);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write " + target, e);
    }
  }
}
