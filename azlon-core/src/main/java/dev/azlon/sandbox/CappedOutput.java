package dev.azlon.sandbox;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Keeps the first {@code cap} bytes of a stream and counts the rest, so a program that prints
 * forever cannot exhaust our memory. Decoding never throws: invalid UTF-8 becomes U+FFFD.
 */
final class CappedOutput {

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

  synchronized String text() {
    String text = kept.toString(StandardCharsets.UTF_8);
    return dropped == 0 ? text : text + "\n[azlon: " + dropped + " more bytes not kept]\n";
  }
}
