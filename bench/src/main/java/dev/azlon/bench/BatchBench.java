package dev.azlon.bench;

import dev.azlon.sandbox.DockerSandbox;
import dev.azlon.sandbox.SandboxLimits;
import dev.azlon.solve.SolveSpec;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.TokenUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Specs solved at once: N = 1, 2, 4, 8 specs through the real batch code (one model client, one
 * Docker engine, {@code parallel = N}), with a model that answers after a fixed latency and real
 * builds and runs. Reports each N's throughput (specs per second) against N = 1's, measured in the
 * same run: one line per N ending in {@code throughput X.XXx}.
 *
 * <p>Usage: {@code BatchBench [rounds] [baseImage] [latencyMillis]}.
 */
public final class BatchBench {

  private static final int[] SIZES = {1, 2, 4, 8};
  private static final Pattern WORD = Pattern.compile("Print (\\w+)\\.");

  private BatchBench() {}

  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
    String baseImage = args.length > 1 ? args[1] : "azlon-local/python:3-bookworm";
    long latency = args.length > 2 ? Long.parseLong(args[2]) : 2000;
    DockerSandbox engine = DockerSandbox.connect(SandboxLimits.defaults());
    ChatModel model = new LatentModel(baseImage, latency);
    Path output = Files.createTempDirectory("azlon-batch-bench");

    seconds(engine, model, output, baseImage, 1); // warm-up: image cache, JIT, connections
    double single = 0;
    for (int n : SIZES) {
      double[] times = new double[rounds];
      for (int round = 0; round < rounds; round++) {
        times[round] = seconds(engine, model, output, baseImage, n);
      }
      Arrays.sort(times);
      double median = times[rounds / 2];
      double throughput = n / median;
      if (n == 1) {
        single = throughput;
      }
      System.out.printf(
          Locale.ROOT,
          "N=%d: %d specs in %.2f s (median of %d), %.2f specs/s, ideal %.2fx, throughput %.2fx%n",
          n,
          n,
          median,
          rounds,
          throughput,
          (double) n,
          throughput / single);
    }
  }

  /** Solves n specs at once; the wall-clock seconds it took. All must be solved. */
  private static double seconds(
      DockerSandbox engine, ChatModel model, Path output, String baseImage, int n)
      throws Exception {
    List<SolveSpec> specs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      specs.add(WordSpecs.spec("spec" + i, baseImage));
    }
    return WordSpecs.solveLocally(
        model, engine, specs, Files.createTempDirectory(output, "n" + n + "-"), n);
  }

  /** Writes the program a prompt asks for, after a fixed latency, like a remote model. */
  private static final class LatentModel implements ChatModel {
    private final String baseImage;
    private final long latency;

    LatentModel(String baseImage, long latency) {
      this.baseImage = baseImage;
      this.latency = latency;
    }

    @Override
    public ChatResponse doChat(ChatRequest request) {
      try {
        Thread.sleep(latency);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      String text = "";
      for (ChatMessage message : request.messages()) {
        if (message instanceof UserMessage user) {
          text = user.singleText();
        }
      }
      Matcher word = WORD.matcher(text);
      return ChatResponse.builder()
          .aiMessage(
              AiMessage.from(
                  WordSpecs.candidate(baseImage, word.find() ? word.group(1) : "nothing")))
          .tokenUsage(new TokenUsage(1000, 100))
          .build();
    }
  }
}
