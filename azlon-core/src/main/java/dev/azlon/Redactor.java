package dev.azlon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one place that keeps secrets out of what leaves the process: log events, exception messages,
 * reports, the run's state, commit messages and the transcript all pass through it. It replaces the
 * secrets in use by their exact value, whatever their shape (also as JSON or HTML would escape
 * them), and anything shaped like a well-known kind of key.
 */
public final class Redactor {

  /** What a secret is replaced with. */
  public static final String MASK = "***";

  private static final Pattern KEY_SHAPED =
      Pattern.compile(
          String.join(
              "|",
              "\\bsk-[A-Za-z0-9_\\-]{6,}",
              "\\bBearer\\s+[A-Za-z0-9._~+/=\\-]{8,}",
              "\\bgh[pousr]_[A-Za-z0-9]{20,}",
              "\\bxox[abprs]-[A-Za-z0-9\\-]{10,}",
              "\\bAKIA[0-9A-Z]{16}\\b",
              "\\bAIza[0-9A-Za-z_\\-]{30,}"));

  /** Shorter values would mask ordinary words; no real key is this short. */
  private static final int MIN_SECRET_LENGTH = 6;

  private static final Redactor PATTERNS_ONLY = new Redactor(List.of());

  private static final ObjectMapper JSON = new ObjectMapper();

  private final List<String> forms;

  private Redactor(List<String> forms) {
    this.forms = forms;
  }

  /** Redacts key-shaped text only; for when no secret is in use. */
  public static Redactor patternsOnly() {
    return PATTERNS_ONLY;
  }

  /**
   * Redacts these values and key-shaped text. Nulls, blanks and values of fewer than six characters
   * are skipped: masking those would mask ordinary words, and no real key is so short.
   */
  public static Redactor of(String... secrets) {
    Set<String> forms = new LinkedHashSet<>();
    for (String secret : secrets) {
      if (secret == null || secret.isBlank()) {
        continue;
      }
      String value = secret.strip();
      if (value.length() < MIN_SECRET_LENGTH) {
        continue;
      }
      forms.add(value);
      forms.add(jsonEscaped(value));
      forms.add(htmlEscaped(value));
    }
    List<String> longestFirst = new ArrayList<>(forms);
    longestFirst.sort(Comparator.comparingInt(String::length).reversed());
    return new Redactor(List.copyOf(longestFirst));
  }

  /** The text with every secret and key-shaped run replaced by {@link #MASK}; null stays null. */
  public String redact(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    String redacted = text;
    for (String form : forms) {
      redacted = redacted.replace(form, MASK);
    }
    return KEY_SHAPED.matcher(redacted).replaceAll(MASK);
  }

  /**
   * A JSON text with every string in it (values and names) redacted after decoding, then written
   * out again: a key the model wrote escaped ({@code s\\u006b-...}) is only a key once decoded, and
   * the text that results holds it in no form. Text that is not a JSON object or array is redacted
   * as it is.
   */
  public String redactJson(String text) {
    if (text == null || text.isBlank()) {
      return text;
    }
    JsonNode json;
    try {
      json = JSON.readTree(text);
    } catch (IOException e) {
      return redact(text);
    }
    if (json == null || !json.isContainerNode()) {
      return redact(text);
    }
    try {
      return JSON.writeValueAsString(redacted(json));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private JsonNode redacted(JsonNode node) {
    if (node.isTextual()) {
      return TextNode.valueOf(redact(node.textValue()));
    }
    if (node.isArray()) {
      ArrayNode array = JSON.createArrayNode();
      node.forEach(element -> array.add(redacted(element)));
      return array;
    }
    if (node.isObject()) {
      ObjectNode object = JSON.createObjectNode();
      node.fields()
          .forEachRemaining(
              field -> object.set(redact(field.getKey()), redacted(field.getValue())));
      return object;
    }
    return node;
  }

  /** Whether {@link #redact} would change the text. */
  public boolean reveals(String text) {
    return text != null && !redact(text).equals(text);
  }

  /**
   * Whether any message in the chain would reveal a secret; such a chain must not be passed on as a
   * cause, since a stack trace prints every message in it.
   */
  public boolean reveals(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (reveals(t.getMessage())) {
        return true;
      }
    }
    return false;
  }

  private static String jsonEscaped(String value) {
    StringBuilder out = new StringBuilder();
    for (char c : value.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '/' -> out.append('/');
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }

  private static String htmlEscaped(String value) {
    return value
        .replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;")
        .replace("'", "&#39;");
  }
}
