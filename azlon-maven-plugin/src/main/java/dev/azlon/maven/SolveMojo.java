package dev.azlon.maven;

import dev.azlon.AzlonException;
import dev.azlon.generate.OpenAiModels;
import dev.azlon.generate.ReplayChatModel;
import dev.azlon.sandbox.DockerSandbox;
import dev.azlon.sandbox.SandboxLimits;
import dev.azlon.solve.SolveResult;
import dev.azlon.solve.SolveSpec;
import dev.azlon.solve.Solver;
import dev.langchain4j.model.chat.ChatModel;
import java.io.File;
import java.time.Duration;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Solves a coding task: asks a model for a Dockerfile and source files, builds and runs them in a
 * Docker container, shows the model what happened, and iterates until the test conditions hold.
 *
 * @since 0.1.0
 */
@Mojo(name = "solve", threadSafe = true, requiresProject = false)
public class SolveMojo extends AbstractSandboxMojo {

  /**
   * What the program should do.
   *
   * @since 0.1.0
   */
  @Parameter(property = "azlon.prompt")
  private String prompt;

  /**
   * What the program's standard output must satisfy; the model judges it against the output.
   *
   * @since 0.1.0
   */
  @Parameter(property = "azlon.testConditions")
  private String testConditions;

  /**
   * How many build-run-judge iterations to try at most.
   *
   * @since 0.1.0
   */
  @Parameter(property = "azlon.maxIterations", defaultValue = "20")
  private int maxIterations;

  /**
   * The chat model's name.
   *
   * @since 0.1.0
   */
  @Parameter(property = "azlon.model", defaultValue = OpenAiModels.DEFAULT_MODEL)
  private String model;

  /**
   * The OpenAI-compatible API to ask. The key comes from the environment variable {@code
   * OPENAI_API_KEY}; a local server may need none.
   *
   * @since 0.1.0
   */
  @Parameter(property = "azlon.baseUrl", defaultValue = OpenAiModels.OPENAI_BASE_URL)
  private String baseUrl;

  /**
   * The image every candidate's Dockerfile must start from.
   *
   * @since 0.1.0
   */
  @Parameter(property = "azlon.baseImage", defaultValue = SolveSpec.DEFAULT_BASE_IMAGE)
  private String baseImage;

  /**
   * The images a candidate's Dockerfile may start from; {@code *} in a name matches any text, and
   * {@code *} alone allows any image. Empty means the base image alone.
   *
   * @since 0.1.0
   */
  @Parameter(property = "azlon.allowedBaseImages")
  private List<String> allowedBaseImages;

  /**
   * Where run folders go; each run gets its own, named by its start time.
   *
   * @since 0.1.0
   */
  @Parameter(property = "azlon.outputDirectory", defaultValue = "${project.build.directory}/azlon")
  private File outputDirectory;

  /**
   * A transcript.jsonl from an earlier run whose model answers are served again, in order, instead
   * of calling a model: no network and no key. Builds and runs are real.
   *
   * @since 0.1.0
   */
  @Parameter(property = "azlon.replay")
  private File replay;

  /**
   * Skips the goal.
   *
   * @since 0.1.0
   */
  @Parameter(property = "azlon.skip", defaultValue = "false")
  private boolean skip;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("Skipping azlon:solve because azlon.skip is true.");
      return;
    }
    try {
      // Everything the user can get wrong is checked here, before a token is spent.
      SolveSpec spec =
          new SolveSpec(prompt, testConditions, maxIterations, baseImage, allowedBaseImages);
      SandboxLimits limits = sandboxLimits();
      ChatModel chatModel = chatModel();
      getLog().info("Solving in at most " + maxIterations + " iterations on " + baseImage + ".");
      Solver solver = Solver.builder()
          .model(chatModel)
          .sandbox(DockerSandbox.connect(limits))
          .outputDirectory(outputDirectory.toPath())
          .listener(new ProgressLog(getLog()))
          .build();
      report(solver.solve(spec));
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

  private void report(SolveResult result) throws MojoFailureException {
    String tally = result.iterations() + (result.iterations() == 1 ? " iteration" : " iterations")
        + ", " + String.format("%,d", result.tokens()) + " tokens";
    if (result.solved()) {
      getLog().info("Solved in " + tally + ". Solution: " + result.solutionDirectory());
      return;
    }
    throw new MojoFailureException("Not solved after " + tally + " (maxIterations = "
        + maxIterations + "). The files and their history are in " + result.solutionDirectory()
        + ". Refine the prompt or test conditions, or allow more iterations with"
        + " <maxIterations> / -Dazlon.maxIterations.");
  }
}
