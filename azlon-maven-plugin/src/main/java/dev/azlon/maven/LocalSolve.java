package dev.azlon.maven;

import dev.azlon.Redactor;
import dev.azlon.sandbox.DockerSandbox;
import dev.azlon.sandbox.SandboxLimits;
import dev.azlon.solve.SolveResult;
import dev.azlon.solve.SolveSpec;
import dev.azlon.solve.Solver;
import dev.azlon.spec.TaskSettings;
import dev.azlon.workspace.Workspace;
import dev.langchain4j.model.chat.ChatModel;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;

/**
 * A task solved here: the model asked with the user's key, candidates built and run on this host's
 * Docker engine, the run folder under the output directory; resumed when {@code resume} says so.
 */
final class LocalSolve {

  private final SolveMojo mojo;
  private final ApiKeys.ApiKey key;
  private final Redactor redactor;

  LocalSolve(SolveMojo mojo, ApiKeys.ApiKey key, Redactor redactor) {
    this.mojo = mojo;
    this.key = key;
    this.redactor = redactor;
  }

  /**
   * @param lockFolder where a solved task is locked, if locks are on
   */
  void solve(TaskSettings settings, SolveSpec spec, SandboxLimits limits, Optional<Path> lockFolder)
      throws MojoExecutionException, MojoFailureException {
    ChatModel chatModel = mojo.chatModel(key);
    mojo.getLog()
        .info(
            "Solving in at most "
                + spec.maxIterations()
                + " iterations on "
                + spec.baseImage()
                + ".");
    DockerSandbox sandbox = DockerSandbox.connect(limits);
    Solver solver =
        Solver.builder()
            .model(chatModel)
            .sandbox(sandbox)
            .outputDirectory(mojo.outputDirectory())
            .listener(new ProgressLog(mojo.getLog(), ""))
            .redactor(redactor)
            .build();
    SolveResult result =
        mojo.resuming()
            ? solver.resume(spec, "true".equals(mojo.resume) ? null : mojo.resume.strip())
            : solver.solve(spec);
    new ResultReport(
            mojo.getLog(),
            settings,
            spec.maxIterations(),
            key.source(),
            redactor,
            mojo.baseDirectory())
        .report(result);
    if (result.solved()) {
      lockFolder.ifPresent(folder -> mojo.lockSolution(folder, spec, result, sandbox));
      mojo.generateSources(Map.of(result.runId(), new Workspace(result.solutionDirectory())));
    }
  }
}
