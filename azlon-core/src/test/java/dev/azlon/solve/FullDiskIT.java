package dev.azlon.solve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A disk that fills up mid-run, for real: a child JVM runs on a 4 MiB tmpfs mounted in a mount
 * namespace of its own ({@code unshare}, which needs no root), so this machine's disks are never
 * touched.
 */
class FullDiskIT {

  @TempDir Path mountPoint;

  @Test
  void aRunCutShortByAFullDiskIsResumedOnceThereIsSpaceWithoutPayingAgain() throws Exception {
    String java = ProcessHandle.current().info().command().orElse("java");
    Process child =
        new ProcessBuilder(
                List.of(
                    "unshare",
                    "--mount",
                    "--map-root-user",
                    "sh",
                    "-c",
                    "mount -t tmpfs -o size=4m tmpfs \"$0\" && exec \"$1\" -cp \"$2\" \"$3\""
                        + " \"$0\"",
                    mountPoint.toString(),
                    java,
                    System.getProperty("java.class.path"),
                    FullDiskInChildJvm.class.getName()))
            .redirectErrorStream(true)
            .start();
    String printed = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();

    assertThat(child.exitValue()).as(printed).isZero();
    assertThat(printed)
        .contains("full-disk outcome INFRA_FAILURE")
        .contains("No space left on device")
        .contains("full-disk transcript lines parse true")
        .contains("resumed outcome SOLVED")
        .contains("resumed same run true")
        .contains("resumed model calls 1")
        .contains("resumed state finished");
    try (var left = Files.list(mountPoint)) {
      assertThat(left).as("the tmpfs was the child's alone").isEmpty();
    }
  }
}
