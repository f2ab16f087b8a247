package dev.azlon.temporal;

import java.util.List;

/** Each spec of a batch: its report, or why it failed (a configuration error, say). */
public record BatchReport(List<SpecReport> specs) {

  /**
   * @param report how the solve ended; null when it failed
   * @param failure why it failed, or null
   */
  public record SpecReport(String name, String workflowId, SolveReport report, String failure) {}
}
