package dev.azlon.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.azlon.sandbox.CandidateRun.Status;
import dev.azlon.testing.TestImages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DockerSandboxIT {

  private static DockerSandbox sandbox;

  @TempDir Path context;
  private SandboxSession session;

  @BeforeAll
  static void connect() {
    sandbox = DockerSandbox.connect(SandboxLimits.defaults().withRunTimeout(Duration.ofSeconds(5)));
  }

  @BeforeEach
  void open() {
    session = sandbox.open("it-" + UUID.randomUUID().toString().substring(0, 8));
  }

  @AfterEach
  void close() {
    session.close();
  }

  @Test
  void keepsExitCodeZeroAndStdout() throws IOException {
    write(Map.of("main.py", "print('Hello, Azlon')"));

    CandidateRun run = session.buildAndRun(context, 1);

    assertThat(run.status()).isEqualTo(Status.EXITED);
    assertThat(run.exitCode()).isZero();
    assertThat(run.stdout()).isEqualTo("Hello, Azlon\n");
    assertThat(run.stderr()).isEmpty();
    assertThat(run.succeeded()).isTrue();
  }

  @Test
  void keepsNonZeroExitCodeWithStdoutAndStderrApart() throws IOException {
    write(Map.of("main.py", "import sys\nprint('to out')\nprint('to err', file=sys.stderr)\nsys.exit(3)"));

    CandidateRun run = session.buildAndRun(context, 1);

    assertThat(run.status()).isEqualTo(Status.EXITED);
    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.stdout()).isEqualTo("to out\n");
    assertThat(run.stderr()).isEqualTo("to err\n");
    assertThat(run.succeeded()).isFalse();
  }

  @Test
  void failingRunStepGivesBuildFailureWithItsLog() throws IOException {
    write(Map.of(
        "Dockerfile", "FROM " + TestImages.PYTHON + "\nRUN echo preparing && exit 7\n",
        "main.py", "print('never')"));

    CandidateRun run = session.buildAndRun(context, 1);

    assertThat(run.status()).isEqualTo(Status.BUILD_FAILED);
    assertThat(run.buildLog()).contains("preparing").contains("exit 7");
    assertThat(run.exitCode()).isEqualTo(-1);
  }

  @Test
  void unknownInstructionGivesBuildFailureWithTheParseError() throws IOException {
    write(Map.of("Dockerfile", "FROM " + TestImages.PYTHON + "\nFROBNICATE now\n"));

    CandidateRun run = session.buildAndRun(context, 1);

    assertThat(run.status()).isEqualTo(Status.BUILD_FAILED);
    assertThat(run.buildLog()).containsIgnoringCase("frobnicate");
  }

  @Test
  void endlessProgramIsKilledAtTheRunTimeout() throws IOException {
    write(Map.of("main.py", "print('started', flush=True)\nwhile True:\n    pass\n"));

    CandidateRun run = session.buildAndRun(context, 1);

    assertThat(run.status()).isEqualTo(Status.RUN_TIMEOUT);
    assertThat(run.stdout()).isEqualTo("started\n");
  }

  @Test
  void sessionCloseLeavesNoImageOrContainerOfTheRun() throws IOException {
    write(Map.of("main.py", "print(1)"));
    session.buildAndRun(context, 1);
    write(Map.of("main.py", "print(2)"));
    session.buildAndRun(context, 2);

    session.close();

    assertThat(DockerProbe.resourcesLabelled(sessionRunId())).isZero();
  }

  private String sessionRunId() {
    return ((DockerSession) session).runId();
  }

  private void write(Map<String, String> files) throws IOException {
    if (!files.containsKey("Dockerfile") && !Files.exists(context.resolve("Dockerfile"))) {
      Files.writeString(
          context.resolve("Dockerfile"),
          "FROM " + TestImages.PYTHON + "\nCOPY . /app\nCMD [\"python3\", \"/app/main.py\"]\n");
    }
    for (Map.Entry<String, String> file : files.entrySet()) {
      Files.writeString(context.resolve(file.getKey()), file.getValue());
    }
  }
}
