package dev.azlon.spec;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.azlon.ConfigurationException;
import dev.azlon.Setting;
import dev.azlon.host.DataFiles;
import dev.azlon.host.ProjectBoundary;
import dev.azlon.verdict.Check;
import dev.azlon.workspace.FileNames;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;

/**
 * One task in a file: the plugin's keys in YAML (JSON, being YAML, too). A spec file is data, not
 * configuration the POM vouched for: it is read bounded, as plain YAML (no anchors, aliases, merge
 * keys or tags), and every path it names must lead, links resolved, inside the project (or a folder
 * the POM allows). Every key is checked as it is read, and an error names the file, the line and
 * the key. Paths are relative to the file's folder.
 *
 * @param name the spec's name: its path in the specs folder without the suffix, folders joined by
 *     dots ({@code greet/hello.azlon.yaml} is {@code greet.hello})
 * @param file where it was read from
 * @param settings what it sets
 * @param lines the line each key was set on, for errors about it later
 */
public record SpecFile(String name, Path file, TaskSettings settings, Map<Setting, Integer> lines) {

  /** Names a spec might use for the key, which is never a spec's to give. */
  private static final Set<String> KEY_NAMES = Set.of("apiKey", "key");

  private static final YAMLFactory YAML = new YAMLFactory();

  public SpecFile {
    lines = Collections.unmodifiableMap(new EnumMap<>(lines.isEmpty() ? Map.of() : lines));
  }

  /** Where {@code key} was set, as {@code file:line}, shown safely. */
  public String where(Setting key) {
    return shown(file) + ":" + lines.getOrDefault(key, 1);
  }

  /**
   * Reads and checks {@code file}.
   *
   * @param boundary where the paths it names may lead
   * @throws ConfigurationException naming file, line and key; nothing a path names is read when it
   *     leads outside
   */
  public static SpecFile read(String name, Path file, ProjectBoundary boundary) {
    if (!boundary.contains(file)) {
      throw error(file, 1, "the spec file is a link that leads outside the project.");
    }
    byte[] content;
    try {
      content = DataFiles.readBytes(file, DataFiles.TEXT_MAX_BYTES);
    } catch (IOException e) {
      throw new ConfigurationException(
          Setting.SPECS, "The spec file " + shown(file) + " " + reason(e) + ".");
    }
    Path folder = file.toAbsolutePath().getParent();
    plainData(file, content);
    try (YAMLParser parser = (YAMLParser) YAML.createParser(content)) {
      parser.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
      Reader reader = new Reader(parser, file, folder, boundary);
      JsonToken first = reader.next();
      if (first == null) {
        throw error(file, 1, "the file is empty; a spec needs at least prompt and testConditions.");
      }
      if (first != JsonToken.START_OBJECT) {
        throw error(file, reader.line(), "a spec is a mapping of keys (prompt: ..., checks: ...).");
      }
      TaskSettings settings = TaskSettings.empty();
      Map<Setting, Integer> lines = new EnumMap<>(Setting.class);
      while (reader.next() == JsonToken.FIELD_NAME) {
        String keyName = parser.currentName();
        int line = reader.line();
        Setting key = Setting.forKey(keyName).orElseThrow(() -> unknown(file, line, keyName));
        if (!key.isSpecKey()) {
          throw pomOnly(file, line, keyName);
        }
        reader.next();
        try {
          settings = settings.with(key, reader.value(key));
        } catch (ConfigurationException e) {
          throw error(file, line, e.getMessage());
        }
        lines.put(key, line);
      }
      if (reader.next() != null) {
        throw error(
            file, reader.line(), "a spec file holds one document; put each task in its own file.");
      }
      return new SpecFile(name, file, settings, lines);
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 1 : e.getLocation().getLineNr();
      throw error(file, line, e.getOriginalMessage().lines().findFirst().orElse("not YAML") + ".");
    } catch (IOException e) {
      throw new ConfigurationException(
          Setting.SPECS, "Cannot read the spec file " + shown(file) + ": " + e.getMessage() + ".");
    }
  }

