package dev.azlon.maven;

import dev.azlon.AzlonException;
import dev.azlon.ConfigurationException;
import dev.azlon.Redactor;
import dev.azlon.Setting;
import dev.azlon.batch.Batch;
import dev.azlon.batch.BatchTask;
import dev.azlon.batch.SpecResult;
import dev.azlon.generate.OpenAiModels;
import dev.azlon.generate.ReplayChatModel;
import dev.azlon.lock.LockedCheck;
import dev.azlon.lock.SolutionLock;
import dev.azlon.sandbox.DockerSandbox;
import dev.azlon.sandbox.Quantities;
import dev.azlon.sandbox.SandboxLimits;
import dev.azlon.solve.SolveResult;
import dev.azlon.solve.SolveSpec;
import dev.azlon.solve.Solver;
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
import javax.inject.Inject;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Solves a coding task: asks a model for a Dockerfile and source files, builds and runs them in a
 * Docker container, shows the model what happened, and iterates until the checks pass and the test
 * conditions hold.
 *
 * @since 0.1.0
 */
@Mojo(name = "solve", threadSafe = true, requiresProject = false)
public class SolveMojo extends AbstractLockMojo {

  @Parameter(defaultValue = "${settings}", readonly = true)
  private Settings settings;

  private final SettingsDecrypter decrypter;

