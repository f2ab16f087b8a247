package dev.azlon.host;

import dev.azlon.ConfigurationException;
import dev.azlon.InfrastructureException;
import dev.azlon.Setting;
import dev.azlon.workspace.Workspace;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.diff.EditList;
import org.eclipse.jgit.diff.HistogramDiff;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;

/**
 * Hands a solution over: into a directory of the user's, with a patch of what it changes. All or
 * nothing: every file is checked (the apply policy, links, conflicts) before the first is written.
 */
public final class Solution {

  /** The patch's name in the run folder. */
  public static final String PATCH = "solution.patch";

  private Solution() {}

  /**
   * What {@link #apply} did.
   *
   * @param written files created or replaced
   * @param unchanged files that were already identical
   * @param patch the unified diff from the directory's files to the solution's
   */
  public record Applied(List<String> written, List<String> unchanged, Path patch) {}

  /**
   * Copies the solution's files into {@code target} and writes {@code solution.patch} into the run
   * folder against what was there. Nothing at all is written into {@code target} when a file is
   * refused by the policy, would pass through a link, or (without {@code overwrite}) would replace
   * a file with other content; the error lists each.
   *
   * @throws ConfigurationException naming the files and the parameter that decides
   * @throws InfrastructureException when the disk fails
   */
  public static Applied apply(
      Workspace solution, Path target, ApplyPolicy policy, boolean overwrite, Path runDirectory) {
    return apply(solution, target, null, policy, overwrite, runDirectory);
  }

  /**
   * As {@link #apply(Workspace, Path, ApplyPolicy, boolean, Path)}, with the default refusals
   * judged on each file's path in the project: an apply directory inside {@code .mvn/} or {@code
   * .git/} lifts nothing.
   *
   * @param projectRoot the project's base folder; null when {@code target} is a root of its own
   */
  public static Applied apply(
      Workspace solution,
      Path target,
      Path projectRoot,
      ApplyPolicy policy,
      boolean overwrite,
      Path runDirectory) {
    ProjectDirectory project = new ProjectDirectory(target);
    ProjectDirectory run = new ProjectDirectory(runDirectory);
    String folder = folderInProject(project.root(), projectRoot);
    List<String> refused = new ArrayList<>();
    List<String> linked = new ArrayList<>();
    for (String name : solution.files()) {
      policy.refusal(name, folder).ifPresent(why -> refused.add(name + " (" + why + ")"));
      project.linkProblem(name).ifPresent(why -> linked.add(name + " (" + why + ")"));
    }
    if (!linked.isEmpty()) {
      throw new ConfigurationException(
          Setting.APPLY_DIRECTORY,
          "Nothing was applied: these"
              + " files would be written through a link out of "
              + project.root()
              + ": "
              + String.join("; ", linked)
              + ". Remove the link, or choose another applyDirectory.");
    }
    if (!refused.isEmpty()) {
      throw new ConfigurationException(
          Setting.APPLY_ALLOWED,
          "Nothing was applied: "
              + String.join("; ", refused)
              + ". They stay in "
              + solution.root()
              + ". Review them, then"
              + " list them in applyAllowed to apply them.");
    }
    try {
      return copy(solution, project, overwrite, run);
    } catch (IOException e) {
      throw new InfrastructureException(
          "Could not apply the solution to "
              + project.root()
              + ": "
              + e.getMessage()
              + ". The solution stays in "
              + solution.root()
              + ".",
          e);
    }
  }

  /** Where the apply directory sits in the project, '/'-separated; "" at its root or outside. */
  private static String folderInProject(Path target, Path projectRoot) {
    if (projectRoot == null) {
      return "";
    }
    Path root = new ProjectDirectory(projectRoot).root();
    return target.startsWith(root)
        ? root.relativize(target).toString().replace(target.getFileSystem().getSeparator(), "/")
        : "";
  }

  private static Applied copy(
      Workspace solution, ProjectDirectory project, boolean overwrite, ProjectDirectory run)
      throws IOException {
    Map<String, byte[]> written = new LinkedHashMap<>();
    List<String> unchanged = new ArrayList<>();
    List<String> conflicts = new ArrayList<>();
    ByteArrayOutputStream diff = new ByteArrayOutputStream();
    for (String name : solution.files()) {
      byte[] wanted = Files.readAllBytes(solution.root().resolve(name));
      Optional<byte[]> present = project.read(name);
      if (present.isPresent() && Arrays.equals(present.get(), wanted)) {
        unchanged.add(name);
        continue;
      }
      if (present.isPresent() && !overwrite) {
        conflicts.add(name);
      }
      written.put(name, wanted);
      unifiedDiff(diff, name, present.orElse(null), wanted);
    }
    Optional<String> patchProblem = run.linkProblem(PATCH);
    if (patchProblem.isPresent()) {
      throw new ConfigurationException(
          Setting.OUTPUT_DIRECTORY,
          "Nothing was applied: the patch"
              + " cannot be written, since "
              + patchProblem.get()
              + ".");
    }
    run.write(PATCH, diff.toByteArray());
    Path patch = run.root().resolve(PATCH);
    if (!conflicts.isEmpty()) {
      throw new ConfigurationException(
          Setting.OVERWRITE,
          "These files in "
              + project.root()
              + " differ from the solution: "
              + String.join(", ", conflicts)
              + ". Nothing was written;"
              + " the solution stays in "
              + solution.root()
              + " and "
              + patch
              + " shows the changes."
              + " Set overwrite to true to replace them.");
    }
    for (Map.Entry<String, byte[]> file : written.entrySet()) {
      project.write(file.getKey(), file.getValue());
    }
    return new Applied(List.copyOf(written.keySet()), unchanged, patch);
  }

  private static void unifiedDiff(
      ByteArrayOutputStream out, String name, byte[] before, byte[] after) throws IOException {
    RawText a = before == null ? RawText.EMPTY_TEXT : new RawText(before);
    RawText b = new RawText(after);
    EditList edits = new HistogramDiff().diff(RawTextComparator.DEFAULT, a, b);
    out.write(
        ((before == null ? "--- /dev/null" : "--- a/" + name) + "\n+++ b/" + name + "\n")
            .getBytes(StandardCharsets.UTF_8));
    try (DiffFormatter formatter = new DiffFormatter(out)) {
      formatter.format(edits, a, b);
      formatter.flush();
    }
  }
}
