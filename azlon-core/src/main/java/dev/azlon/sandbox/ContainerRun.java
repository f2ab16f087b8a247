package dev.azlon.sandbox;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.command.CreateContainerCmd;
import com.github.dockerjava.api.command.WaitContainerResultCallback;
import com.github.dockerjava.api.exception.ConflictException;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.Capability;
import com.github.dockerjava.api.model.Frame;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.LogConfig;
import com.github.dockerjava.api.model.StreamType;
import dev.azlon.InterruptedRunException;
import dev.azlon.sandbox.CandidateRun.Status;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One run of a built image: attach, start, wait for the end or the time limit, and remove. Output
 * is read through the attach stream as it comes, capped, and never stored by Docker, so a program
 * that prints forever fills neither our memory nor the daemon's disk.
 */
public record ContainerRun(
    Status status, int exitCode, String stdout, String stderr, Duration duration) {

  private static final String NOBODY = "65534:65534";
  private static final long DRAIN_MILLIS = 5_000;

  /**
   * Runs {@code image} once.
   *
   * @param shellCommand a command for {@code /bin/sh -c} instead of the image's own, or null
   */
  static ContainerRun run(
      DockerClient docker,
      String image,
      String shellCommand,
      Map<String, String> labels,
      SandboxLimits limits,
      Duration timeout) {
    CreateContainerCmd create = docker.createContainerCmd(image);
    if (shellCommand != null) {
      create.withEntrypoint("/bin/sh", "-c").withCmd(shellCommand);
    }
    create
        .withLabels(labels)
        .withUser(NOBODY)
        .withEnv(List.of())
        .withNetworkDisabled(!limits.runNetwork())
        .withHostConfig(hostConfig(limits));
    String id = DockerCalls.bounded("creating a container", () -> create.exec().getId());
    OutputCallback output = new OutputCallback(limits.outputBytes());
    long start = System.nanoTime();
    RuntimeException failure = null;
    try {
      boolean attached =
          docker
              .attachContainerCmd(id)
              .withStdOut(true)
              .withStdErr(true)
              .withFollowStream(true)
              .exec(output)
              .awaitStarted(DockerCalls.API.toMillis(), TimeUnit.MILLISECONDS);
      if (!attached) {
        throw new SandboxException(
            "Docker did not attach to the container within " + DockerCalls.API.toSeconds() + " s.",
            null);
      }
      start = System.nanoTime();
      DockerCalls.bounded("starting a container", () -> docker.startContainerCmd(id).exec());
      WaitContainerResultCallback wait =
          docker.waitContainerCmd(id).exec(new WaitContainerResultCallback());
      if (!wait.awaitCompletion(timeout.toMillis(), TimeUnit.MILLISECONDS) && killed(docker, id)) {
        output.awaitCompletion(DRAIN_MILLIS, TimeUnit.MILLISECONDS);
        return new ContainerRun(
            Status.RUN_TIMEOUT,
            -1,
            output.stdout.text(),
            output.stderr.text(),
            DockerSession.since(start));
      }
      int exitCode = wait.awaitStatusCode(DockerCalls.API.toMillis(), TimeUnit.MILLISECONDS);
      Duration duration = DockerSession.since(start);
      output.awaitCompletion(DRAIN_MILLIS, TimeUnit.MILLISECONDS);
      Boolean oomKilled =
          DockerCalls.bounded(
              "inspecting a container",
              () -> docker.inspectContainerCmd(id).exec().getState().getOOMKilled());
      Status status =
          Boolean.TRUE.equals(oomKilled)
              ? Status.OUT_OF_MEMORY
              : exitCode > 128 && exitCode < 160 ? Status.KILLED_BY_SIGNAL : Status.EXITED;
      return new ContainerRun(
          status, exitCode, output.stdout.text(), output.stderr.text(), duration);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      failure = new InterruptedRunException("Interrupted while running " + image, e);
      throw failure;
    } catch (RuntimeException e) {
      failure = e;
      throw e;
    } finally {
      output.closeQuietly();
      removeKeepingTheFirstFailure(docker, id, failure);
    }
  }

  /** Removes the container; a failure to, after another failure, must not hide the first one. */
  private static void removeKeepingTheFirstFailure(
      DockerClient docker, String id, RuntimeException first) {
    try {
      DockerSession.removeContainer(docker, id);
    } catch (RuntimeException e) {
      if (first == null) {
        throw e;
      }
      first.addSuppressed(e);
    }
  }

  /**
   * Kills a container at its time limit. False when it had already ended on its own: the program
   * exited as the limit fired, and its exit code stands.
   */
  public static boolean killed(DockerClient docker, String id) {
    try {
      DockerCalls.bounded(
          "stopping a container at its time limit", () -> docker.killContainerCmd(id).exec());
      return true;
    } catch (NotFoundException | ConflictException alreadyStopped) {
      return false;
    }
  }

  public static HostConfig hostConfig(SandboxLimits limits) {
    return HostConfig.newHostConfig()
        // A tiny init as PID 1 reaps zombies and passes on signals, so a killed program reports it.
        .withInit(true)
        .withNetworkMode(limits.runNetwork() ? "bridge" : "none")
        .withMemory(limits.memoryBytes())
        .withMemorySwap(limits.memoryBytes())
        .withNanoCPUs(limits.nanoCpus())
        .withPidsLimit(limits.pids())
        .withCapDrop(Capability.ALL)
        .withSecurityOpts(List.of("no-new-privileges"))
        .withReadonlyRootfs(true)
        .withTmpFs(Map.of("/tmp", "rw,nosuid,nodev,size=64m,mode=1777"))
        .withLogConfig(new LogConfig(LogConfig.LoggingType.NONE, Map.of()));
  }

  /** Both streams, each capped. */
  public static final class OutputCallback extends ResultCallback.Adapter<Frame> {
    public final CappedOutput stdout;
    public final CappedOutput stderr;

    public OutputCallback(int cap) {
      stdout = new CappedOutput(cap);
      stderr = new CappedOutput(cap);
    }

    @Override
    public void onNext(Frame frame) {
      (frame.getStreamType() == StreamType.STDERR ? stderr : stdout).append(frame.getPayload());
    }

    public void closeQuietly() {
      try {
        close();
      } catch (IOException e) {
        // The container is going; its stream with it.
      }
    }
  }
}
