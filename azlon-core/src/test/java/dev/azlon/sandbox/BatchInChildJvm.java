package dev.azlon.sandbox;

import dev.azlon.batch.Batch;
import dev.azlon.batch.BatchTask;
import dev.azlon.solve.SolveSpec;
import dev.azlon.testing.Answers;
import dev.azlon.testing.TestImages;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A child JVM for {@link BatchInterruptIT}: a batch of two specs, both at once, whose candidates
 * work for ten minutes, so the parent can stop this JVM while both run. Arguments: the output
 * folder.
 */
public final class BatchInChildJvm {

  private BatchInChildJvm() {}

  public static void main(String[] args) {
    SandboxLimits limits = SandboxLimits.builder().runTimeout(Duration.ofMinutes(5)).build();
    ChatModel working = new Working();
    Batch.builder()
        .model(working)
        .sandboxes(DockerSandbox.connect(limits)::withLimits)
        .outputDirectory(Path.of(args[0]))
        .parallel(2)
        .build()
        .solve(List.of(task("first"), task("second")), false);
  }

  /** Always the same candidate: one that works for ten minutes. */
  private static final class Working implements ChatModel {
    @Override
    public ChatResponse doChat(ChatRequest request) {
      return ChatResponse.builder()
          .aiMessage(
              AiMessage.from(
                  Answers.pythonCandidate(
                      TestImages.PYTHON,
                      "import time\nprint('working', flush=True)\ntime.sleep(600)\n")))
          .build();
    }
  }

  private static BatchTask task(String name) {
    return new BatchTask(
        name,
        new SolveSpec("Work for ten minutes.", "Prints working", 3, TestImages.PYTHON),
        SandboxLimits.defaults());
  }
}
