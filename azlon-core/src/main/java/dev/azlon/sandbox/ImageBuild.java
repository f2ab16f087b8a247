package dev.azlon.sandbox;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.exception.BadRequestException;
import com.github.dockerjava.api.exception.DockerClientException;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.BuildResponseItem;
import dev.azlon.InterruptedRunException;
import dev.azlon.sandbox.CandidateRun.Status;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * One image build through the Docker client, with its log kept (Testcontainers only logs it).
 *
 * @param failure why the build did not produce an image, or null when it did
 */
public record ImageBuild(Status failure, String log, Duration duration, String imageId) {

  public boolean succeeded() {
    return failure == null;
  }

  public static ImageBuild run(
      DockerClient docker, byte[] context, String tag, SandboxLimits limits) {
    long start = System.nanoTime();
    LogCallback callback = new LogCallback(limits.outputBytes());
    docker
        .buildImageCmd(new ByteArrayInputStream(context))
        .withTags(Set.of(tag))
        .withPull(false)
        .withRemove(true)
        .withForcerm(true)
        .withNetworkMode(limits.buildNetwork() ? "default" : "none")
        .exec(callback);
    boolean finished;
    try {
      finished = callback.awaitCompletion(limits.buildTimeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      callback.closeQuietly();
      throw new InterruptedRunException("Interrupted while building " + tag, e);
    }
    if (!finished) {
      callback.closeQuietly();
      callback.log.append(
          "\n[azlon: the build was stopped at its time limit of "
              + limits.buildTimeout().toSeconds()
              + " s]\n");
      return new ImageBuild(
          Status.BUILD_TIMEOUT, callback.log.text(), DockerSession.since(start), null);
    }
    callback.rethrowDaemonFailure();
    if (callback.failed && unreachableRegistry(callback.log.text())) {
      throw new SandboxException(
          "The build could not pull an image, because no registry could be"
              + " reached; that is the machine's fault, not the candidate's. Make the base images"
              + " available on the engine (see baseImage and allowedBaseImages).",
          null);
    }
    Status failure = callback.failed ? Status.BUILD_FAILED : null;
    return new ImageBuild(
        failure, callback.log.text(), DockerSession.since(start), callback.imageId);
  }

  /** Whether a failed build's log shows a pull that could not reach a registry. */
  static boolean unreachableRegistry(String log) {
    String text = log.toLowerCase(java.util.Locale.ROOT);
    return text.contains("no such host")
        || text.contains("dial tcp")
        || text.contains("i/o timeout")
        || text.contains("tls handshake timeout")
        || text.contains("temporary failure in name resolution")
        || text.contains("server misbehaving");
  }

  /**
   * Collects the build's output. A failing step arrives as an error item; a Dockerfile Docker
   * cannot parse or a missing base image arrives as an HTTP error. Both are the candidate's fault;
   * anything else is the daemon's.
   */
  private static final class LogCallback extends ResultCallback.Adapter<BuildResponseItem> {
    private final CappedOutput log;
    private volatile boolean failed;
    private volatile String imageId;
    private volatile RuntimeException daemonFailure;

    LogCallback(int cap) {
      this.log = new CappedOutput(cap);
    }

    @Override
    public void onNext(BuildResponseItem item) {
      if (item.getStream() != null) {
        log.append(item.getStream());
      }
      if (item.getImageId() != null) {
        imageId = item.getImageId();
      }
      if (item.isErrorIndicated()) {
        failed = true;
        String error =
            item.getErrorDetail() != null ? item.getErrorDetail().getMessage() : item.getError();
        log.append("\nERROR: " + error + "\n");
      }
    }

    @Override
    public void onError(Throwable error) {
      if (error instanceof BadRequestException
          || error instanceof NotFoundException
          || error instanceof DockerClientException) {
        failed = true;
        log.append("\nERROR: " + DockerSandbox.firstLine(error) + "\n");
      } else if (error instanceof RuntimeException runtime) {
        daemonFailure = runtime;
      } else {
        daemonFailure = new IllegalStateException(error);
      }
      closeQuietly();
    }

    void rethrowDaemonFailure() {
      if (daemonFailure != null) {
        throw new SandboxException(
            "Docker failed during the image build: " + DockerSandbox.firstLine(daemonFailure),
            daemonFailure);
      }
    }

    void closeQuietly() {
      try {
        close();
      } catch (IOException e) {
        // The stream is being abandoned; nothing more to read from it.
      }
    }
  }
}
