package dev.azlon.workspace;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * How a file's bytes become the text the model reads, and its text bytes again. UTF-8 first; then a
 * Python file's coding line (PEP 263); then juniversalchardet's guess. Bytes that none of these
 * decode strictly into text without control characters are binary.
 */
public final class TextEncoding {

  /** A coding line, on the first or second line of a Python file. */
  private static final Pattern CODING =
      Pattern.compile("^[ \\t\\f]*#.*?coding[:=][ \\t]*([-\\w.]+)", Pattern.MULTILINE);

  private static final List<String> CYRILLIC =
      List.of("windows-1251", "KOI8-R", "x-MacCyrillic", "IBM866", "ISO-8859-5", "IBM855");

  /** A file's text and the charset it is stored in. */
  public record Decoded(String text, Charset charset) {}

  private TextEncoding() {}

  /** The bytes as text, unless they are binary. */
  public static Optional<Decoded> decode(String name, byte[] bytes) {
    if (name.endsWith(".py")) {
      Optional<Charset> declared = declared(new String(bytes, StandardCharsets.ISO_8859_1));
      if (declared.isPresent()) {
        return as(bytes, declared.get());
      }
    }
    Optional<String> utf8 = strictly(bytes, StandardCharsets.UTF_8);
    if (utf8.isPresent()) {
      return utf8.filter(TextEncoding::noNul)
          .map(text -> new Decoded(text, StandardCharsets.UTF_8));
    }
    return detected(bytes).flatMap(charset -> as(bytes, charset));
  }

  private static Optional<Decoded> as(byte[] bytes, Charset charset) {
    return strictly(bytes, charset)
        .filter(TextEncoding::looksLikeText)
        .map(text -> new Decoded(text, charset));
  }

  /**
   * The charset to write {@code text} in: the one its own coding line declares (Python), else the
   * one the file is stored in now, else UTF-8.
   */
  public static Charset forWriting(String name, String text, Charset current) {
    if (name.endsWith(".py")) {
      Optional<Charset> declared = declared(text);
      if (declared.isPresent()) {
        return declared.get();
      }
    }
    return current == null ? StandardCharsets.UTF_8 : current;
  }

  /** The text's bytes in {@code charset}, or empty when it has characters the charset lacks. */
  public static Optional<byte[]> encode(String text, Charset charset) {
    try {
      ByteBuffer buffer =
          charset
              .newEncoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .encode(CharBuffer.wrap(text));
      byte[] bytes = new byte[buffer.remaining()];
      buffer.get(bytes);
      return Optional.of(bytes);
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  /** The charset a coding line in the first two lines names, if Java knows it. */
  static Optional<Charset> declared(String text) {
    String head = text.lines().limit(2).reduce("", (a, b) -> a + b + "\n");
    Matcher matcher = CODING.matcher(head);
    if (!matcher.find()) {
      return Optional.empty();
    }
    return charset(matcher.group(1));
  }

  /**
   * juniversalchardet's guess. Its Cyrillic probers confuse windows-1251 with the Mac, DOS and ISO
   * code pages: for a Cyrillic guess, the code page whose text has the most letters wins (another
   * code page turns capitals into symbols).
   */
  private static Optional<Charset> detected(byte[] bytes) {
    UniversalDetector detector = new UniversalDetector();
    detector.handleData(bytes, 0, bytes.length);
    detector.dataEnd();
    Optional<Charset> guess =
        Optional.ofNullable(detector.getDetectedCharset()).flatMap(TextEncoding::charset);
    if (guess.isEmpty() || !CYRILLIC.contains(guess.get().name())) {
      return guess;
    }
    Charset best = guess.get();
    long most = letters(bytes, best);
    for (String name : CYRILLIC) {
      Optional<Charset> other = charset(name);
      long count = other.map(c -> letters(bytes, c)).orElse(-1L);
      if (count > most) {
        best = other.get();
        most = count;
      }
    }
    return Optional.of(best);
  }

  private static long letters(byte[] bytes, Charset charset) {
    return strictly(bytes, charset)
        .map(text -> text.chars().filter(c -> c > 0x7f && Character.isLetter(c)).count())
        .orElse(-1L);
  }

  private static Optional<Charset> charset(String name) {
    try {
      return Optional.of(Charset.forName(name.replace('_', '-')));
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return Optional.empty();
    }
  }

  private static Optional<String> strictly(byte[] bytes, Charset charset) {
    try {
      return Optional.of(
          charset
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  private static boolean noNul(String text) {
    return text.indexOf('\0') < 0;
  }

  /** No control characters but tab, line breaks and form feed: a guessed charset decoded text. */
  private static boolean looksLikeText(String text) {
    return text.chars()
        .noneMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f');
  }
}
