package dev.azlon.remote;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A batch submitted to remote workers.
 *
 * @param id the batch's own id (cancelling it cancels every spec still going), or null when every
 *     spec was solved earlier under the same run and nothing was submitted
 * @param solves each spec's solve id by the spec's name, in the batch's order
 * @param solvedEarlier the specs solved earlier under the same run: not submitted again, their
 *     results are fetched
 */
public record RemoteBatch(String id, Map<String, String> solves, Set<String> solvedEarlier) {

  public RemoteBatch {
    solves = Collections.unmodifiableMap(new LinkedHashMap<>(solves));
    solvedEarlier = Set.copyOf(solvedEarlier);
  }

  /** Whether anything was submitted: not when every spec was solved earlier. */
  public boolean submitted() {
    return id != null;
  }
}
