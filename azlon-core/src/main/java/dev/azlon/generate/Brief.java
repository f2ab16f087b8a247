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
 */
public record Brief(
    String prompt,
    String testConditions,
    String baseImage,
    String sandboxRules,
    List<Check> checks) {

  public Brief {
    checks = List.copyOf(checks);
  }

  /** A brief whose only check is the default one: the program exits with 0. */
  public Brief(String prompt, String testConditions, String baseImage, String sandboxRules) {
    this(prompt, testConditions, baseImage, sandboxRules, List.of(new Check.ExitCode(0)));
  }
}
