package dev.azlon.host;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A folder of the user's that Azlon writes into: the one door through which files reach the host. A
 * write may not pass through a link: every existing part of its path, from the folder itself down,
 * must be a real folder inside the folder's real path, and the file is put in place by a move,
 * which replaces whatever entry is there instead of following it.
 */
public final class ProjectDirectory {

  private final Path root;

  /**
   * The folder, resolved to its real path (a link to it, or above it, is the user's choice). A
   * folder not made yet is resolved through its nearest existing parent, and made on first write.
   */
  public ProjectDirectory(Path root) {
    Path absolute = root.toAbsolutePath().normalize();
    try {
      Path existing = absolute;
      while (!Files.exists(existing)) {
        existing = existing.getParent();
      }
      this.root = existing.toRealPath().resolve(existing.relativize(absolute));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("Could not resolve " + absolute, e);
    }
  }

  public Path root() {
    return root;
  }

  /** Why writing {@code name} (a checked, relative, '/'-separated name) is refused, if it is. */
  public Optional<String> linkProblem(String name) {
    Path target = root.resolve(name).normalize();
    if (!target.startsWith(root)) {
      return Optional.of("it would leave " + root);
    }
    for (Path p = target; p != null && p.startsWith(root) && !p.equals(root); p = p.getParent()) {
      if (Files.isSymbolicLink(p)) {
        return Optional.of(
            "'" + root.relativize(p) + "' there is a link; Azlon writes through" + " no link");
      }
    }
    try {
      Path existing = target;
      while (!Files.exists(existing, LinkOption.NOFOLLOW_LINKS) && !existing.equals(root)) {
        existing = existing.getParent();
      }
      // Nothing there yet, not even the folder: no link can be on the way.
      if (Files.exists(existing, LinkOption.NOFOLLOW_LINKS)
          && !existing.toRealPath().startsWith(root)) {
        return Optional.of("its real path leaves " + root);
      }
    } catch (IOException e) {
      return Optional.of("its path cannot be resolved: " + e.getMessage());
    }
    return Optional.empty();
  }

  /**
   * Removes a folder Azlon owns (generated sources, a lock's files) and all in it. A link inside is
   * removed itself, never followed.
   */
  public static void deleteTree(Path folder) throws IOException {
    if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  /** The bytes a regular file there holds now, or empty when there is none. */
  public Optional<byte[]> read(String name) throws IOException {
    Path file = root.resolve(name);
    return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
        ? Optional.of(Files.readAllBytes(file))
        : Optional.empty();
  }

  /**
   * Writes a file whole: into a temporary file beside it, then moved into place. Call {@link
   * #linkProblem} first; this checks again, so a link planted since is still refused.
   */
  public void write(String name, byte[] content) throws IOException {
    Optional<String> problem = linkProblem(name);
    if (problem.isPresent()) {
      throw new IOException("Refused to write " + name + ": " + problem.get());
    }
    Path target = root.resolve(name);
    Files.createDirectories(target.getParent());
    Path temporary = Files.createTempFile(target.getParent(), ".azlon-", ".tmp");
    try {
      Files.write(temporary, content);
      Files.move(
          temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }
}
