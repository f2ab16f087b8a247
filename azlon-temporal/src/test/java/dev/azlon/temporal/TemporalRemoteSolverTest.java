package dev.azlon.temporal;

import static dev.azlon.testing.Answers.candidate;
import static dev.azlon.testing.Answers.review;
import static org.assertj.core.api.Assertions.assertThat;

import dev.azlon.Redactor;
import dev.azlon.event.SolveEvent;
import dev.azlon.remote.RemoteOptions;
import dev.azlon.remote.RemoteSolver;
import dev.azlon.remote.RemoteSubmission;
import dev.azlon.sandbox.SandboxLimits;
import dev.azlon.solve.Outcome;
import dev.azlon.solve.SolveResult;
import dev.azlon.solve.SolveSpec;
import dev.azlon.testing.InMemorySandbox;
import dev.azlon.testing.ScriptedChatModel;
import dev.azlon.verdict.Check;
import dev.azlon.verdict.Checks;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.Worker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Submitting and following through the RemoteSolver the plugin finds, on the test server. */
class TemporalRemoteSolverTest {

  private static final RemoteOptions OPTIONS =
      new RemoteOptions("in-memory", "default", "azlon-remote-test", "build-9", false);

  @TempDir Path temp;

  private final TestWorkflowEnvironment environment = TestWorkflowEnvironment.newInstance();
  private final List<SolveEvent> events = new CopyOnWriteArrayList<>();

  @AfterEach
  void stop() {
    environment.close();
  }

  private void worker(ScriptedChatModel model, InMemorySandbox sandbox) {
    Worker worker = environment.newWorker(OPTIONS.taskQueue());
    worker.registerWorkflowImplementationTypes(SolveWorkflowImpl.class);
    worker.registerActivitiesImplementations(
        TestActivities.of(model, sandbox, temp.resolve("worker"), environment.getWorkflowClient()));
    environment.start();
  }

  /** A model whose first candidate greets Azlon, and whose judge agrees. */
  private static ScriptedChatModel greetingAzlon() {
    return new ScriptedChatModel()
        .answer(candidate("FROM base\nCMD cat out.txt\n", "out.txt", "Hello, Azlon"))
        .answer(review(true, "Greets Azlon."));
  }

  @Test
  void theServiceLoaderFindsIt() {
    assertThat(RemoteSolver.find(getClass().getClassLoader()))
        .hasValueSatisfying(solver -> assertThat(solver.engine()).isEqualTo("Temporal"));
  }

  @Test
  void aSpecWithStartingFilesIsSolvedRemotelyAndItsReportsLandHere() throws Exception {
    Path input = Files.createDirectories(temp.resolve("input"));
    Files.writeString(input.resolve("out.txt"), "Hello, wrld");
    Files.createDirectories(input.resolve(".venv/lib"));
    Files.writeString(input.resolve(".venv/lib/site.py"), "# left out\n");
    ScriptedChatModel model = greetingAzlon();
    worker(model, InMemorySandbox.printingOutTxt());
    SolveSpec spec =
        SolveSpec.builder()
            .prompt("Fix the greeting.")
            .testConditions("Prints Hello, Azlon")
            .baseImage("base")
            .inputDirectory(input)
            .build();
    TemporalRemoteSolver remote = new TemporalRemoteSolver(o -> environment.getWorkflowClient());

    RemoteSubmission first = remote.submit("greet", spec, SandboxLimits.defaults(), OPTIONS);
    RemoteSubmission again = remote.submit("greet", spec, SandboxLimits.defaults(), OPTIONS);
    String id = first.id();
    SolveResult result = remote.follow(id, OPTIONS, events::add, temp.resolve("target/azlon"));

    assertThat(again).isEqualTo(first);
    assertThat(id).startsWith("azlon-build-9-greet-");
    assertThat(first.solvedEarlier()).isFalse();
    assertThat(result.outcome()).isEqualTo(Outcome.SOLVED);
    assertThat(result.runDirectory().getParent()).isEqualTo(temp.resolve("target/azlon"));
    assertThat(result.runDirectory().resolve("report.html")).exists();
    assertThat(result.solutionDirectory().resolve("out.txt")).hasContent("Hello, Azlon");
    assertThat(result.files()).containsExactly("Dockerfile", "out.txt");
    assertThat(result.tokens()).isPositive();
    assertThat(model.userText(0)).contains("Hello, wrld").doesNotContain(".venv");
    assertThat(events)
        .anyMatch(e -> e instanceof SolveEvent.Message m && m.text().startsWith("Solved remotely"));
  }

