package dev.azlon.generate;

import dev.azlon.sandbox.CandidateRun;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A project as the model is shown it: its text files, the names and sizes of its binary files
 * (never their bytes), how its last build and run went (null before any), the last change (a diff
 * that names new files rather than repeat them; empty before any) and the files that change edited,
 * which are being worked on and so are shown in full first.
 *
 * @param inputNotes what the first prompt must say about the starting files (links that were not
 *     copied), or empty
 */
public record Project(
    Map<String, String> files,
    Map<String, Long> binaryFiles,
    CandidateRun run,
    String lastChange,
    Set<String> edited,
    String inputNotes) {

  public Project {
    files = Collections.unmodifiableMap(new TreeMap<>(files));
    binaryFiles = Collections.unmodifiableMap(new TreeMap<>(binaryFiles));
    lastChange = lastChange == null ? "" : lastChange;
    edited = Collections.unmodifiableSet(new TreeSet<>(edited));
    inputNotes = inputNotes == null ? "" : inputNotes;
  }

  public Project(
      Map<String, String> files,
      Map<String, Long> binaryFiles,
      CandidateRun run,
      String lastChange,
      Set<String> edited) {
    this(files, binaryFiles, run, lastChange, edited, "");
  }

  public Project(Map<String, String> files, Map<String, Long> binaryFiles, CandidateRun run) {
    this(files, binaryFiles, run, "", Set.of());
  }

  /** Nothing yet: a project to write from scratch. */
  public static Project empty() {
    return new Project(Map.of(), Map.of(), null);
  }

  public boolean isEmpty() {
    return files.isEmpty() && binaryFiles.isEmpty();
  }
}
