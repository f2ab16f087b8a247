package dev.azlon.job;

import dev.azlon.ConfigurationException;
import dev.azlon.Setting;
import dev.azlon.batch.Batch;
import dev.azlon.batch.BatchTask;
import dev.azlon.batch.SpecResult;
import dev.azlon.lock.SolutionLock;
import dev.azlon.report.BatchSummary;
import dev.azlon.report.JUnitReport;
import dev.azlon.report.Reports;
import dev.azlon.solve.SolveResult;
import dev.azlon.spec.SpecFile;
import dev.azlon.spec.SpecFolder;
import dev.azlon.spec.TaskSettings;
import dev.azlon.workspace.FileNames;
import dev.azlon.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A folder of specs solved as one batch: every spec read and checked first, every lock looked at
 * (those that fit are taken, with no model), the rest solved here or remotely, then what was solved
 * locked, the reports written, the solutions applied and the generated sources written.
 */
final class BatchRun {

  private final Job.Steps steps;
  private final JobOptions options;
  private final Say say;

  /** Each spec's settings, file and task, by name, in the folder's order. */
  private final Map<String, Spec> specs = new LinkedHashMap<>();

  private record Spec(SpecFile file, TaskSettings settings, BatchTask task) {}

  BatchRun(Job.Steps steps) {
    this.steps = steps;
    this.options = steps.options();
    this.say = steps.say();
  }

  JobResult run() {
    read();
    Map<String, SpecResult> fromLocks = fromLocks();
    List<BatchTask> toSolve =
        specs.values().stream()
            .map(Spec::task)
            .filter(task -> !fromLocks.containsKey(task.name()))
            .toList();
    List<SpecResult> solved = List.of();
    if (!toSolve.isEmpty() && options.remote != null) {
      Optional<List<SpecResult>> followed = steps.remote().solveBatch(batchName(), toSolve);
      if (followed.isEmpty()) {
        return JobResult.detached(true);
      }
      solved = followed.get();
    } else if (!toSolve.isEmpty()) {
      solved = solve(toSolve);
    }
    List<SpecResult> results = new ArrayList<>();
    for (String name : specs.keySet()) {
      results.add(
          fromLocks.containsKey(name)
              ? fromLocks.get(name)
              : solved.stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow());
    }
    // Every solution paid for is locked, even when other specs fail the build.
    Map<String, Workspace> solutions = new LinkedHashMap<>();
    for (SpecResult result : results) {
      if (result.locked()) {
        solutions.put(result.name(), new Workspace(result.lock().resolve(SolutionLock.FILES)));
      } else if (result.result() != null && result.solved()) {
        solutions.put(result.name(), new Workspace(result.result().solutionDirectory()));
        if (options.lock) {
          Spec spec = specs.get(result.name());
          steps
              .locks()
              .lock(
                  SpecFolder.lockDirectory(spec.file().file()),
                  spec.task().spec(),
                  result.result(),
                  null);
        }
      }
    }
    List<TaskEnding> endings = report(results);
    List<JobResult.GeneratedRoot> sources = steps.handover().generate(solutions);
    return new JobResult(
        endings,
        true,
        options.resuming(),
        false,
        sources,
        options.reportsDirectory,
        options.outputDirectory.resolve(BatchSummary.HTML));
  }

  /** Every spec, read and turned into a task over the defaults; all checked before any runs. */
  private void read() {
    List<SpecFile> files =
        SpecFolder.read(
            options.specs,
            options.specIncludes,
            options.specExcludes,
            options.spec,
            steps.project());
    List<String> problems = new ArrayList<>();
    for (SpecFile file : files) {
      try {
        TaskSettings settings = options.task.withSpec(file);
        specs.put(
            file.name(),
            new Spec(
                file,
                settings,
                new BatchTask(
                    file.name(),
                    settings.solveSpec(options.model).withLayout(options.layout()),
                    settings.sandboxLimits())));
      } catch (ConfigurationException e) {
        problems.add(FileNames.printable(file.file().toString()) + ": " + e.getMessage());
      }
    }
    if (!problems.isEmpty()) {
      throw new ConfigurationException(
          Setting.SPECS,
          "No spec was started and no model was called, since "
              + problems.size()
              + (problems.size() == 1 ? " spec is" : " specs are")
              + " not valid:\n  "
              + String.join("\n  ", problems));
    }
  }

