package dev.azlon.loop;

import dev.azlon.sandbox.CandidateRun;
import dev.azlon.verdict.Verdict;

/**
 * How often the same failure has come in a row, judged by its normalised signature, and the word
 * the model gets once it repeats: the same fix again would not help.
 */
final class RepeatedFailures {

  private String lastSignature;
  private int inARow;

  /** Counts an iteration's failure; returns how often it has now come in a row. */
  int count(Verdict verdict, CandidateRun run) {
    String signature = FailureSignature.of(verdict, run);
    inARow = signature.equals(lastSignature) ? inARow + 1 : 1;
    lastSignature = signature;
    return inARow;
  }

  int inARow() {
    return inARow;
  }

  /** Empty until a failure repeats. */
  String note() {
    return inARow < 2
        ? ""
        : "Note: this same failure has now come "
            + inARow
            + " times in a row. Do not repeat the last approach; take a different one.";
  }
}
