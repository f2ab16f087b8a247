package dev.azlon.solve;

import dev.azlon.Hashes;
import dev.azlon.verdict.Check;

/**
 * A hash of what a spec asks for: prompt, test conditions, images, checks and judge. Limits are
 * left out, so a run stopped by its budget can be resumed with a larger one.
 */
public final class SpecFingerprint {

  private SpecFingerprint() {}

  public static String of(SolveSpec spec) {
    StringBuilder text =
        new StringBuilder()
            .append(spec.prompt())
            .append('\0')
            .append(spec.testConditions())
            .append('\0')
            .append(spec.baseImage())
            .append('\0')
            .append(String.join(",", spec.allowedBaseImages()))
            .append('\0')
            .append(spec.judge())
            .append('\0');
    for (Check check : spec.checks().effective()) {
      text.append(check.describe()).append('\0');
    }
    return Hashes.sha256(text.toString()).substring(0, 32);
  }
}
