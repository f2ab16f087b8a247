package dev.azlon.host;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where data read from the project may point: inside the project's base folder, or inside a folder
 * the POM (never a spec) allows beside it. Paths are judged with their links resolved, so a link
 * planted inside the project cannot lead out of it.
 */
public final class ProjectBoundary {

  private final Path given;
  private final Path root;
  private final List<Path> allowed;

  private ProjectBoundary(Path given, Path root, List<Path> allowed) {
    this.given = given;
    this.root = root;
    this.allowed = allowed;
  }

  /**
   * The project at {@code root}, and folders outside it that paths may also lead into.
   *
   * @param root the project's base folder
   * @param allowedRoots more folders paths may lead into, as the POM or the command line names them
   */
  public static ProjectBoundary of(Path root, List<Path> allowedRoots) {
    List<Path> allowed = new ArrayList<>();
    for (Path folder : allowedRoots) {
      allowed.add(real(folder));
    }
    return new ProjectBoundary(root.toAbsolutePath().normalize(), real(root), List.copyOf(allowed));
  }

  /** The project's base folder, links resolved. */
  public Path root() {
    return root;
  }

  /** This boundary, allowing one more folder (the specs folder the POM names). */
  public ProjectBoundary allowing(Path folder) {
    List<Path> more = new ArrayList<>(allowed);
    more.add(real(folder));
    return new ProjectBoundary(given, root, List.copyOf(more));
  }

  /**
   * Where {@code path} really leads: links resolved as far as it exists, the rest appended.
   *
   * @throws UncheckedIOException when an existing part cannot be resolved
   */
  public static Path real(Path path) {
    Path absolute = path.toAbsolutePath();
    Path existing = absolute;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      return absolute.normalize();
    }
    try {
      return existing.toRealPath().resolve(existing.relativize(absolute)).normalize();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not resolve " + absolute, e);
    }
  }

  /** Whether {@code path}, links resolved, stays inside the project or an allowed folder. */
  public boolean contains(Path path) {
    Path real = real(path);
    return real.startsWith(root) || allowed.stream().anyMatch(real::startsWith);
  }

  /**
   * The first link on the way from the project's root down to {@code path}, itself included; for a
   * path outside the project, {@code path} itself when it is a link. Writing through such a link
   * would write somewhere the project does not decide.
   */
  public Optional<Path> linkOnTheWay(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    Path start =
        absolute.startsWith(given)
            ? given
            : absolute.startsWith(root) ? root : absolute.getParent();
    if (start == null) {
      return Optional.empty();
    }
    Path current = start;
    for (Path part : start.relativize(absolute)) {
      current = current.resolve(part);
      if (Files.isSymbolicLink(current)) {
        return Optional.of(current);
      }
      if (!Files.exists(current, LinkOption.NOFOLLOW_LINKS)) {
        break;
      }
    }
    return Optional.empty();
  }
}