  @Test
  void aKeyOfTheSubmittingMachineIsNotSubmitted() throws Exception {
    String key = "local-key-0f9e8d7c6b5a";
    worker(greetingAzlon(), InMemorySandbox.printingOutTxt());
    SolveSpec spec =
        SolveSpec.builder()
            .prompt("Greet Azlon; never print " + key + ".")
            .testConditions("Prints Hello, Azlon and not " + key)
            .baseImage("base")
            .checks(Checks.of(List.of(new Check.StdoutContains("Hello")), true))
            .build();
    RemoteOptions redacting =
        new RemoteOptions(
            "in-memory", "default", OPTIONS.taskQueue(), "build-9", false, Redactor.of(key));
    TemporalRemoteSolver remote = new TemporalRemoteSolver(o -> environment.getWorkflowClient());

    String id = remote.submit("secret", spec, SandboxLimits.defaults(), redacting).id();
    remote.follow(id, redacting, events::add, temp.resolve("target/azlon"));

    String history =
        new String(
            environment.getWorkflowClient().fetchHistory(id).getHistory().toByteArray(),
            java.nio.charset.StandardCharsets.ISO_8859_1);
    assertThat(history).contains("Greet Azlon; never print ***.").doesNotContain(key);
  }

  @Test
  void aRunNameThatWouldLeadOutOfTheOutputIsRefusedAndNothingIsWritten() throws Exception {
    Path elsewhere = Files.createDirectories(temp.resolve("run"));
    Files.writeString(elsewhere.resolve("planted.txt"), "x");
    byte[] folder = FileArchive.pack(elsewhere, FileArchive.MAX_BYTES, "A run folder");
    Worker worker = environment.newWorker(OPTIONS.taskQueue());
    worker.registerWorkflowImplementationTypes(SolveWorkflowImpl.class);
    worker.registerActivitiesImplementations(
        (SolveActivities)
            request ->
                new SolveReport(
                    "SOLVED", "Solved.", 1, 1, 0, 1, null, null, 1, "../escaped", "w", folder));
    environment.start();
    TemporalRemoteSolver remote = new TemporalRemoteSolver(o -> environment.getWorkflowClient());

    String id =
        remote
            .submit(
                "greet",
                new SolveSpec("Greet.", "Hello", 3, "base"),
                SandboxLimits.defaults(),
                OPTIONS)
            .id();
    SolveResult result = remote.follow(id, OPTIONS, events::add, temp.resolve("target/azlon"));

    assertThat(result.outcome()).isEqualTo(Outcome.INFRA_FAILURE);
    assertThat(result.detail()).contains("'../escaped', which is no run's name");
    assertThat(temp.resolve("target/escaped")).doesNotExist();
  }

  @Test
  void aLinkPlantedWhereTheRunFolderGoesIsReplacedNeverFollowed() throws Exception {
    Path run = Files.createDirectories(temp.resolve("worker-run"));
    Files.writeString(run.resolve("report.html"), "from the worker");
    Files.writeString(Files.createDirectories(run.resolve("workspace")).resolve("main.py"), "");
    byte[] folder = FileArchive.pack(run, FileArchive.MAX_BYTES, "A run folder");
    Worker worker = environment.newWorker(OPTIONS.taskQueue());
    worker.registerWorkflowImplementationTypes(SolveWorkflowImpl.class);
    worker.registerActivitiesImplementations(
        (SolveActivities)
            request ->
                new SolveReport(
                    "SOLVED", "Solved.", 1, 1, 0, 1, null, null, 1, "run-1", "w", folder));
    environment.start();
    Path elsewhere = Files.createDirectories(temp.resolve("elsewhere"));
    Files.writeString(elsewhere.resolve("report.html"), "the user's own");
    Path output = Files.createDirectories(temp.resolve("target/azlon"));
    Files.createSymbolicLink(output.resolve("run-1"), elsewhere);
    TemporalRemoteSolver remote = new TemporalRemoteSolver(o -> environment.getWorkflowClient());

    String id =
        remote
            .submit(
                "greet",
                new SolveSpec("Greet.", "Hello", 3, "base"),
                SandboxLimits.defaults(),
                OPTIONS)
            .id();
    SolveResult result = remote.follow(id, OPTIONS, events::add, output);

    assertThat(result.outcome()).as(result.detail()).isEqualTo(Outcome.SOLVED);
    assertThat(output.resolve("run-1")).isDirectory().isNotEqualTo(elsewhere);
    assertThat(Files.isSymbolicLink(output.resolve("run-1"))).isFalse();
    assertThat(output.resolve("run-1/report.html")).hasContent("from the worker");
    assertThat(elsewhere.resolve("report.html")).hasContent("the user's own");
  }

