package dev.azlon.bench;

import com.github.dockerjava.api.DockerClient;
import dev.azlon.InterruptedRunException;
import dev.azlon.sandbox.CandidateRun;
import dev.azlon.sandbox.DockerSandbox;
import dev.azlon.sandbox.SandboxLimits;
import dev.azlon.sandbox.SandboxSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;

/**
 * Build-and-run time of the sandbox against the Docker CLI on the same files. Each round changes
 * the source, so the COPY layer is rebuilt as in a real iteration; variants are interleaved so
 * drift on the machine affects them alike. Reports medians and ratios measured in the same run.
 *
 * <p>Usage: {@code SandboxBench [rounds] [baseImage]}.
 */
public final class SandboxBench {

  private static final String CLI_TAG = "azlon-bench/cli:latest";
  private static final String GENERIC = "GenericContainer (hardened, same guarantees)";

  private final Path context;
  private final String baseImage;
  private String genericPrevious;
  private int genericIteration;

  private SandboxBench(Path context, String baseImage) {
    this.context = context;
    this.baseImage = baseImage;
  }

  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 9;
    String baseImage = args.length > 1 ? args[1] : "azlon-local/python:3-bookworm";
    if (rounds < 7) {
      throw new IllegalArgumentException("Use at least 7 rounds; medians of fewer mislead.");
    }
    Path context = Files.createTempDirectory("azlon-bench");
    new SandboxBench(context, baseImage).run(rounds);
  }

  private void run(int rounds) throws Exception {
    Files.writeString(
        context.resolve("Dockerfile"),
        "FROM " + baseImage + "\nCOPY . /app\nWORKDIR /app\nCMD [\"python3\", \"main.py\"]\n");
    DockerSandbox sandbox = DockerSandbox.connect(SandboxLimits.defaults());
    SandboxLimits limits = SandboxLimits.defaults();
    DockerClient genericDocker = GenericContainerRun.client();
    Map<String, List<Long>> millis = new LinkedHashMap<>();
    try (SandboxSession session = sandbox.open("bench-" + ProcessHandle.current().pid())) {
      int[] iteration = {0};
      Map<String, IntSupplier> variants = new LinkedHashMap<>();
      variants.put("docker CLI, plain", () -> cli(List.of()));
      variants.put("docker CLI, hardened like Azlon", () -> cli(hardenedFlags(limits)));
      variants.put("Azlon sandbox (hardened)", () -> azlon(session, ++iteration[0]));
      variants.put(GENERIC, () -> genericContainer(genericDocker, limits));
      for (int round = -2; round < rounds; round++) { // two warm-up rounds, not counted
        for (Map.Entry<String, IntSupplier> variant : variants.entrySet()) {
          writeSource(variant.getKey(), round);
          long start = System.nanoTime();
          int exit = variant.getValue().getAsInt();
          long elapsed = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
          if (exit != 0) {
            throw new IllegalStateException(variant.getKey() + " failed with exit code " + exit);
          }
          if (round >= 0) {
            millis.computeIfAbsent(variant.getKey(), k -> new ArrayList<>()).add(elapsed);
          }
          // Untimed: a re-used CLI tag would leave the previous image dangling.
          exec(List.of("docker", "rmi", "-f", CLI_TAG));
        }
      }
      report(rounds, millis);
      probeInterrupt(session, genericDocker, limits);
    } finally {
      if (genericPrevious != null) {
        exec(List.of("docker", "rmi", "-f", genericPrevious));
      }
    }
  }

  private void report(int rounds, Map<String, List<Long>> millis) {
    System.out.printf(
        Locale.ROOT, "%nBuild + run, changed source, median of %d rounds:%n%n", rounds);
    System.out.println("| variant | median ms | all rounds (ms) |");
    System.out.println("|---|---:|---|");
    millis.forEach(
        (name, times) ->
            System.out.printf(Locale.ROOT, "| %s | %d | %s |%n", name, median(times), times));
    long plain = median(millis.get("docker CLI, plain"));
    long hardened = median(millis.get("docker CLI, hardened like Azlon"));
    long azlon = median(millis.get("Azlon sandbox (hardened)"));
    long generic = median(millis.get(GENERIC));
    System.out.printf(
        Locale.ROOT,
        "%nAzlon / CLI with the same hardening: %.2fx (target <= 1.00)%n",
        ratio(azlon, hardened));
    System.out.printf(
        Locale.ROOT, "Azlon (hardened) / plain CLI: %.2fx (target <= 1.05)%n", ratio(azlon, plain));
    System.out.printf(
        Locale.ROOT,
        "GenericContainer / Azlon sandbox: %.2fx (to replace the sandbox's run: <= 1.05)%n",
        ratio(generic, azlon));
  }

  /**
   * Not a timing: what each path reports when the thread is interrupted (Ctrl-C) while the program
   * runs. The sandbox must say it was interrupted, so the run is recorded as INTERRUPTED.
   */
  private void probeInterrupt(SandboxSession session, DockerClient docker, SandboxLimits limits)
      throws IOException {
    Files.writeString(
        context.resolve("Dockerfile"),
        "FROM " + baseImage + "\nCOPY . /app\nWORKDIR /app\nCMD [\"sleep\", \"30\"]\n");
    System.out.printf(Locale.ROOT, "%nInterrupted 1 s into a run, what reaches the caller:%n%n");
    System.out.println(
        "| variant | thrown | says it was interrupted |\n|---|---|---|\n| Azlon sandbox | "
            + interrupted(() -> session.buildAndRun(context, 1_000))
            + " |\n| GenericContainer | "
            + interrupted(
                () ->
                    GenericContainerRun.buildAndRun(
                        docker, context, "azlon-bench/generic:probe", null, limits))
            + " |");
    exec(List.of("docker", "rmi", "-f", "azlon-bench/generic:probe"));
  }

  private static String interrupted(Runnable run) {
    Thread caller = Thread.currentThread();
    Thread interrupter =
        new Thread(
            () -> {
              try {
                Thread.sleep(3_000); // the build of a one-line change, and a second of running
                caller.interrupt();
              } catch (InterruptedException e) {
                // Not needed: the run ended first.
              }
            });
    interrupter.start();
    Throwable thrown = null;
    try {
      run.run();
    } catch (RuntimeException e) {
      thrown = e;
    } finally {
      interrupter.interrupt();
      Thread.interrupted();
    }
    boolean says = false;
    for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
      says |= cause instanceof InterruptedRunException;
    }
    return (thrown == null ? "nothing" : thrown.getClass().getSimpleName())
        + " | "
        + (says ? "yes" : "no: the interruption is lost");
  }

  private int cli(List<String> runFlags) {
    int built = exec(List.of("docker", "build", "-q", "-t", CLI_TAG, context.toString()));
    if (built != 0) {
      return built;
    }
    List<String> run = new ArrayList<>(List.of("docker", "run", "--rm"));
    run.addAll(runFlags);
    run.add(CLI_TAG);
    return exec(run);
  }

  private int azlon(SandboxSession session, int iteration) {
    CandidateRun run = session.buildAndRun(context, iteration);
    return run.succeeded() ? 0 : 1;
  }

  private int genericContainer(DockerClient docker, SandboxLimits limits) {
    String tag = "azlon-bench/generic:" + ++genericIteration;
    CandidateRun run =
        GenericContainerRun.buildAndRun(docker, context, tag, genericPrevious, limits);
    genericPrevious = tag;
    return run.succeeded() ? 0 : 1;
  }

  private static List<String> hardenedFlags(SandboxLimits limits) {
    return Arrays.asList(
        "--init",
        "--network",
        "none",
        "--memory",
        String.valueOf(limits.memoryBytes()),
        "--memory-swap",
        String.valueOf(limits.memoryBytes()),
        "--cpus",
        String.valueOf(limits.nanoCpus() / 1e9),
        "--pids-limit",
        String.valueOf(limits.pids()),
        "--cap-drop",
        "ALL",
        "--security-opt",
        "no-new-privileges",
        "--read-only",
        "--tmpfs",
        "/tmp:rw,nosuid,nodev,size=64m,mode=1777",
        "--user",
        "65534:65534",
        "--log-driver",
        "none");
  }

  private void writeSource(String variant, int round) {
    try {
      Files.writeString(
          context.resolve("main.py"),
          "print('round " + round + " of " + variant + ", " + System.nanoTime() + "')\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int exec(List<String> command) {
    try {
      Process process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      return process.waitFor();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static long median(List<Long> values) {
    List<Long> sorted = values.stream().sorted().toList();
    return sorted.get(sorted.size() / 2);
  }

  private static double ratio(long a, long b) {
    return (double) a / b;
  }
}
