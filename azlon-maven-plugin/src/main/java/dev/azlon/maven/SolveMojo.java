package dev.azlon.maven;

import dev.azlon.AzlonException;
import dev.azlon.budget.Meter;
import dev.azlon.report.Reports;
import dev.azlon.generate.OpenAiModels;
import dev.azlon.generate.ReplayChatModel;
import dev.azlon.sandbox.DockerSandbox;
import dev.azlon.sandbox.Quantities;
import dev.azlon.sandbox.SandboxLimits;
import dev.azlon.solve.SolveResult;
import dev.azlon.solve.SolveSpec;
import dev.azlon.solve.Solver;
import dev.azlon.workspace.Solution;
import dev.azlon.workspace.Workspace;
import dev.langchain4j.model.chat.ChatModel;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import java.time.Duration;
import java.util.Locale;
import javax.inject.Inject;
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
public class SolveMojo extends AbstractSolveMojo {

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
    try {
      // Everything the user can get wrong is checked here, before a token is spent.
      SolveSpec spec = spec();
      SandboxLimits limits = sandboxLimits();
      ChatModel chatModel = chatModel();
      getLog().info("Solving in at most " + maxIterations + " iterations on " + baseImage + ".");
      Solver solver = Solver.builder()
          .model(chatModel)
          .sandbox(DockerSandbox.connect(limits))
          .outputDirectory(outputDirectory())
          .listener(new ProgressLog(getLog()))
          .build();
      long start = System.nanoTime();
      SolveResult result = resume == null || resume.isBlank() || "false".equals(resume)
          ? solver.solve(spec)
          : solver.resume(spec, "true".equals(resume) ? null : resume.strip());
      report(result, Duration.ofNanos(System.nanoTime() - start));
    } catch (AzlonException e) {
      throw MojoErrors.couldNotRun(e);
    }
  }

  private ChatModel chatModel() {
    if (replay != null) {
      getLog().info("Replaying the model's answers from " + replay + "; no model is called.");
      return ReplayChatModel.from(replay.toPath());
    }
    getLog().info("Asking " + model + " at " + baseUrl + ".");
    return OpenAiModels.chatModel(baseUrl, ApiKeys.find(settings, decrypter, serverId), model,
        Quantities.duration("requestTimeout", requestTimeout), temperature, seed);
  }

  private void report(SolveResult result, Duration duration)
      throws MojoExecutionException, MojoFailureException {
    String tally = result.iterations() + (result.iterations() == 1 ? " iteration" : " iterations")
        + String.format(Locale.ROOT, ", %.1f s, %,d tokens", duration.toMillis() / 1000.0,
            result.tokens())
        + result.usage().costUsd().map(cost -> " (about $" + Meter.dollars(cost) + ")").orElse("");
    getLog().info("Report: " + result.runDirectory().resolve(Reports.HTML));
    String resumeHint = " Continue it with -Dazlon.resume=" + result.runDirectory().getFileName()
        + ".";
    switch (result.outcome()) {
      case SOLVED -> {
        getLog().info("Solved in " + tally + ". Solution: " + result.solutionDirectory());
        if (apply) {
          Solution.Applied applied = Solution.apply(new Workspace(result.solutionDirectory()),
              applyDirectory.toPath(), overwrite, result.runDirectory().resolve("solution.patch"));
          getLog().info("Applied to " + applyDirectory + ": " + applied.written().size()
              + " files written, " + applied.unchanged().size() + " unchanged; patch: "
              + applied.patch());
        }
      }
      case BUDGET_EXCEEDED -> unsolved("Stopped by the budget after "
          + tally + ": " + result.detail() + " The files and their history are in "
          + result.solutionDirectory() + ". Raise the limit it names (<maxTokens> /"
          + " -Dazlon.maxTokens, <maxCostUsd> / -Dazlon.maxCostUsd, <timeout> / -Dazlon.timeout)."
          + resumeHint);
      case INFRA_FAILURE -> throw new MojoExecutionException(result.detail()
          + " Nothing of it was shown to the model, and the iteration does not count."
          + resumeHint);
      case STUCK -> unsolved("Stuck after " + tally + ": " + result.detail() + " The files and"
          + " their history are in " + result.solutionDirectory() + ". Refine the prompt or test"
          + " conditions; <maxRepeatedFailures> / -Dazlon.maxRepeatedFailures sets how many"
          + " repeats end a run.");
      case UNSOLVED -> unsolved("Not solved after " + tally
          + " (maxIterations = " + maxIterations + "). The files and their history are in "
          + result.solutionDirectory() + ". Refine the prompt or test conditions, or allow more"
          + " iterations with <maxIterations> / -Dazlon.maxIterations.");
    }
  }

  private void unsolved(String message) throws MojoFailureException {
    if (failOnUnsolved) {
      throw new MojoFailureException(message);
    }
    getLog().warn(message + " (failOnUnsolved is false, so the build goes on.)");
  }
}
