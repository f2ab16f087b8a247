package dev.azlon.job;

import dev.azlon.ConfigurationException;
import dev.azlon.Redactor;
import dev.azlon.Setting;
import dev.azlon.remote.RemoteBatchSolver;
import dev.azlon.remote.RemoteOptions;
import dev.azlon.sandbox.Sandbox;
import dev.azlon.sandbox.SandboxLimits;
import dev.azlon.solve.Layout;
import dev.azlon.solve.SourceRoot;
import dev.azlon.spec.TaskSettings;
import dev.langchain4j.model.chat.ChatModel;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Everything a {@link Job} needs, as a front end gathered it: the task's settings (the defaults of
 * a batch's specs), where the project is and where to write, the specs, the lock, generated
 * sources, remote solving, and how to reach a model. Built with {@link #builder()}; every option is
 * checked when it is built, before anything is read or asked.
 */
public final class JobOptions {

  final TaskSettings task;
  final String model;
  final Path projectDirectory;
  final boolean hasProject;
  final String taskName;
  final Path outputDirectory;
  final Path reportsDirectory;
  final Path buildDirectory;
  final Path specs;
  final List<String> specIncludes;
  final List<String> specExcludes;
  final String spec;
  final List<Path> specAllowedRoots;
  final Integer parallel;
  final Long batchMaxTokens;
  final BigDecimal batchMaxCostUsd;
  final boolean lock;
  final Path lockDirectory;
  final boolean verifyLocked;
  final boolean frozenLock;
  final boolean refresh;
  final boolean offline;
  final SourceRoot sourceRoot;
  final List<String> sourceIncludes;
  final boolean generateTests;
  final String resume;
  final RemoteOptions remote;
  final boolean detach;
  final Supplier<ChatModel> chatModel;
  final Function<SandboxLimits, Sandbox> sandboxes;
  final RemoteBatchSolver remoteSolver;
  final Redactor redactor;

  private JobOptions(Builder builder) {
    this.task = Objects.requireNonNull(builder.task, "task");
    this.model = builder.model;
    this.projectDirectory = Objects.requireNonNull(builder.projectDirectory, "projectDirectory");
    this.hasProject = builder.hasProject;
    this.taskName = builder.taskName;
    this.outputDirectory = Objects.requireNonNull(builder.outputDirectory, "outputDirectory");
    this.reportsDirectory =
        builder.reportsDirectory != null
            ? builder.reportsDirectory
            : outputDirectory.resolveSibling("azlon-reports");
    this.buildDirectory =
        builder.buildDirectory != null ? builder.buildDirectory : outputDirectory.getParent();
    this.specs = builder.specs;
    this.specIncludes = List.copyOf(builder.specIncludes);
    this.specExcludes = List.copyOf(builder.specExcludes);
    this.spec = builder.spec == null || builder.spec.isBlank() ? null : builder.spec.strip();
    this.specAllowedRoots = List.copyOf(builder.specAllowedRoots);
    this.parallel = builder.parallel;
    this.batchMaxTokens = builder.batchMaxTokens;
    this.batchMaxCostUsd = builder.batchMaxCostUsd;
    this.lock = builder.lock;
    this.lockDirectory = builder.lockDirectory;
    this.verifyLocked = builder.verifyLocked;
    this.frozenLock = builder.frozenLock;
    this.refresh = builder.refresh;
    this.offline = builder.offline;
    this.sourceRoot = builder.sourceRoot;
    this.sourceIncludes = List.copyOf(builder.sourceIncludes);
    this.generateTests = builder.generateTests;
    this.resume =
        builder.resume == null || builder.resume.isBlank() || "false".equals(builder.resume)
            ? null
            : builder.resume.strip();
    this.remote = builder.remote;
    this.detach = builder.detach;
    this.chatModel = builder.chatModel;
    this.sandboxes = builder.sandboxes;
    this.remoteSolver = builder.remoteSolver;
    this.redactor = builder.redactor;
    check();
  }

  /** How the build uses each solution, which the model is told. */
  Layout layout() {
    return new Layout(sourceRoot, sourceRoot == SourceRoot.MAIN && generateTests);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Rules across options, before a token is spent. */
  private void check() {
    if (sourceRoot != SourceRoot.NONE && !hasProject) {
      throw new ConfigurationException(
          Setting.SOURCE_ROOT,
          "sourceRoot "
              + sourceRoot.name().toLowerCase(Locale.ROOT)
              + " needs a project to compile the sources; run it in one.");
    }
    if (frozenLock && refresh) {
      throw new ConfigurationException(
          Setting.FROZEN_LOCK, "frozenLock forbids solving and refresh asks for it: set one.");
    }
    if (resume != null && remote != null) {
      throw new ConfigurationException(
          Setting.RESUME,
          "resume continues a run on this machine, but "
              + Setting.TEMPORAL_TARGET.mention()
              + " solves on remote workers, which continue unfinished work by themselves. Unset "
              + Setting.RESUME.mention()
              + ", and submit again with the same "
              + Setting.TEMPORAL_RUN.mention()
              + " to follow work that is still going.");
    }
    if (parallel != null && parallel < 1) {
      throw new ConfigurationException(
          Setting.PARALLEL, "parallel must be at least 1, but was " + parallel + ".");
    }
  }

  /** Whether a batch of specs is solved, rather than one task. */
  boolean isBatch() {
    return specs != null;
  }

  /** Whether it resumes unfinished runs. */
  boolean resuming() {
    return resume != null;
  }

  /** The lock folder of the single task; null when locks are off or there is nowhere to put it. */
  Path lockFolder() {
    if (!lock) {
      return null;
    }
    if (lockDirectory != null) {
      return lockDirectory;
    }
    return hasProject ? projectDirectory.resolve("azlon.lock") : null;
  }

  /** Builds {@link JobOptions}. The task, the project directory and the output are required. */
  public static final class Builder {
    private TaskSettings task;
    private String model = Setting.Defaults.MODEL;
    private Path projectDirectory;
    private boolean hasProject = true;
    private String taskName = "task";
    private Path outputDirectory;
    private Path reportsDirectory;
    private Path buildDirectory;
    private Path specs;
    private List<String> specIncludes = List.of();
    private List<String> specExcludes = List.of();
    private String spec;
    private List<Path> specAllowedRoots = List.of();
    private Integer parallel;
    private Long batchMaxTokens;
    private BigDecimal batchMaxCostUsd;
    private boolean lock = true;
    private Path lockDirectory;
    private boolean verifyLocked;
    private boolean frozenLock;
    private boolean refresh;
    private boolean offline;
    private SourceRoot sourceRoot = SourceRoot.NONE;
    private List<String> sourceIncludes = List.of();
    private boolean generateTests = Boolean.parseBoolean(Setting.Defaults.GENERATE_TESTS);
    private String resume;
    private RemoteOptions remote;
    private boolean detach;
    private Supplier<ChatModel> chatModel;
    private Function<SandboxLimits, Sandbox> sandboxes;
    private RemoteBatchSolver remoteSolver;
    private Redactor redactor = Redactor.patternsOnly();

    private Builder() {}

    /** The task's settings: the whole task alone, a batch's defaults that specs narrow. */
    public Builder task(TaskSettings task) {
      this.task = task;
      return this;
    }

    /** The model's name: what a lock records, and whose prices are known. */
    public Builder model(String model) {
      this.model = model;
      return this;
    }

    /**
     * The project's base folder: paths in spec files stay inside it, and a task's lock goes beside
     * it by default.
     *
     * @param hasProject false when there is no project (a folder Maven merely runs in): no default
     *     lock, no generated sources
     */
    public Builder project(Path projectDirectory, boolean hasProject) {
      this.projectDirectory = projectDirectory;
      this.hasProject = hasProject;
      return this;
    }

    /** The single task's name on a remote engine. */
    public Builder taskName(String taskName) {
      this.taskName = taskName;
      return this;
    }

    /** Where run folders go. */
    public Builder outputDirectory(Path outputDirectory) {
      this.outputDirectory = outputDirectory;
      return this;
    }

    /** Where a batch's JUnit XML goes; by default {@code azlon-reports} beside the output. */
    public Builder reportsDirectory(Path reportsDirectory) {
      this.reportsDirectory = reportsDirectory;
      return this;
    }

    /** The build's own output folder, under which generated sources go. */
    public Builder buildDirectory(Path buildDirectory) {
      this.buildDirectory = buildDirectory;
      return this;
    }

    /**
     * A folder of spec files to solve as a batch.
     *
     * @param only the one spec to solve, by name; null for all
     * @param allowedRoots folders outside the project that specs may name
     */
    public Builder specs(
        Path folder,
        List<String> includes,
        List<String> excludes,
        String only,
        List<Path> allowedRoots) {
      this.specs = folder;
      this.specIncludes = includes == null ? List.of() : includes;
      this.specExcludes = excludes == null ? List.of() : excludes;
      this.spec = only;
      this.specAllowedRoots = allowedRoots == null ? List.of() : allowedRoots;
      return this;
    }

    /**
     * How a batch is bounded.
     *
     * @param parallel specs at once; null for the machine's cores (every spec, remotely)
     */
    public Builder batchBudget(Integer parallel, Long maxTokens, BigDecimal maxCostUsd) {
      this.parallel = parallel;
      this.batchMaxTokens = maxTokens;
      this.batchMaxCostUsd = maxCostUsd;
      return this;
    }

    /**
     * The solution lock.
     *
     * @param directory the single task's lock folder; null for {@code azlon.lock} in the project
     * @param offline whether no model can be reached: a task without a fitting lock fails at once
     */
    public Builder lock(
        boolean enabled,
        Path directory,
        boolean verify,
        boolean frozen,
        boolean refresh,
        boolean offline) {
      this.lock = enabled;
      this.lockDirectory = directory;
      this.verifyLocked = verify;
      this.frozenLock = frozen;
      this.refresh = refresh;
      this.offline = offline;
      return this;
    }

    /**
     * Where solved sources go in the build, and which of a solution's files are sources.
     *
     * @param tests with {@link SourceRoot#MAIN}, whether the model's tests under {@code
     *     src/test/java} become test sources of the build too
     */
    public Builder sources(SourceRoot root, List<String> includes, boolean tests) {
      this.sourceRoot = root;
      this.sourceIncludes = includes == null ? List.of() : includes;
      this.generateTests = tests;
      return this;
    }

    /** {@code true} for the latest unfinished run, or a run's id; null to start anew. */
    public Builder resume(String resume) {
      this.resume = resume;
      return this;
    }

    /**
     * Solve on a remote engine's workers instead of here.
     *
     * @param detach submit and return, without following
     */
    public Builder remote(RemoteOptions remote, boolean detach) {
      this.remote = remote;
      this.detach = detach;
      return this;
    }

    /** Makes the model client; asked only when something is solved here. */
    public Builder chatModel(Supplier<ChatModel> chatModel) {
      this.chatModel = chatModel;
      return this;
    }

    /** The sandbox for given limits; by default Docker, found as Testcontainers finds it. */
    public Builder sandboxes(Function<SandboxLimits, Sandbox> sandboxes) {
      this.sandboxes = sandboxes;
      return this;
    }

    /** The remote solver; by default the one the class loader offers. */
    public Builder remoteSolver(RemoteBatchSolver remoteSolver) {
      this.remoteSolver = remoteSolver;
      return this;
    }

    /** What every text the job writes or says passes. */
    public Builder redactor(Redactor redactor) {
      this.redactor = Objects.requireNonNull(redactor, "redactor");
      return this;
    }

    public JobOptions build() {
      return new JobOptions(this);
    }
  }
}
