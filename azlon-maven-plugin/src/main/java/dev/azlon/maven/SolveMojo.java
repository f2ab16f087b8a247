package dev.azlon.maven;

import dev.azlon.AzlonException;
import dev.azlon.budget.Meter;
import dev.azlon.generate.OpenAiModels;
import dev.azlon.generate.ReplayChatModel;
import dev.azlon.sandbox.DockerSandbox;
import dev.azlon.sandbox.SandboxLimits;
import dev.azlon.solve.SolveResult;
import dev.azlon.solve.SolveSpec;
import dev.azlon.solve.Solver;
import dev.langchain4j.model.chat.ChatModel;
import java.time.Duration;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Solves a coding task: asks a model for a Dockerfile and source files, builds and runs them in a
 * Docker container, shows the model what happened, and iterates until the checks pass and the test
 * conditions hold.
 *
 * @since 0.1.0
 */
@Mojo(name = "solve", threadSafe = true, requiresProject = false)
public class SolveMojo extends AbstractSolveMojo {

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
          .outputDirectory(outputDirectory.toPath())
          .listener(new ProgressLog(getLog()))
          .build();
      report(resume == null || resume.isBlank() || "false".equals(resume)
          ? solver.solve(spec)
          : solver.resume(spec, "true".equals(resume) ? null : resume.strip()));
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
    return OpenAiModels.chatModel(
        baseUrl, System.getenv("OPENAI_API_KEY"), model, Duration.ofMinutes(3));
  }

  private void report(SolveResult result) throws MojoExecutionException, MojoFailureException {
    String tally = result.iterations() + (result.iterations() == 1 ? " iteration" : " iterations")
        + ", " + String.format("%,d", result.tokens()) + " tokens"
        + result.usage().costUsd().map(cost -> " (about $" + Meter.dollars(cost) + ")").orElse("");
    String resumeHint = " Continue it with -Dazlon.resume=" + result.runDirectory().getFileName()
        + ".";
    switch (result.outcome()) {
      case SOLVED -> getLog().info(
          "Solved in " + tally + ". Solution: " + result.solutionDirectory());
      case BUDGET_EXCEEDED -> throw new MojoFailureException("Stopped by the budget after "
          + tally + ": " + result.detail() + " The files and their history are in "
          + result.solutionDirectory() + ". Raise the limit it names (<maxTokens> /"
          + " -Dazlon.maxTokens, <maxCostUsd> / -Dazlon.maxCostUsd, <timeout> / -Dazlon.timeout)."
          + resumeHint);
      case INFRA_FAILURE -> throw new MojoExecutionException(result.detail()
          + " Nothing of it was shown to the model, and the iteration does not count."
          + resumeHint);
      case UNSOLVED -> throw new MojoFailureException("Not solved after " + tally
          + " (maxIterations = " + maxIterations + "). The files and their history are in "
          + result.solutionDirectory() + ". Refine the prompt or test conditions, or allow more"
          + " iterations with <maxIterations> / -Dazlon.maxIterations.");
    }
  }
}
