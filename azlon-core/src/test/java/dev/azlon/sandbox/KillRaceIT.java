package dev.azlon.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.WaitContainerResultCallback;
import dev.azlon.testing.TestImages;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The run timeout's kill races the program's own exit. Whichever way the race goes on a real
 * engine, a kill that arrives late (the container has stopped, or is already gone) must leave the
 * program's own ending standing rather than turn it into an infrastructure failure.
 */
class KillRaceIT {

  private final DockerClient docker = DockerProbe.client();
  private String id;

  @AfterEach
  void remove() {
    if (id != null) {
      DockerSession.removeContainer(docker, id);
    }
  }

  @Test
  void aKillThatArrivesAfterTheProgramExitedSaysItDidNotKill() throws Exception {
    id = exitedContainer();

    assertThat(ContainerRun.killed(docker, id)).isFalse();
  }

  @Test
  void aKillThatArrivesAfterTheContainerWasRemovedSaysItDidNotKill() throws Exception {
    String gone = exitedContainer();
    DockerSession.removeContainer(docker, gone);

    assertThat(ContainerRun.killed(docker, gone)).isFalse();
  }

  @Test
  void aKillInTimeKills() throws Exception {
    id = docker.createContainerCmd(TestImages.PYTHON).withCmd("sleep", "600").exec().getId();
    docker.startContainerCmd(id).exec();

    assertThat(ContainerRun.killed(docker, id)).isTrue();
    assertThat(
            docker
                .waitContainerCmd(id)
                .exec(new WaitContainerResultCallback())
                .awaitStatusCode(30, TimeUnit.SECONDS))
        .isEqualTo(137);
  }

  private String exitedContainer() {
    String container = docker.createContainerCmd(TestImages.PYTHON).withCmd("true").exec().getId();
    docker.startContainerCmd(container).exec();
    docker
        .waitContainerCmd(container)
        .exec(new WaitContainerResultCallback())
        .awaitStatusCode(30, TimeUnit.SECONDS);
    return container;
  }
}
