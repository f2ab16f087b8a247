package dev.azlon.spec;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.azlon.ConfigurationException;
import dev.azlon.Setting;
import dev.azlon.verdict.Check;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One task in a file: the plugin's keys in YAML (JSON, being YAML, too). Every key is checked as it
 * is read, and an error names the file, the line and the key. Paths are relative to the file's
 * folder.
 *
 * @param name the spec's name: its path in the specs folder without the suffix, folders joined by
 *     dots ({@code greet/hello.azlon.yaml} is {@code greet.hello})
 * @param file where it was read from
 * @param settings what it sets
 */
public record SpecFile(String name, Path file, TaskSettings settings) {

  /** Keys that only the POM or the command line may set: a spec cannot choose who answers. */
  private static final Set<String> POM_ONLY =
      Set.of(
          Setting.MODEL.parameter(),
          Setting.BASE_URL.parameter(),
          Setting.SERVER_ID.parameter(),
          Setting.TEMPERATURE.parameter(),
          Setting.SEED.parameter(),
          Setting.REQUEST_TIMEOUT.parameter(),
          Setting.REPLAY.parameter(),
          Setting.OUTPUT_DIRECTORY.parameter(),
          Setting.RESUME.parameter(),
          Setting.SKIP.parameter(),
          "apiKey",
          "key");

  private static final YAMLFactory YAML = new YAMLFactory();

  /** Reads and checks {@code file}. */
  public static SpecFile read(String name, Path file) {
    Path folder = file.toAbsolutePath().getParent();
    try (JsonParser parser = YAML.createParser(file.toFile())) {
      parser.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw error(file, 1, "the file is empty; a spec needs at least prompt and testConditions.");
      }
      if (first != JsonToken.START_OBJECT) {
        throw error(file, line(parser), "a spec is a mapping of keys (prompt: ..., checks: ...).");
      }
      TaskSettings settings = TaskSettings.empty();
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name0 = parser.currentName();
        int line = line(parser);
        TaskKey key = TaskKey.named(name0).orElseThrow(() -> unknown(file, line, name0));
        parser.nextToken();
        try {
          settings = settings.with(key, value(key, parser, folder, file));
        } catch (ConfigurationException e) {
          throw error(file, line, e.getMessage());
        }
      }
      return new SpecFile(name, file, settings);
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 1 : e.getLocation().getLineNr();
      throw error(file, line, e.getOriginalMessage().lines().findFirst().orElse("not YAML") + ".");
    } catch (IOException e) {
      throw new ConfigurationException(
          Setting.SPECS, "Cannot read the spec file " + file + ": " + e.getMessage() + ".");
    }
  }

  private static Object value(TaskKey key, JsonParser parser, Path folder, Path file)
      throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_NULL) {
      throw new ConfigurationException(key.setting(), key.key() + " has no value.");
    }
    return switch (key.kind()) {
      case TEXT_LIST -> texts(key, parser);
      case CHECKS -> checks(parser, file);
      default -> {
        if (!token.isScalarValue()) {
          throw new ConfigurationException(
              key.setting(), key.key() + " takes a single value, not a list or a mapping.");
        }
        yield Values.fromText(key, parser.getText(), folder);
      }
    };
  }

  private static List<String> texts(TaskKey key, JsonParser parser) throws IOException {
    if (parser.currentToken().isScalarValue()) {
      return List.of(parser.getText());
    }
    if (parser.currentToken() != JsonToken.START_ARRAY) {
      throw new ConfigurationException(key.setting(), key.key() + " takes a list of texts.");
    }
    List<String> texts = new ArrayList<>();
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      if (!parser.currentToken().isScalarValue()) {
        throw new ConfigurationException(key.setting(), key.key() + " takes a list of texts.");
      }
      texts.add(parser.getText());
    }
    return List.copyOf(texts);
  }

  /** A list of single-key mappings, each checked with its own line. */
  private static List<Check> checks(JsonParser parser, Path file) throws IOException {
    if (parser.currentToken() != JsonToken.START_ARRAY) {
      throw new ConfigurationException(
          Setting.CHECKS, "checks takes a list, like [{exitCode: 0}, {stdoutContains: Hello}].");
    }
    List<Check> checks = new ArrayList<>();
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      int line = line(parser);
      if (parser.currentToken() != JsonToken.START_OBJECT) {
        throw error(file, line, "checks: each check is a mapping, like {exitCode: 0}.");
      }
      Map<String, String> fields = new HashMap<>();
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        int fieldLine = line(parser);
        parser.nextToken();
        if (!CheckEntry.KEYS.contains(field)) {
          throw error(
              file,
              fieldLine,
              "checks: '"
                  + field
                  + "' is not a kind of check; use one of "
                  + CheckEntry.KEYS
                  + ".");
        }
        if (!parser.currentToken().isScalarValue()) {
          throw error(file, fieldLine, "checks: " + field + " takes a single value.");
        }
        fields.put(field, parser.getText());
      }
      try {
        checks.add(entry(fields).toCheck("check number " + (checks.size() + 1)));
      } catch (ConfigurationException e) {
        throw error(file, line, "checks: " + e.getMessage());
      }
    }
    return List.copyOf(checks);
  }

  private static CheckEntry entry(Map<String, String> fields) {
    String exitCode = fields.get("exitCode");
    Integer code = null;
    if (exitCode != null) {
      code = (Integer) Values.fromText(TaskKey.EXPECT_EXIT_CODE, exitCode, null);
    }
    return new CheckEntry(
        code,
        fields.get("stdoutContains"),
        fields.get("stdoutMatches"),
        fields.get("command"),
        fields.get("timeout"));
  }

  private static ConfigurationException unknown(Path file, int line, String key) {
    if (POM_ONLY.contains(key)) {
      return error(
          file,
          line,
          key
              + " is set in the POM or with -D only: a spec file cannot choose the model, its"
              + " address or its key.");
    }
    return error(
        file, line, "'" + key + "' is not a spec key; the README's spec file section lists them.");
  }

  private static ConfigurationException error(Path file, int line, String problem) {
    return new ConfigurationException(Setting.SPECS, file + ":" + line + ": " + problem);
  }

  private static int line(JsonParser parser) {
    return parser.currentTokenLocation().getLineNr();
  }
}