  /**
   * Refuses what makes YAML more than plain data: an alias stands for another node's value (or,
   * unresolved, silently for the anchor's name), an anchor exists only to be aliased, a tag asks
   * for a type, a second document hides a second task. None is what a reviewer reads at a glance.
   * Jackson does not report an anchor on a scalar, so SnakeYAML's events (which Jackson reads too)
   * are looked at first.
   */
  private static void plainData(Path file, byte[] content) {
    int documents = 0;
    try {
      for (Event event :
          new Yaml().parse(new InputStreamReader(new ByteArrayInputStream(content), UTF_8))) {
        int line = event.getStartMark() == null ? 1 : event.getStartMark().getLine() + 1;
        if (event.is(Event.ID.Alias)) {
          throw error(
              file, line, "YAML aliases (*name) are refused in spec files: write the value.");
        }
        if (event instanceof NodeEvent node && node.getAnchor() != null) {
          throw error(
              file, line, "YAML anchors (&name) are refused in spec files: write each value out.");
        }
        if (explicitTag(event)) {
          throw error(
              file, line, "YAML tags (!tag) are refused in spec files: write plain values.");
        }
        if (event.is(Event.ID.DocumentStart) && ++documents > 1) {
          throw error(file, line, "a spec file holds one document; put each task in its own file.");
        }
      }
    } catch (YAMLException e) {
      // Jackson says what is wrong, with its line, when it reads the file next.
    }
  }

  private static boolean explicitTag(Event event) {
    String tag =
        event instanceof ScalarEvent scalar
            ? scalar.getTag()
            : event instanceof CollectionStartEvent collection ? collection.getTag() : null;
    return tag != null && !tag.equals("!");
  }

  /** Tokens, each checked to be plain data, and values turned into settings. */
  private static final class Reader {
    private final YAMLParser parser;
    private final Path file;
    private final Path folder;
    private final ProjectBoundary boundary;

    Reader(YAMLParser parser, Path file, Path folder, ProjectBoundary boundary) {
      this.parser = parser;
      this.file = file;
      this.folder = folder;
      this.boundary = boundary;
    }

    /**
     * The next token. An alias would silently stand for another node's value (or, unresolved, for
     * the anchor's name), a merge key for another mapping's keys, a tag for a type: none is data a
     * reviewer reads at a glance, so each is refused.
     */
    JsonToken next() throws IOException {
      JsonToken token = parser.nextToken();
      if (token == null) {
        return null;
      }
      if (parser.isCurrentAlias()) {
        throw error(
            file, line(), "YAML aliases (*name) are refused in spec files: write the value.");
      }
      if (parser.getObjectId() != null) {
        throw error(
            file, line(), "YAML anchors (&name) are refused in spec files: write each value out.");
      }
      if (parser.getTypeId() != null) {
        throw error(
            file, line(), "YAML tags (!tag) are refused in spec files: write plain values.");
      }
      if (token == JsonToken.FIELD_NAME && "<<".equals(parser.currentName())) {
        throw error(
            file, line(), "YAML merge keys (<<) are refused in spec files: write each key out.");
      }
      return token;
    }

    int line() {
      return parser.currentTokenLocation().getLineNr();
    }

    Object value(Setting key) throws IOException {
      JsonToken token = parser.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        throw new ConfigurationException(key, key.key() + " has no value.");
      }
      return switch (key.kind()) {
        case TEXT_LIST -> texts(key);
        case CHECKS -> checks(key);
        default -> {
          if (!token.isScalarValue()) {
            throw new ConfigurationException(
                key, key.key() + " takes a single value, not a list or a mapping.");
          }
          yield key.kind() == Setting.Kind.PATH || key.kind() == Setting.Kind.TEXT_FILE
              ? path(key, parser.getText())
              : Values.fromText(key, parser.getText(), null);
        }
      };
    }

    /** A path the spec names, links resolved; refused when that leads outside the boundary. */
    private Path path(Setting key, String text) {
      Path named;
      try {
        named = folder.resolve(text.strip());
      } catch (InvalidPathException e) {
        throw new ConfigurationException(
            key, key.key() + " '" + printable(text) + "' is not a path.");
      }
      if (!boundary.contains(named)) {
        throw new ConfigurationException(
            key,
            key.key()
                + " '"
                + printable(text)
                + "' leads outside the project ("
                + boundary.root()
                + "), so nothing was read or written there. A spec file names files inside the"
                + " project only; the build's own configuration may allow a folder outside, with "
                + Setting.SPEC_ALLOWED_ROOTS.mention()
                + ".");
      }
      return ProjectBoundary.real(named);
    }

