package dev.azlon.temporal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** Each spec of a batch: its report, or why it failed (a configuration error, say). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record BatchReport(List<SpecReport> specs) {

  /**
   * @param report how the solve ended; null when it failed
   * @param failure why it failed, or null
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record SpecReport(String name, String workflowId, SolveReport report, String failure) {}
}
