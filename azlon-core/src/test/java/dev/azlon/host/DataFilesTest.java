package dev.azlon.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.azlon.testing.SpecialFiles;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataFilesTest {

  private static final Duration FAST = Duration.ofSeconds(5);

  @TempDir Path folder;

  @Test
  void aRegularFileWithinTheCapIsReadWhole() throws IOException {
    Path file = Files.writeString(folder.resolve("prompt.txt"), "Greet Azlon.\n");

    assertThat(DataFiles.readText(file, 100)).isEqualTo("Greet Azlon.\n");
  }

  @Test
  void aFifoIsRefusedWithoutBeingOpened() throws Exception {
    Path fifo = SpecialFiles.fifo(folder.resolve("prompt.fifo"));

    // Opening a FIFO for reading blocks until a writer comes: a refusal that returns proves it was
    // not opened.
    assertTimeoutPreemptively(
        FAST,
        () ->
            assertThatThrownBy(() -> DataFiles.readText(fifo, DataFiles.TEXT_MAX_BYTES))
                .isInstanceOf(DataFiles.RefusedException.class)
                .hasMessageContaining("not a regular file"));
  }

  @Test
  void aDeviceThatNeverEndsIsRefusedAtOnce() {
    assertTimeoutPreemptively(
        FAST,
        () ->
            assertThatThrownBy(() -> DataFiles.readText(Path.of("/dev/zero"), 1 << 20))
                .isInstanceOf(DataFiles.RefusedException.class)
                .hasMessageContaining("not a regular file"));
  }

  @Test
  void aKernelFileIsRefusedThoughItLooksRegular() {
    assertThatThrownBy(() -> DataFiles.readText(Path.of("/proc/self/environ"), 1 << 20))
        .isInstanceOf(DataFiles.RefusedException.class)
        .hasMessageContaining("kernel file under /proc");
  }

  @Test
  void aLinkToADeviceIsRefusedAsTheDevice() throws IOException {
    Path link = Files.createSymbolicLink(folder.resolve("zero.txt"), Path.of("/dev/zero"));

    assertThatThrownBy(() -> DataFiles.readText(link, 1 << 20))
        .hasMessageContaining("not a regular file");
  }

  @Test
  void aHugeFileIsRefusedBySizeBeforeAByteIsRead() throws IOException {
    Path huge = folder.resolve("huge.azlon.yaml");
    try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
      file.setLength(30L << 20); // sparse: costs no disk, and reading it would take long
    }

    assertTimeoutPreemptively(
        FAST,
        () ->
            assertThatThrownBy(() -> DataFiles.readText(huge, DataFiles.TEXT_MAX_BYTES))
                .hasMessageContaining("holds more than 256 KiB"));
  }

  @Test
  void bytesThatAreNotUtf8AreRefused() throws IOException {
    Path file = Files.write(folder.resolve("latin1.txt"), new byte[] {'c', 'a', 'f', (byte) 0xe9});

    assertThatThrownBy(() -> DataFiles.readText(file, 100)).hasMessageContaining("not UTF-8");
  }
}
