package dev.azlon.sandbox;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.DockerException;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.Container;
import com.github.dockerjava.api.model.Image;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * One run's containers and images. The previous iteration's image is kept until the next one is
 * built, so unchanged layers stay cached; closing removes everything labelled with the run.
 */
final class DockerSession implements SandboxSession {

  private final DockerClient docker;
  private final SandboxLimits limits;
  private final String runId;
  private String previousImage;

  DockerSession(DockerClient docker, SandboxLimits limits, String runId) {
    this.docker = docker;
    this.limits = limits;
    this.runId = runId;
  }

  @Override
  public CandidateRun buildAndRun(Path context, int iteration) {
    Map<String, String> labels =
        Map.of(DockerSandbox.RUN_LABEL, runId, "dev.azlon.iteration", Integer.toString(iteration));
    String tag = "azlon/" + runId + ":" + iteration;
    try {
      ImageBuild build = ImageBuild.run(docker, BuildContext.tar(context), tag, labels, limits);
      removePreviousImage();
      if (!build.succeeded()) {
        return CandidateRun.buildFailed(build.failure(), build.log(), build.duration());
      }
      previousImage = tag;
      ContainerRun run = ContainerRun.run(docker, tag, labels, limits);
      return new CandidateRun(
          run.status(),
          build.log(),
          run.exitCode(),
          run.stdout(),
          run.stderr(),
          build.duration(),
          run.duration());
    } catch (DockerException e) {
      throw new SandboxException(
          "Docker failed while building or running iteration "
              + iteration
              + ": "
              + DockerSandbox.firstLine(e),
          e,
          true);
    }
  }

  private void removePreviousImage() {
    if (previousImage != null) {
      removeImage(previousImage);
      previousImage = null;
    }
  }

  private void removeImage(String image) {
    try {
      docker.removeImageCmd(image).withForce(true).exec();
    } catch (NotFoundException e) {
      // Already gone: what we wanted.
    }
  }

  String runId() {
    return runId;
  }

  @Override
  public void close() {
    Map<String, String> label = Map.of(DockerSandbox.RUN_LABEL, runId);
    for (Container container :
        docker.listContainersCmd().withShowAll(true).withLabelFilter(label).exec()) {
      try {
        docker.removeContainerCmd(container.getId()).withForce(true).withRemoveVolumes(true).exec();
      } catch (NotFoundException e) {
        // Removed meanwhile.
      }
    }
    for (Image image : docker.listImagesCmd().withLabelFilter(label).exec()) {
      removeImage(image.getId());
    }
    previousImage = null;
  }

  static Duration since(long startNanos) {
    return Duration.ofNanos(System.nanoTime() - startNanos);
  }
}