  @Test
  void aConfigurationErrorOnTheWorkerComesBackAsOne() {
    worker(
        new ScriptedChatModel(),
        InMemorySandbox.printingOutTxt().missing(Map.of("base", "not on this engine")));
    TemporalRemoteSolver remote = new TemporalRemoteSolver(o -> environment.getWorkflowClient());
    SolveSpec spec = new SolveSpec("Greet.", "Hello", 3, "base");

    String id = remote.submit("greet", spec, SandboxLimits.defaults(), OPTIONS).id();
    SolveResult result = remote.follow(id, OPTIONS, events::add, temp.resolve("target/azlon"));

    assertThat(result.outcome()).isEqualTo(Outcome.CONFIGURATION_ERROR);
    assertThat(result.detail()).contains("base (not on this engine)").contains(id);
    assertThat(result.runDirectory()).isNull();
  }

  @Test
  void aSpecSolvedUnderTheRunIsFetchedWhenSubmittedAgainNotSolvedAgain() {
    ScriptedChatModel model = greetingAzlon();
    worker(model, InMemorySandbox.printingOutTxt());
    TemporalRemoteSolver remote = new TemporalRemoteSolver(o -> environment.getWorkflowClient());
    SolveSpec spec = new SolveSpec("Greet Azlon.", "Prints Hello, Azlon", 3, "base");
    String id = remote.submit("greet", spec, SandboxLimits.defaults(), OPTIONS).id();
    remote.follow(id, OPTIONS, events::add, temp.resolve("first"));

    // Later, say after a detached submission or a lost connection: submitted again, same run.
    RemoteSubmission again = remote.submit("greet", spec, SandboxLimits.defaults(), OPTIONS);
    SolveResult result = remote.follow(again.id(), OPTIONS, events::add, temp.resolve("second"));

    assertThat(again).isEqualTo(new RemoteSubmission(id, true));
    assertThat(result.outcome()).isEqualTo(Outcome.SOLVED);
    assertThat(result.solutionDirectory().resolve("out.txt")).hasContent("Hello, Azlon");
    assertThat(model.requests()).hasSize(2);
  }

  @Test
  void aSpecThatEndedUnsolvedIsSolvedAgainWhenSubmittedAgain() {
    ScriptedChatModel model =
        new ScriptedChatModel()
            .answer(candidate("FROM base\nCMD cat out.txt\n", "out.txt", "Hello, world"))
            .answer(candidate("FROM base\nCMD cat out.txt\n", "out.txt", "Hello, Azlon"));
    worker(model, InMemorySandbox.printingOutTxt());
    TemporalRemoteSolver remote = new TemporalRemoteSolver(o -> environment.getWorkflowClient());
    SolveSpec spec =
        SolveSpec.builder()
            .prompt("Greet Azlon.")
            .testConditions("Prints Hello, Azlon")
            .baseImage("base")
            .maxIterations(1)
            .judge(false)
            .checks(Checks.of(List.of(new Check.StdoutContains("Hello, Azlon")), true))
            .build();
    String id = remote.submit("greet", spec, SandboxLimits.defaults(), OPTIONS).id();
    assertThat(remote.follow(id, OPTIONS, events::add, temp.resolve("first")).outcome())
        .isEqualTo(Outcome.UNSOLVED);

    RemoteSubmission again = remote.submit("greet", spec, SandboxLimits.defaults(), OPTIONS);
    SolveResult result = remote.follow(again.id(), OPTIONS, events::add, temp.resolve("second"));

    assertThat(again).isEqualTo(new RemoteSubmission(id, false));
    assertThat(result.outcome()).isEqualTo(Outcome.SOLVED);
    assertThat(model.requests()).hasSize(2);
  }

  @Test
  void aRunFolderThatCannotBeWrittenHereEndsTheFollowingWithTheReasonAndTheWayBack()
      throws Exception {
    ScriptedChatModel model = greetingAzlon();
    worker(model, InMemorySandbox.printingOutTxt());
    TemporalRemoteSolver remote = new TemporalRemoteSolver(o -> environment.getWorkflowClient());
    SolveSpec spec = new SolveSpec("Greet Azlon.", "Prints Hello, Azlon", 3, "base");
    // Where the run folder should go is a file: nothing can be written under it.
    Path blocked = Files.writeString(temp.resolve("blocked"), "not a folder");

    String id = remote.submit("greet", spec, SandboxLimits.defaults(), OPTIONS).id();
    SolveResult result = remote.follow(id, OPTIONS, events::add, blocked);

    assertThat(result.outcome()).isEqualTo(Outcome.INFRA_FAILURE);
    assertThat(result.runDirectory()).isNull();
    assertThat(result.detail())
        .startsWith("The remote solve ended SOLVED, but its run folder could not be written under")
        .contains("Could not write " + blocked)
        .endsWith("submitting again under the same run fetches it, with no model call.");
    // And it does: the way back the message gives.
    SolveResult fetched =
        remote.follow(
            remote.submit("greet", spec, SandboxLimits.defaults(), OPTIONS).id(),
            OPTIONS,
            events::add,
            temp.resolve("target/azlon"));
    assertThat(fetched.outcome()).isEqualTo(Outcome.SOLVED);
    assertThat(model.requests()).hasSize(2);
  }
}
