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

/** The sandbox against a real Docker engine, with programs that misbehave on purpose. */
class DockerSandboxIT {

  private static DockerSandbox sandbox;

  @TempDir Path context;
  private String runId;
  private SandboxSession session;

  @BeforeAll
  static void connect() {
    sandbox =
        DockerSandbox.connect(
            SandboxLimits.builder()
                .runTimeout(Duration.ofSeconds(5))
                .memoryBytes(256L << 20)
                .pids(64)
                .outputBytes(64 * 1024)
                .build());
  }

  @BeforeEach
  void open() {
    runId = "it-" + UUID.randomUUID().toString().substring(0, 8);
    session = sandbox.open(runId);
  }

  @AfterEach
  void close() {
    session.close();
    assertThat(DockerProbe.resourcesLabelled(runId)).isZero();
  }

  @Test
  void keepsExitCodeZeroAndStdout() throws IOException {
    CandidateRun run = runPython("print('Hello, Azlon')");

    assertThat(run.status()).isEqualTo(Status.EXITED);
    assertThat(run.exitCode()).isZero();
    assertThat(run.stdout()).isEqualTo("Hello, Azlon\n");
    assertThat(run.stderr()).isEmpty();
    assertThat(run.succeeded()).isTrue();
  }

  @Test
  void keepsNonZeroExitCodeWithStdoutAndStderrApart() throws IOException {
    CandidateRun run =
        runPython("import sys\nprint('to out')\nprint('to err', file=sys.stderr)\nsys.exit(3)");

    assertThat(run.status()).isEqualTo(Status.EXITED);
    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.stdout()).isEqualTo("to out\n");
    assertThat(run.stderr()).isEqualTo("to err\n");
    assertThat(run.succeeded()).isFalse();
  }

  @Test
  void exitCodeOneIsAnOrdinaryExit() throws IOException {
    CandidateRun run = runPython("raise SystemExit(1)");

    assertThat(run.status()).isEqualTo(Status.EXITED);
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.describe()).isEqualTo("the program exited with code 1");
  }

  @Test
  void sigkillIsReportedAsASignal() throws IOException {
    CandidateRun run = runPython("import os, signal\nos.kill(os.getpid(), signal.SIGKILL)");

    assertThat(run.exitCode()).isEqualTo(137);
    assertThat(run.status()).isEqualTo(Status.KILLED_BY_SIGNAL);
    assertThat(run.describe()).contains("signal 9 (SIGKILL)");
  }

  @Test
  void segmentationFaultIsReportedAsASignal() throws IOException {
    CandidateRun run = runPython("import ctypes\nctypes.string_at(0)");

    assertThat(run.exitCode()).isEqualTo(139);
    assertThat(run.status()).isEqualTo(Status.KILLED_BY_SIGNAL);
    assertThat(run.describe()).contains("SIGSEGV");
  }

  @Test
  void failingRunStepGivesBuildFailureWithItsLog() throws IOException {
    write(
        Map.of(
            "Dockerfile",
            "FROM " + TestImages.PYTHON + "\nRUN echo preparing && exit 7\n",
            "main.py",
            "print('never')"));

    CandidateRun run = session.buildAndRun(context, 1);

    assertThat(run.status()).isEqualTo(Status.BUILD_FAILED);
    assertThat(run.buildLog()).contains("preparing").contains("exit 7");
    assertThat(run.exitCode()).isEqualTo(-1);
    assertThat(DockerProbe.containersFromImage(TestImages.PYTHON)).isZero();
  }

  @Test
  void unknownInstructionGivesBuildFailureWithTheParseError() throws IOException {
    write(Map.of("Dockerfile", "FROM " + TestImages.PYTHON + "\nFROBNICATE now\n"));

    CandidateRun run = session.buildAndRun(context, 1);

    assertThat(run.status()).isEqualTo(Status.BUILD_FAILED);
    assertThat(run.buildLog()).containsIgnoringCase("frobnicate");
  }

  @Test
  void endlessProgramIsKilledAtTheRunTimeoutWithItsOutputSoFar() throws IOException {
    CandidateRun run = runPython("print('started', flush=True)\nwhile True:\n    pass\n");

    assertThat(run.status()).isEqualTo(Status.RUN_TIMEOUT);
    assertThat(run.stdout()).isEqualTo("started\n");
    assertThat(run.describe()).contains("ran out of time");
    assertThat(DockerProbe.containersLabelled(runId)).isZero();
  }

  @Test
  void endlessBuildIsStoppedAtTheBuildTimeoutAndLeavesNoBuildContainer() throws IOException {
    DockerSandbox quick =
        DockerSandbox.connect(SandboxLimits.builder().buildTimeout(Duration.ofSeconds(3)).build());
    write(Map.of("Dockerfile", "FROM " + TestImages.PYTHON + "\nRUN echo building && sleep 600\n"));

    try (SandboxSession buildSession = quick.open(runId + "-build")) {
      long start = System.nanoTime();
      CandidateRun run = buildSession.buildAndRun(context, 1);

      assertThat(run.status()).isEqualTo(Status.BUILD_TIMEOUT);
      assertThat(run.buildLog()).contains("building").contains("time limit");
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
    }
    assertThat(DockerProbe.runningContainersFromImage(TestImages.PYTHON)).isZero();
  }

  @Test
  void allocatingMoreThanTheMemoryLimitIsReportedAsOutOfMemory() throws IOException {
    CandidateRun run = runPython("block = bytearray(2 * 1024 * 1024 * 1024)\nprint('survived')");

    assertThat(run.status()).isEqualTo(Status.OUT_OF_MEMORY);
    assertThat(run.stdout()).doesNotContain("survived");
  }

  @Test
  void forkBombIsContainedByThePidsLimit() throws IOException {
    CandidateRun run =
        runPython(
            String.join(
                "\n",
                "import os, sys",
                "children = 0",
                "try:",
                "    for _ in range(10000):",
                "        if os.fork() == 0:",
                "            import time; time.sleep(30); os._exit(0)",
                "        children += 1",
                "except OSError as e:",
                "    print('stopped at', children, file=sys.stderr)",
                "print('children', children)"));

    assertThat(run.status()).isEqualTo(Status.EXITED);
    assertThat(run.stderr()).contains("stopped at");
    int children = Integer.parseInt(run.stdout().strip().replace("children ", ""));
    assertThat(children).isLessThan(64);
  }

  @Test
  void printingForeverIsCappedAndTheJvmStaysHealthy() throws IOException {
    long heapBefore = usedHeap();

    CandidateRun run = runPython("import sys\nwhile True:\n    sys.stdout.write('x' * 65536)\n");

    assertThat(run.status()).isEqualTo(Status.RUN_TIMEOUT);
    assertThat(run.stdout()).startsWith("xxxx").contains("more bytes not kept");
    assertThat(run.stdout().length()).isLessThan(64 * 1024 + 200);
    assertThat(usedHeap() - heapBefore).isLessThan(256L << 20);
  }

  @Test
  void containerHasNoNetworkInterfaceButLoopback() throws IOException {
    CandidateRun run = runPython("import os\nprint(sorted(os.listdir('/sys/class/net')))");

    assertThat(run.stdout().strip()).isEqualTo("['lo']");
  }

  @Test
  void buildHasANetworkUnlessItIsSwitchedOff() throws IOException {
    DockerSandbox offline =
        DockerSandbox.connect(SandboxLimits.builder().buildNetwork(false).build());

    CandidateRun online = session.buildAndRun(listNetworksAtBuild("online"), 1);
    CandidateRun isolated;
    // A different step each time: the build cache does not key on the network mode.
    try (SandboxSession offlineSession = offline.open(runId + "-offline")) {
      isolated = offlineSession.buildAndRun(listNetworksAtBuild("offline"), 1);
    }

    assertThat(online.stdout()).contains("eth0");
    assertThat(isolated.stdout().strip()).isEqualTo("lo");
  }

  private Path listNetworksAtBuild(String marker) throws IOException {
    write(
        Map.of(
            "Dockerfile",
            "FROM "
                + TestImages.PYTHON
                + "\nRUN echo "
                + marker
                + " "
                + UUID.randomUUID()
                + " && ls /sys/class/net | tr '\\n' ' ' > /build-nets.txt"
                + "\nCMD [\"cat\", \"/build-nets.txt\"]\n"));
    return context;
  }

  @Test
  void rootFileSystemIsReadOnlyButTmpIsWritable() throws IOException {
    CandidateRun run =
        runPython(
            String.join(
                "\n",
                "import os",
                "try:",
                "    open('/app/new.txt', 'w').write('x')",
                "    print('root writable')",
                "except OSError as e:",
                "    print('root refused')",
                "open('/tmp/scratch.txt', 'w').write('ok')",
                "print('tmp', open('/tmp/scratch.txt').read(), 'uid', os.getuid())"));

    assertThat(run.stdout()).isEqualTo("root refused\ntmp ok uid 65534\n");
  }

  @Test
  void containerSeesNoneOfOurEnvironment() throws IOException {
    // Failsafe gives this JVM a canary OPENAI_API_KEY; none of it may reach the container.
    String canary = System.getenv("OPENAI_API_KEY");
    assertThat(canary).as("failsafe sets a canary key").startsWith("sk-canary");

    CandidateRun run = runPython("import os\nprint(dict(os.environ))");

    assertThat(run.stdout()).doesNotContain(canary).doesNotContain("OPENAI_API_KEY");
  }

  @Test
  void leftoversOfADeadRunAreRemovedAtConnectAndLiveOnesKept() {
    Owner here = Owner.current();
    Owner dead = new Owner(here.host(), 999_999_999L, 0);
    String deadRun = DockerProbe.createIdleContainer(TestImages.PYTHON, "dead-" + runId, dead);
    String liveRun = DockerProbe.createIdleContainer(TestImages.PYTHON, "live-" + runId, here);
    DockerProbe.tagAsCandidate(TestImages.PYTHON, deadRun, dead);
    DockerProbe.tagAsCandidate(TestImages.PYTHON, liveRun, here);
    try {
      DockerSandbox.connect(SandboxLimits.defaults());

      assertThat(DockerProbe.containersLabelled(deadRun)).isZero();
      assertThat(DockerProbe.imagesOf(deadRun)).isZero();
      assertThat(DockerProbe.containersLabelled(liveRun)).isEqualTo(1);
      assertThat(DockerProbe.imagesOf(liveRun)).isEqualTo(1);
      // The dead run's tag named the base image itself; only the tag may go, never the image.
      assertThat(DockerProbe.imageExists(TestImages.PYTHON)).isTrue();
    } finally {
      DockerProbe.removeContainersLabelled(liveRun);
      DockerProbe.removeImagesOf(liveRun);
    }
  }

  @Test
  void candidateIdenticalToItsBaseImageLeavesTheBaseImageInPlace() throws IOException {
    write(Map.of("Dockerfile", "FROM " + TestImages.PYTHON + "\n"));

    session.buildAndRun(context, 1);
    session.close();

    assertThat(DockerProbe.imageExists(TestImages.PYTHON)).isTrue();
  }

  private CandidateRun runPython(String mainPy) throws IOException {
    write(Map.of("main.py", mainPy));
    return session.buildAndRun(context, 1);
  }

  private static long usedHeap() {
    Runtime runtime = Runtime.getRuntime();
    System.gc();
    return runtime.totalMemory() - runtime.freeMemory();
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