  /**
   * The specs whose lock fits, taken from it (and checked again with verifyLocked); every lock is
   * looked at before any model call, and every problem of every lock is said at once.
   */
  private Map<String, SpecResult> fromLocks() {
    Map<String, SpecResult> fromLocks = new LinkedHashMap<>();
    if (!options.lock) {
      return fromLocks;
    }
    List<String> problems = new ArrayList<>();
    Setting setting = Setting.LOCK;
    for (Spec spec : specs.values()) {
      String name = spec.file().name();
      Path folder = SpecFolder.lockDirectory(spec.file().file());
      try {
        Optional<SolutionLock> locked = steps.locks().fitting(name, folder, spec.task().spec());
        if (locked.isEmpty()) {
          continue;
        }
        Optional<String> failure =
            steps.locks().failure(locked.get(), spec.task().spec(), spec.task().limits());
        if (failure.isPresent()) {
          fromLocks.put(name, SpecResult.lockFailed(name, folder, failure.get()));
        } else {
          steps.locks().tookFrom(name, locked.get());
          fromLocks.put(
              name,
              SpecResult.fromLock(name, folder, locked.get().runId(), locked.get().lockedAt()));
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

  private List<SpecResult> solve(List<BatchTask> tasks) {
    int atOnce = options.parallel == null ? Batch.defaultParallel() : options.parallel;
    say.info(
        "Solving "
            + tasks.size()
            + (tasks.size() == 1 ? " spec" : " specs")
            + " from "
            + options.specs
            + ", "
            + atOnce
            + " at once.");
    return Batch.builder()
        .model(options.chatModel.get())
        .sandboxes(limits -> steps.sandboxes().forLimits(limits))
        .outputDirectory(options.outputDirectory)
        .parallel(atOnce)
        .maxTokens(Optional.ofNullable(options.batchMaxTokens))
        .maxCostUsd(Optional.ofNullable(options.batchMaxCostUsd))
        .listener((name, event) -> say.forTask(name).on(event))
        .redactor(options.redactor)
        .build()
        .solve(tasks, options.resuming());
  }

  /**
   * A line per spec, its JUnit XML, the batch's summary, and the solutions applied where their spec
   * asks: what was solved here and what its lock gave alike.
   */
  private List<TaskEnding> report(List<SpecResult> results) {
    List<TaskEnding> endings = new ArrayList<>();
    for (SpecResult result : results) {
      Spec spec = specs.get(result.name());
      boolean failOnUnsolved = spec.settings().failOnUnsolved();
      writeJUnit(result);
      if (result.lockFailed()) {
        endings.add(
            TaskEnding.lockFailed(
                result.name(), result.lock(), result.lockFailure(), failOnUnsolved));
      } else if (result.locked()) {
        steps
            .handover()
            .apply(
                spec.settings(),
                new Workspace(result.lock().resolve(SolutionLock.FILES)),
                options.outputDirectory.resolve(result.name()).resolve("from-lock"),
                "[" + FileNames.printable(result.name()) + "] the locked solution ");
        endings.add(TaskEnding.fromLock(result.name(), result.lock(), failOnUnsolved));
      } else if (result.result() == null) {
        say.info(result.name(), "not started: " + result.notStarted() + ".");
        endings.add(TaskEnding.notStarted(result.name(), result.notStarted(), failOnUnsolved));
      } else {
        SolveResult run = result.result();
        say.info(
            result.name(),
            run.outcome()
                + (run.runDirectory() == null
                    ? ": " + run.detail()
                    : ", report: " + run.runDirectory().resolve(Reports.HTML)));
        if (run.solved()) {
          steps
              .handover()
              .apply(
                  spec.settings(), new Workspace(run.solutionDirectory()), run.runDirectory(), "");
        }
        endings.add(TaskEnding.ran(result.name(), run, failOnUnsolved));
      }
    }
    writeSummary(results);
    long solved = results.stream().filter(SpecResult::solved).count();
    say.info(
        solved
            + " of "
            + results.size()
            + " specs solved. Batch: "
            + options.outputDirectory.resolve(BatchSummary.HTML)
            + "; JUnit XML: "
            + options.reportsDirectory);
    return endings;
  }

  private void writeJUnit(SpecResult spec) {
    try {
      JUnitReport.write(options.reportsDirectory, spec, options.redactor);
    } catch (IOException | RuntimeException e) {
      say.warn(
          "The JUnit report of "
              + FileNames.printable(spec.name())
              + " could not be written: "
              + e.getMessage());
    }
  }

  private void writeSummary(List<SpecResult> results) {
    try {
      BatchSummary.write(options.outputDirectory, results, options.redactor);
    } catch (IOException | RuntimeException e) {
      say.warn("The batch summary could not be written: " + e.getMessage());
    }
  }

  /** The folder's name, as a remote batch's id carries it. */
  private String batchName() {
    Path folder = options.specs.toAbsolutePath().normalize().getFileName();
    return folder == null ? "specs" : folder.toString().replaceAll("[^\\w.-]", "_");
  }
}
