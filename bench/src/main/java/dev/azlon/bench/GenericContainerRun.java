package dev.azlon.bench;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.command.WaitContainerResultCallback;
import dev.azlon.InterruptedRunException;
import dev.azlon.sandbox.BuildContext;
import dev.azlon.sandbox.CandidateRun;
import dev.azlon.sandbox.CandidateRun.Status;
import dev.azlon.sandbox.ContainerRun;
import dev.azlon.sandbox.DockerCalls;
import dev.azlon.sandbox.DockerSandbox;
import dev.azlon.sandbox.DockerSession;
import dev.azlon.sandbox.ImageBuild;
import dev.azlon.sandbox.SandboxException;
import dev.azlon.sandbox.SandboxLimits;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.startupcheck.StartupCheckStrategy;
import org.testcontainers.containers.wait.strategy.AbstractWaitStrategy;
import org.testcontainers.dockerclient.DockerClientProviderStrategy;
import org.testcontainers.utility.DockerImageName;

/**
 * The candidate run of {@link ContainerRun}, through Testcontainers' {@link GenericContainer}, with
 * every guarantee the sandbox gives that GenericContainer can be made to give: the same hardening,
 * output attached before start (log driver {@code none}, so nothing is stored by the engine), the
 * exit code of any exit kept by a startup check that waits for the container instead of polling,
 * the run timeout, and removal. It lives in the benchmark only, to measure the choice (issue 16).
 */
public final class GenericContainerRun {

  private GenericContainerRun() {}

  /** A Docker client to the engine the sandbox would use. */
  public static DockerClient client() {
    return DockerClientProviderStrategy.getClientForConfig(
        DockerClientFactory.instance().getTransportConfig());
  }

  /**
   * Builds {@code context} as the sandbox does (through the Docker client, keeping the build log)
   * and runs the image through GenericContainer. As in a session, the previous iteration's image is
   * removed once the new one is built.
   */
  public static CandidateRun buildAndRun(
      DockerClient docker, Path context, String tag, String previousTag, SandboxLimits limits) {
    ImageBuild build = ImageBuild.run(docker, BuildContext.tar(context), tag, limits);
    if (previousTag != null) {
      DockerSession.removeImage(docker, previousTag);
    }
    if (!build.succeeded()) {
      return CandidateRun.buildFailed(build.failure(), build.log(), build.duration());
    }
    return DockerSession.candidateRun(
        build,
        run(docker, tag, Map.of(DockerSandbox.RUN_LABEL, "bench"), limits, limits.runTimeout()));
  }

  /** Runs {@code image} once, as {@link ContainerRun#run} does. */
  public static ContainerRun run(
      DockerClient docker,
      String image,
      Map<String, String> labels,
      SandboxLimits limits,
      Duration timeout) {
    ContainerRun.OutputCallback output = new ContainerRun.OutputCallback(limits.outputBytes());
    ExitWait exit = new ExitWait(timeout);
    try (CandidateContainer container = new CandidateContainer(docker, image, output)) {
      container
          .withStartupCheckStrategy(exit)
          .waitingFor(new NoWait())
          .withLabels(labels)
          .withCreateContainerCmdModifier(
              create -> {
                create
                    .withUser("65534:65534")
                    .withEnv(List.of())
                    .withNetworkDisabled(!limits.runNetwork())
                    // The sandbox's own: GenericContainer's (no ports, no mounts) has nothing to
                    // keep.
                    .withHostConfig(ContainerRun.hostConfig(limits));
              });
      long start = System.nanoTime();
      container.start();
      Duration duration = DockerSession.since(start);
      output.awaitCompletion(5_000, TimeUnit.MILLISECONDS);
      if (exit.timedOut) {
        return new ContainerRun(
            Status.RUN_TIMEOUT, -1, output.stdout.text(), output.stderr.text(), duration);
      }
      InspectContainerResponse.ContainerState state =
          container.getCurrentContainerInfo().getState();
      Status status =
          Boolean.TRUE.equals(state.getOOMKilled())
              ? Status.OUT_OF_MEMORY
              : exit.code > 128 && exit.code < 160 ? Status.KILLED_BY_SIGNAL : Status.EXITED;
      return new ContainerRun(
          status, exit.code, output.stdout.text(), output.stderr.text(), duration);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedRunException("Interrupted while running " + image, e);
    } finally {
      output.closeQuietly();
    }
  }

  /** Attaches to the output between create and start, as the sandbox does. */
  private static final class CandidateContainer extends GenericContainer<CandidateContainer> {
    private final ContainerRun.OutputCallback output;

    CandidateContainer(DockerClient docker, String image, ContainerRun.OutputCallback output) {
      super(DockerImageName.parse(image));
      this.output = output;
      this.dockerClient = docker;
      // The image was just built on this engine: never look for it in a registry.
      withImagePullPolicy(name -> false);
    }

    @Override
    protected void containerIsCreated(String containerId) {
      try {
        boolean attached =
            dockerClient
                .attachContainerCmd(containerId)
                .withStdOut(true)
                .withStdErr(true)
                .withFollowStream(true)
                .exec(output)
                .awaitStarted(DockerCalls.API.toMillis(), TimeUnit.MILLISECONDS);
        if (!attached) {
          throw new SandboxException("Docker did not attach to the container in time.", null);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedRunException("Interrupted while attaching", e);
      }
    }
  }

  /** Waits for the container to exit, any exit counting as started; kills it at the limit. */
  private static final class ExitWait extends StartupCheckStrategy {
    private final Duration timeout;
    volatile boolean timedOut;
    volatile int code = -1;

    ExitWait(Duration timeout) {
      this.timeout = timeout;
    }

    @Override
    public boolean waitUntilStartupSuccessful(DockerClient docker, String containerId) {
      WaitContainerResultCallback wait =
          docker.waitContainerCmd(containerId).exec(new WaitContainerResultCallback());
      try {
        if (!wait.awaitCompletion(timeout.toMillis(), TimeUnit.MILLISECONDS)
            && ContainerRun.killed(docker, containerId)) {
          timedOut = true;
          return true;
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedRunException("Interrupted while running a container", e);
      }
      code = wait.awaitStatusCode(DockerCalls.API.toMillis(), TimeUnit.MILLISECONDS);
      return true;
    }

    @Override
    public StartupStatus checkStartupState(DockerClient docker, String containerId) {
      return StartupStatus.SUCCESSFUL;
    }
  }

  /** A program that exits is not a server: there is nothing to wait for after the exit. */
  private static final class NoWait extends AbstractWaitStrategy {
    @Override
    protected void waitUntilReady() {}
  }
}
