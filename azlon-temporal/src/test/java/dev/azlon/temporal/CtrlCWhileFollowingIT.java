package dev.azlon.temporal;

import static dev.azlon.testing.Answers.candidate;
import static dev.azlon.testing.Answers.review;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.azlon.InterruptedRunException;
import dev.azlon.temporal.testing.LocalTemporal;
import dev.azlon.testing.InMemorySandbox;
import dev.azlon.testing.ScriptedChatModel;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowFailedException;
import io.temporal.failure.CanceledFailure;
import io.temporal.worker.WorkerFactory;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Ctrl-C (SIGINT) to a JVM following a remote solve, against a local server: the solve goes on and
 * ends solved, unless cancelOnInterrupt asked to cancel it, in which case its worker records it
 * INTERRUPTED. Either way the follower says what became of it.
 */
class CtrlCWhileFollowingIT {

  private static final String QUEUE = "azlon-ctrl-c";

  @TempDir Path temp;

  private final List<String> printed = new CopyOnWriteArrayList<>();
  private final CountDownLatch running = new CountDownLatch(1);
  private final CountDownLatch gate = new CountDownLatch(1);
  private LocalTemporal server;
  private WorkerFactory workers;
  private Process follower;

  @AfterEach
  void stop() throws Exception {
    gate.countDown();
    if (follower != null) {
      follower.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }
    if (workers != null) {
      workers.shutdownNow();
    }
    if (server != null) {
      server.close();
    }
  }

  @ParameterizedTest(name = "cancelOnInterrupt={0}")
  @ValueSource(booleans = {false, true})
  void ctrlCStopsFollowingAndCancelsOnlyWhenAsked(boolean cancelOnInterrupt) throws Exception {
    server = LocalTemporal.start(temp);
    int port = server.port();
    WorkflowClient client = server.client();
    ScriptedChatModel model =
        new ScriptedChatModel()
            .answer(candidate("FROM base\nCMD cat out.txt\n", "out.txt", "Hello, Azlon"))
            .answer(review(true, "Greets Azlon."));
    // The candidate runs until the test opens the gate: long enough to press Ctrl-C meanwhile.
    InMemorySandbox gated =
        new InMemorySandbox(
            files -> {
              running.countDown();
              try {
                gate.await();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedRunException("Interrupted while running", e);
              }
              return InMemorySandbox.exited(0, files.getOrDefault("out.txt", ""), "");
            });
    workers = WorkerFactory.newInstance(client);
    var worker = workers.newWorker(QUEUE);
    worker.registerWorkflowImplementationTypes(SolveWorkflowImpl.class);
    worker.registerActivitiesImplementations(
        TestActivities.of(model, gated, temp.resolve("worker"), client));
    workers.start();

    follower = follow(port, cancelOnInterrupt);
    assertThat(running.await(60, TimeUnit.SECONDS)).as("the candidate never ran").isTrue();
    awaitPrinted("Remote: iteration 1/3");
    String id = printed.get(0).substring("Following ".length());

    interrupt(follower);

    assertThat(follower.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(follower.exitValue()).isEqualTo(130); // 128 + SIGINT: stopped by the signal
    awaitPrinted("[azlon] Stopped");
    assertThat(printed).noneMatch(line -> line.startsWith("Ended "));
    if (!cancelOnInterrupt) {
      assertThat(printed)
          .contains(
              "[azlon] Stopped following; the remote solve "
                  + id
                  + " goes on. Submit the same spec again with the same azlon.temporal.run to"
                  + " follow it, or set azlon.temporal.cancelOnInterrupt=true to cancel on"
                  + " Ctrl-C.");
      gate.countDown();
      SolveReport report =
          client.newUntypedWorkflowStub(id).getResult(60, TimeUnit.SECONDS, SolveReport.class);
      assertThat(report.outcome()).isEqualTo("SOLVED");
      assertThat(model.requests()).hasSize(2);
    } else {
      assertThat(printed).contains("[azlon] Stopped; the remote solve " + id + " was cancelled.");
      assertThatThrownBy(
              () ->
                  client
                      .newUntypedWorkflowStub(id)
                      .getResult(60, TimeUnit.SECONDS, SolveReport.class))
          .isInstanceOf(WorkflowFailedException.class)
          .cause()
          .isInstanceOf(CanceledFailure.class);
      awaitRunState(temp.resolve("worker"), "\"INTERRUPTED\"");
    }
  }

  /** The follower in a JVM of its own, with SIGINT's default action whatever this JVM inherited. */
  private Process follow(int port, boolean cancelOnInterrupt) throws Exception {
    Process process =
        new ProcessBuilder(
                // A JVM keeps SIGINT ignored when it starts with it ignored (as under nohup or a
                // shell's background job); perl restores the default before java starts.
                "perl",
                "-e",
                "$SIG{INT} = 'DEFAULT'; exec @ARGV or die $!",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                FollowMain.class.getName(),
                Integer.toString(port),
                QUEUE,
                Boolean.toString(cancelOnInterrupt),
                temp.resolve("follower").toString())
            .redirectErrorStream(true)
            .start();
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader lines =
                  new BufferedReader(
                      new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                lines.lines().forEach(printed::add);
              } catch (Exception e) {
                printed.add("(reading failed: " + e + ")");
              }
            },
            "follower-output");
    reader.setDaemon(true);
    reader.start();
    return process;
  }

  private static void interrupt(Process process) throws Exception {
    assertThat(new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).start().waitFor())
        .isZero();
  }

  private void awaitPrinted(String start) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (printed.stream().noneMatch(line -> line.startsWith(start))) {
      assertThat(System.nanoTime())
          .as("the follower never printed '%s'; it printed %s", start, printed)
          .isLessThan(deadline);
      Thread.sleep(50);
    }
  }

  private static void awaitRunState(Path folder, String text) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (System.nanoTime() < deadline) {
      try (Stream<Path> files = Files.walk(folder)) {
        for (Path state : files.filter(p -> p.endsWith("state.json")).toList()) {
          if (Files.readString(state).contains(text)) {
            return;
          }
        }
      }
      Thread.sleep(100);
    }
    throw new AssertionError("No run under " + folder + " has a state with " + text);
  }
}
