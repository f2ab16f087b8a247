package dev.azlon.temporal;

import dev.azlon.Redactor;
import dev.azlon.sandbox.Sandbox;
import dev.azlon.solve.Solver;
import dev.langchain4j.model.chat.ChatModel;
import io.temporal.client.WorkflowClient;
import java.nio.file.Path;
import java.time.Duration;

/** The solve activities of a worker named {@code worker-1}, on the test's model and sandbox. */
final class TestActivities {

  private TestActivities() {}

  static LocalSolveActivities of(
      ChatModel model, Sandbox sandbox, Path work, WorkflowClient client) {
    return new LocalSolveActivities(
        (folder, listener, limits) ->
            Solver.builder()
                .model(model)
                .sandbox(sandbox)
                .outputDirectory(folder)
                .listener(listener)
                .build(),
        work,
        client,
        Duration.ofMillis(200),
        "worker-1",
        Redactor.patternsOnly());
  }
}
