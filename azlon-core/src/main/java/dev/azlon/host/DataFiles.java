package dev.azlon.host;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;

/**
 * Reads files the project holds as data (a spec, the prompt file it names, a lock), bounded: only a
 * regular file is read, never a FIFO (which would hang the build), a device ({@code /dev/zero}
 * never ends) or a kernel file under {@code /proc} or {@code /sys} (which reports no size), and its
 * size is checked before a byte is read. A refusal says why in words that fit after the file's
 * name.
 */
public final class DataFiles {

  /** Spec files and every text file they name (prompt, test conditions, templates, Dockerfile). */
  public static final long TEXT_MAX_BYTES = 256 * 1024;

  /** A lock's {@code lock.json}: hashes of at most a few hundred files. */
  public static final long LOCK_MAX_BYTES = 1024 * 1024;

  private static final List<Path> SYSTEM_FOLDERS = List.of(Path.of("/proc"), Path.of("/sys"));

  private DataFiles() {}

  /** Why a data file was not read: said after the file's name ("... is a folder, not a file"). */
  public static final class RefusedException extends IOException {
    RefusedException(String reason) {
      super(reason);
    }
  }

  /**
   * The text of a regular file of at most {@code maxBytes}, as UTF-8.
   *
   * @throws RefusedException when it is not a regular file, is too large or is not UTF-8
   * @throws IOException when it cannot be read (missing, no permission)
   */
  public static String readText(Path file, long maxBytes) throws IOException {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(readBytes(file, maxBytes)))
          .toString();
    } catch (CharacterCodingException e) {
      throw new RefusedException("is not UTF-8 text");
    }
  }

  /**
   * The bytes of a regular file of at most {@code maxBytes}; links are followed to their target,
   * which must be a regular file too.
   *
   * @throws RefusedException when it is not a regular file or is too large
   * @throws IOException when it cannot be read (missing, no permission)
   */
  public static byte[] readBytes(Path file, long maxBytes) throws IOException {
    Path real = file.toRealPath();
    for (Path system : SYSTEM_FOLDERS) {
      if (real.startsWith(system)) {
        throw new RefusedException("is a kernel file under " + system + ", not a file of data");
      }
    }
    BasicFileAttributes attributes =
        Files.readAttributes(real, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    if (attributes.isDirectory()) {
      throw new RefusedException("is a folder, not a file");
    }
    if (!attributes.isRegularFile()) {
      throw new RefusedException("is not a regular file (a FIFO, a socket or a device)");
    }
    if (attributes.size() > maxBytes) {
      throw tooLarge(maxBytes);
    }
    try (InputStream in = Files.newInputStream(real, LinkOption.NOFOLLOW_LINKS)) {
      byte[] bytes = in.readNBytes((int) maxBytes + 1);
      if (bytes.length > maxBytes) {
        throw tooLarge(maxBytes);
      }
      return bytes;
    }
  }

  private static RefusedException tooLarge(long maxBytes) {
    return new RefusedException(
        "holds more than " + kib(maxBytes) + ", the most Azlon reads from such a file");
  }

  private static String kib(long bytes) {
    return bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0
        ? bytes / (1024 * 1024) + " MiB"
        : bytes / 1024 + " KiB";
  }
}
