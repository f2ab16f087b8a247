package dev.azlon.sandbox;

import dev.azlon.ConfigurationException;
import dev.azlon.Setting;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads limits the way people write them: {@code 512m}, {@code 1.5}, {@code 90s}. Every error names
 * the setting and shows a valid example.
 */
public final class Quantities {

  private static final Pattern BYTES = Pattern.compile("(\\d+)\\s*([kmg]?)i?b?");
  private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h)");

  private Quantities() {}

  /** Bytes from {@code 1073741824}, {@code 512k}, {@code 512m} or {@code 1g} (binary units). */
  public static long bytes(Setting setting, String text) {
    Matcher m = BYTES.matcher(normalise(text));
    if (!m.matches()) {
      throw invalid(setting, text, "512m or 1g");
    }
    int shift =
        switch (m.group(2)) {
          case "k" -> 10;
          case "m" -> 20;
          case "g" -> 30;
          default -> 0;
        };
    try {
      return Math.multiplyExact(Long.parseLong(m.group(1)), 1L << shift);
    } catch (ArithmeticException | NumberFormatException e) {
      throw invalid(setting, text, "512m or 1g");
    }
  }

  /** CPUs as a decimal ({@code 1}, {@code 0.5}), in billionths of a CPU. */
  public static long nanoCpus(Setting setting, String text) {
    try {
      BigDecimal cpus = new BigDecimal(normalise(text));
      if (cpus.signum() <= 0) {
        throw invalid(setting, text, "1 or 0.5");
      }
      return cpus.movePointRight(9).longValueExact();
    } catch (NumberFormatException | ArithmeticException e) {
      throw invalid(setting, text, "1 or 0.5");
    }
  }

  /**
   * A duration from {@code 500ms}, {@code 90s}, {@code 2m}, {@code 1h} or ISO-8601 {@code PT2M}.
   */
  public static Duration duration(Setting setting, String text) {
    String value = normalise(text);
    Matcher m = DURATION.matcher(value);
    if (m.matches()) {
      long amount = Long.parseLong(m.group(1));
      return switch (m.group(2)) {
        case "ms" -> Duration.ofMillis(amount);
        case "s" -> Duration.ofSeconds(amount);
        case "m" -> Duration.ofMinutes(amount);
        default -> Duration.ofHours(amount);
      };
    }
    try {
      return Duration.parse(value.toUpperCase(Locale.ROOT));
    } catch (DateTimeParseException e) {
      throw invalid(setting, text, "90s, 2m or PT2M");
    }
  }

  private static String normalise(String text) {
    return text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
  }

  private static ConfigurationException invalid(Setting setting, String text, String example) {
    return new ConfigurationException(
        setting,
        setting.key() + " '" + text + "' is not understood; write it like " + example + ".");
  }

  /** A count as people say it: "1 iteration", "2 iterations". */
  public static String count(long count, String one, String many) {
    return count + " " + (count == 1 ? one : many);
  }

  /** A limit as people say it: "90 seconds", "10 minutes", "1 minute 30 seconds". */
  public static String words(Duration duration) {
    long seconds = Math.max(1, (duration.toMillis() + 999) / 1000);
    long minutes = seconds / 60;
    long rest = seconds % 60;
    if (minutes == 0) {
      return seconds + (seconds == 1 ? " second" : " seconds");
    }
    return minutes
        + (minutes == 1 ? " minute" : " minutes")
        + (rest == 0 ? "" : " " + rest + (rest == 1 ? " second" : " seconds"));
  }
}
