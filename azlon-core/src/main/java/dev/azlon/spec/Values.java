package dev.azlon.spec;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.azlon.ConfigurationException;
import dev.azlon.Setting;
import dev.azlon.sandbox.Quantities;
import dev.azlon.verdict.Check;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A key's value from its text form, checked by its kind. */
final class Values {

  private static final ObjectMapper JSON = new ObjectMapper();

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
      case PATH, TEXT_FILE -> folder == null ? Path.of(value) : folder.resolve(value).normalize();
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

  /**
   * A value as text another machine reads back with {@link #parse} to the same value: numbers
   * plain, durations in ISO-8601, lists and checks as JSON, a file by its text.
   */
  static String text(Setting key, Object value) {
    return switch (key.kind()) {
      case TEXT, INTEGER, LONG, BOOLEAN, BYTES -> String.valueOf(value);
      case CPUS -> BigDecimal.valueOf((Long) value, 9).stripTrailingZeros().toPlainString();
      case DURATION -> value.toString();
      case DOLLARS, DECIMAL -> ((BigDecimal) value).toPlainString();
      case TEXT_FILE -> ((FileText) value).text();
      case PATH -> value.toString();
      case TEXT_LIST -> json(value);
      case CHECKS -> json(((List<?>) value).stream().map(check -> entry((Check) check)).toList());
    };
  }

  /** A value from {@link #text}. */
  static Object parse(Setting key, String text) {
    return switch (key.kind()) {
      case TEXT_FILE -> new FileText("the submitted " + key.key(), text);
      case TEXT_LIST -> List.copyOf(read(text, new TypeReference<List<String>>() {}));
      case CHECKS -> {
        List<Check> checks = new ArrayList<>();
        for (Map<String, String> fields :
            read(text, new TypeReference<List<Map<String, String>>>() {})) {
          checks.add(
              new CheckEntry(
                      fields.containsKey("exitCode")
                          ? Integer.valueOf(fields.get("exitCode"))
                          : null,
                      fields.get("stdoutContains"),
                      fields.get("stdoutMatches"),
                      fields.get("command"),
                      fields.get("timeout"))
                  .toCheck(key, "check number " + (checks.size() + 1)));
        }
        yield List.copyOf(checks);
      }
      default -> fromText(key, text, null);
    };
  }

  private static Map<String, String> entry(Check check) {
    Map<String, String> fields = new LinkedHashMap<>();
    if (check instanceof Check.ExitCode exit) {
      fields.put("exitCode", String.valueOf(exit.expected()));
    } else if (check instanceof Check.StdoutContains contains) {
      fields.put("stdoutContains", contains.text());
    } else if (check instanceof Check.StdoutMatches matches) {
      fields.put("stdoutMatches", matches.pattern().pattern());
    } else {
      Check.Command command = (Check.Command) check;
      fields.put("command", command.command());
      fields.put("timeout", command.timeout().toString());
    }
    return fields;
  }

  private static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static <T> T read(String text, TypeReference<T> type) {
    try {
      return JSON.readValue(text, type);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Not a portable value: " + e.getOriginalMessage(), e);
    }
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
