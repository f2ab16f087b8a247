package dev.azlon.spec;

import dev.azlon.ConfigurationException;
import dev.azlon.sandbox.Quantities;
import java.math.BigDecimal;
import java.nio.file.Path;

/** A key's value from its text form, checked by its kind. */
final class Values {

  private Values() {}

  /**
   * The typed value of {@code text} for {@code key}.
   *
   * @param folder what relative paths resolve against; null keeps them as they are
   * @throws ConfigurationException naming the key and the form it takes
   */
  static Object fromText(TaskKey key, String text, Path folder) {
    String value = text.strip();
    return switch (key.kind()) {
      case TEXT -> text;
      case PATH -> folder == null ? Path.of(value) : folder.resolve(value).normalize();
      case INTEGER -> whole(key, value, Integer.MIN_VALUE, Integer.MAX_VALUE).intValue();
      case LONG -> whole(key, value, Long.MIN_VALUE, Long.MAX_VALUE);
      case BOOLEAN -> flag(key, value);
      case DURATION -> Quantities.duration(key.setting(), value);
      case BYTES -> Quantities.bytes(key.setting(), value);
      case CPUS -> Quantities.nanoCpus(key.setting(), value);
      case DOLLARS -> dollars(key, value);
      case TEXT_LIST, CHECKS ->
          throw new ConfigurationException(key.setting(), key.key() + " takes a list.");
    };
  }

  private static Long whole(TaskKey key, String value, long min, long max) {
    try {
      long number = Long.parseLong(value);
      if (number >= min && number <= max) {
        return number;
      }
    } catch (NumberFormatException e) {
      // Said below.
    }
    throw new ConfigurationException(
        key.setting(), key.key() + " takes a whole number, not '" + value + "'.");
  }

  private static Boolean flag(TaskKey key, String value) {
    if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
      return Boolean.valueOf(value);
    }
    throw new ConfigurationException(
        key.setting(), key.key() + " takes true or false, not '" + value + "'.");
  }

  private static BigDecimal dollars(TaskKey key, String value) {
    try {
      BigDecimal dollars = new BigDecimal(value);
      if (dollars.signum() >= 0) {
        return dollars;
      }
    } catch (NumberFormatException e) {
      // Said below.
    }
    throw new ConfigurationException(
        key.setting(),
        key.key() + " '" + value + "' is not a number of dollars; write it like 2.50.");
  }
}
