package dev.azlon.temporal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.azlon.Redactor;
import dev.azlon.budget.Budget;
import dev.azlon.budget.Prices;
import dev.azlon.generate.PromptOverrides;
import dev.azlon.solve.SolveSpec;
import dev.azlon.verdict.Check;
import dev.azlon.verdict.Checks;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A {@link SolveSpec} as plain data, for a workflow's payload and history: texts instead of files,
 * checks as kind and value, durations in milliseconds, no path of the machine that submitted it
 * (the starting files travel as an archive beside it). Nulls stand for settings left unset.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SpecData(
    String prompt,
    String testConditions,
    int maxIterations,
    String baseImage,
    List<String> allowedBaseImages,
    List<CheckData> checks,
    boolean requireZeroExit,
    boolean judge,
    Long maxTokens,
    String maxCostUsd,
    Long timeoutMs,
    PriceData prices,
    String defaultDockerfile,
    int maxRepeatedFailures,
    String generatePrompt,
    String fixPrompt,
    String reviewPrompt,
    int contextTokens,
    List<String> inputExcludes) {

  /**
   * One check: {@code exitCode}, {@code stdoutContains}, {@code stdoutMatches} or {@code command}.
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record CheckData(String kind, String value, Long timeoutMs) {}

  /** Prices per million tokens, as decimal text. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record PriceData(String input, String cachedInput, String output, String model) {}

  public static SpecData of(SolveSpec spec) {
    return of(spec, Redactor.patternsOnly());
  }

  /**
   * The spec as data, every text of it through {@code redactor}: what is submitted lands in the
   * engine's history, where no key of the submitting machine may go.
   */
  public static SpecData of(SolveSpec spec, Redactor redactor) {
    Budget budget = spec.budget();
    return new SpecData(
        redactor.redact(spec.prompt()),
        redactor.redact(spec.testConditions()),
        spec.maxIterations(),
        spec.baseImage(),
        spec.allowedBaseImages(),
        spec.checks().configured().stream().map(check -> check(check, redactor)).toList(),
        spec.checks().requireZeroExit(),
        spec.judge(),
        budget.maxTokens().orElse(null),
        budget.maxCostUsd().map(BigDecimal::toPlainString).orElse(null),
        budget.timeout().map(Duration::toMillis).orElse(null),
        budget
            .prices()
            .map(
                p ->
                    new PriceData(
                        p.inputPerMillion().toPlainString(),
                        p.cachedInputPerMillion().toPlainString(),
                        p.outputPerMillion().toPlainString(),
                        p.model()))
            .orElse(null),
        redactor.redact(spec.defaultDockerfile()),
        spec.maxRepeatedFailures(),
        redactor.redact(spec.prompts().generate()),
        redactor.redact(spec.prompts().fix()),
        redactor.redact(spec.prompts().review()),
        spec.contextTokens(),
        spec.inputExcludes());
  }

  /**
   * The spec again, checked as the core checks any spec.
   *
   * @param inputDirectory where this machine unpacked the starting files, or null for none
   * @throws dev.azlon.ConfigurationException naming the setting at fault
   */
  public SolveSpec toSolveSpec(Path inputDirectory) {
    return new SolveSpec(
        prompt,
        testConditions,
        maxIterations,
        baseImage,
        allowedBaseImages,
        Checks.of(checks.stream().map(SpecData::check).toList(), requireZeroExit),
        judge,
        new Budget(
            Optional.ofNullable(maxTokens),
            Optional.ofNullable(maxCostUsd).map(BigDecimal::new),
            Optional.ofNullable(timeoutMs).map(Duration::ofMillis),
            Optional.ofNullable(prices)
                .map(
                    p ->
                        new Prices(
                            new BigDecimal(p.input()),
                            new BigDecimal(p.cachedInput()),
                            new BigDecimal(p.output()),
                            p.model()))),
        inputDirectory,
        defaultDockerfile,
        maxRepeatedFailures,
        new PromptOverrides(
            generatePrompt,
            "the submitted generate template",
            fixPrompt,
            "the submitted fix template",
            reviewPrompt,
            "the submitted review template"),
        contextTokens,
        inputExcludes);
  }

  private static CheckData check(Check check, Redactor redactor) {
    if (check instanceof Check.ExitCode exit) {
      return new CheckData("exitCode", String.valueOf(exit.expected()), null);
    }
    if (check instanceof Check.StdoutContains contains) {
      return new CheckData("stdoutContains", redactor.redact(contains.text()), null);
    }
    if (check instanceof Check.StdoutMatches matches) {
      return new CheckData("stdoutMatches", redactor.redact(matches.pattern().pattern()), null);
    }
    Check.Command command = (Check.Command) check;
    return new CheckData(
        "command", redactor.redact(command.command()), command.timeout().toMillis());
  }

  private static Check check(CheckData data) {
    return switch (data.kind()) {
      case "exitCode" -> new Check.ExitCode(Integer.parseInt(data.value()));
      case "stdoutContains" -> new Check.StdoutContains(data.value());
      case "stdoutMatches" -> Check.StdoutMatches.of(data.value());
      case "command" -> new Check.Command(data.value(), Duration.ofMillis(data.timeoutMs()));
      default -> throw new IllegalArgumentException("No check of kind " + data.kind());
    };
  }
}
