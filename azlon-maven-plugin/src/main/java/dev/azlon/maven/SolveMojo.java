package dev.azlon.maven;

import dev.azlon.AzlonException;
import dev.azlon.Redactor;
import dev.azlon.Setting;
import dev.azlon.job.Job;
import dev.azlon.job.JobResult;
import dev.azlon.model.OpenAiModels;
import dev.azlon.model.ReplayChatModel;
import dev.azlon.model.Sampling;
import dev.azlon.remote.RemoteOptions;
import dev.azlon.sandbox.Quantities;
import dev.langchain4j.model.chat.ChatModel;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Solves a coding task: asks a model for a Dockerfile and source files, builds and runs them in a
 * Docker container, shows the model what happened, and iterates until the checks pass and the test
 * conditions hold. Its parameters are {@link SolveParameters}; the flow is the core's {@link Job}.
 *
 * @since 0.1.0
 */
@Mojo(name = "solve", threadSafe = true, requiresProject = false)
public class SolveMojo extends SolveParameters {

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
    quietLibraries();
    ApiKeys.ApiKey key = apiKey();
    // A remote solve uses no key here, but one this machine has must not reach the engine either.
    Redactor redactor = Redactor.of(key.value(), remote() ? localKey() : null);
    JobResult result;
    try {
      result =
          new Job(
                  options()
                      .chatModel(() -> chatModel(key))
                      .remote(remote() ? remoteOptions(redactor) : null, temporalDetach)
                      .redactor(redactor)
                      .build())
              .run(new MavenLog(getLog()));
    } catch (AzlonException e) {
      throw MojoErrors.couldNotRun(e, key.source(), redactor);
    }
    for (JobResult.GeneratedRoot root : result.sources()) {
      if (root.test()) {
        project.addTestCompileSourceRoot(root.folder().toString());
      } else {
        project.addCompileSourceRoot(root.folder().toString());
      }
    }
    new BuildResult(getLog(), key.source(), redactor).conclude(result);
  }

  /**
   * Testcontainers' own INFO lines go around our log, and docker-java logs a lost stream as an
   * ERROR with a stack trace that our outcome already reports; both stay quiet unless -X.
   */
  private void quietLibraries() {
    if (!getLog().isDebugEnabled()) {
      // Maven 4 reads its logger's levels under a name of its own, and warns of the old one.
      String mavenVersion =
          session == null ? "3" : session.getSystemProperties().getProperty("maven.version", "3");
      String prefix =
          mavenVersion.startsWith("3.") ? "org.slf4j.simpleLogger.log." : "maven.logger.log.";
      System.getProperties().putIfAbsent(prefix + "org.testcontainers", "warn");
      System.getProperties().putIfAbsent(prefix + "com.github.dockerjava", "off");
    }
  }

  private ApiKeys.ApiKey apiKey() throws MojoExecutionException {
    if (replay != null) {
      return new ApiKeys.ApiKey(null, "nowhere (a replay needs none)");
    }
    if (remote()) {
      return new ApiKeys.ApiKey(null, "the workers (each reads its own key)");
    }
    try {
      return ApiKeys.find(settings, decrypter, serverId);
    } catch (AzlonException e) {
      throw MojoErrors.couldNotRun(e, "settings.xml", Redactor.patternsOnly());
    }
  }

  /** The key this machine would use, if any; only to keep it out of what is submitted. */
  private String localKey() {
    try {
      return ApiKeys.find(settings, decrypter, serverId).value();
    } catch (AzlonException e) {
      return null;
    }
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
        new Sampling(temperature, seed, reasoningEffort));
  }

  private RemoteOptions remoteOptions(Redactor redactor) {
    return new RemoteOptions(
        temporalTarget.strip(),
        temporalNamespace,
        temporalTaskQueue,
        temporalRun,
        temporalCancelOnInterrupt,
        redactor);
  }
}
