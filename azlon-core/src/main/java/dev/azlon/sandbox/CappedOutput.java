package dev.azlon.sandbox;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Keeps the first {@code cap} bytes of a stream and counts the rest, so a program that prints
 * forever cannot exhaust our memory. Decoding never throws: invalid UTF-8 becomes U+FFFD, and
 * terminal escapes and other control characters (but newlines and tabs) are dropped.
 */
public final class CappedOutput {

  private static final Pattern TERMINAL_CONTROL =
      Pattern.compile(
          String.join(
              "|",
              "\\x1B\\[[0-?]*[ -/]*[@-~]", // CSI: colours, cursor movement
              "\\x1B\\][^\\x07\\x1B]*(?:\\x07|\\x1B\\\\)?", // OSC: window titles, links
              "\\x1B[@-_]?", // any other escape
              "[\\x00-\\x08\\x0B-\\x1F\\x7F]")); // C0 controls but tab and newline

  private final int cap;
  private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
  private long dropped;

  CappedOutput(int cap) {
    this.cap = cap;
  }

  synchronized void append(byte[] bytes) {
    int room = Math.max(0, cap - kept.size());
    int take = Math.min(room, bytes.length);
    kept.write(bytes, 0, take);
    dropped += bytes.length - take;
  }

  void append(String text) {
    append(text.getBytes(StandardCharsets.UTF_8));
  }

  public synchronized String text() {
    String text = TERMINAL_CONTROL.matcher(kept.toString(StandardCharsets.UTF_8)).replaceAll("");
    return dropped == 0 ? text : text + "\n[azlon: " + dropped + " more bytes not kept]\n";
  }
}
