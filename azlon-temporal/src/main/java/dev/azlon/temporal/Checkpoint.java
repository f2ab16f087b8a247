package dev.azlon.temporal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * What a solve heartbeats: where it is and the model's answers so far, from which a retry on any
 * worker continues without paying for them again. Answers past {@link #MAX_ANSWER_BYTES} are not
 * kept (a retry then asks for those again), so the heartbeat stays well under the payload limit.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Checkpoint(int iteration, String phase, List<String> answers) {

  static final int MAX_ANSWER_BYTES = 1024 * 1024;

  static Checkpoint empty() {
    return new Checkpoint(0, "queued", List.of());
  }
}
