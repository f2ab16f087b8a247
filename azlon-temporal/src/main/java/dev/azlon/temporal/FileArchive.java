package dev.azlon.temporal;

import dev.azlon.workspace.FileNames;
import dev.azlon.workspace.InputFiles;
import dev.azlon.workspace.SourceFile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;

/**
 * Files as a gzipped tar within a size cap, for workflow payloads: starting files out, a solution
 * back. Regular files only, names checked as the workspace checks a model's, never a link; an
 * archive over the cap is an error that names the cap, never cut short.
 */
public final class FileArchive {

  /**
   * The most bytes an archive may take: a real Temporal server refuses payloads over 2 MB, and the
   * rest of the payload (the spec, the report) needs room too.
   */
  public static final int MAX_BYTES = 1536 * 1024;

  private FileArchive() {}

  /**
   * The regular files under {@code folder} (a top-level {@code .git} left out), archived.
   *
   * @throws PayloadTooLargeException when the archive is over {@code maxBytes}
   */
  public static byte[] pack(Path folder, int maxBytes, String what) {
    return pack(folder, name -> !name.equals(".git") && !name.startsWith(".git/"), maxBytes, what);
  }

  /**
   * The regular files under {@code folder} whose names (relative, with {@code /}) {@code keep}
   * accepts, archived.
   *
   * @throws PayloadTooLargeException when the archive is over {@code maxBytes}
   */
  public static byte[] pack(Path folder, Predicate<String> keep, int maxBytes, String what) {
    Map<String, Path> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(folder)) {
      walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
          .filter(p -> keep.test(name(folder, p)))
          .forEach(p -> files.put(name(folder, p), p));
    } catch (IOException e) {
      throw new UncheckedIOException("Could not list " + folder, e);
    }
    return pack(files, maxBytes, what);
  }

  /**
   * The starting files as a local solve would copy them (ignore files and excludes honoured, a link
   * inside as its target's content), archived straight from where they are.
   *
   * @throws PayloadTooLargeException when the archive is over {@code maxBytes}
   */
  public static byte[] pack(InputFiles input, int maxBytes, String what) {
    Map<String, Path> files = new TreeMap<>();
    input.names().forEach(name -> files.put(name, input.source(name)));
    return pack(files, maxBytes, what);
  }

  /** Each file under its name, in name order. */
  private static byte[] pack(Map<String, Path> files, int maxBytes, String what) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (TarArchiveOutputStream tar =
        new TarArchiveOutputStream(new GzipCompressorOutputStream(bytes))) {
      tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
      for (Map.Entry<String, Path> file : files.entrySet()) {
        TarArchiveEntry entry = new TarArchiveEntry(file.getKey());
        entry.setSize(Files.size(file.getValue()));
        tar.putArchiveEntry(entry);
        Files.copy(file.getValue(), tar);
        tar.closeArchiveEntry();
        if (bytes.size() > maxBytes) {
          throw tooLarge(what, bytes.size(), maxBytes);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not archive " + what.toLowerCase(Locale.ROOT), e);
    }
    if (bytes.size() > maxBytes) {
      throw tooLarge(what, bytes.size(), maxBytes);
    }
    return bytes.toByteArray();
  }

  private static String name(Path folder, Path file) {
    return folder.relativize(file).toString().replace('\\', '/');
  }

  /**
   * Writes the archive's files under {@code folder}, which must be empty or missing.
   *
   * @throws IllegalArgumentException naming every entry whose name could not be kept, before
   *     anything is written
   */
  public static void unpack(byte[] archive, Path folder) {
    List<String> names = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    read(
        archive,
        (entry, tar) -> {
          if (!entry.isFile()) {
            problems.add("'" + entry.getName() + "' is not a regular file");
          } else {
            names.add(entry.getName());
          }
        });
    problems.addAll(
        FileNames.problems(names.stream().map(n -> new SourceFile(n, "")).toList(), List.of()));
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(
          "The archive cannot be unpacked: " + String.join("; ", problems) + ".");
    }
    read(
        archive,
        (entry, tar) -> {
          Path target = folder.resolve(entry.getName());
          try {
            Files.createDirectories(target.getParent());
            Files.copy(tar, target);
          } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + target, e);
          }
        });
  }

  private interface EntryReader {
    void read(TarArchiveEntry entry, TarArchiveInputStream tar) throws IOException;
  }

  private static void read(byte[] archive, EntryReader reader) {
    try (TarArchiveInputStream tar =
        new TarArchiveInputStream(
            new GzipCompressorInputStream(new ByteArrayInputStream(archive)))) {
      for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
        reader.read(entry, tar);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read the archive", e);
    }
  }

  private static PayloadTooLargeException tooLarge(String what, long size, int maxBytes) {
    return new PayloadTooLargeException(
        what
            + " compress to more than "
            + maxBytes
            + " bytes (at least "
            + size
            + "), the cap for a workflow payload (a Temporal server refuses payloads over 2 MB)."
            + " Leave large files out (inputExcludes), or solve this spec locally.");
  }

  /** An archive over its cap. */
  public static final class PayloadTooLargeException extends RuntimeException {
    PayloadTooLargeException(String message) {
      super(message);
    }
  }
}
