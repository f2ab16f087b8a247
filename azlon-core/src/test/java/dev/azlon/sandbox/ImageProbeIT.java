package dev.azlon.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.dockerjava.api.command.BuildImageResultCallback;
import dev.azlon.testing.TestImages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The base image probe on the local images, against a real Docker engine. */
class ImageProbeIT {

  private static DockerSandbox engine;
  private static final String OWN_TAG = "azlon-probe-it/python:" + UUID.randomUUID();

  @TempDir Path cache;

  @BeforeAll
  static void connect() {
    engine = DockerSandbox.connect(SandboxLimits.defaults());
  }

  @AfterAll
  static void removeTags() {
    DockerProbe.client().removeImageCmd(OWN_TAG).withNoPrune(true).exec();
  }

  @Test
  void thePythonImageIsDescribedAsItIs() {
    ImageFacts facts = engine.withFactsCache(cache).facts(TestImages.PYTHON).orElseThrow();

    assertThat(facts.os()).startsWith("Debian GNU/Linux 12");
    assertThat(facts.python()).startsWith("Python 3.");
    assertThat(facts.pip()).isNull();
    assertThat(facts.java()).isNull();
    assertThat(facts.javac()).isNull();
    assertThat(facts.junitConsole()).isNull();
    assertThat(facts.systemPackages()).isEqualTo("apt-get");
    assertThat(facts.user()).isEqualTo("root");
    assertThat(facts.workingDirectory()).isEqualTo("/");

    String rules = engine.withFactsCache(cache).rules(TestImages.PYTHON);
    assertThat(rules)
        .contains("- The base image runs Debian GNU/Linux 12")
        .contains("It has " + facts.python() + " (python3)")
        .contains("no pip")
        .contains("no Java")
        .contains("set WORKDIR")
        .doesNotContain("javac")
        .doesNotContain("mvn");
  }

  @Test
  void theJdkImageIsDescribedAsItIs() {
    ImageFacts facts = engine.withFactsCache(cache).facts(TestImages.JDK).orElseThrow();

    assertThat(facts.java()).contains("17.");
    assertThat(facts.javac()).startsWith("javac 17.");
    assertThat(facts.maven()).isNull();
    assertThat(facts.gradle()).isNull();
    assertThat(facts.junitConsole()).isEqualTo(TestImages.JUNIT_CONSOLE);

    String rules = engine.withFactsCache(cache).rules(TestImages.JDK);
    assertThat(rules)
        .contains("the JUnit console launcher (java -jar " + TestImages.JUNIT_CONSOLE + ")")
        .contains("no Maven")
        .contains("Compile at image build time (RUN javac ...)")
        .doesNotContain("mvn -o package");
  }

  @Test
  void factsAreKeptByImageIdAcrossSandboxes() throws IOException {
    DockerClientTag.tag(TestImages.PYTHON, OWN_TAG);
    engine.withFactsCache(cache).facts(TestImages.PYTHON).orElseThrow();
    List<Path> kept;
    try (Stream<Path> files = Files.list(cache)) {
      kept = files.toList();
    }
    assertThat(kept).hasSize(1);
    String id = engine.imageId(TestImages.PYTHON).orElseThrow().replace("sha256:", "");
    assertThat(kept.get(0).getFileName().toString()).startsWith(id);
    // Marked, the kept facts show where the next sandbox's facts come from: no probe ran.
    ObjectMapper json = new ObjectMapper();
    ObjectNode marked = (ObjectNode) json.readTree(kept.get(0).toFile());
    marked.put("os", "Kept OS");
    json.writeValue(kept.get(0).toFile(), marked);

    assertThat(engine.withFactsCache(cache).facts(OWN_TAG))
        .get()
        .extracting(ImageFacts::os)
        .isEqualTo("Kept OS");
  }

  @Test
  void anImageWithoutAShellHasNoFactsAndTheRulesStayGeneral() throws Exception {
    Path context = Files.createTempDirectory("azlon-noshell");
    Files.writeString(context.resolve("hello"), "hi\n");
    Files.writeString(context.resolve("Dockerfile"), "FROM scratch\nCOPY hello /hello\n");
    String tag = "azlon-probe-it/noshell:" + UUID.randomUUID();
    DockerProbe.client()
        .buildImageCmd(context.toFile())
        .withTags(Set.of(tag))
        .exec(new BuildImageResultCallback())
        .awaitImageId();
    try {
      DockerSandbox sandbox = engine.withFactsCache(cache);
      assertThat(sandbox.facts(tag)).isEqualTo(Optional.empty());
      assertThat(sandbox.rules(tag)).isEqualTo(sandbox.rules());
      try (Stream<Path> files = Files.list(cache)) {
        assertThat(files).isEmpty();
      }
    } finally {
      DockerProbe.client().removeImageCmd(tag).withForce(true).exec();
    }
  }

  /** Tags an image, as a user tags a base image under a second name. */
  private static final class DockerClientTag {
    static void tag(String image, String tag) {
      int colon = tag.lastIndexOf(':');
      DockerProbe.client()
          .tagImageCmd(image, tag.substring(0, colon), tag.substring(colon + 1))
          .exec();
    }
  }
}
