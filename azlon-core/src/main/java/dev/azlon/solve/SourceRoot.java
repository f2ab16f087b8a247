package dev.azlon.solve;

import dev.azlon.ConfigurationException;
import dev.azlon.Setting;
import java.util.Locale;

/** Where a build takes solved sources from: none, its main sources, or its test sources. */
public enum SourceRoot {
  NONE,
  MAIN,
  TEST;

  /** From a setting's text: {@code none}, {@code main} or {@code test}. */
  public static SourceRoot of(String text) {
    String value = text == null ? "none" : text.strip().toLowerCase(Locale.ROOT);
    return switch (value) {
      case "none" -> NONE;
      case "main" -> MAIN;
      case "test" -> TEST;
      default ->
          throw new ConfigurationException(
              Setting.SOURCE_ROOT, "sourceRoot '" + text + "' is not one of main, test or none.");
    };
  }
}