  @Inject
  public SolveMojo(SettingsDecrypter decrypter) {
    this.decrypter = decrypter;
  }

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("Skipping azlon:solve because azlon.skip is true.");
      return;
    }
    // Testcontainers' own INFO lines go around our log, and docker-java logs a lost stream as an
    // ERROR with a stack trace that our outcome already reports; both stay quiet unless -X.
    if (!getLog().isDebugEnabled()) {
      System.getProperties().putIfAbsent("org.slf4j.simpleLogger.log.org.testcontainers", "warn");
      System.getProperties().putIfAbsent("org.slf4j.simpleLogger.log.com.github.dockerjava", "off");
    }
    ApiKeys.ApiKey key;
    try {
      key =
          replay != null
              ? new ApiKeys.ApiKey(null, "nowhere (a replay needs none)")
              : ApiKeys.find(settings, decrypter, serverId);
    } catch (AzlonException e) {
      throw MojoErrors.couldNotRun(e, "settings.xml", Redactor.patternsOnly());
    }
    Redactor redactor = Redactor.of(key.value());
    try {
      generatesSources();
      if (isBatch()) {
        solveBatch(key, redactor);
      } else {
        solveOne(key, redactor);
      }
    } catch (AzlonException e) {
      throw MojoErrors.couldNotRun(e, key.source(), redactor);
    }
  }

  private void solveOne(ApiKeys.ApiKey key, Redactor redactor)
      throws MojoExecutionException, MojoFailureException {
    // Everything the user can get wrong is checked here, before a token is spent.
    TaskSettings settings = defaults();
    SolveSpec spec = settings.solveSpec(model);
    SandboxLimits limits = settings.sandboxLimits();
    Optional<Path> lockFolder = lockDirectory();
    Optional<SolutionLock> locked =
        lockFolder.flatMap(folder -> fittingLock("the task", folder, spec));
    if (locked.isPresent()) {
      useLock("the task", spec, limits, locked.get());
      return;
    }
    ChatModel chatModel = chatModel(key);
    getLog()
        .info(
            "Solving in at most "
                + spec.maxIterations()
                + " iterations on "
                + spec.baseImage()
                + ".");
    Solver solver =
        Solver.builder()
            .model(chatModel)
            .sandbox(DockerSandbox.connect(limits))
            .outputDirectory(outputDirectory())
            .listener(new ProgressLog(getLog(), ""))
            .redactor(redactor)
            .build();
    SolveResult result =
        resuming()
            ? solver.resume(spec, "true".equals(resume) ? null : resume.strip())
            : solver.solve(spec);
    new ResultReport(getLog(), settings, spec.maxIterations(), key.source(), redactor)
        .report(result);
    if (result.solved()) {
      lockFolder.ifPresent(folder -> lockSolution(folder, spec, result));
      generateSources(Map.of(result.runId(), new Workspace(result.solutionDirectory())));
    }
  }

  /** A lock that fits: its solution, checked again in the sandbox when asked; no model. */
  private void useLock(String name, SolveSpec spec, SandboxLimits limits, SolutionLock locked)
      throws MojoFailureException {
    if (verifyLocked) {
      List<String> failures = LockedCheck.failures(DockerSandbox.connect(limits), spec, locked);
      if (!failures.isEmpty()) {
        throw new MojoFailureException(
            "The locked solution in "
                + locked.directory()
                + " no longer passes: "
                + String.join("; ", failures)
                + ". Re-solve it with -D"
                + Setting.REFRESH.property()
                + "=true and commit the new lock.");
      }
    }
    tookFromLock(name, locked);
    generateSources(Map.of(name, new Workspace(locked.filesDirectory())));
  }

  private void solveBatch(ApiKeys.ApiKey key, Redactor redactor)
      throws MojoExecutionException, MojoFailureException {
    Map<BatchTask, TaskSettings> tasks = tasks(model);
    Map<String, Path> locks = new LinkedHashMap<>();
    Map<String, SpecResult> fromLocks = fromLocks(tasks, locks);
    List<BatchTask> toSolve =
        tasks.keySet().stream().filter(task -> !fromLocks.containsKey(task.name())).toList();
    List<SpecResult> solved = toSolve.isEmpty() ? List.of() : solve(toSolve, key, redactor);
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
    new BatchReport(getLog(), key.source(), redactor)
        .report(results, tasks, outputDirectory(), reportsDirectory(), resuming());
    Map<String, Workspace> solutions = new LinkedHashMap<>();
    for (SpecResult result : results) {
      if (result.locked()) {
        solutions.put(result.name(), new Workspace(result.lock().resolve(SolutionLock.FILES)));
      } else if (result.solved()) {
        solutions.put(result.name(), new Workspace(result.result().solutionDirectory()));
        BatchTask task =
            tasks.keySet().stream().filter(t -> t.name().equals(result.name())).findFirst().get();
        if (locks.containsKey(result.name())) {
          lockSolution(locks.get(result.name()), task.spec(), result.result());
        }
      }
    }
    generateSources(solutions);
  }

  /**
   * The specs whose lock fits, taken from it (and checked again with verifyLocked); every lock is
   * looked at before any model call, and every problem of every lock is said at once.
   */
  private Map<String, SpecResult> fromLocks(
      Map<BatchTask, TaskSettings> tasks, Map<String, Path> locks) throws MojoFailureException {
    Map<String, SpecResult> fromLocks = new LinkedHashMap<>();
    if (!lock) {
      return fromLocks;
    }
    List<String> problems = new ArrayList<>();
    Setting setting = Setting.LOCK;
    for (BatchTask task : tasks.keySet()) {
      Path folder = SpecFolder.lockDirectory(specFiles.get(task.name()));
      locks.put(task.name(), folder);
      try {
        Optional<SolutionLock> locked = fittingLock(task.name(), folder, task.spec());
        if (locked.isPresent()) {
          if (verifyLocked) {
            List<String> failures =
                LockedCheck.failures(
                    DockerSandbox.connect(task.limits()), task.spec(), locked.get());
            if (!failures.isEmpty()) {
              problems.add(
                  task.name()
                      + ": the locked solution no longer passes: "
                      + String.join("; ", failures));
              continue;
            }
          }
          tookFromLock(task.name(), locked.get());
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

  private List<SpecResult> solve(List<BatchTask> tasks, ApiKeys.ApiKey key, Redactor redactor) {
    ChatModel chatModel = chatModel(key);
    DockerSandbox engine = DockerSandbox.connect(SandboxLimits.defaults());
    int atOnce = parallel == null ? Batch.defaultParallel() : parallel;
    getLog()
        .info(
            "Solving "
                + tasks.size()
                + (tasks.size() == 1 ? " spec" : " specs")
                + " from "
                + specs
                + ", "
                + atOnce
                + " at once.");
    Map<String, ProgressLog> logs = new ConcurrentHashMap<>();
    return Batch.builder()
        .model(chatModel)
        .sandboxes(engine::withLimits)
        .outputDirectory(outputDirectory())
        .parallel(atOnce)
        .maxTokens(Optional.ofNullable(batchMaxTokens))
        .maxCostUsd(batchMaxCost())
        .listener(
            (name, event) ->
                logs.computeIfAbsent(name, n -> new ProgressLog(getLog(), "[" + n + "] "))
                    .on(event))
        .redactor(redactor)
        .build()
        .solve(tasks, resuming());
  }

  private boolean resuming() {
    return resume != null && !resume.isBlank() && !"false".equals(resume);
  }

  private ChatModel chatModel(ApiKeys.ApiKey key) {
    if (replay != null) {
      getLog().info("Replaying the model's answers from " + replay + "; no model is called.");
      return ReplayChatModel.from(replay.toPath());
    }
    getLog().info("Asking " + model + " at " + baseUrl + ".");
    return OpenAiModels.chatModel(
        baseUrl,
        key.value(),
        model,
        Quantities.duration(Setting.REQUEST_TIMEOUT, requestTimeout),
        temperature,
        seed);
  }
}
