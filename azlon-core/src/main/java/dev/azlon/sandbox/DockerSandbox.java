package dev.azlon.sandbox;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.DockerException;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.Container;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.dockerclient.DockerClientProviderStrategy;
import org.testcontainers.dockerclient.EnvironmentAndSystemPropertyClientProviderStrategy;
import org.testcontainers.dockerclient.TransportConfig;

/**
 * Builds and runs candidates in Docker containers. Testcontainers finds the engine (local socket,
 * {@code DOCKER_HOST}, Podman, Testcontainers' own configuration); we use its Docker client
 * directly, without its resource reaper, and remove what we create ourselves. A {@code
 * GenericContainer} run was measured against this (bench/README.md): about as fast, but it needs a
 * registry for its reaper, loses an interruption and cleans up through a hook that fails in Maven.
 */
public final class DockerSandbox implements Sandbox {

  /** The label that ties every container and image to the run that made it. */
  public static final String RUN_LABEL = "dev.azlon.run";

  private final DockerClient docker;
  private final SandboxLimits limits;
  private final Owner owner = Owner.current();

  /** How long pulling one missing base image may take before the solve starts. */
  private static final Duration PULL = Duration.ofMinutes(5);

  private final ImageProbe probe;

  private DockerSandbox(DockerClient docker, SandboxLimits limits, ImageProbe probe) {
    this.docker = docker;
    this.limits = limits;
    this.probe =
        probe == null ? new ImageProbe(docker, limits, owner, ImageProbe.defaultCache()) : probe;
  }

  /**
   * Connects to the Docker engine Testcontainers finds, and removes what earlier runs on this host
   * left behind when their process died (live runs' resources are never touched).
   *
   * @throws SandboxException when no engine answers; the message says how to start one
   */
  public static DockerSandbox connect(SandboxLimits limits) {
    return connect(
        limits,
        DockerCalls.bounded(
            "looking for a Docker engine", DockerCalls.PING, DockerSandbox::transport));
  }

  /** Connects to the engine {@code transport} names; the ping must answer within ten seconds. */
  static DockerSandbox connect(SandboxLimits limits, TransportConfig transport) {
    DockerClient docker;
    try {
      // Making the client already asks the engine something: bound it with the ping.
      docker =
          DockerCalls.bounded(
              "pinging " + transport.getDockerHost(),
              DockerCalls.PING,
              () -> {
                DockerClient client = DockerClientProviderStrategy.getClientForConfig(transport);
                client.pingCmd().exec();
                return client;
              });
    } catch (RuntimeException e) {
      if (e instanceof dev.azlon.InterruptedRunException) {
        throw e;
      }
      throw new SandboxException(
          "Docker is not reachable at "
              + transport.getDockerHost()
              + " ("
              + firstLine(e)
              + "). Start a Docker engine (for example 'sudo systemctl start docker', or"
              + " scripts/ensure-docker.sh from the Azlon repository on Debian) or set DOCKER_HOST"
              + " to one that runs.",
          e);
    }
    DockerSandbox sandbox = new DockerSandbox(docker, limits, null);
    sandbox.removeLeftovers();
    return sandbox;
  }

  /**
   * An explicit {@code DOCKER_HOST} wins. Testcontainers would otherwise first try the strategy it
   * cached in ~/.testcontainers.properties, and a user's remote engine would silently give way to
   * the local socket.
   */
  private static TransportConfig transport() {
    EnvironmentAndSystemPropertyClientProviderStrategy explicit =
        new EnvironmentAndSystemPropertyClientProviderStrategy();
    return explicit.isApplicable()
        ? explicit.getTransportConfig()
        : DockerClientFactory.instance().getTransportConfig();
  }

  /** A sandbox on the same engine and client with other limits, for a spec of a batch. */
  public DockerSandbox withLimits(SandboxLimits other) {
    return new DockerSandbox(docker, other, probe);
  }

