package dev.azlon.sandbox;

import java.time.Duration;

/**
 * What happened when a candidate was built and run.
 *
 * @param status how far it got
 * @param buildLog the image build's output
 * @param exitCode the container's exit code; -1 when it did not run to an end
 * @param stdout what the program printed, capped
 * @param stderr what the program printed as errors, capped
 * @param buildTime how long the build took
 * @param runTime how long the container ran
 * @param imageId the built image's id, when there is one
 */
public record CandidateRun(
    Status status,
    String buildLog,
    int exitCode,
    String stdout,
    String stderr,
    Duration buildTime,
    Duration runTime,
    String imageId) {

  /** A run of an image whose id does not matter. */
  public CandidateRun(
      Status status,
      String buildLog,
      int exitCode,
      String stdout,
      String stderr,
      Duration buildTime,
      Duration runTime) {
    this(status, buildLog, exitCode, stdout, stderr, buildTime, runTime, null);
  }

  /** How far a candidate got. */
  public enum Status {
    BUILD_FAILED,
    BUILD_TIMEOUT,
    RUN_TIMEOUT,
    OUT_OF_MEMORY,
    /** Ended by a signal: the exit code is 128 plus the signal's number. */
    KILLED_BY_SIGNAL,
    EXITED
  }

  public static CandidateRun buildFailed(Status status, String buildLog, Duration buildTime) {
    return new CandidateRun(status, buildLog, -1, "", "", buildTime, Duration.ZERO);
  }

  public boolean built() {
    return status != Status.BUILD_FAILED && status != Status.BUILD_TIMEOUT;
  }

  private static String signalName(int signal) {
    return switch (signal) {
      case 4 -> " (SIGILL)";
      case 6 -> " (SIGABRT)";
      case 7 -> " (SIGBUS)";
      case 8 -> " (SIGFPE)";
      case 9 -> " (SIGKILL)";
      case 11 -> " (SIGSEGV, a segmentation fault)";
      case 15 -> " (SIGTERM)";
      default -> "";
    };
  }

  /** True when the program ran to its end with exit code 0. */
  public boolean succeeded() {
    return status == Status.EXITED && exitCode == 0;
  }

  /** The outcome in a few words, for people and for the model. */
  public String describe() {
    return switch (status) {
      case BUILD_FAILED -> "the image build failed";
      case BUILD_TIMEOUT -> "the image build ran out of time and was stopped";
      case RUN_TIMEOUT -> "the program ran out of time and was killed";
      case OUT_OF_MEMORY -> "the program ran out of memory and was killed";
      case KILLED_BY_SIGNAL ->
          "the program was killed by signal "
              + (exitCode - 128)
              + signalName(exitCode - 128)
              + " (exit code "
              + exitCode
              + ")";
      case EXITED -> "the program exited with code " + exitCode;
    };
  }
}
