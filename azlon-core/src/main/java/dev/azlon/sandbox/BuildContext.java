package dev.azlon.sandbox;

import dev.azlon.workspace.Workspace;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * The tar stream Docker builds from: the workspace's regular files only. The run's history and any
 * link stay out, and every entry gets the same owner, mode and time, so an unchanged file keeps its
 * cached layer.
 */
public final class BuildContext {

  private static final FileTime FIXED_TIME = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));

  private BuildContext() {}

  public static byte[] tar(Path root) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes)) {
      tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
      tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
      for (String name : new Workspace(root).files()) {
        Path file = root.resolve(name);
        TarArchiveEntry entry = new TarArchiveEntry(name);
        entry.setSize(Files.size(file));
        entry.setMode(0100644);
        entry.setLastModifiedTime(FIXED_TIME);
        tar.putArchiveEntry(entry);
        Files.copy(file, tar);
        tar.closeArchiveEntry();
      }
      tar.finish();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not pack the build context from " + root, e);
    }
    return bytes.toByteArray();
  }
}
