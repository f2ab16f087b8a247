package dev.azlon.sandbox;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.ConflictException;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.Container;
import dev.azlon.AzlonException;
import dev.azlon.InterruptedRunException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * One run's containers and images. The previous iteration's image is kept until the next one is
 * built, so unchanged layers stay cached; closing removes everything labelled with the run.
 */
public final class DockerSession implements SandboxSession {

  static final String IMAGE_PREFIX = "azlon/";

  private final DockerClient docker;
  private final SandboxLimits limits;
  private final String runId;
  private final Owner owner;
  // Removes the run's resources if the JVM is stopped (Ctrl-C) while the session is open.
  private final Thread shutdownHook = new Thread(this::stopForShutdown, "azlon-sandbox-cleanup");
  private volatile boolean stopping;
  private String previousImage;

  DockerSession(DockerClient docker, SandboxLimits limits, String runId, Owner owner) {
    this.docker = docker;
    this.limits = limits;
    this.runId = runId;
    this.owner = owner;
    Runtime.getRuntime().addShutdownHook(shutdownHook);
  }

  @Override
  public CandidateRun buildAndRun(Path context, int iteration) {
    Map<String, String> labels =
        Map.of(
            DockerSandbox.RUN_LABEL,
            runId,
            "dev.azlon.iteration",
            Integer.toString(iteration),
            Owner.LABEL,
            owner.token());
    // Images are known by name, not labels: a build label costs the legacy builder a whole step.
    String tag = repository(runId) + ":" + iteration + "-" + owner.token();
    try {
      ImageBuild build = ImageBuild.run(docker, BuildContext.tar(context), tag, limits);
      removePreviousImage();
      if (!build.succeeded()) {
        return CandidateRun.buildFailed(build.failure(), build.log(), build.duration());
      }
      previousImage = tag;
      ContainerRun run = ContainerRun.run(docker, tag, null, labels, limits, limits.runTimeout());
      refuseIfStopping(null);
      return candidateRun(build, run);
    } catch (AzlonException e) {
      throw e;
    } catch (RuntimeException e) {
      refuseIfStopping(e);
      // Docker's own errors, and a connection lost mid-call (a raw ConnectException inside).
      throw new SandboxException(
          "Docker failed while building or running iteration "
              + iteration
              + ": "
              + DockerSandbox.firstLine(e),
          e);
    }
  }

  /** A built image's run, as the caller is told it. */
  public static CandidateRun candidateRun(ImageBuild build, ContainerRun run) {
    return new CandidateRun(
        run.status(),
        build.log(),
        run.exitCode(),
        run.stdout(),
        run.stderr(),
        build.duration(),
        run.duration(),
        build.imageId());
  }

  @Override
  public CandidateRun runCommand(String command, Duration timeout) {
    return runInImage(command, timeout, "'" + command + "'");
  }

  @Override
  public CandidateRun runAgain() {
    return runInImage(null, limits.runTimeout(), "the final image again");
  }

  /** Runs {@code command} (null: the image's own) in a fresh container of the last image. */
  private CandidateRun runInImage(String command, Duration timeout, String what) {
    if (previousImage == null) {
      throw new IllegalStateException("No image was built to run " + what + " in");
    }
    Map<String, String> labels = Map.of(DockerSandbox.RUN_LABEL, runId, Owner.LABEL, owner.token());
    try {
      ContainerRun run = ContainerRun.run(docker, previousImage, command, labels, limits, timeout);
      refuseIfStopping(null);
      return new CandidateRun(
          run.status(),
          "",
          run.exitCode(),
          run.stdout(),
          run.stderr(),
          Duration.ZERO,
          run.duration());
    } catch (AzlonException e) {
      throw e;
    } catch (RuntimeException e) {
      refuseIfStopping(e);
      throw new SandboxException(
          "Docker failed while running " + what + ": " + DockerSandbox.firstLine(e), e);
    }
  }

  private void removePreviousImage() {
    if (previousImage != null) {
      removeImage(docker, previousImage);
      previousImage = null;
    }
  }

  @Override
  public void close() {
    removeAll();
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException shuttingDown) {
      // The hook is running or about to; nothing left to unregister.
    }
  }

  /**
   * What stopping the JVM does to an open session: its containers and images go, and a candidate
   * they cut short (killed, or its container gone mid-call) is an interruption, never a result the
   * model would be asked to fix.
   */
  void stopForShutdown() {
    stopping = true;
    removeAll();
  }

  private void refuseIfStopping(RuntimeException cause) {
    if (stopping) {
      throw new InterruptedRunException(
          "Stopped: the JVM is stopping, and the candidate's container was removed on the way out.",
          cause);
    }
  }

  /**
   * Removes the run's containers and images. Best effort: it runs on the way out, when Docker may
   * be the reason for leaving, and the next run on this host sweeps whatever it could not.
   */
  private void removeAll() {
    previousImage = null;
    try {
      Map<String, String> label = Map.of(DockerSandbox.RUN_LABEL, runId);
      for (Container container :
          DockerCalls.bounded(
              "listing the run's containers",
              () -> docker.listContainersCmd().withShowAll(true).withLabelFilter(label).exec())) {
        removeContainer(docker, container.getId());
      }
      for (String tag : tagsIn(docker, repository(runId))) {
        removeImage(docker, tag);
      }
    } catch (RuntimeException e) {
      // Left for the sweep of the next run on this host.
    }
  }

  /** The image repository of a run's candidates: {@code azlon/<runId>}. */
  static String repository(String runId) {
    return IMAGE_PREFIX + runId;
  }

  static void removeContainer(DockerClient docker, String id) {
    try {
      DockerCalls.bounded(
          "removing a container",
          () -> docker.removeContainerCmd(id).withForce(true).withRemoveVolumes(true).exec());
    } catch (NotFoundException | ConflictException e) {
      // Already gone, or being removed: what we wanted.
    }
  }

  /**
   * Our tags under {@code repository}. Images are removed by tag, never by id: a candidate that
   * adds nothing to its base image shares the base's id, and removing the id would remove the base.
   */
  static List<String> tagsIn(DockerClient docker, String repository) {
    return DockerCalls.bounded(
            "listing images", () -> docker.listImagesCmd().withReferenceFilter(repository).exec())
        .stream()
        .filter(image -> image.getRepoTags() != null)
        .flatMap(image -> Arrays.stream(image.getRepoTags()))
        .filter(tag -> tag.startsWith(IMAGE_PREFIX) && repositoryMatches(tag, repository))
        .toList();
  }

  private static boolean repositoryMatches(String tag, String repository) {
    String tagRepository = tag.substring(0, tag.lastIndexOf(':'));
    return repository.endsWith("*")
        ? tagRepository.startsWith(repository.substring(0, repository.length() - 1))
        : tagRepository.equals(repository);
  }

  /** Removes one tag; the image goes with it only if nothing else names it. */
  public static void removeImage(DockerClient docker, String image) {
    try {
      DockerCalls.bounded(
          "removing the image " + image, () -> docker.removeImageCmd(image).withForce(true).exec());
    } catch (NotFoundException e) {
      // Already gone: what we wanted.
    }
  }

  public static Duration since(long startNanos) {
    return Duration.ofNanos(System.nanoTime() - startNanos);
  }
}
