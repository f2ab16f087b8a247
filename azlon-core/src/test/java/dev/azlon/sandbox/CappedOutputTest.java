package dev.azlon.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CappedOutputTest {

  @Test
  void keepsTheFirstBytesAndSaysHowManyWereDropped() {
    CappedOutput output = new CappedOutput(1024);
    for (int i = 0; i < 1000; i++) {
      output.append("0123456789");
    }

    assertThat(output.text()).startsWith("0123456789").contains("8976 more bytes not kept");
  }

  @Test
  void dropsTerminalEscapesAndControlsButKeepsLinesAndTabs() {
    CappedOutput output = new CappedOutput(1024);
    output.append("\u001B[1;31mred\u001B[0m\tok\r\n\u001B]0;title\u0007done\u0000\n");

    assertThat(output.text()).isEqualTo("red\tok\ndone\n");
  }

  @Test
  void invalidUtf8AndBinaryNeverThrow() {
    CappedOutput output = new CappedOutput(1024);
    output.append(new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, 'o', 'k'});
    output.append("é".getBytes(StandardCharsets.UTF_8));

    assertThat(output.text()).contains("ok").contains("é").contains("\uFFFD");
  }
}
