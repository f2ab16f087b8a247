package dev.azlon.maven;

import dev.azlon.Redactor;
import dev.azlon.Setting;
import dev.azlon.solve.RemoteOptions;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * The solve goal's parameters for solving on a Temporal cluster's workers instead of here. They
 * need {@code dev.azlon:azlon-temporal} among the plugin's dependencies; the plugin itself carries
 * no Temporal code.
 */
abstract class AbstractRemoteMojo extends AbstractLockMojo {

  /**
   * The Temporal server to submit to, {@code host:port} (a local dev server listens on {@code
   * localhost:7233}); unset, solves run here.
   *
   * @since 0.1.0
   */
  @Parameter(property = Setting.Property.TEMPORAL_TARGET)
  String temporalTarget;

  /**
   * The Temporal namespace.
   *
   * @since 0.1.0
   */
  @Parameter(property = Setting.Property.TEMPORAL_NAMESPACE, defaultValue = "default")
  String temporalNamespace;

  /**
   * The task queue the workers listen on.
   *
   * @since 0.1.0
   */
  @Parameter(property = Setting.Property.TEMPORAL_TASK_QUEUE, defaultValue = "azlon")
  String temporalTaskQueue;

  /**
   * What the submission belongs to, such as a CI build number; the same spec submitted again under
   * the same run is followed while it goes and fetched once solved, not solved twice.
   *
   * @since 0.1.0
   */
  @Parameter(property = Setting.Property.TEMPORAL_RUN, defaultValue = "default")
  String temporalRun;

  /**
   * Submit and return at once, logging the workflow ids (a batch's and each spec's), instead of
   * following.
   *
   * @since 0.1.0
   */
  @Parameter(property = Setting.Property.TEMPORAL_DETACH, defaultValue = "false")
  boolean temporalDetach;

  /**
   * Whether Ctrl-C while following also cancels the remote solve or batch; by default it goes on.
   *
   * @since 0.1.0
   */
  @Parameter(property = Setting.Property.TEMPORAL_CANCEL_ON_INTERRUPT, defaultValue = "false")
  boolean temporalCancelOnInterrupt;

  boolean remote() {
    return temporalTarget != null && !temporalTarget.isBlank();
  }

  /** The task's name on a remote engine: the project's artifact, or {@code task} without one. */
  String specName() {
    return project == null || project.getArtifactId() == null
        ? "task"
        : project.getArtifactId().replaceAll("[^\\w.-]", "_");
  }

  /** A remote solve continues on the workers by itself: resume is for runs on this machine. */
  void refuseRemoteResume(boolean resuming) throws MojoExecutionException {
    if (resuming && remote()) {
      throw new MojoExecutionException(
          Setting.RESUME.parameter()
              + " continues a run on this machine, but "
              + Setting.TEMPORAL_TARGET.parameter()
              + " solves on remote workers, which continue unfinished work by themselves. Unset "
              + Setting.RESUME.property()
              + ", and submit again with the same "
              + Setting.TEMPORAL_RUN.property()
              + " to follow work that is still going.");
    }
  }

  /**
   * @param redactor what the submitted spec passes on its way into the engine's history
   */
  RemoteOptions remoteOptions(Redactor redactor) {
    return new RemoteOptions(
        temporalTarget.strip(),
        temporalNamespace,
        temporalTaskQueue,
        temporalRun,
        temporalCancelOnInterrupt,
        redactor);
  }
}
