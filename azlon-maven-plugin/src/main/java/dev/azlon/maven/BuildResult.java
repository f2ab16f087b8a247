package dev.azlon.maven;

import dev.azlon.Redactor;
import dev.azlon.Setting;
import dev.azlon.job.JobResult;
import dev.azlon.job.TaskEnding;
import dev.azlon.solve.Outcome;
import dev.azlon.solve.SolveResult;
import dev.azlon.workspace.FileNames;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;

/**
 * The one place where how a job ended becomes Maven's result, for a task solved here, a batch,
 * remote work and a lock alike: solved (or taken from a lock) is success; an outcome that says the
 * solve could not run ({@link Outcome#couldNotRun()}) is a {@code MojoExecutionException} (BUILD
 * ERROR's cause); finished but not solved (unsolved, stuck, over budget, a lock that no longer
 * passes, a spec not started) is a {@code MojoFailureException}, or a warning when {@code
 * failOnUnsolved} is false. Each message says what to change.
 */
final class BuildResult {

  private final Log log;
  private final String keySource;
  private final Redactor redactor;

  /**
   * @param keySource where the API key was read from, for hints about the model
   */
  BuildResult(Log log, String keySource, Redactor redactor) {
    this.log = log;
    this.keySource = keySource;
    this.redactor = redactor;
  }

  void conclude(JobResult result) throws MojoExecutionException, MojoFailureException {
    if (result.detached()) {
      return;
    }
    List<String> unsolved = new ArrayList<>();
    boolean stopped = false;
    boolean fail = false;
    for (TaskEnding task : result.tasks()) {
      if (task.solved() || (!task.started() && result.resuming())) {
        continue;
      }
      stopped |= task.started() && task.outcome().couldNotRun();
      fail |= task.failOnUnsolved();
      unsolved.add(result.batch() ? line(task) : message(task));
    }
    if (unsolved.isEmpty()) {
      return;
    }
    String message =
        result.batch()
            ? unsolved.size()
                + (unsolved.size() == 1 ? " spec was" : " specs were")
                + " not solved:\n  "
                + String.join("\n  ", unsolved)
                + "\nEach run's report.html says why; "
                + PropertyNames.howToSet(Setting.RESUME, "true")
                + " continues the unfinished ones."
            : unsolved.get(0);
    message = redactor.redact(PropertyNames.render(message));
    if (stopped) {
      throw new MojoExecutionException(message);
    }
    if (fail) {
      throw new MojoFailureException(message);
    }
    log.warn(message + " (failOnUnsolved is false, so the build goes on.)");
  }

  /** A batch's spec that was not solved, in a line. */
  private static String line(TaskEnding task) {
    return FileNames.printable(task.name())
        + ": "
        + (task.started() ? task.outcome().name() : "NOT_STARTED")
        + ", "
        + task.detail().lines().findFirst().orElse("");
  }

  /** A single task that was not solved: what happened, and what to change. */
  private String message(TaskEnding task) {
    SolveResult run = task.run();
    if (run == null || run.runDirectory() == null) {
      // No run here: a locked solution checked again, or a remote solve that left no run folder.
      return task.started() && task.outcome() != Outcome.UNSOLVED
          ? task.outcome() + ": " + task.detail()
          : task.detail();
    }
    String files = " The files and their history are in " + run.solutionDirectory() + ".";
    String resume = " Continue it with " + Setting.RESUME.mention(run.runId()) + ".";
    return switch (task.outcome()) {
      case BUDGET_EXCEEDED ->
          "Stopped by the budget after "
              + run.tally()
              + ": "
              + run.detail()
              + files
              + " Raise the limit it names ("
              + Setting.MAX_TOKENS.mention()
              + ", "
              + Setting.MAX_COST_USD.mention()
              + ", "
              + Setting.TIMEOUT.mention()
              + ")."
              + resume;
      case STUCK ->
          "Stuck after "
              + run.tally()
              + ": "
              + run.detail()
              + files
              + " Refine the prompt or test conditions; "
              + Setting.MAX_REPEATED_FAILURES.mention()
              + " sets how many repeats end a run.";
      case ACCEPTANCE_FAILED ->
          "Failed its held-out acceptance checks after "
              + run.tally()
              + ": "
              + run.detail()
              + files
              + " The model never sees "
              + Setting.ACCEPTANCE.mention()
              + ": say in the prompt or test conditions what they expect, then solve again.";
      case UNSOLVED ->
          "Not solved after "
              + run.tally()
              + " (maxIterations = "
              + run.iterations()
              + ")."
              + files
              + " Refine the prompt or test conditions, or allow more iterations with "
              + Setting.MAX_ITERATIONS.mention()
              + ".";
      default -> stopped(run, resume);
    };
  }

  /** A run a failure stopped: the failure's own hint, the record, and how to go on. */
  private String stopped(SolveResult run, String resume) {
    String hint =
        run.failure()
            .map(cause -> MojoErrors.message(cause, keySource))
            .filter(text -> !run.detail().contains(text))
            .map(text -> " " + text)
            .orElse("");
    return run.outcome()
        + " after "
        + run.tally()
        + ": "
        + run.detail()
        + hint
        + " Nothing of it was shown to the model, and the iteration it stopped does not count."
        + resume;
  }
}
