package dev.azlon.spec;

import dev.azlon.ConfigurationException;
import dev.azlon.Setting;
import dev.azlon.budget.Budget;
import dev.azlon.budget.Prices;
import dev.azlon.generate.PromptOverrides;
import dev.azlon.sandbox.SandboxLimits;
import dev.azlon.solve.Effort;
import dev.azlon.solve.Layout;
import dev.azlon.solve.SolveSpec;
import dev.azlon.solve.SourceRoot;
import dev.azlon.solve.Task;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A task as text, key by key, for another machine (a remote worker): every setting that {@link
 * Setting#isPortable() travels}, in the form {@link Setting}'s table reads back, so a new setting
 * travels without a class of its own to mirror it. Files named travel as their text; the starting
 * files travel apart (as an archive), and where a solution goes stays with the build. Prices a
 * known model gives travel with that model's name ({@code model}), so a worker prices them alike.
 *
 * @param values each setting's text, by key
 */
public record PortableTask(Map<String, String> values) {

  public PortableTask {
    values = Map.copyOf(values);
  }

  /** What {@code spec} asks and how far it goes, and the sandbox's {@code limits}, as text. */
  public static PortableTask of(SolveSpec spec, SandboxLimits limits) {
    Task task = spec.task();
    Effort effort = spec.effort();
    Budget budget = effort.budget();
    PromptOverrides prompts = task.prompts();
    TaskSettings settings =
        TaskSettings.empty()
            .with(Setting.PROMPT, task.prompt())
            .with(Setting.TEST_CONDITIONS, task.testConditions())
            .with(Setting.BASE_IMAGE, task.baseImage())
            .with(Setting.ALLOWED_BASE_IMAGES, task.allowedBaseImages())
            .with(Setting.CHECKS, task.checks().configured())
            .with(Setting.REQUIRE_ZERO_EXIT, task.checks().requireZeroExit())
            .with(
                Setting.ACCEPTANCE,
                task.acceptance().isEmpty() ? null : task.acceptance().configured())
            .with(Setting.JUDGE, task.judge())
            .with(Setting.INPUT_EXCLUDES, task.inputExcludes())
            .with(Setting.DEFAULT_DOCKERFILE, text("Dockerfile", task.defaultDockerfile()))
            .with(Setting.GENERATE_PROMPT_FILE, text(prompts.generateSource(), prompts.generate()))
            .with(Setting.FIX_PROMPT_FILE, text(prompts.fixSource(), prompts.fix()))
            .with(Setting.REVIEW_PROMPT_FILE, text(prompts.reviewSource(), prompts.review()))
            .with(Setting.MAX_ITERATIONS, effort.maxIterations())
            .with(Setting.MAX_REPEATED_FAILURES, effort.maxRepeatedFailures())
            .with(Setting.CONTEXT_TOKENS, effort.contextTokens())
            .with(Setting.MAX_TOKENS, budget.maxTokens().orElse(null))
            .with(Setting.MAX_COST_USD, budget.maxCostUsd().orElse(null))
            .with(Setting.TIMEOUT, budget.timeout().orElse(null))
            .with(Setting.SANDBOX_MEMORY, limits.memoryBytes())
            .with(Setting.SANDBOX_CPUS, limits.nanoCpus())
            .with(Setting.SANDBOX_PIDS, limits.pids())
            .with(Setting.SANDBOX_RUN_NETWORK, limits.runNetwork())
            .with(Setting.SANDBOX_BUILD_NETWORK, limits.buildNetwork())
            .with(Setting.SANDBOX_RUN_TIMEOUT, limits.runTimeout())
            .with(Setting.SANDBOX_BUILD_TIMEOUT, limits.buildTimeout())
            .with(Setting.SOURCE_ROOT, spec.layout().root().name().toLowerCase(Locale.ROOT))
            .with(Setting.GENERATE_TESTS, spec.layout().tests());
    if (budget.prices().isPresent()) {
      Prices prices = budget.prices().get();
      settings =
          settings
              .with(Setting.INPUT_PRICE_PER_MILLION, prices.inputPerMillion())
              .with(Setting.CACHED_INPUT_PRICE_PER_MILLION, prices.cachedInputPerMillion())
              .with(Setting.OUTPUT_PRICE_PER_MILLION, prices.outputPerMillion());
    }
    Map<String, String> values = of(settings);
    budget.prices().map(Prices::model).ifPresent(model -> values.put(Setting.MODEL.key(), model));
    return new PortableTask(values);
  }

  /** Every portable setting these settings hold, as text. */
  static Map<String, String> of(TaskSettings settings) {
    Map<String, String> values = new TreeMap<>();
    settings
        .values()
        .forEach(
            (key, value) -> {
              if (key.isPortable()) {
                values.put(key.key(), Values.text(key, value));
              }
            });
    return values;
  }

  /** The settings again, each value checked as the table checks it. */
  public TaskSettings settings() {
    TaskSettings settings = TaskSettings.empty();
    for (Map.Entry<String, String> entry : values.entrySet()) {
      Setting key = Setting.forKey(entry.getKey()).filter(Setting::isPortable).orElse(null);
      if (key != null) {
        try {
          settings = settings.with(key, Values.parse(key, entry.getValue()));
        } catch (IllegalArgumentException e) {
          throw new ConfigurationException(
              key, key.key() + " did not arrive as a value it takes: " + e.getMessage());
        }
      }
    }
    return settings;
  }

  /**
   * The spec again, checked as the core checks any spec.
   *
   * @param inputDirectory where this machine unpacked the starting files, or null for none
   */
  public SolveSpec solveSpec(Path inputDirectory) {
    TaskSettings settings = settings();
    Layout layout =
        new Layout(
            SourceRoot.of((String) settings.values().get(Setting.SOURCE_ROOT)),
            Boolean.TRUE.equals(settings.values().get(Setting.GENERATE_TESTS)));
    SolveSpec spec =
        settings.with(Setting.INPUT_DIRECTORY, inputDirectory).solveSpec(null).withLayout(layout);
    String model = values.get(Setting.MODEL.key());
    if (model == null || spec.budget().prices().isEmpty()) {
      return spec;
    }
    // Prices a known model gave stay that model's: a worker answering with another is not billed
    // at them.
    Prices given = spec.budget().prices().get();
    Budget budget = spec.budget();
    return new SolveSpec(
        spec.task(),
        new Effort(
            spec.maxIterations(),
            spec.maxRepeatedFailures(),
            spec.contextTokens(),
            new Budget(
                budget.maxTokens(),
                budget.maxCostUsd(),
                budget.timeout(),
                Optional.of(
                    new Prices(
                        given.inputPerMillion(),
                        given.cachedInputPerMillion(),
                        given.outputPerMillion(),
                        model)))),
        layout);
  }

  /** The sandbox's limits again. */
  public SandboxLimits limits() {
    return settings().sandboxLimits();
  }

  private static FileText text(String source, String text) {
    return text == null ? null : new FileText(source, text);
  }
}
