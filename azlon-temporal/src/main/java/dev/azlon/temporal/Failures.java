package dev.azlon.temporal;

import java.util.List;

/** The failure types a solve activity raises, and which of them a retry cannot mend. */
public final class Failures {

  /** A setting at fault: the spec, a base image, the starting files. */
  public static final String CONFIGURATION_ERROR = "CONFIGURATION_ERROR";

  /** The model server refused the worker's API key or the request. */
  public static final String MODEL_REJECTED = "MODEL_REJECTED";

  /** Starting files or a solution over {@link FileArchive#MAX_BYTES}. */
  public static final String PAYLOAD_TOO_LARGE = "PAYLOAD_TOO_LARGE";

  /** Docker, the disk or the model server failed: another attempt, maybe elsewhere, may succeed. */
  public static final String INFRA_FAILURE = "INFRA_FAILURE";

  static final List<String> NOT_RETRIED =
      List.of(CONFIGURATION_ERROR, MODEL_REJECTED, PAYLOAD_TOO_LARGE);

  private Failures() {}
}
