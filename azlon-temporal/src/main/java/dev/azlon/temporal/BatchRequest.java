package dev.azlon.temporal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * Specs to solve as one batch, each as its own child workflow.
 *
 * @param specs the specs, in the order they start
 * @param workflowIds each spec's child workflow id ({@link WorkflowIds#forSpec}), in the same order
 * @param parallel how many specs run at once
 * @param maxTokens the tokens the specs may use together, or null: once the specs that ended used
 *     them up, the others are not started
 * @param maxCostUsd the same for dollars, as decimal text, or null
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record BatchRequest(
    List<SolveRequest> specs,
    List<String> workflowIds,
    int parallel,
    Long maxTokens,
    String maxCostUsd) {

  /** A batch bounded only by how many specs run at once. */
  public BatchRequest(List<SolveRequest> specs, List<String> workflowIds, int parallel) {
    this(specs, workflowIds, parallel, null, null);
  }
}
