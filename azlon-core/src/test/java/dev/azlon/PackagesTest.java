package dev.azlon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The core's packages say what they hold: each declares itself API or internal in its package-info,
 * and the plugin and the Temporal module use the API alone.
 */
class PackagesTest {

  private static final Path CORE = Path.of("src/main/java/dev/azlon");
  private static final Set<String> INTERNAL =
      Set.of("generate", "history", "host", "lock", "loop", "run");
  private static final Pattern IMPORT =
      Pattern.compile("^import (?:static )?dev\\.azlon\\.(\\w+)\\.", Pattern.MULTILINE);

  @Test
  void everyPackageSaysWhetherItIsApiOrInternal() throws IOException {
    try (Stream<Path> folders = Files.walk(CORE)) {
      for (Path folder : folders.filter(Files::isDirectory).toList()) {
        Path info = folder.resolve("package-info.java");
        assertThat(info).as(folder.toString()).exists();
        String text = Files.readString(info);
        String name = folder.equals(CORE) ? "" : folder.getFileName().toString();
        assertThat(text)
            .as(folder.toString())
            .contains(INTERNAL.contains(name) ? "Internal." : "API.");
      }
    }
  }

  @Test
  void thePluginAndTheTemporalModuleUseTheApiAlone() throws IOException {
    List<String> uses = new ArrayList<>();
    for (String module : List.of("../azlon-maven-plugin", "../azlon-temporal")) {
      try (Stream<Path> files = Files.walk(Path.of(module, "src/main/java"))) {
        for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
          Matcher imported = IMPORT.matcher(Files.readString(file));
          while (imported.find()) {
            if (INTERNAL.contains(imported.group(1))) {
              uses.add(file + " uses dev.azlon." + imported.group(1));
            }
          }
        }
      }
    }
    assertThat(uses).isEmpty();
  }
}
