package dev.azlon.temporal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileArchiveTest {

  @TempDir Path temp;

  @Test
  void filesGoAndComeBackByteForByteWithoutHistoryOrLinks() throws Exception {
    Path folder = Files.createDirectories(temp.resolve("in"));
    Files.writeString(folder.resolve("main.py"), "print('hi')\n");
    Files.createDirectories(folder.resolve("pkg"));
    byte[] binary = {0, 1, 2, (byte) 0xff};
    Files.write(folder.resolve("pkg/data.bin"), binary);
    Files.createDirectories(folder.resolve(".git"));
    Files.writeString(folder.resolve(".git/config"), "[core]\n");
    Files.createSymbolicLink(folder.resolve("link.py"), folder.resolve("main.py"));

    Path out = temp.resolve("out");
    FileArchive.unpack(FileArchive.pack(folder, FileArchive.MAX_BYTES, "The files"), out);

    assertThat(out.resolve("main.py")).hasContent("print('hi')\n");
    assertThat(out.resolve("pkg/data.bin")).hasBinaryContent(binary);
    assertThat(out.resolve(".git")).doesNotExist();
    assertThat(out.resolve("link.py")).doesNotExist();
  }

  @Test
  void anArchiveOverTheCapIsAnErrorThatNamesTheCap() throws Exception {
    Path folder = Files.createDirectories(temp.resolve("in"));
    byte[] noise = new byte[300_000];
    new Random(7).nextBytes(noise);
    Files.write(folder.resolve("noise.bin"), noise);

    assertThatThrownBy(() -> FileArchive.pack(folder, 200_000, "The starting files"))
        .isInstanceOf(FileArchive.PayloadTooLargeException.class)
        .hasMessageStartingWith("The starting files compress to more than 200000 bytes")
        .hasMessageContaining("inputExcludes");
  }

  @Test
  void namesThatCouldLeaveTheFolderAreRefusedBeforeAnythingIsWritten() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (TarArchiveOutputStream tar =
        new TarArchiveOutputStream(new GzipCompressorOutputStream(bytes))) {
      for (String name : new String[] {"ok.txt", "../escape.txt"}) {
        byte[] content = "x".getBytes(StandardCharsets.UTF_8);
        TarArchiveEntry entry = new TarArchiveEntry(name, true);
        entry.setSize(content.length);
        tar.putArchiveEntry(entry);
        tar.write(content);
        tar.closeArchiveEntry();
      }
    }
    Path out = temp.resolve("out");

    assertThatThrownBy(() -> FileArchive.unpack(bytes.toByteArray(), out))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("../escape.txt");
    assertThat(out.resolve("ok.txt")).doesNotExist();
    assertThat(temp.resolve("escape.txt")).doesNotExist();
  }
}
