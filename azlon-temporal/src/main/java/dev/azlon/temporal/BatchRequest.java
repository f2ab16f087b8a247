package dev.azlon.temporal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * Specs to solve as one batch, each as its own child workflow.
 *
 * @param specs the specs, in the order they start
 * @param workflowIds each spec's child workflow id ({@link WorkflowIds#forSpec}), in the same order
 * @param parallel how many specs run at once
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record BatchRequest(List<SolveRequest> specs, List<String> workflowIds, int parallel) {}
