package dev.azlon.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/**
 * Run ids sort by the time the run started ({@code 20261125-031708-123-9f3a}); the random tail and
 * an exclusive create keep two runs started in the same millisecond apart.
 */
public final class RunIds {

  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);
  private static final SecureRandom RANDOM = new SecureRandom();

  private RunIds() {}

  /** Creates a new, empty run folder under {@code outputDirectory} and returns it. */
  public static Path createRunDirectory(Path outputDirectory, Clock clock) {
    try {
      Files.createDirectories(outputDirectory);
      while (true) {
        byte[] tail = new byte[2];
        RANDOM.nextBytes(tail);
        String id = STAMP.format(clock.instant()) + "-" + HexFormat.of().formatHex(tail);
        try {
          return Files.createDirectory(outputDirectory.resolve(id));
        } catch (FileAlreadyExistsException taken) {
          // Another run took this id in the same millisecond; draw again.
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not create a run folder in " + outputDirectory, e);
    }
  }
}
