package dev.azlon.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Legacy encodings: read as text, written back in their encoding, byte for byte. */
class TextEncodingTest {

  private static final String RUSSIAN =
      "Съешь же ещё этих мягких французских булок, да выпей чаю.\n"
          + "Широкая электрификация южных губерний даст мощный толчок подъёму сельского"
          + " хозяйства.\n"
          + "В чащах юга жил бы цитрус? Да, но фальшивый экземпляр!\n";
  private static final String CHINESE =
      "我们的项目从这些文件开始。请只修改任务需要的部分，其余保持不变。\n"
          + "程序运行一次，输出结果，然后退出。测试条件决定它是否正确。\n"
          + "中文编码的文本文件应该被当作文本，而不是二进制文件。\n";
  private static final String LATIN1_PY =
      "# -*- coding: latin-1 -*-\nGREETING = \"Grüße aus Köln, señor\"\nprint(GREETING)\n";

  @TempDir Path temp;

  @Test
  void legacyTextIsReadAsTextAndUnchangedFilesWriteBackByteForByte() throws Exception {
    Workspace workspace = new Workspace(temp);
    byte[] cp1251 = RUSSIAN.getBytes(Charset.forName("windows-1251"));
    byte[] gbk = CHINESE.getBytes(Charset.forName("GBK"));
    byte[] latin1 = LATIN1_PY.getBytes(StandardCharsets.ISO_8859_1);
    Files.write(temp.resolve("notes_ru.txt"), cp1251);
    Files.write(temp.resolve("notes_zh.txt"), gbk);
    Files.write(temp.resolve("greet.py"), latin1);
    Files.write(temp.resolve("logo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2, 3});

    Workspace.Snapshot snapshot = workspace.snapshot();

    assertThat(snapshot.text())
        .containsEntry("notes_ru.txt", RUSSIAN)
        .containsEntry("notes_zh.txt", CHINESE)
        .containsEntry("greet.py", LATIN1_PY);
    assertThat(snapshot.binarySizes()).containsOnlyKeys("logo.png");

    List<String> problems =
        workspace.apply(
            new FileChanges(
                null,
                List.of(
                    new SourceFile("notes_ru.txt", RUSSIAN),
                    new SourceFile("notes_zh.txt", CHINESE),
                    new SourceFile("greet.py", LATIN1_PY)),
                List.of()));

    assertThat(problems).isEmpty();
    assertThat(Files.readAllBytes(temp.resolve("notes_ru.txt"))).isEqualTo(cp1251);
    assertThat(Files.readAllBytes(temp.resolve("notes_zh.txt"))).isEqualTo(gbk);
    assertThat(Files.readAllBytes(temp.resolve("greet.py"))).isEqualTo(latin1);
  }

  @Test
  void editedLegacyTextKeepsItsEncodingAndACodingLineDecidesForPython() throws Exception {
    Workspace workspace = new Workspace(temp);
    Files.write(temp.resolve("notes_ru.txt"), RUSSIAN.getBytes(Charset.forName("windows-1251")));
    String edited = RUSSIAN + "Ещё одна строка.\n";
    String newPy = "# coding: cp1252\nprint(\"café\")\n";

    assertThat(
            workspace.apply(
                new FileChanges(
                    null,
                    List.of(
                        new SourceFile("notes_ru.txt", edited), new SourceFile("new.py", newPy)),
                    List.of())))
        .isEmpty();

    assertThat(Files.readAllBytes(temp.resolve("notes_ru.txt")))
        .isEqualTo(edited.getBytes(Charset.forName("windows-1251")));
    assertThat(Files.readAllBytes(temp.resolve("new.py")))
        .isEqualTo(newPy.getBytes(Charset.forName("windows-1252")));
    assertThat(workspace.read("new.py")).contains(newPy);
  }

  @Test
  void textTheFileEncodingCannotHoldIsRefusedWithNothingWritten() throws Exception {
    Workspace workspace = new Workspace(temp);
    byte[] cp1251 = RUSSIAN.getBytes(Charset.forName("windows-1251"));
    Files.write(temp.resolve("notes_ru.txt"), cp1251);

    List<String> problems =
        workspace.apply(
            new FileChanges(
                null,
                List.of(
                    new SourceFile("other.txt", "fine\n"),
                    new SourceFile("notes_ru.txt", RUSSIAN + "中文\n")),
                List.of()));

    assertThat(problems)
        .containsExactly(
            "'notes_ru.txt' is stored in windows-1251, which cannot hold every character of the"
                + " new text; use only characters it has");
    assertThat(Files.readAllBytes(temp.resolve("notes_ru.txt"))).isEqualTo(cp1251);
    assertThat(temp.resolve("other.txt")).doesNotExist();
  }

  @Test
  void utf8AndControlBytesStayWhatTheyAre() {
    assertThat(TextEncoding.decode("a.txt", "naïve ✓\n".getBytes(StandardCharsets.UTF_8)))
        .hasValueSatisfying(d -> assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8));
    assertThat(TextEncoding.decode("a.bin", new byte[] {1, 2, 3, (byte) 0xff, (byte) 0xfe, 0}))
        .isEmpty();
    assertThat(TextEncoding.decode("a.txt", "a\0b".getBytes(StandardCharsets.UTF_8))).isEmpty();
  }
}
