package dev.azlon.maven;

import dev.azlon.ConfigurationException;
import dev.azlon.Setting;
import dev.azlon.apply.GeneratedSources;
import dev.azlon.batch.BatchTask;
import dev.azlon.host.ProjectBoundary;
import dev.azlon.spec.SpecFile;
import dev.azlon.spec.SpecFolder;
import dev.azlon.spec.TaskSettings;
import dev.azlon.workspace.FileNames;
import dev.azlon.workspace.Workspace;
import java.io.File;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * The solve goal's parameters for a batch: a folder of spec files solved at once. The other
 * parameters are each spec's defaults, which its file overrides key by key.
 */
abstract class AbstractBatchMojo extends AbstractSolveMojo {

  /**
   * A folder of spec files to solve, each a task in YAML (or JSON) with the same keys as these
   * parameters. Unset: one task from the parameters.
   *
   * @since 0.1.0
   */
  @Parameter(property = Setting.Property.SPECS)
  File specs;

  /**
   * The one spec of {@code specs} to solve, by name ({@code greet/hello.azlon.yaml} is {@code
   * greet.hello}).
   *
   * @since 0.1.0
   */
  @Parameter(property = Setting.Property.SPEC)
  String spec;

  /**
   * Which files in {@code specs} are specs, as globs on their path in it; by default {@code
   * **}{@code /*.azlon.yaml}, {@code .azlon.yml} and {@code .azlon.json}.
   *
   * @since 0.1.0
   */
  @Parameter(property = Setting.Property.SPEC_INCLUDES)
  List<String> specIncludes;

  /**
   * Files in {@code specs} that are not specs, as globs; they win over {@code specIncludes}.
   *
   * @since 0.1.0
   */
  @Parameter(property = Setting.Property.SPEC_EXCLUDES)
  List<String> specExcludes;

  /**
   * Folders outside the project that paths in spec files may lead into. Spec files are data that a
   * pull request can change: every path they name (promptFile, inputDirectory, applyDirectory, ...)
   * must lead, links resolved, inside the project's base folder, the specs folder, or one of these.
   * Only the POM or {@code -D} can set it.
   *
   * @since 0.1.0
   */
  @Parameter(property = Setting.Property.SPEC_ALLOWED_ROOTS)
  List<File> specAllowedRoots;

  /**
   * How many specs are solved at once; by default as many as the machine has cores. With {@code
   * temporalTarget}, how many the remote batch starts at once, by default every spec (the workers'
   * own {@code --concurrent-solves} bound what runs).
   *
   * @since 0.1.0
   */
  @Parameter(property = Setting.Property.PARALLEL)
  Integer parallel;

  /**
   * Tokens all specs together may use: once the finished specs have used them, no further spec is
   * started (each spec's own {@code maxTokens} still applies).
   *
   * @since 0.1.0
   */
  @Parameter(property = Setting.Property.BATCH_MAX_TOKENS)
  Long batchMaxTokens;

  /**
   * Dollars all specs together may cost before no further spec is started.
   *
   * @since 0.1.0
   */
  @Parameter(property = Setting.Property.BATCH_MAX_COST_USD)
  String batchMaxCostUsd;

  /**
   * Where a batch writes one JUnit XML file per spec ({@code TEST-<spec>.xml}), for CI's test
   * reporters. By default {@code ${project.build.directory}/azlon-reports}.
   *
   * @since 0.1.0
   */
  @Parameter(property = Setting.Property.REPORTS_DIRECTORY)
  File reportsDirectory;

  /**
   * Where a solved run's sources go in this build, as a code generator's do: {@code main} writes
   * the files matching {@code sourceIncludes} to {@code
   * ${project.build.directory}/generated-sources/azlon} and adds it to the compile source roots;
   * {@code test} does so for {@code generated-test-sources/azlon} and the test source roots; {@code
   * none} leaves them in the run folder. Bind the goal to {@code generate-sources} (or {@code
   * generate-test-sources}). Nothing is written into {@code src/}.
   *
   * @since 0.1.0
   */
  @Parameter(property = Setting.Property.SOURCE_ROOT, defaultValue = "none")
  String sourceRoot;

  /**
   * Which solved files are sources, as globs; their fixed folders are taken off, so that packages
   * land at the root. By default {@code src/main/java/**} for {@code main} and {@code
   * src/test/java/**} for {@code test}.
   *
   * @since 0.1.0
   */
  @Parameter(property = Setting.Property.SOURCE_INCLUDES)
  List<String> sourceIncludes;

