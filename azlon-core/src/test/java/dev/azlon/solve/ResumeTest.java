package dev.azlon.solve;

import static dev.azlon.testing.Answers.candidate;
import static dev.azlon.testing.Answers.review;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.azlon.ConfigurationException;
import dev.azlon.Setting;
import dev.azlon.event.SolveEvent;
import dev.azlon.event.SolveListener;
import dev.azlon.run.RunState;
import dev.azlon.sandbox.SandboxException;
import dev.azlon.testing.InMemorySandbox;
import dev.azlon.testing.ScriptedChatModel;
import dev.azlon.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ResumeTest {

  private static final String DOCKERFILE = "FROM base\nCMD cat out.txt\n";

  /** Three iterations: a review's fix, a review without files, a fix call, then solved. */
  private static final List<String> SCRIPT =
      List.of(
          candidate(DOCKERFILE, "out.txt", "Hello, world"),
          review(false, "Greet Azlon.", "out.txt", "Hello, everyone"),
          review(false, "Still not Azlon."),
          candidate(DOCKERFILE, "out.txt", "Hello, Azlon"),
          review(true, "Greets Azlon."));

  private static final SolveSpec SPEC =
      new SolveSpec("Greet Azlon.", "Prints Hello, Azlon", 5, "base");

  @TempDir Path output;

  /** Simulates the JVM dying at a phase boundary: nothing after it runs. */
  private static final class Crash extends Error {}

  static Stream<Arguments> phaseBoundaries() {
    List<Arguments> boundaries = new ArrayList<>();
    for (int iteration = 1; iteration <= 3; iteration++) {
      for (Class<?> phase :
          List.of(
              SolveEvent.CandidateReceived.class,
              SolveEvent.BuildFinished.class,
              SolveEvent.RunFinished.class,
              SolveEvent.VerdictReached.class)) {
        boundaries.add(Arguments.of(phase.getSimpleName(), iteration));
      }
    }
    return boundaries.stream();
  }

  @ParameterizedTest(name = "killed after {0} of iteration {1}")
  @MethodSource("phaseBoundaries")
  void resumedRunEqualsAnUninterruptedOneAndRepeatsNoModelCall(String phase, int iteration)
      throws Exception {
    SolveResult uninterrupted =
        solver(output.resolve("reference"), scripted(SCRIPT), e -> {}).solve(SPEC);

    ScriptedChatModel first = scripted(SCRIPT);
    Path runs = output.resolve("runs");
    SolveListener killer = crashAt(phase, iteration);
    assertThatThrownBy(() -> solver(runs, first, killer).solve(SPEC)).isInstanceOf(Crash.class);
    int answered = first.requests().size();

    ScriptedChatModel rest = scripted(SCRIPT.subList(answered, SCRIPT.size()));
    SolveResult resumed = solver(runs, rest, e -> {}).resume(SPEC, null);

    assertThat(rest.requests()).hasSize(SCRIPT.size() - answered);
    assertThat(resumed.outcome()).isEqualTo(uninterrupted.outcome()).isEqualTo(Outcome.SOLVED);
    assertThat(resumed.iterations()).isEqualTo(uninterrupted.iterations()).isEqualTo(3);
    assertThat(resumed.tokens()).isEqualTo(uninterrupted.tokens());
    assertThat(files(resumed)).isEqualTo(files(uninterrupted));
    assertThat(subjects(resumed)).isEqualTo(subjects(uninterrupted));
    assertThat(RunState.read(resumed.runDirectory()).orElseThrow().status())
        .isEqualTo(RunState.FINISHED);
  }

  /** The same run, its changes given as edits of out.txt rather than whole. */
  private static final List<String> EDIT_SCRIPT =
      List.of(
          candidate(DOCKERFILE, "out.txt", "Hello, world\nfrom the script\n"),
          editingReview("world", "everyone"),
          review(false, "Still not Azlon."),
          "{\"dockerfile\": \"\", \"files\": [], \"edits\": [{\"filename\": \"out.txt\","
              + " \"search\": \"Hello, everyone\\n\", \"replace\": \"Hello, Azlon\\n\"}],"
              + " \"deletions\": null, \"needFiles\": null}",
          review(true, "Greets Azlon."));

  private static String editingReview(String from, String to) {
    return "{\"result\": false, \"reason\": \"Greet Azlon.\", \"dockerfile\": null, \"files\":"
        + " null, \"edits\": [{\"filename\": \"out.txt\", \"search\": \"Hello, "
        + from
        + "\\n\", \"replace\": \"Hello, "
        + to
        + "\\n\"}], \"deletions\": null, \"needFiles\": null}";
  }

  @ParameterizedTest(name = "killed after {0} of iteration 2, with edits")
  @ValueSource(strings = {"CandidateReceived", "RunFinished", "VerdictReached"})
  void aRunWhoseAnswersAreEditsResumesToTheSameFiles(String phase) throws Exception {
    SolveResult uninterrupted =
        solver(output.resolve("reference"), scripted(EDIT_SCRIPT), e -> {}).solve(SPEC);

    ScriptedChatModel first = scripted(EDIT_SCRIPT);
    Path runs = output.resolve("runs");
    assertThatThrownBy(() -> solver(runs, first, crashAt(phase, 2)).solve(SPEC))
        .isInstanceOf(Crash.class);
    int answered = first.requests().size();
    ScriptedChatModel rest = scripted(EDIT_SCRIPT.subList(answered, EDIT_SCRIPT.size()));
    SolveResult resumed = solver(runs, rest, e -> {}).resume(SPEC, null);

    assertThat(uninterrupted.outcome()).isEqualTo(Outcome.SOLVED);
    assertThat(resumed.outcome()).isEqualTo(Outcome.SOLVED);
    assertThat(rest.requests()).hasSize(EDIT_SCRIPT.size() - answered);
    assertThat(files(resumed)).isEqualTo(files(uninterrupted));
    assertThat(Files.readString(resumed.solutionDirectory().resolve("out.txt")))
        .isEqualTo("Hello, Azlon\nfrom the script\n");
    assertThat(subjects(resumed)).isEqualTo(subjects(uninterrupted));
  }

  @Test
  void dockerFailureIsInfraNotAnIterationAndTheRunResumes() throws Exception {
    AtomicInteger runs = new AtomicInteger();
    InMemorySandbox flaky =
        new InMemorySandbox(
            files -> {
              if (runs.incrementAndGet() == 2) {
                throw new SandboxException("Docker failed: no space left on device", null);
              }
              return InMemorySandbox.exited(0, files.getOrDefault("out.txt", ""), "");
            });
    ScriptedChatModel first = scripted(SCRIPT);

    SolveResult stopped = solver(output, first, e -> {}, flaky).solve(SPEC);

    assertThat(stopped.outcome()).isEqualTo(Outcome.INFRA_FAILURE);
    assertThat(stopped.iterations()).isEqualTo(1);
    assertThat(stopped.detail()).contains("not of the candidate").contains("no space left");
    assertThat(first.requests()).hasSize(2);
    assertThat(first.requests().toString()).doesNotContain("no space left");

    ScriptedChatModel rest = scripted(SCRIPT.subList(2, SCRIPT.size()));
    SolveResult resumed = solver(output, rest, e -> {}, flaky).resume(SPEC, null);

    assertThat(resumed.outcome()).isEqualTo(Outcome.SOLVED);
    assertThat(resumed.iterations()).isEqualTo(3);
    assertThat(resumed.runDirectory()).isEqualTo(stopped.runDirectory());
  }

  @ParameterizedTest(name = "killed after {0} of iteration {1}")
  @MethodSource("phaseBoundaries")
  void answersRecordedOnOneMachineContinueTheRunOnAnotherWithoutPayingTwice(
      String phase, int iteration) throws Exception {
    SolveResult uninterrupted =
        solver(output.resolve("reference"), scripted(SCRIPT), e -> {}).solve(SPEC);
    List<String> recorded = new ArrayList<>();
    SolveListener killer = crashAt(phase, iteration);
    SolveListener recording =
        event -> {
          if (event instanceof SolveEvent.AnswerRecorded answer) {
            recorded.add(answer.answer());
          }
          killer.on(event);
        };
    ScriptedChatModel first = scripted(SCRIPT);
    assertThatThrownBy(() -> solver(output.resolve("here"), first, recording).solve(SPEC))
        .isInstanceOf(Crash.class);
    assertThat(recorded).hasSize(first.requests().size());
    assertThat(recorded)
        .allSatisfy(a -> assertThat(a).doesNotContain("\"messages\"", "Test conditions"));

    ScriptedChatModel rest = scripted(SCRIPT.subList(recorded.size(), SCRIPT.size()));
    List<String> more = new ArrayList<>();
    SolveResult resumed =
        solver(
                output.resolve("elsewhere"),
                rest,
                event -> {
                  if (event instanceof SolveEvent.AnswerRecorded answer) {
                    more.add(answer.answer());
                  }
                })
            .resumeFrom(SPEC, recorded);

    assertThat(rest.requests()).hasSize(SCRIPT.size() - recorded.size());
    assertThat(more).hasSize(SCRIPT.size() - recorded.size());
    assertThat(resumed.outcome()).isEqualTo(Outcome.SOLVED);
    assertThat(resumed.tokens()).isEqualTo(uninterrupted.tokens());
    assertThat(files(resumed)).isEqualTo(files(uninterrupted));
    // The new run folder's transcript holds every answer: a local resume of it works too.
    assertThat(Files.readAllLines(resumed.runDirectory().resolve("transcript.jsonl")))
        .hasSize(SCRIPT.size());
  }

  @Test
  void anAnswerThatNoTranscriptRecordedIsRefused() {
    assertThatThrownBy(
            () ->
                solver(output, scripted(SCRIPT), e -> {})
                    .resumeFrom(SPEC, List.of("{\"messages\": []}")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Answer 1 is not a recorded answer.");
  }

  @Test
  void interruptingTheSolvingThreadEndsTheRunAsInterruptedOnRecord() throws Exception {
    java.util.concurrent.CountDownLatch asked = new java.util.concurrent.CountDownLatch(1);
    dev.langchain4j.model.chat.ChatModel waiting =
        new dev.langchain4j.model.chat.ChatModel() {
          @Override
          public dev.langchain4j.model.chat.response.ChatResponse doChat(
              dev.langchain4j.model.chat.request.ChatRequest request) {
            asked.countDown();
            try {
              Thread.sleep(60_000);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
              throw new IllegalStateException("interrupted", e);
            }
            throw new IllegalStateException("The test was to interrupt this call.");
          }
        };
    SolveResult[] result = new SolveResult[1];
    Thread solving =
        new Thread(
            () ->
                result[0] =
                    Solver.builder()
                        .model(waiting)
                        .sandbox(InMemorySandbox.printingOutTxt())
                        .outputDirectory(output)
                        .build()
                        .solve(SPEC));
    solving.start();
    asked.await();
    solving.interrupt();
    solving.join(30_000);

    assertThat(solving.isAlive()).isFalse();
    assertThat(result[0].outcome()).isEqualTo(Outcome.INTERRUPTED);
    assertThat(RunState.read(result[0].runDirectory()).orElseThrow().outcome())
        .isEqualTo(Outcome.INTERRUPTED.name());
  }

  @Test
  void finishedRunsAndOtherTasksAreNotResumed() {
    SolveResult done = solver(output, scripted(SCRIPT), e -> {}).solve(SPEC);
    String runId = done.runDirectory().getFileName().toString();

    assertThatThrownBy(() -> solver(output, scripted(SCRIPT), e -> {}).resume(SPEC, null))
        .isInstanceOfSatisfying(
            ConfigurationException.class,
            e -> {
              assertThat(e.setting()).isEqualTo(Setting.RESUME);
              assertThat(e.getMessage()).contains("no unfinished run");
            });
    assertThatThrownBy(() -> solver(output, scripted(SCRIPT), e -> {}).resume(SPEC, runId))
        .hasMessageContaining("has finished (SOLVED)");
    assertThatThrownBy(() -> solver(output, scripted(SCRIPT), e -> {}).resume(SPEC, "../x"))
        .hasMessageContaining("There is no run ../x");

    ScriptedChatModel crashing = scripted(SCRIPT);
    assertThatThrownBy(() -> solver(output, crashing, crashAt("BuildFinished", 1)).solve(SPEC))
        .isInstanceOf(Crash.class);
    SolveSpec other = new SolveSpec("Greet the world.", "Prints Hello, world", 5, "base");
    assertThatThrownBy(() -> solver(output, scripted(SCRIPT), e -> {}).resume(other, null))
        .hasMessageContaining("started for a different prompt");
  }

  private static SolveListener crashAt(String phase, int iteration) {
    return event -> {
      if (event.getClass().getSimpleName().equals(phase) && iterationOf(event) == iteration) {
        throw new Crash();
      }
    };
  }

  private static int iterationOf(SolveEvent event) {
    if (event instanceof SolveEvent.CandidateReceived e) {
      return e.iteration();
    }
    if (event instanceof SolveEvent.BuildFinished e) {
      return e.iteration();
    }
    if (event instanceof SolveEvent.RunFinished e) {
      return e.iteration();
    }
    if (event instanceof SolveEvent.VerdictReached e) {
      return e.iteration();
    }
    return -1;
  }

  private static ScriptedChatModel scripted(List<String> answers) {
    ScriptedChatModel model = new ScriptedChatModel();
    answers.forEach(model::answer);
    return model;
  }

  private Solver solver(Path outputDirectory, ScriptedChatModel model, SolveListener listener) {
    return solver(outputDirectory, model, listener, InMemorySandbox.printingOutTxt());
  }

  private Solver solver(
      Path outputDirectory,
      ScriptedChatModel model,
      SolveListener listener,
      InMemorySandbox sandbox) {
    return Solver.builder()
        .model(model)
        .sandbox(sandbox)
        .outputDirectory(outputDirectory)
        .listener(listener)
        .build();
  }

  private static Map<String, String> files(SolveResult result) {
    return new Workspace(result.solutionDirectory()).read();
  }

  private static List<String> subjects(SolveResult result) throws Exception {
    try (Git git = Git.open(result.solutionDirectory().toFile())) {
      List<String> subjects = new ArrayList<>();
      git.log().call().forEach(c -> subjects.add(c.getFullMessage()));
      return subjects;
    }
  }
}