  /** A sandbox that keeps image facts in {@code cache} instead of the host's cache folder. */
  DockerSandbox withFactsCache(Path cache) {
    return new DockerSandbox(docker, limits, new ImageProbe(docker, limits, owner, cache));
  }

  @Override
  public Map<String, String> missingImages(Collection<String> images) {
    Map<String, String> missing = new LinkedHashMap<>();
    for (String image : images) {
      if (!present(image)) {
        pullFailure(image).ifPresent(why -> missing.put(image, why));
      }
    }
    return missing;
  }

  @Override
  public Optional<String> imageId(String image) {
    try {
      return Optional.ofNullable(
          DockerCalls.bounded(
              "looking for the image " + image,
              () -> docker.inspectImageCmd(image).exec().getId()));
    } catch (NotFoundException e) {
      return Optional.empty();
    }
  }

  private boolean present(String image) {
    try {
      DockerCalls.bounded(
          "looking for the image " + image, () -> docker.inspectImageCmd(image).exec());
      return true;
    } catch (NotFoundException e) {
      return false;
    }
  }

  /** Pulls an image; empty when it is there now, else why it is not. */
  private Optional<String> pullFailure(String image) {
    try {
      DockerCalls.bounded(
          "pulling " + image,
          PULL,
          () ->
              docker
                  .pullImageCmd(image)
                  .start()
                  .awaitCompletion(PULL.toMillis(), TimeUnit.MILLISECONDS));
    } catch (DockerException | SandboxException e) {
      return Optional.of(firstLine(e));
    }
    return present(image) ? Optional.empty() : Optional.of("the pull did not finish");
  }

  @Override
  public SandboxSession open(String runId) {
    return new DockerSession(docker, limits, runId, owner);
  }

  /** Removes containers and images whose owning process on this host has ended. */
  int removeLeftovers() {
    int removed = 0;
    for (Container container :
        DockerCalls.bounded(
            "listing containers",
            () ->
                docker
                    .listContainersCmd()
                    .withShowAll(true)
                    .withLabelFilter(List.of(RUN_LABEL))
                    .exec())) {
      if (abandoned(container.getLabels())) {
        DockerSession.removeContainer(docker, container.getId());
        removed++;
      }
    }
    for (String tag : DockerSession.tagsIn(docker, DockerSession.IMAGE_PREFIX + "*")) {
      if (abandonedTag(tag)) {
        DockerSession.removeImage(docker, tag);
        removed++;
      }
    }
    return removed;
  }

  private boolean abandoned(Map<String, String> labels) {
    return labels != null && abandoned(labels.get(Owner.LABEL));
  }

  /** A tag {@code azlon/<runId>:<iteration>-<owner>} whose owner has gone. */
  private boolean abandonedTag(String repoTag) {
    int colon = repoTag.lastIndexOf(':');
    int dash = repoTag.indexOf('-', colon);
    return dash > colon && abandoned(repoTag.substring(dash + 1));
  }

  private boolean abandoned(String ownerToken) {
    return Owner.parse(ownerToken).map(o -> o.isGoneFrom(owner)).orElse(false);
  }

  @Override
  public String rules() {
    return rules(limits);
  }

  /** The rules for these limits, without facts of an image. */
  static String rules(SandboxLimits limits) {
    return SandboxRules.of(limits, Optional.empty());
  }

  /**
   * The rules with the facts of {@code baseImage}, probed once per image id (see {@link
   * ImageProbe}); without them when the probe fails.
   */
  @Override
  public String rules(String baseImage) {
    return SandboxRules.of(limits, facts(baseImage));
  }

  /** What {@code image} holds, probed once per image id; empty when it cannot be told. */
  public Optional<ImageFacts> facts(String image) {
    return probe.facts(image);
  }

  /** The first line of the innermost message: the one that says what actually went wrong. */
  static String firstLine(Throwable e) {
    String message = e.getClass().getSimpleName();
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause.getMessage() != null && !cause.getMessage().isBlank()) {
        message = cause.getMessage();
      }
    }
    return message.lines().findFirst().orElse(message).strip();
  }
}
