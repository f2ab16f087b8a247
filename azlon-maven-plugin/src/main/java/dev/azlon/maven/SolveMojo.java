package dev.azlon.maven;

import dev.azlon.AzlonException;
import dev.azlon.Redactor;
import dev.azlon.Setting;
import dev.azlon.generate.OpenAiModels;
import dev.azlon.generate.ReplayChatModel;
import dev.azlon.lock.SolutionLock;
import dev.azlon.sandbox.Quantities;
import dev.azlon.sandbox.SandboxLimits;
import dev.azlon.solve.SolveSpec;
import dev.azlon.spec.TaskSettings;
import dev.langchain4j.model.chat.ChatModel;
import java.nio.file.Path;
import java.util.Optional;
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
public class SolveMojo extends AbstractRemoteMojo {

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
              : remote()
                  ? new ApiKeys.ApiKey(null, "the workers (each reads its own key)")
                  : ApiKeys.find(settings, decrypter, serverId);
    } catch (AzlonException e) {
      throw MojoErrors.couldNotRun(e, "settings.xml", Redactor.patternsOnly());
    }
    // A remote solve uses no key here, but one this machine has must not reach the engine either.
    Redactor redactor = Redactor.of(key.value(), remote() ? localKey() : null);
    try {
      generatesSources();
      refuseRemoteResume(resuming());
      if (isBatch()) {
        new BatchSolve(this, key, redactor).solve();
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
      useLock("the task", settings, spec, locked.get());
      return;
    }
    if (remote()) {
      new RemoteSolve(this, redactor).solve(settings, spec, limits, lockFolder);
      return;
    }
    new LocalSolve(this, key, redactor).solve(settings, spec, limits, lockFolder);
  }

  /** The key this machine would use, if any; only to keep it out of what is submitted. */
  private String localKey() {
    try {
      return ApiKeys.find(settings, decrypter, serverId).value();
    } catch (AzlonException e) {
      return null;
    }
  }

  boolean resuming() {
    return resume != null && !resume.isBlank() && !"false".equals(resume);
  }

  ChatModel chatModel(ApiKeys.ApiKey key) {
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
