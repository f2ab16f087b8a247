package dev.azlon.sandbox;

import com.github.dockerjava.api.DockerClient;
import java.util.Map;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.dockerclient.DockerClientProviderStrategy;

/** Looks at the Docker engine from the side, to check what the sandbox left behind. */
final class DockerProbe {

  private DockerProbe() {}

  static int resourcesLabelled(String runId) {
    DockerClient docker =
        DockerClientProviderStrategy.getClientForConfig(
            DockerClientFactory.instance().getTransportConfig());
    Map<String, String> label = Map.of(DockerSandbox.RUN_LABEL, runId);
    return docker.listContainersCmd().withShowAll(true).withLabelFilter(label).exec().size()
        + docker.listImagesCmd().withLabelFilter(label).exec().size();
  }
}
