package dev.azlon.host;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectBoundaryTest {

  @TempDir Path temp;

  @Test
  void pathsInsideStayInsideAndPathsOutsideAreOutside() throws IOException {
    Path project = Files.createDirectories(temp.resolve("project"));
    ProjectBoundary boundary = ProjectBoundary.of(project, List.of());

    assertThat(boundary.contains(project.resolve("src/azlon/prompt.txt"))).isTrue();
    assertThat(boundary.contains(project)).isTrue();
    assertThat(boundary.contains(project.resolve("src/../../outside"))).isFalse();
    assertThat(boundary.contains(Path.of("/etc/passwd"))).isFalse();
    assertThat(boundary.contains(temp.resolve("project-other/x"))).isFalse();
  }

  @Test
  void aLinkInsideThatLeadsOutIsOutside() throws IOException {
    Path project = Files.createDirectories(temp.resolve("project"));
    Path secrets = Files.createDirectories(temp.resolve("secrets"));
    Files.createSymbolicLink(project.resolve("docs"), secrets);
    ProjectBoundary boundary = ProjectBoundary.of(project, List.of());

    assertThat(boundary.contains(project.resolve("docs/id_rsa"))).isFalse();
    assertThat(boundary.contains(project.resolve("docs/not-yet/made"))).isFalse();
  }

  @Test
  void anAllowedFolderOutsideIsInside() throws IOException {
    Path project = Files.createDirectories(temp.resolve("project"));
    Path shared = Files.createDirectories(temp.resolve("shared"));

    ProjectBoundary boundary = ProjectBoundary.of(project, List.of(shared));

    assertThat(boundary.contains(shared.resolve("prompt.txt"))).isTrue();
    assertThat(boundary.contains(temp.resolve("other/prompt.txt"))).isFalse();
  }

  @Test
  void theFirstLinkOnTheWayDownIsFound() throws IOException {
    Path project = Files.createDirectories(temp.resolve("project"));
    Path elsewhere = Files.createDirectories(temp.resolve("elsewhere"));
    Files.createDirectories(project.resolve("src"));
    Files.createSymbolicLink(project.resolve("src/azlon"), elsewhere);
    ProjectBoundary boundary = ProjectBoundary.of(project, List.of());

    assertThat(boundary.linkOnTheWay(project.resolve("src/azlon/hello.azlon.lock")))
        .contains(project.resolve("src/azlon"));
    assertThat(boundary.linkOnTheWay(project.resolve("src/main/azlon.lock"))).isEmpty();
  }
}
