package dev.azlon.job;

import dev.azlon.host.GeneratedSources;
import dev.azlon.host.Solution;
import dev.azlon.sandbox.Quantities;
import dev.azlon.solve.SourceRoot;
import dev.azlon.spec.TaskSettings;
import dev.azlon.workspace.Workspace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What reaches the user's project of a solution, and only through the guarded door: applied where
 * the task asks ({@code apply}), and written as generated sources the build compiles ({@code
 * sourceRoot}).
 */
final class Handover {

  private final JobOptions options;
  private final Say say;

  Handover(JobOptions options, Say say) {
    this.options = options;
    this.say = say;
  }

  /**
   * Copies a solution into the task's apply directory, when its settings ask for it.
   *
   * @param patchFolder where {@code solution.patch} goes (made when missing)
   * @param what how to name the solution in the line ("the locked solution of hello "), or ""
   */
  void apply(TaskSettings settings, Workspace solution, Path patchFolder, String what) {
    if (!settings.apply()) {
      return;
    }
    Solution.Applied applied =
        Solution.apply(
            solution,
            settings.applyDirectory(),
            options.projectDirectory,
            settings.applyPolicy(),
            settings.overwrite(),
            patchFolder);
    say.info(
        "Applied "
            + what
            + "to "
            + settings.applyDirectory()
            + ": "
            + Quantities.count(applied.written().size(), "file", "files")
            + " written, "
            + applied.unchanged().size()
            + " unchanged; patch: "
            + applied.patch());
  }

  /**
   * Writes solved sources under the build's output, as a code generator does, when the job asks:
   * the main (or test) sources, and with {@code sourceRoot=main} and {@code generateTests} the
   * model's tests too. The program the container ran ({@code src/run/java}) is never written.
   *
   * @param solutions each task's solution, by name
   * @return the folders, which the build then compiles; empty when there is none to write
   */
  List<JobResult.GeneratedRoot> generate(Map<String, Workspace> solutions) {
    if (options.sourceRoot == SourceRoot.NONE || solutions.isEmpty()) {
      return List.of();
    }
    boolean test = options.sourceRoot == SourceRoot.TEST;
    List<String> includes =
        !options.sourceIncludes.isEmpty()
            ? options.sourceIncludes
            : test ? GeneratedSources.TEST_INCLUDES : GeneratedSources.MAIN_INCLUDES;
    List<JobResult.GeneratedRoot> roots = new ArrayList<>();
    roots.add(write(solutions, test, includes));
    if (options.layout().tests()) {
      roots.add(write(solutions, true, GeneratedSources.TEST_INCLUDES));
    }
    return roots;
  }

  private JobResult.GeneratedRoot write(
      Map<String, Workspace> solutions, boolean test, List<String> includes) {
    Path root =
        options
            .buildDirectory
            .resolve(test ? "generated-test-sources" : "generated-sources")
            .resolve("azlon");
    List<String> written = GeneratedSources.write(solutions, root, includes);
    say.info(
        "Generated "
            + written.size()
            + (test ? " test" : "")
            + (written.size() == 1 ? " source" : " sources")
            + " into "
            + root
            + ", a "
            + (test ? "test compile" : "compile")
            + " source root of this build.");
    if (written.isEmpty()) {
      say.warn("No solved file matches " + includes + ".");
    }
    return new JobResult.GeneratedRoot(root, test);
  }
}
