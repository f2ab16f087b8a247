package dev.azlon.generate;

import dev.azlon.sandbox.CandidateRun;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * A project as the model is shown it: its text files, the names and sizes of its binary files
 * (never their bytes), how its last build and run went (null before any), and the diff of the
 * last change (empty before any).
 */
public record Project(Map<String, String> files, Map<String, Long> binaryFiles, CandidateRun run,
    String lastChange) {

  public Project {
    files = Collections.unmodifiableMap(new TreeMap<>(files));
    binaryFiles = Collections.unmodifiableMap(new TreeMap<>(binaryFiles));
    lastChange = lastChange == null ? "" : lastChange;
  }

  public Project(Map<String, String> files, Map<String, Long> binaryFiles, CandidateRun run) {
    this(files, binaryFiles, run, "");
  }

  /** Nothing yet: a project to write from scratch. */
  public static Project empty() {
    return new Project(Map.of(), Map.of(), null);
  }

  public boolean isEmpty() {
    return files.isEmpty() && binaryFiles.isEmpty();
  }
}
