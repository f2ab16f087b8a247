package dev.azlon.sandbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.InspectImageResponse;
import com.github.dockerjava.api.model.ContainerConfig;
import dev.azlon.InterruptedRunException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds what a base image holds by running a short shell script in it, sandboxed as a candidate is
 * (unprivileged, limited, removed after), once per image id: the facts are kept in memory and in a
 * cache folder on the host, so later runs do not probe again. A probe that fails (no shell, a
 * timeout, an engine error) gives no facts and never fails the solve.
 */
final class ImageProbe {

  /** Bump when the script changes: facts cached by an older script are probed again. */
  static final int VERSION = 1;

  static final Duration TIMEOUT = Duration.ofSeconds(30);

  /** The file a cached fact may have at most; anything larger is not ours. */
  private static final long MAX_CACHED_BYTES = 16 * 1024;

  private static final ObjectMapper JSON = new ObjectMapper();

  static final String SCRIPT =
      String.join(
          "\n",
          "has() { command -v \"$1\" >/dev/null 2>&1; }",
          "first() { \"$@\" 2>&1 | head -n 1; }",
          "if [ -r /etc/os-release ]; then . /etc/os-release; echo \"os=$PRETTY_NAME\"; fi",
          "has python3 && echo \"python3=$(first python3 --version)\"",
          "if has pip3; then echo pip=pip3; elif has pip; then echo pip=pip;"
              + " elif has python3 && python3 -m pip --version >/dev/null 2>&1;"
              + " then echo 'pip=python3 -m pip'; fi",
          "has java && echo \"java=$(first java -version)\"",
          "has javac && echo \"javac=$(first javac -version)\"",
          "has mvn && echo \"mvn=$(first mvn -v)\"",
          "has gradle && echo \"gradle=$(command -v gradle)\"",
          "has node && echo \"node=$(first node --version)\"",
          "has npm && echo \"npm=$(command -v npm)\"",
          "for p in apt-get apk dnf microdnf yum; do"
              + " if has $p; then echo \"packages=$p\"; break; fi; done",
          "for j in /usr/share/java/junit-platform-console-standalone.jar"
              + " /opt/junit/junit-platform-console-standalone.jar"
              + " /usr/local/lib/junit-platform-console-standalone.jar; do"
              + " if [ -f \"$j\" ]; then echo \"junit=$j\"; break; fi; done",
          "true");

  private final DockerClient docker;
  private final SandboxLimits limits;
  private final Owner owner;
  private final Path cache;
  private final Map<String, Optional<ImageFacts>> known = new ConcurrentHashMap<>();

  /**
   * @param cache the folder facts are kept in across runs, or null to keep them in memory only
   */
  ImageProbe(DockerClient docker, SandboxLimits limits, Owner owner, Path cache) {
    this.docker = docker;
    this.limits = limits;
    this.owner = owner;
    this.cache = cache;
  }

  /** The folder facts are kept in on this host: {@code $XDG_CACHE_HOME/azlon/image-facts}. */
  static Path defaultCache() {
    String xdg = System.getenv("XDG_CACHE_HOME");
    Path base =
        xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()
            ? Path.of(xdg)
            : Path.of(System.getProperty("user.home"), ".cache");
    return base.resolve("azlon").resolve("image-facts");
  }

  /** What {@code image} holds; empty when it cannot be told. */
  Optional<ImageFacts> facts(String image) {
    InspectImageResponse inspected;
    try {
      inspected =
          DockerCalls.bounded(
              "looking for the image " + image, () -> docker.inspectImageCmd(image).exec());
    } catch (InterruptedRunException e) {
      throw e;
    } catch (RuntimeException e) {
      return Optional.empty();
    }
    String id = inspected.getId();
    if (id == null) {
      return Optional.empty();
    }
    return known.computeIfAbsent(id, key -> cachedOrProbed(image, key, inspected.getConfig()));
  }

  private Optional<ImageFacts> cachedOrProbed(String image, String id, ContainerConfig config) {
    Optional<ImageFacts> cached = readCached(id);
    if (cached.isPresent()) {
      return cached;
    }
    Optional<ImageFacts> probed = probe(image, config);
    probed.ifPresent(facts -> writeCached(id, facts));
    return probed;
  }

  private Optional<ImageFacts> probe(String image, ContainerConfig config) {
    ContainerRun run;
    try {
      run =
          ContainerRun.run(
              docker,
              image,
              SCRIPT,
              Map.of(DockerSandbox.RUN_LABEL, "probe", Owner.LABEL, owner.token()),
              limits,
              TIMEOUT);
    } catch (InterruptedRunException e) {
      throw e;
    } catch (RuntimeException e) {
      return Optional.empty();
    }
    if (run.status() != CandidateRun.Status.EXITED || run.exitCode() != 0) {
      return Optional.empty();
    }
    Map<String, String> values = new LinkedHashMap<>();
    run.stdout()
        .lines()
        .forEach(
            line -> {
              int equals = line.indexOf('=');
              if (equals > 0) {
                values.putIfAbsent(line.substring(0, equals), line.substring(equals + 1));
              }
            });
    return Optional.of(
        ImageFacts.of(
            values,
            config == null ? null : config.getUser(),
            config == null ? null : config.getWorkingDir()));
  }

  private Path cacheFile(String id) {
    return cache.resolve(
        id.replace("sha256:", "").replaceAll("[^A-Za-z0-9]", "_") + "-v" + VERSION + ".json");
  }

  private Optional<ImageFacts> readCached(String id) {
    if (cache == null) {
      return Optional.empty();
    }
    Path file = cacheFile(id);
    try {
      if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
          || Files.size(file) > MAX_CACHED_BYTES) {
        return Optional.empty();
      }
      ImageFacts read = JSON.readValue(file.toFile(), ImageFacts.class);
      Map<String, String> values = new LinkedHashMap<>();
      values.put("os", read.os());
      values.put("python3", read.python());
      values.put("pip", read.pip());
      values.put("java", read.java());
      values.put("javac", read.javac());
      values.put("mvn", read.maven());
      values.put("gradle", read.gradle());
      values.put("node", read.node());
      values.put("npm", read.npm());
      values.put("packages", read.systemPackages());
      values.put("junit", read.junitConsole());
      // Cleaned as a probe's output is: the file is outside our control once written.
      return Optional.of(ImageFacts.of(values, read.user(), read.workingDirectory()));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private void writeCached(String id, ImageFacts facts) {
    if (cache == null) {
      return;
    }
    try {
      Files.createDirectories(cache);
      Path file = cacheFile(id);
      Path temporary = Files.createTempFile(cache, "facts", ".tmp");
      try {
        JSON.writeValue(temporary.toFile(), facts);
        Files.move(
            temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } finally {
        Files.deleteIfExists(temporary);
      }
    } catch (IOException | RuntimeException e) {
      // Not kept: the next run probes again.
    }
  }
}
