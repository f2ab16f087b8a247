package dev.azlon.generate;

import dev.azlon.verdict.Check;
import java.util.List;

/**
 * What the model is asked to do, in the words it sees.
 *
 * @param prompt what the program should do
 * @param testConditions what the judge holds the run to
 * @param baseImage the only image the Dockerfile may start from
 * @param sandboxRules the sandbox's limits and the image's facts, one "- " line each
 * @param checks the machine checks that decide, as they will run
 * @param layout how a build uses the files, one "- " line each; empty when none does
 */
public record Brief(
    String prompt,
    String testConditions,
    String baseImage,
    String sandboxRules,
    List<Check> checks,
    String layout) {

  public Brief {
    checks = List.copyOf(checks);
    layout = layout == null ? "" : layout;
  }

  /** A brief whose only check is the default one: the program exits with 0. */
  public Brief(String prompt, String testConditions, String baseImage, String sandboxRules) {
    this(prompt, testConditions, baseImage, sandboxRules, List.of(new Check.ExitCode(0)), "");
  }
}
