package dev.azlon.spec;

import dev.azlon.ConfigurationException;
import dev.azlon.Setting;
import dev.azlon.sandbox.Quantities;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;

/** A key's value from its text form, checked by its kind. */
final class Values {

  private Values() {}

  /**
   * The typed value of {@code text} for {@code key}.
   *
   * @param folder what relative paths resolve against; null keeps them as they are
   * @throws ConfigurationException naming the key and the form it takes
   */
  static Object fromText(Setting key, String text, Path folder) {
    String value = text.strip();
    return switch (key.kind()) {
      case TEXT -> text;
      case PATH -> folder == null ? Path.of(value) : folder.resolve(value).normalize();
      case INTEGER -> whole(key, value, Integer.MIN_VALUE, Integer.MAX_VALUE).intValue();
      case LONG -> whole(key, value, Long.MIN_VALUE, Long.MAX_VALUE);
      case BOOLEAN -> flag(key, value);
      case DURATION -> Quantities.duration(key, value);
      case BYTES -> Quantities.bytes(key, value);
      case CPUS -> Quantities.nanoCpus(key, value);
      case DOLLARS -> dollars(key, value);
      case DECIMAL -> decimal(key, value);
      case TEXT_LIST, CHECKS -> throw new ConfigurationException(key, key.key() + " takes a list.");
    };
  }

  /** A value as a user writes it: {@code 1g}, {@code 0.5}, {@code 2m}. */
  static String describe(Setting key, Object value) {
    return switch (key.kind()) {
      case BYTES -> bytes((Long) value);
      case CPUS -> BigDecimal.valueOf((Long) value, 9).stripTrailingZeros().toPlainString();
      case DURATION -> duration((Duration) value);
      case DOLLARS -> ((BigDecimal) value).toPlainString();
      default -> String.valueOf(value);
    };
  }

  private static String bytes(long bytes) {
    for (String unit : new String[] {"g", "m", "k"}) {
      long size = 1L << (unit.equals("g") ? 30 : unit.equals("m") ? 20 : 10);
      if (bytes % size == 0) {
        return bytes / size + unit;
      }
    }
    return bytes + " bytes";
  }

  private static String duration(Duration duration) {
    long seconds = duration.toSeconds();
    if (duration.toMillis() % 1000 != 0 || seconds == 0) {
      return duration.toMillis() + "ms";
    }
    if (seconds % 3600 == 0) {
      return seconds / 3600 + "h";
    }
    return seconds % 60 == 0 ? seconds / 60 + "m" : seconds + "s";
  }

  private static Long whole(Setting key, String value, long min, long max) {
    try {
      long number = Long.parseLong(value);
      if (number >= min && number <= max) {
        return number;
      }
    } catch (NumberFormatException e) {
      // Said below.
    }
    throw new ConfigurationException(
        key, key.key() + " takes a whole number, not '" + value + "'.");
  }

  private static Boolean flag(Setting key, String value) {
    if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
      return Boolean.valueOf(value);
    }
    throw new ConfigurationException(key, key.key() + " takes true or false, not '" + value + "'.");
  }

  private static BigDecimal decimal(Setting key, String value) {
    try {
      return new BigDecimal(value);
    } catch (NumberFormatException e) {
      throw new ConfigurationException(
          key, key.key() + " takes a number such as 0.7, not '" + value + "'.");
    }
  }

  private static BigDecimal dollars(Setting key, String value) {
    try {
      BigDecimal dollars = new BigDecimal(value);
      if (dollars.signum() >= 0) {
        return dollars;
      }
    } catch (NumberFormatException e) {
      // Said below.
    }
    throw new ConfigurationException(
        key, key.key() + " '" + value + "' is not a number of dollars; write it like 2.50.");
  }
}
