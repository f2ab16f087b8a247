package dev.azlon.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.azlon.host.ProjectBoundary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpecFolderTest {

  private static final String VALID = "prompt: Greet.\ntestConditions: Prints Hello\n";

  @TempDir Path folder;

  @Test
  void findsSpecsByTheDefaultGlobsAtAnyDepthNamedByTheirPath() throws IOException {
    write("hello.azlon.yaml", VALID);
    write("greet/bye.azlon.yml", VALID);
    write("notes.yaml", "not: a spec");

    List<SpecFile> specs =
        SpecFolder.read(folder, List.of(), List.of(), null, ProjectBoundary.of(folder, List.of()));

    assertThat(specs).extracting(SpecFile::name).containsExactly("greet.bye", "hello");
  }

  @Test
  void includesExcludesAndOneByName() throws IOException {
    write("a.azlon.yaml", VALID);
    write("b.azlon.yaml", VALID);
    write("slow/c.azlon.yaml", VALID);

    assertThat(
            SpecFolder.read(
                folder, List.of(), List.of("slow/**"), null, ProjectBoundary.of(folder, List.of())))
        .extracting(SpecFile::name)
        .containsExactly("a", "b");
    assertThat(
            SpecFolder.read(
                folder,
                List.of("slow/*.yaml"),
                List.of(),
                null,
                ProjectBoundary.of(folder, List.of())))
        .extracting(SpecFile::name)
        .containsExactly("slow.c");
    assertThat(
            SpecFolder.read(
                folder, List.of(), List.of(), "b", ProjectBoundary.of(folder, List.of())))
        .extracting(SpecFile::name)
        .containsExactly("b");
    assertThatThrownBy(
            () ->
                SpecFolder.read(
                    folder, List.of(), List.of(), "d", ProjectBoundary.of(folder, List.of())))
        .hasMessageContaining("No spec named 'd'")
        .hasMessageContaining("[a, b, slow.c]");
  }

  @Test
  void everyInvalidSpecIsListedAtOnce() throws IOException {
    write("a.azlon.yaml", VALID);
    Path b = write("b.azlon.yaml", "prompt: x\nmaxIterations: lots\n");
    Path c = write("c.azlon.yaml", "promt: x\n");

    assertThatThrownBy(
            () ->
                SpecFolder.read(
                    folder, List.of(), List.of(), null, ProjectBoundary.of(folder, List.of())))
        .hasMessageContaining("2 specs are not valid, so none was solved and no model was called")
        .hasMessageContaining(b + ":2: maxIterations")
        .hasMessageContaining(c + ":1: 'promt'");
  }

  @Test
  void aSpecsLockSitsBesideItAndItsFilesAreNeverSpecs() throws IOException {
    Path hello = write("greet/hello.azlon.yaml", VALID);
    write("greet/hello.azlon.lock/files/solved.azlon.yaml", VALID);

    assertThat(
            SpecFolder.read(
                folder, List.of(), List.of(), null, ProjectBoundary.of(folder, List.of())))
        .extracting(SpecFile::name)
        .containsExactly("greet.hello");
    assertThat(SpecFolder.lockDirectory(hello)).isEqualTo(folder.resolve("greet/hello.azlon.lock"));
  }

  @Test
  void anEmptyOrMissingFolderSaysSo() {
    assertThatThrownBy(
            () ->
                SpecFolder.read(
                    folder, List.of(), List.of(), null, ProjectBoundary.of(folder, List.of())))
        .hasMessageContaining("No spec file in " + folder);
    assertThatThrownBy(
            () ->
                SpecFolder.read(
                    folder.resolve("x"),
                    List.of(),
                    List.of(),
                    null,
                    ProjectBoundary.of(folder, List.of())))
        .hasMessageContaining("is not a folder");
  }

  private Path write(String name, String content) throws IOException {
    Path file = folder.resolve(name);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, content);
  }
}
