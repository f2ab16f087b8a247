package dev.azlon.temporal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * Each spec of a batch: its report, why it failed (a configuration error, say), or why it was not
 * started. The reports come without their run folders, which stay with each spec's own workflow: a
 * batch's result must fit one payload.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record BatchReport(List<SpecReport> specs) {

  /**
   * @param report how the solve ended, without its run folder; null when it failed or did not start
   * @param failure why it failed, or null
   * @param notStarted why it was not started (the batch's budget was used up), or null
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record SpecReport(
      String name, String workflowId, SolveReport report, String failure, String notStarted) {}
}
