package dev.azlon.sandbox;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.Container;
import java.util.List;
import java.util.Map;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.dockerclient.DockerClientProviderStrategy;

/** Looks at the Docker engine from the side, to check what the sandbox left behind. */
final class DockerProbe {

  private static final DockerClient DOCKER = DockerClientProviderStrategy.getClientForConfig(
      DockerClientFactory.instance().getTransportConfig());

  private DockerProbe() {}

  static int resourcesLabelled(String runId) {
    return containersLabelled(runId)
        + DOCKER.listImagesCmd().withLabelFilter(Map.of(DockerSandbox.RUN_LABEL, runId)).exec()
            .size();
  }

  static int containersLabelled(String runId) {
    return containers(runId).size();
  }

  /** Containers (of any run or none) made from {@code image}: intermediate build containers. */
  static int containersFromImage(String image) {
    return (int) DOCKER.listContainersCmd().withShowAll(true).exec().stream()
        .filter(c -> image.equals(c.getImage()))
        .count();
  }

  /** A created, never started container that looks like a run's, owned by {@code owner}. */
  static String createIdleContainer(String image, String runId, Owner owner) {
    DOCKER.createContainerCmd(image)
        .withLabels(Map.of(DockerSandbox.RUN_LABEL, runId, Owner.LABEL, owner.label()))
        .withCmd("true")
        .exec();
    return runId;
  }

  static void removeContainersLabelled(String runId) {
    for (Container container : containers(runId)) {
      DockerSession.removeContainer(DOCKER, container.getId());
    }
  }

  private static List<Container> containers(String runId) {
    return DOCKER.listContainersCmd().withShowAll(true)
        .withLabelFilter(Map.of(DockerSandbox.RUN_LABEL, runId)).exec();
  }
}
