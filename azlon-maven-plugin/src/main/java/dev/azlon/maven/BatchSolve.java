package dev.azlon.maven;

import dev.azlon.ConfigurationException;
import dev.azlon.Redactor;
import dev.azlon.Setting;
import dev.azlon.batch.Batch;
import dev.azlon.batch.BatchBudget;
import dev.azlon.batch.BatchTask;
import dev.azlon.batch.SpecResult;
import dev.azlon.lock.SolutionLock;
import dev.azlon.sandbox.DockerSandbox;
import dev.azlon.sandbox.SandboxLimits;
import dev.azlon.spec.SpecFolder;
import dev.azlon.spec.TaskSettings;
import dev.azlon.workspace.Workspace;
import dev.langchain4j.model.chat.ChatModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;

/**
 * A folder of specs solved as one batch: every lock looked at first (those that fit are taken, with
 * no model), the rest solved at once, then the reports, the new locks and the generated sources.
 */
final class BatchSolve {

  private final SolveMojo mojo;
  private final ApiKeys.ApiKey key;
  private final Redactor redactor;

  /** The engine the specs were solved on; null until some spec needs solving. */
  private DockerSandbox engine;

  BatchSolve(SolveMojo mojo, ApiKeys.ApiKey key, Redactor redactor) {
    this.mojo = mojo;
    this.key = key;
    this.redactor = redactor;
  }

  void solve() throws MojoExecutionException, MojoFailureException {
    Map<BatchTask, TaskSettings> tasks = mojo.tasks(mojo.model);
    Map<String, Path> locks = new LinkedHashMap<>();
    Map<String, SpecResult> fromLocks = fromLocks(tasks, locks);
    List<BatchTask> toSolve =
        tasks.keySet().stream().filter(task -> !fromLocks.containsKey(task.name())).toList();
    List<SpecResult> solved = List.of();
    if (!toSolve.isEmpty() && mojo.remote()) {
      Optional<List<SpecResult>> followed =
          new RemoteSolve(mojo, redactor).solveBatch(batchName(), toSolve, remoteBudget(toSolve));
      if (followed.isEmpty()) {
        return;
      }
      solved = followed.get();
    } else if (!toSolve.isEmpty()) {
      solved = solve(toSolve);
    }
    List<SpecResult> results = new ArrayList<>();
    for (BatchTask task : tasks.keySet()) {
      results.add(
          fromLocks.containsKey(task.name())
              ? fromLocks.get(task.name())
              : solved.stream()
                  .filter(r -> r.name().equals(task.name()))
                  .findFirst()
                  .orElseThrow());
    }
    // Every solution paid for is locked, even when other specs fail the build.
    Map<String, Workspace> solutions = new LinkedHashMap<>();
    for (SpecResult result : results) {
      if (result.locked()) {
        solutions.put(result.name(), new Workspace(result.lock().resolve(SolutionLock.FILES)));
      } else if (result.solved()) {
        solutions.put(result.name(), new Workspace(result.result().solutionDirectory()));
        BatchTask task =
            tasks.keySet().stream().filter(t -> t.name().equals(result.name())).findFirst().get();
        if (locks.containsKey(result.name())) {
          mojo.lockSolution(locks.get(result.name()), task.spec(), result.result(), engine);
        }
      }
    }
    new BatchReport(mojo.getLog(), key.source(), redactor, mojo.baseDirectory())
        .report(results, tasks, mojo.outputDirectory(), mojo.reportsDirectory(), mojo.resuming());
    mojo.generateSources(solutions);
  }

  /**
   * The specs whose lock fits, taken from it (and checked again with verifyLocked); every lock is
   * looked at before any model call, and every problem of every lock is said at once.
   */
  private Map<String, SpecResult> fromLocks(
      Map<BatchTask, TaskSettings> tasks, Map<String, Path> locks) throws MojoFailureException {
    Map<String, SpecResult> fromLocks = new LinkedHashMap<>();
    if (!mojo.lock) {
      return fromLocks;
    }
    List<String> problems = new ArrayList<>();
    Setting setting = Setting.LOCK;
    for (BatchTask task : tasks.keySet()) {
      Path folder = SpecFolder.lockDirectory(mojo.specFiles.get(task.name()));
      locks.put(task.name(), folder);
      try {
        Optional<SolutionLock> locked = mojo.fittingLock(task.name(), folder, task.spec());
        if (locked.isPresent()) {
          if (mojo.verifyLocked) {
            List<String> failures = mojo.verifyLock(locked.get(), task.spec(), task.limits());
            if (!failures.isEmpty()) {
              problems.add(
                  task.name()
                      + ": the locked solution no longer passes: "
                      + String.join("; ", failures));
              continue;
            }
          }
          mojo.tookFromLock(task.name(), locked.get());
          fromLocks.put(task.name(), SpecResult.fromLock(task.name(), folder));
        }
      } catch (ConfigurationException e) {
        setting = e.setting();
        problems.add(e.getMessage());
      }
    }
    if (!problems.isEmpty()) {
      throw new ConfigurationException(
          setting,
          "No spec was solved and no model was called, since the locks say:\n  "
              + String.join("\n  ", problems));
    }
    return fromLocks;
  }

  /** The folder's name, as a remote batch's id carries it. */
  private String batchName() {
    Path folder = mojo.specs.toPath().toAbsolutePath().normalize().getFileName();
    return folder == null ? "specs" : folder.toString().replaceAll("[^\\w.-]", "_");
  }

  /**
   * On remote workers, every spec is started at once unless {@code parallel} says otherwise: the
   * workers' own {@code --concurrent-solves} bound what runs.
   */
  private BatchBudget remoteBudget(List<BatchTask> tasks) {
    return new BatchBudget(
        mojo.parallel == null ? tasks.size() : mojo.parallel,
        mojo.batchMaxTokens,
        mojo.batchMaxCost().orElse(null));
  }

  private List<SpecResult> solve(List<BatchTask> tasks) {
    ChatModel chatModel = mojo.chatModel(key);
    engine = DockerSandbox.connect(SandboxLimits.defaults());
    int atOnce = mojo.parallel == null ? Batch.defaultParallel() : mojo.parallel;
    mojo.getLog()
        .info(
            "Solving "
                + tasks.size()
                + (tasks.size() == 1 ? " spec" : " specs")
                + " from "
                + mojo.specs
                + ", "
                + atOnce
                + " at once.");
    Map<String, ProgressLog> logs = new ConcurrentHashMap<>();
    return Batch.builder()
        .model(chatModel)
        .sandboxes(engine::withLimits)
        .outputDirectory(mojo.outputDirectory())
        .parallel(atOnce)
        .maxTokens(Optional.ofNullable(mojo.batchMaxTokens))
        .maxCostUsd(mojo.batchMaxCost())
        .listener(
            (name, event) ->
                logs.computeIfAbsent(
                        name,
                        n -> new ProgressLog(mojo.getLog(), "[" + BatchReport.shown(n) + "] "))
                    .on(event))
        .redactor(redactor)
        .build()
        .solve(tasks, mojo.resuming());
  }
}
