package dev.azlon.batch;

import dev.azlon.AzlonException;
import dev.azlon.ConfigurationException;
import dev.azlon.InterruptedRunException;
import dev.azlon.Redactor;
import dev.azlon.Setting;
import dev.azlon.event.SolveEvent;
import dev.azlon.model.RetryPolicy;
import dev.azlon.sandbox.Sandbox;
import dev.azlon.sandbox.SandboxLimits;
import dev.azlon.solve.SolveResult;
import dev.azlon.solve.Solver;
import dev.langchain4j.model.chat.ChatModel;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Solves many specs at once: {@code parallel} at a time, each with a solver of its own, all with
 * one model client and one Docker engine. A spec's runs go to {@code outputDirectory/<name>}. A
 * batch-wide budget stops starting new specs once the finished ones have used it up.
 */
public final class Batch {

  private final ChatModel model;
  private final Function<SandboxLimits, Sandbox> sandboxes;
  private final Path outputDirectory;
  private final int parallel;
  private final Optional<Long> maxTokens;
  private final Optional<BigDecimal> maxCostUsd;
  private final BiConsumer<String, SolveEvent> listener;
  private final Redactor redactor;
  private final RetryPolicy retry;
  private long tokensUsed;
  private BigDecimal costUsed = BigDecimal.ZERO;

  private Batch(Builder builder) {
    this.model = Objects.requireNonNull(builder.model, "model");
    this.sandboxes = Objects.requireNonNull(builder.sandboxes, "sandboxes");
    this.outputDirectory = Objects.requireNonNull(builder.outputDirectory, "outputDirectory");
    this.parallel = builder.parallel;
    this.maxTokens = builder.maxTokens;
    this.maxCostUsd = builder.maxCostUsd;
    this.listener = builder.listener;
    this.redactor = builder.redactor;
    this.retry = builder.retry;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** As many specs at once as the machine has cores: each build and run gets one to itself. */
  public static int defaultParallel() {
    return Math.max(1, Runtime.getRuntime().availableProcessors());
  }

  /**
   * Solves every task, {@code parallel} at a time, and returns how each went, in the tasks' order.
   * With {@code resume}, only specs with an unfinished run go on (from where they stopped); the
   * others are reported as not started.
   */
  public List<SpecResult> solve(List<BatchTask> tasks, boolean resume) {
    checkBeforeStart(tasks);
    ExecutorService pool =
        Executors.newFixedThreadPool(
            Math.min(parallel, Math.max(1, tasks.size())),
            runnable -> {
              Thread thread = new Thread(runnable, "azlon-batch");
              thread.setDaemon(true);
              return thread;
            });
    try {
      List<Future<SpecResult>> futures = new ArrayList<>();
      for (BatchTask task : tasks) {
        futures.add(pool.submit(() -> solve(task, resume)));
      }
      List<SpecResult> results = new ArrayList<>();
      for (Future<SpecResult> future : futures) {
        results.add(await(future));
      }
      return List.copyOf(results);
    } finally {
      pool.shutdownNow();
    }
  }

  /** Every spec's base images and starting files, before any model call. */
  private void checkBeforeStart(List<BatchTask> tasks) {
    List<String> problems = new ArrayList<>();
    for (BatchTask task : tasks) {
      try {
        solver(task).checkBeforeStart(task.spec());
      } catch (ConfigurationException e) {
        problems.add(task.name() + ": " + e.getMessage());
      }
    }
    if (!problems.isEmpty()) {
      throw new ConfigurationException(
          Setting.SPECS,
          "No spec was started and no model was called, since "
              + (problems.size() == 1 ? "a spec cannot run" : problems.size() + " specs cannot run")
              + ":\n  "
              + String.join("\n  ", problems));
    }
  }

  private SpecResult solve(BatchTask task, boolean resume) {
    Optional<String> spent = budgetSpent();
    if (spent.isPresent()) {
      return SpecResult.notStarted(task.name(), spent.get());
    }
    Solver solver = solver(task);
    SolveResult result;
    if (resume) {
      Optional<String> unfinished = solver.unfinishedRun();
      if (unfinished.isEmpty()) {
        return SpecResult.notStarted(task.name(), "no unfinished run to resume");
      }
      result = solver.resume(task.spec(), unfinished.get());
    } else {
      result = solver.solve(task.spec());
    }
    spend(result);
    return SpecResult.ran(task.name(), result);
  }

  private Solver solver(BatchTask task) {
    return Solver.builder()
        .model(model)
        .sandbox(sandboxes.apply(task.limits()))
        .outputDirectory(outputDirectory.resolve(task.name()))
        .listener(event -> listener.accept(task.name(), event))
        .redactor(redactor)
        .retryPolicy(retry)
        .build();
  }

  private synchronized Optional<String> budgetSpent() {
    return new BatchBudget(parallel, maxTokens.orElse(null), maxCostUsd.orElse(null))
        .spent(tokensUsed, costUsed);
  }

  private synchronized void spend(SolveResult result) {
    tokensUsed += result.usage().totalTokens();
    costUsed = costUsed.add(result.usage().costUsd().orElse(BigDecimal.ZERO));
  }

  private static SpecResult await(Future<SpecResult> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedRunException("The batch was interrupted.", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof AzlonException azlon) {
        throw azlon;
      }
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  /** Builds a {@link Batch}; the model, the sandboxes and the output directory are required. */
  public static final class Builder {
    private ChatModel model;
    private Function<SandboxLimits, Sandbox> sandboxes;
    private Path outputDirectory;
    private int parallel = defaultParallel();
    private Optional<Long> maxTokens = Optional.empty();
    private Optional<BigDecimal> maxCostUsd = Optional.empty();
    private BiConsumer<String, SolveEvent> listener = (name, event) -> {};
    private Redactor redactor = Redactor.patternsOnly();
    private RetryPolicy retry = RetryPolicy.defaults();

    private Builder() {}

    /** One client for all specs. */
    public Builder model(ChatModel model) {
      this.model = model;
      return this;
    }

    /** The sandbox for a spec's limits; all of them on one engine. */
    public Builder sandboxes(Function<SandboxLimits, Sandbox> sandboxes) {
      this.sandboxes = sandboxes;
      return this;
    }

    public Builder outputDirectory(Path outputDirectory) {
      this.outputDirectory = outputDirectory;
      return this;
    }

    /** How many specs are solved at once; {@link #defaultParallel()} unless set. */
    public Builder parallel(int parallel) {
      if (parallel < 1) {
        throw new ConfigurationException(
            Setting.PARALLEL, "parallel must be at least 1, but was " + parallel + ".");
      }
      this.parallel = parallel;
      return this;
    }

    /** Tokens all specs together may use before no further spec is started. */
    public Builder maxTokens(Optional<Long> maxTokens) {
      this.maxTokens = Objects.requireNonNull(maxTokens);
      return this;
    }

    /** Dollars all specs together may cost before no further spec is started. */
    public Builder maxCostUsd(Optional<BigDecimal> maxCostUsd) {
      this.maxCostUsd = Objects.requireNonNull(maxCostUsd);
      return this;
    }

    /** Hears every spec's events, with the spec's name; called from the batch's threads. */
    public Builder listener(BiConsumer<String, SolveEvent> listener) {
      this.listener = Objects.requireNonNull(listener);
      return this;
    }

    public Builder redactor(Redactor redactor) {
      this.redactor = Objects.requireNonNull(redactor);
      return this;
    }

    public Builder retryPolicy(RetryPolicy retry) {
      this.retry = Objects.requireNonNull(retry);
      return this;
    }

    public Batch build() {
      return new Batch(this);
    }
  }
}