    private List<String> texts(Setting key) throws IOException {
      if (parser.currentToken().isScalarValue()) {
        return List.of(parser.getText());
      }
      if (parser.currentToken() != JsonToken.START_ARRAY) {
        throw new ConfigurationException(key, key.key() + " takes a list of texts.");
      }
      List<String> texts = new ArrayList<>();
      while (next() != JsonToken.END_ARRAY) {
        if (!parser.currentToken().isScalarValue()) {
          throw new ConfigurationException(key, key.key() + " takes a list of texts.");
        }
        texts.add(parser.getText());
      }
      return List.copyOf(texts);
    }

    /** A list of single-key mappings, each checked with its own line. */
    private List<Check> checks(Setting key) throws IOException {
      if (parser.currentToken() != JsonToken.START_ARRAY) {
        throw new ConfigurationException(
            key, key.key() + " takes a list, like [{exitCode: 0}, {stdoutContains: Hello}].");
      }
      List<Check> checks = new ArrayList<>();
      while (next() != JsonToken.END_ARRAY) {
        int line = line();
        if (parser.currentToken() != JsonToken.START_OBJECT) {
          throw error(file, line, key.key() + ": each check is a mapping, like {exitCode: 0}.");
        }
        Map<String, String> fields = new HashMap<>();
        while (next() == JsonToken.FIELD_NAME) {
          String field = parser.currentName();
          int fieldLine = line();
          next();
          if (!CheckEntry.KEYS.contains(field)) {
            throw error(
                file,
                fieldLine,
                key.key()
                    + ": '"
                    + printable(field)
                    + "' is not a kind of check; use one of "
                    + CheckEntry.KEYS
                    + ".");
          }
          if (!parser.currentToken().isScalarValue()) {
            throw error(file, fieldLine, key.key() + ": " + field + " takes a single value.");
          }
          fields.put(field, parser.getText());
        }
        try {
          checks.add(entry(fields).toCheck(key, "check number " + (checks.size() + 1)));
        } catch (ConfigurationException e) {
          throw error(file, line, key.key() + ": " + e.getMessage());
        }
      }
      return List.copyOf(checks);
    }
  }

  private static CheckEntry entry(Map<String, String> fields) {
    String exitCode = fields.get("exitCode");
    Integer code = null;
    if (exitCode != null) {
      code = (Integer) Values.fromText(Setting.EXPECT_EXIT_CODE, exitCode, null);
    }
    return new CheckEntry(
        code,
        fields.get("stdoutContains"),
        fields.get("stdoutMatches"),
        fields.get("command"),
        fields.get("timeout"));
  }

  private static ConfigurationException unknown(Path file, int line, String key) {
    if (KEY_NAMES.contains(key)) {
      return pomOnly(file, line, key);
    }
    return error(
        file,
        line,
        "'" + printable(key) + "' is not a spec key; the README's spec file section lists them.");
  }

  private static ConfigurationException pomOnly(Path file, int line, String key) {
    return error(
        file,
        line,
        key
            + " is the build's own to set, not a spec file's: a spec cannot choose the model, its"
            + " address, its key or its prices, nor where Azlon reads and writes.");
  }

  private static ConfigurationException error(Path file, int line, String problem) {
    return new ConfigurationException(Setting.SPECS, shown(file) + ":" + line + ": " + problem);
  }

  /** Why a file was not read, after its name. */
  static String reason(IOException e) {
    if (e instanceof DataFiles.RefusedException) {
      return e.getMessage();
    }
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "does not exist";
    }
    return "cannot be read (" + e.getClass().getSimpleName() + ")";
  }

  /** A path as a message may show it: a file name cannot add a line or hide a character. */
  static String shown(Path file) {
    return printable(file.toString());
  }

  static String printable(String text) {
    return FileNames.printable(text);
  }
}
