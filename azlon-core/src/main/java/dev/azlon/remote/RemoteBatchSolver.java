package dev.azlon.remote;

import dev.azlon.batch.BatchBudget;
import dev.azlon.batch.BatchTask;
import dev.azlon.batch.SpecResult;
import dev.azlon.event.SolveEvent;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.function.BiConsumer;

/**
 * A {@link RemoteSolver} that also takes a folder of specs as one batch, bounded and budgeted on
 * the engine's side, so the batch goes on when the submitting machine goes away.
 */
public interface RemoteBatchSolver extends RemoteSolver {

  /**
   * Submits every spec as one batch, after checking every spec's starting files (a problem in one
   * submits none); the same batch submitted again under the same run while it goes is followed, not
   * started twice, and a spec solved earlier under the same run is not submitted again.
   *
   * @param name the batch's name, such as its folder's
   */
  RemoteBatch submitBatch(
      String name, List<BatchTask> tasks, BatchBudget budget, RemoteOptions options);

  /**
   * Follows a batch to its end, reporting each spec's progress under its name, and writes each run
   * folder under {@code outputDirectory/<name>}, as a local batch would.
   *
   * @return how each spec went, in the batch's order; a spec the budget left out is not started,
   *     one that failed without a run folder has a result without one
   */
  List<SpecResult> followBatch(
      RemoteBatch batch,
      RemoteOptions options,
      BiConsumer<String, SolveEvent> listener,
      Path outputDirectory);

  /** The remote batch solver the class loader offers, if any. */
  static Optional<RemoteBatchSolver> find(ClassLoader loader) {
    return ServiceLoader.load(RemoteBatchSolver.class, loader).findFirst();
  }
}
