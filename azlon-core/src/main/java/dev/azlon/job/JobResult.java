package dev.azlon.job;

import java.nio.file.Path;
import java.util.List;

/**
 * How a job ended.
 *
 * @param tasks each task's ending, in order; one for a single task
 * @param batch whether the tasks were a folder of specs
 * @param resuming whether the job continued unfinished work (specs not started are then fine)
 * @param detached whether the work was handed to a remote engine and not followed
 * @param sources the folders generated sources were written to, if any; the build compiles them
 * @param reportsDirectory where a batch's JUnit XML went; null for a single task
 * @param summary a batch's index.html; null for a single task
 */
public record JobResult(
    List<TaskEnding> tasks,
    boolean batch,
    boolean resuming,
    boolean detached,
    List<GeneratedRoot> sources,
    Path reportsDirectory,
    Path summary) {

  /** Generated sources: their folder, and whether the build's main or test code compiles them. */
  public record GeneratedRoot(Path folder, boolean test) {}

  public JobResult {
    tasks = List.copyOf(tasks);
    sources = List.copyOf(sources);
  }

  static JobResult detached(boolean batch) {
    return new JobResult(List.of(), batch, false, true, List.of(), null, null);
  }
}
