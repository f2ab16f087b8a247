package dev.azlon.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.azlon.budget.Budget;
import dev.azlon.sandbox.SandboxLimits;
import dev.azlon.solve.Outcome;
import dev.azlon.solve.SolveSpec;
import dev.azlon.testing.InMemorySandbox;
import dev.azlon.testing.WordModel;
import dev.azlon.verdict.Check;
import dev.azlon.verdict.Checks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchTest {

  @TempDir Path output;
  private final WordModel model = new WordModel(Duration.ZERO);
  private final List<String> heard = Collections.synchronizedList(new ArrayList<>());

  @Test
  void solvesEverySpecInAFolderOfItsOwnAndReportsEachInOrder() throws Exception {
    List<SpecResult> results =
        batch(InMemorySandbox.printingOutTxt(), 2)
            .solve(
                List.of(task("hello", "Hello"), task("bye", "Bye"), task("never", "Nope")), false);

    assertThat(results).extracting(SpecResult::name).containsExactly("hello", "bye", "never");
    assertThat(results.get(0).result().outcome()).isEqualTo(Outcome.SOLVED);
    assertThat(results.get(1).result().outcome()).isEqualTo(Outcome.SOLVED);
    assertThat(results.get(2).solved()).isFalse();
    assertThat(results.get(0).result().runDirectory().getParent())
        .isEqualTo(output.resolve("hello"));
    assertThat(results.get(1).result().solutionDirectory().resolve("out.txt")).hasContent("Bye");
    assertThat(heard)
        .anyMatch(line -> line.startsWith("bye: "))
        .anyMatch(l -> l.startsWith("hello: "));
  }

  @Test
  void runsAtMostParallelSpecsAtOnce() {
    int[] running = new int[2];
    InMemorySandbox counting =
        new InMemorySandbox(
            files -> {
              synchronized (running) {
                running[0]++;
                running[1] = Math.max(running[1], running[0]);
              }
              sleep(100);
              synchronized (running) {
                running[0]--;
              }
              return InMemorySandbox.exited(0, files.getOrDefault("out.txt", ""), "");
            });

    batch(counting, 2)
        .solve(List.of(task("a", "A"), task("b", "B"), task("c", "C"), task("d", "D")), false);

    assertThat(running[1]).isEqualTo(2);
  }

  @Test
  void aBatchBudgetStopsStartingSpecsAndSaysWhichWereNot() {
    List<SpecResult> results =
        Batch.builder()
            .model(model)
            .sandboxes(limits -> InMemorySandbox.printingOutTxt())
            .outputDirectory(output)
            .parallel(1)
            .maxTokens(Optional.of(1000L))
            .build()
            .solve(List.of(task("a", "A"), task("b", "B"), task("c", "C")), false);

    assertThat(results.get(0).solved()).isTrue();
    assertThat(results.get(1).result()).isNull();
    assertThat(results.get(1).notStarted()).contains("batchMaxTokens 1000").contains("1100 tokens");
    assertThat(results.get(2).notStarted()).isNotNull();
    assertThat(model.calls()).isEqualTo(1);
  }

  @Test
  void aSpecThatCannotRunStopsTheBatchBeforeAnyModelCall() {
    InMemorySandbox noImage =
        InMemorySandbox.printingOutTxt().missing(Map.of("gone", "no such image"));
    BatchTask missing =
        new BatchTask(
            "missing",
            SolveSpec.builder().prompt("Print X.").testConditions("X").baseImage("gone").build(),
            SandboxLimits.defaults());

    assertThatThrownBy(() -> batch(noImage, 2).solve(List.of(task("a", "A"), missing), false))
        .hasMessageContaining("No spec was started and no model was called")
        .hasMessageContaining("missing: ")
        .hasMessageContaining("gone (no such image)");
    assertThat(model.calls()).isZero();
  }

  @Test
  void resumeContinuesOnlyTheUnfinishedSpecs() throws Exception {
    Batch batch = batch(InMemorySandbox.printingOutTxt(), 2);
    batch.solve(List.of(task("done", "Done")), false);
    Files.createDirectories(output.resolve("fresh"));

    List<SpecResult> resumed = batch.solve(List.of(task("done", "Done"), task("fresh", "F")), true);

    assertThat(resumed).allMatch(result -> result.result() == null);
    assertThat(resumed.get(0).notStarted()).isEqualTo("no unfinished run to resume");
  }

  private Batch batch(InMemorySandbox sandbox, int parallel) {
    return Batch.builder()
        .model(model)
        .sandboxes(limits -> sandbox)
        .outputDirectory(output)
        .parallel(parallel)
        .listener((name, event) -> heard.add(name + ": " + event))
        .build();
  }

  private static BatchTask task(String name, String word) {
    SolveSpec spec =
        SolveSpec.builder()
            .prompt("Print " + word + ".")
            .testConditions("Prints " + word)
            .maxIterations(2)
            .baseImage("base")
            .checks(
                Checks.of(
                    List.of(new Check.StdoutContains(word.equals("Nope") ? "Yes" : word)), true))
            .judge(false)
            .budget(Budget.unlimited())
            .build();
    return new BatchTask(name, spec, SandboxLimits.defaults());
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