  /** Checks sourceRoot before anything is spent; true when sources are to be generated. */
  boolean generatesSources() {
    String root = sourceRoot == null ? "none" : sourceRoot.strip();
    if (!List.of("none", "main", "test").contains(root)) {
      throw new ConfigurationException(
          Setting.SOURCE_ROOT, "sourceRoot '" + sourceRoot + "' is not one of main, test or none.");
    }
    if (!root.equals("none") && (project == null || project.getFile() == null)) {
      throw new ConfigurationException(
          Setting.SOURCE_ROOT,
          "sourceRoot " + root + " needs a project to compile the sources; run it in one.");
    }
    return !root.equals("none");
  }

  /** Writes solved runs' sources under target/ and adds them to the build's source roots. */
  void generateSources(Map<String, Workspace> solutions) {
    if (!generatesSources() || solutions.isEmpty()) {
      return;
    }
    boolean main = sourceRoot.strip().equals("main");
    Path root =
        Path.of(project.getBuild().getDirectory())
            .resolve(main ? "generated-sources" : "generated-test-sources")
            .resolve("azlon");
    List<String> includes =
        sourceIncludes != null && !sourceIncludes.isEmpty()
            ? sourceIncludes
            : main ? GeneratedSources.MAIN_INCLUDES : GeneratedSources.TEST_INCLUDES;
    List<String> written = GeneratedSources.write(solutions, root, includes);
    if (main) {
      project.addCompileSourceRoot(root.toString());
    } else {
      project.addTestCompileSourceRoot(root.toString());
    }
    getLog()
        .info(
            "Generated "
                + written.size()
                + (written.size() == 1 ? " source" : " sources")
                + " into "
                + root
                + ", a "
                + (main ? "compile" : "test compile")
                + " source root of this build.");
    if (written.isEmpty()) {
      getLog().warn("No solved file matches sourceIncludes " + includes + ".");
    }
  }

  /** Each spec's file, by name, once {@link #tasks} has read them. */
  final Map<String, Path> specFiles = new LinkedHashMap<>();

  boolean isBatch() {
    return specs != null;
  }

  /** Every spec, read and turned into a task over the defaults; all checked before any runs. */
  Map<BatchTask, TaskSettings> tasks(String model) {
    TaskSettings defaults = defaults();
    List<SpecFile> files =
        SpecFolder.read(
            specs.toPath(),
            specIncludes == null ? List.of() : specIncludes,
            specExcludes == null ? List.of() : specExcludes,
            spec == null || spec.isBlank() ? null : spec.strip(),
            boundary());
    Map<BatchTask, TaskSettings> tasks = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    for (SpecFile file : files) {
      specFiles.put(file.name(), file.file());
      try {
        TaskSettings settings = defaults.withSpec(file);
        tasks.put(
            new BatchTask(file.name(), settings.solveSpec(model), settings.sandboxLimits()),
            settings);
      } catch (ConfigurationException e) {
        problems.add(FileNames.printable(file.file().toString()) + ": " + e.getMessage());
      }
    }
    if (!problems.isEmpty()) {
      throw new ConfigurationException(
          Setting.SPECS,
          "No spec was started and no model was called, since "
              + problems.size()
              + (problems.size() == 1 ? " spec is" : " specs are")
              + " not valid:\n  "
              + String.join("\n  ", problems));
    }
    return tasks;
  }

  /** The project's base folder, and the folders outside it that specs may name. */
  ProjectBoundary boundary() {
    List<Path> allowed = new ArrayList<>();
    if (specAllowedRoots != null) {
      specAllowedRoots.forEach(folder -> allowed.add(folder.toPath()));
    }
    return ProjectBoundary.of(baseDirectory(), allowed);
  }

  /** The project's folder, or where Maven runs when there is no project. */
  Path baseDirectory() {
    return project != null && project.getFile() != null
        ? project.getBasedir().toPath()
        : Path.of(session.getExecutionRootDirectory());
  }

  Optional<BigDecimal> batchMaxCost() {
    if (batchMaxCostUsd == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(new BigDecimal(batchMaxCostUsd.strip()));
    } catch (NumberFormatException e) {
      throw new ConfigurationException(
          Setting.BATCH_MAX_COST_USD,
          "batchMaxCostUsd '" + batchMaxCostUsd + "' is not a number of dollars; write it like 5.");
    }
  }

  /** Where the JUnit XML files go. */
  Path reportsDirectory() {
    if (reportsDirectory != null && !reportsDirectory.getPath().contains("${")) {
      return reportsDirectory.toPath();
    }
    return outputDirectory().resolveSibling("azlon-reports");
  }
}
