package dev.azlon.generate;

import dev.azlon.sandbox.CandidateRun;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * A project as the model is shown it: its text files, the names and sizes of its binary files
 * (never their bytes), and how its last build and run went (null before any).
 */
public record Project(Map<String, String> files, Map<String, Long> binaryFiles, CandidateRun run) {

  public Project {
    files = Collections.unmodifiableMap(new TreeMap<>(files));
    binaryFiles = Collections.unmodifiableMap(new TreeMap<>(binaryFiles));
  }

  /** Nothing yet: a project to write from scratch. */
  public static Project empty() {
    return new Project(Map.of(), Map.of(), null);
  }

  public boolean isEmpty() {
    return files.isEmpty() && binaryFiles.isEmpty();
  }
}
