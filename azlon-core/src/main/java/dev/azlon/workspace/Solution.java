package dev.azlon.workspace;

import dev.azlon.ConfigurationException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.diff.EditList;
import org.eclipse.jgit.diff.HistogramDiff;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;

/** Hands a solution over: into a directory of the user's, with a patch of what it changes. */
public final class Solution {

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
   * Copies the solution's files into {@code target} and writes {@code patch} against what was
   * there. A file there with other content is only replaced with {@code overwrite}; otherwise
   * nothing at all is written and the solution stays where it is.
   *
   * @throws ConfigurationException listing the files that would be overwritten
   */
  public static Applied apply(Workspace solution, Path target, boolean overwrite, Path patch) {
    Path root = target.toAbsolutePath().normalize();
    List<String> written = new ArrayList<>();
    List<String> unchanged = new ArrayList<>();
    List<String> conflicts = new ArrayList<>();
    ByteArrayOutputStream diff = new ByteArrayOutputStream();
    try {
      for (String name : solution.files()) {
        Path destination = root.resolve(name).normalize();
        if (!destination.startsWith(root)) {
          throw new IllegalStateException("A checked name left the target: " + name);
        }
        byte[] wanted = Files.readAllBytes(solution.root().resolve(name));
        byte[] present = Files.isRegularFile(destination, LinkOption.NOFOLLOW_LINKS)
            ? Files.readAllBytes(destination) : null;
        if (present != null && Arrays.equals(present, wanted)) {
          unchanged.add(name);
          continue;
        }
        if (present != null && !overwrite) {
          conflicts.add(name);
        }
        written.add(name);
        unifiedDiff(diff, name, present, wanted);
      }
      Files.write(patch, diff.toByteArray());
      if (!conflicts.isEmpty()) {
        throw new ConfigurationException("overwrite", "These files in " + root + " differ from"
            + " the solution: " + String.join(", ", conflicts) + ". Nothing was written; the"
            + " solution stays in " + solution.root() + " and " + patch + " shows the changes."
            + " Set overwrite to true to replace them.");
      }
      for (String name : written) {
        Path destination = root.resolve(name);
        Files.createDirectories(destination.getParent());
        Files.copy(solution.root().resolve(name), destination,
            StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not apply the solution to " + root, e);
    }
    return new Applied(written, unchanged, patch);
  }

  private static void unifiedDiff(ByteArrayOutputStream out, String name, byte[] before,
      byte[] after) throws IOException {
    RawText a = before == null ? RawText.EMPTY_TEXT : new RawText(before);
    RawText b = new RawText(after);
    EditList edits = new HistogramDiff().diff(RawTextComparator.DEFAULT, a, b);
    out.write(((before == null ? "--- /dev/null" : "--- a/" + name) + "\n+++ b/" + name + "\n")
        .getBytes(StandardCharsets.UTF_8));
    try (DiffFormatter formatter = new DiffFormatter(out)) {
      formatter.format(edits, a, b);
      formatter.flush();
    }
  }
}
