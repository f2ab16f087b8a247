package dev.azlon;

import static org.assertj.core.api.Assertions.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

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
 * The core's packages say what they hold: each declares itself API or internal in its package-info;
 * the plugin and the Temporal module use the API alone, and the benchmarks the API or the hooks the
 * core's test jar ships for them.
 */
class PackagesTest {

  private static final Path CORE = Path.of("src/main/java/dev/azlon");
  private static final Path HOOKS = Path.of("src/test/java/dev/azlon");
  private static final Set<String> INTERNAL =
      Set.of("generate", "history", "host", "lock", "loop", "run");
  private static final Pattern IMPORT =
      Pattern.compile("^import (?:static )?dev\\.azlon\\.(\\w+)\\.(\\w+)", Pattern.MULTILINE);

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
    assertThat(internalUses(List.of("../azlon-maven-plugin", "../azlon-temporal"), false))
        .isEmpty();
  }

  @Test
  void theBenchmarksUseTheApiOrTheirTestHooks() throws IOException {
    assertThat(internalUses(List.of("../bench"), true)).isEmpty();
  }

  @Test
  void aBenchmarkReachingIntoAnInternalClassIsFound() throws IOException {
    Path bench = Files.createTempDirectory("azlon-packages");
    Path source = Files.createDirectories(bench.resolve("src/main/java/dev/azlon/bench"));
    Files.writeString(
        source.resolve("Reach.java"),
        "package dev.azlon.bench;\n\nimport dev.azlon.generate.ContextProbe;\n"
            + "import dev.azlon.generate.Prompts;\n\nclass Reach {}\n");
    assertThat(internalUses(List.of(bench.toString()), true))
        .singleElement(as(STRING))
        .endsWith("uses dev.azlon.generate.Prompts");
  }

  /** Imports of internal core classes in these modules' main sources, test hooks allowed or not. */
  private static List<String> internalUses(List<String> modules, boolean hooksAllowed)
      throws IOException {
    List<String> uses = new ArrayList<>();
    for (String module : modules) {
      try (Stream<Path> files = Files.walk(Path.of(module, "src/main/java"))) {
        for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
          Matcher imported = IMPORT.matcher(Files.readString(file));
          while (imported.find()) {
            String pkg = imported.group(1);
            String type = imported.group(2);
            boolean hook = Files.exists(HOOKS.resolve(pkg).resolve(type + ".java"));
            if (INTERNAL.contains(pkg) && !(hooksAllowed && hook)) {
              uses.add(file + " uses dev.azlon." + pkg + "." + type);
            }
          }
        }
      }
    }
    return uses;
  }
}
