package dev.azlon.batch;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A batch submitted to remote workers.
 *
 * @param id the batch's own id: cancelling it cancels every spec still going
 * @param solves each spec's solve id by the spec's name, in the batch's order
 */
public record RemoteBatch(String id, Map<String, String> solves) {

  public RemoteBatch {
    solves = Collections.unmodifiableMap(new LinkedHashMap<>(solves));
  }
}
