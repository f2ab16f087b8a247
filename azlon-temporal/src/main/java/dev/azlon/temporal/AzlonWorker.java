package dev.azlon.temporal;

import dev.azlon.Redactor;
import dev.azlon.model.OpenAiModels;
import dev.azlon.model.Sampling;
import dev.azlon.sandbox.DockerSandbox;
import dev.azlon.sandbox.SandboxLimits;
import dev.azlon.solve.Solver;
import dev.langchain4j.model.chat.ChatModel;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import io.temporal.worker.WorkerFactory;
import io.temporal.worker.WorkerOptions;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A worker: {@code java -jar azlon-temporal-<version>-worker.jar --target=host:7233 ...}. Runs
 * solves on this host's Docker engine, with this host's model key (the environment variable named
 * by {@code --api-key-env}, {@code OPENAI_API_KEY} by default: never from the workflow). Stops
 * gracefully on SIGTERM: solves under way record their interruption and move to another worker,
 * continuing from their last checkpoint.
 */
public final class AzlonWorker {

  private static final Logger LOG = LoggerFactory.getLogger(AzlonWorker.class);

  static final Map<String, String> FLAGS = new LinkedHashMap<>();

  static {
    FLAGS.put("target", "localhost:7233");
    FLAGS.put("namespace", "default");
    FLAGS.put("task-queue", "azlon");
    FLAGS.put("concurrent-solves", String.valueOf(Runtime.getRuntime().availableProcessors()));
    FLAGS.put("base-images", "");
    FLAGS.put("output", "azlon-worker");
    FLAGS.put("base-url", OpenAiModels.OPENAI_BASE_URL);
    FLAGS.put("model", OpenAiModels.DEFAULT_MODEL);
    FLAGS.put("api-key-env", "OPENAI_API_KEY");
    FLAGS.put("model-timeout", "PT5M");
    FLAGS.put("reasoning-effort", "");
    FLAGS.put("heartbeat", "PT3S");
    FLAGS.put("name", "");
    FLAGS.put("workflows", "true");
  }

  private AzlonWorker() {}

  public static void main(String[] args) throws Exception {
    if (List.of(args).contains("--help")) {
      System.out.println(usage());
      return;
    }
    Map<String, String> flags;
    try {
      flags = flags(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println(usage());
      System.exit(2);
      return;
    }
    String name =
        flags.get("name").isEmpty() ? InetAddress.getLocalHost().getHostName() : flags.get("name");
    String key = System.getenv(flags.get("api-key-env"));
    Redactor redactor = key == null || key.isBlank() ? Redactor.patternsOnly() : Redactor.of(key);
    ChatModel model =
        OpenAiModels.chatModel(
            flags.get("base-url"),
            key,
            flags.get("model"),
            Duration.parse(flags.get("model-timeout")),
            new Sampling(null, null, flags.get("reasoning-effort")));
    DockerSandbox engine = DockerSandbox.connect(SandboxLimits.defaults());
    List<String> offered =
        flags.get("base-images").isEmpty()
            ? List.of()
            : List.of(flags.get("base-images").split(","));
    Map<String, String> missing = engine.missingImages(offered);
    if (!missing.isEmpty()) {
      System.err.println(
          "--base-images names images this host's Docker engine lacks: "
              + missing
              + ". Pull or make them, or leave them out.");
      System.exit(2);
      return;
    }
    WorkflowServiceStubs service =
        WorkflowServiceStubs.newServiceStubs(
            WorkflowServiceStubsOptions.newBuilder().setTarget(flags.get("target")).build());
    WorkflowClient client =
        WorkflowClient.newInstance(
            service,
            WorkflowClientOptions.newBuilder().setNamespace(flags.get("namespace")).build());
    WorkerFactory factory = WorkerFactory.newInstance(client);
    int solves = Integer.parseInt(flags.get("concurrent-solves"));
    io.temporal.worker.Worker worker =
        factory.newWorker(
            flags.get("task-queue"),
            WorkerOptions.newBuilder().setMaxConcurrentActivityExecutionSize(solves).build());
    if (Boolean.parseBoolean(flags.get("workflows"))) {
      worker.registerWorkflowImplementationTypes(SolveWorkflowImpl.class, BatchWorkflowImpl.class);
    }
    worker.registerActivitiesImplementations(
        new LocalSolveActivities(
            (folder, listener, limits) ->
                Solver.builder()
                    .redactor(redactor)
                    .model(model)
                    .sandbox(engine.withLimits(limits))
                    .outputDirectory(folder)
                    .listener(listener)
                    .build(),
            Path.of(flags.get("output")).toAbsolutePath(),
            client,
            Duration.parse(flags.get("heartbeat")),
            name,
            redactor));
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  LOG.info("Stopping: solves under way move to another worker.");
                  // Not a graceful drain: a solve can take an hour. Each solve learns of the stop
                  // at its next heartbeat, records its interruption and fails its attempt, which
                  // the server gives to another worker with the last checkpoint.
                  factory.shutdownNow();
                  factory.awaitTermination(30, TimeUnit.SECONDS);
                  service.shutdown();
                  stopped.countDown();
                },
                "azlon-worker-stop"));
    factory.start();
    LOG.info(
        "Worker {} on {} (namespace {}, task queue {}): up to {} solves at once, model {} at {},"
            + " base images {}, folder {}",
        name,
        flags.get("target"),
        flags.get("namespace"),
        flags.get("task-queue"),
        solves,
        flags.get("model"),
        flags.get("base-url"),
        offered.isEmpty() ? "(any the engine has)" : offered,
        Path.of(flags.get("output")).toAbsolutePath());
    stopped.await();
  }

  /** The flags, defaults filled in. */
  static Map<String, String> flags(String[] args) {
    Map<String, String> flags = new LinkedHashMap<>(FLAGS);
    for (String arg : args) {
      int equals = arg.indexOf('=');
      if (!arg.startsWith("--") || equals < 0) {
        throw new IllegalArgumentException("Flags take the form --name=value, not '" + arg + "'.");
      }
      String flag = arg.substring(2, equals);
      if (!FLAGS.containsKey(flag)) {
        throw new IllegalArgumentException("There is no flag --" + flag + ".");
      }
      flags.put(flag, arg.substring(equals + 1));
    }
    return flags;
  }

  static String usage() {
    StringBuilder text = new StringBuilder("Flags (default):");
    FLAGS.forEach((flag, value) -> text.append("\n  --").append(flag).append('=').append(value));
    return text.toString();
  }
}
