package dev.azlon.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Run ids sort by the time the run started ({@code 20261125-031708-123-9f3a}); the random tail and
 * an exclusive create keep two runs started in the same millisecond apart.
 */
public final class RunIds {

  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);
  private static final SecureRandom RANDOM = new SecureRandom();

  private static final Pattern ID = Pattern.compile("\\d{8}-\\d{6}-\\d{3}-[0-9a-f]{4}");

  private RunIds() {}

  /** Whether {@code text} is a run id as this class makes them, safe as a folder name. */
  public static boolean isRunId(String text) {
    return text != null && ID.matcher(text).matches();
  }

  /** When the run with this id started; empty when it is no run id. */
  public static Optional<Instant> startOf(String id) {
    if (!isRunId(id)) {
      return Optional.empty();
    }
    try {
      return Optional.of(Instant.from(STAMP.parse(id.substring(0, 19))));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

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
