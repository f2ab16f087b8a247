package dev.azlon.sandbox;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.Container;
import java.util.List;
import java.util.Map;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.dockerclient.DockerClientProviderStrategy;

/** Looks at the Docker engine from the side, to check what the sandbox left behind. */
final class DockerProbe {

  private static final DockerClient DOCKER =
      DockerClientProviderStrategy.getClientForConfig(
          DockerClientFactory.instance().getTransportConfig());

  private DockerProbe() {}

  /** The client the probe looks through, for tests that must drive a container themselves. */
  static DockerClient client() {
    return DOCKER;
  }

  static int resourcesLabelled(String runId) {
    return containersLabelled(runId) + imagesOf(runId);
  }

  static int containersLabelled(String runId) {
    return containers(runId).size();
  }

  /** Containers (of any run or none) made from {@code image}: intermediate build containers. */
  static int containersFromImage(String image) {
    return (int)
        DOCKER.listContainersCmd().withShowAll(true).exec().stream()
            .filter(c -> image.equals(c.getImage()))
            .count();
  }

  static int runningContainersLabelled(String runId) {
    return DOCKER
        .listContainersCmd()
        .withLabelFilter(Map.of(DockerSandbox.RUN_LABEL, runId))
        .exec()
        .size();
  }

  /** Running containers made from {@code image}, such as a build step still at work. */
  static int runningContainersFromImage(String image) {
    return (int)
        DOCKER.listContainersCmd().exec().stream().filter(c -> image.equals(c.getImage())).count();
  }

  /** A created, never started container that looks like a run's, owned by {@code owner}. */
  static String createIdleContainer(String image, String runId, Owner owner) {
    DOCKER
        .createContainerCmd(image)
        .withLabels(Map.of(DockerSandbox.RUN_LABEL, runId, Owner.LABEL, owner.token()))
        .withCmd("true")
        .exec();
    return runId;
  }

  /** Tags an existing image as a run's candidate image owned by {@code owner}. */
  static String tagAsCandidate(String image, String runId, Owner owner) {
    String repository = DockerSession.repository(runId);
    DOCKER.tagImageCmd(image, repository, "1-" + owner.token()).exec();
    return runId;
  }

  static int imagesOf(String runId) {
    return DockerSession.tagsIn(DOCKER, DockerSession.repository(runId)).size();
  }

  static boolean imageExists(String image) {
    return !DOCKER.listImagesCmd().withReferenceFilter(image).exec().isEmpty();
  }

  static void removeImagesOf(String runId) {
    DockerSession.tagsIn(DOCKER, DockerSession.repository(runId))
        .forEach(tag -> DockerSession.removeImage(DOCKER, tag));
  }

  static void removeContainersLabelled(String runId) {
    for (Container container : containers(runId)) {
      DockerSession.removeContainer(DOCKER, container.getId());
    }
  }

  private static List<Container> containers(String runId) {
    return DOCKER
        .listContainersCmd()
        .withShowAll(true)
        .withLabelFilter(Map.of(DockerSandbox.RUN_LABEL, runId))
        .exec();
  }
}
