package dev.azlon.testing;

import dev.azlon.sandbox.CandidateRun;
import dev.azlon.sandbox.Sandbox;
import dev.azlon.sandbox.SandboxSession;
import dev.azlon.workspace.Workspace;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A sandbox for tests of the loop: instead of Docker, a function of the workspace's files decides
 * what the "run" printed and how it ended.
 */
public final class InMemorySandbox implements Sandbox {

  private final Function<Map<String, String>, CandidateRun> behaviour;
  private final List<String> commands = new ArrayList<>();
  private Function<String, CandidateRun> commandBehaviour = command -> exited(0, "", "");
  private final List<String> opened = new ArrayList<>();
  private final List<String> closed = new ArrayList<>();
  private int runs;
  private int reruns;
  private Map<String, String> missingImages = Map.of();

  public InMemorySandbox(Function<Map<String, String>, CandidateRun> behaviour) {
    this.behaviour = behaviour;
  }

  /** A sandbox whose program prints the content of {@code out.txt} and exits with 0. */
  public static InMemorySandbox printingOutTxt() {
    return new InMemorySandbox(files -> exited(0, files.getOrDefault("out.txt", ""), ""));
  }

  public static CandidateRun exited(int exitCode, String stdout, String stderr) {
    return new CandidateRun(
        CandidateRun.Status.EXITED,
        "built",
        exitCode,
        stdout,
        stderr,
        Duration.ofMillis(1),
        Duration.ofMillis(1));
  }

  /** Images this sandbox says it has not, with the reason. */
  public InMemorySandbox missing(Map<String, String> missingImages) {
    this.missingImages = missingImages;
    return this;
  }

  @Override
  public Map<String, String> missingImages(Collection<String> images) {
    Map<String, String> missing = new LinkedHashMap<>(missingImages);
    missing.keySet().retainAll(images);
    return missing;
  }

  /** What {@code runCommand} answers, by command. */
  public InMemorySandbox onCommand(Function<String, CandidateRun> commandBehaviour) {
    this.commandBehaviour = commandBehaviour;
    return this;
  }

  public List<String> commands() {
    return commands;
  }

  public int runs() {
    return runs;
  }

  /** How many times a session ran the last image's program again ({@code runAgain}). */
  public int reruns() {
    return reruns;
  }

  public List<String> closedSessions() {
    return closed;
  }

  public List<String> openedSessions() {
    return opened;
  }

  @Override
  public SandboxSession open(String runId) {
    opened.add(runId);
    return new SandboxSession() {
      private Map<String, String> built;

      @Override
      public CandidateRun buildAndRun(Path context, int iteration) {
        runs++;
        built = new Workspace(context).read();
        return behaviour.apply(built);
      }

      @Override
      public CandidateRun runAgain() {
        if (built == null) {
          throw new IllegalStateException("No image was built to run again");
        }
        reruns++;
        return behaviour.apply(built);
      }

      @Override
      public CandidateRun runCommand(String command, Duration timeout) {
        commands.add(command);
        return commandBehaviour.apply(command);
      }

      @Override
      public void close() {
        closed.add(runId);
      }
    };
  }

  @Override
  public String rules() {
    return "- The program runs in memory, for tests.";
  }
}
