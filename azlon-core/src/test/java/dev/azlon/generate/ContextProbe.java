package dev.azlon.generate;

import dev.azlon.sandbox.CandidateRun;
import dev.azlon.verdict.CheckResult;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The benchmarks' window on the files section, shipped in the core's test jar so that {@code
 * bench/} measures what a prompt shows without reaching into the internal {@code generate} package
 * itself. Everything here goes through the same code a real prompt does.
 */
public final class ContextProbe {

  private final Prompts prompts;
  private final Brief brief;

  /**
   * @param contextTokens the budget the files section must keep within
   * @param prompt what the task asks, as a spec's {@code prompt}
   * @param testConditions the task's test conditions
   * @param baseImage the base image the system prompt names
   */
  public ContextProbe(int contextTokens, String prompt, String testConditions, String baseImage) {
    this.prompts = new Prompts(PromptOverrides.none(), contextTokens);
    this.brief = new Brief(prompt, testConditions, baseImage, "- rules");
  }

  /** What the model is shown of these files after this run and verdict, never seen in full yet. */
  public Section files(
      Map<String, String> text, Map<String, Long> binarySizes, CandidateRun run, String verdict) {
    Project project = new Project(text, binarySizes, run, "", Set.of());
    ContextBudget.Shown shown = prompts.files(brief, project, verdict, Set.of());
    return new Section(shown.text(), ContextBudget.tokens(shown.text()), shown.unseen());
  }

  /**
   * The first prompt and the judge's prompt for a run whose checks all passed, in tokens, over the
   * same starting files: the judge's shows the files within a quarter of the budget.
   */
  public Sizes prompts(Map<String, String> text, Map<String, Long> binarySizes, CandidateRun run) {
    Project project = new Project(text, binarySizes, run, "", Set.of());
    int generate = ContextBudget.tokens(prompts.generate(brief, project, Set.of()).text());
    List<CheckResult> passed =
        brief.checks().stream().map(check -> new CheckResult(check, true, "passed")).toList();
    int review = ContextBudget.tokens(prompts.review(brief, project, passed, "", Set.of()).text());
    return new Sizes(generate, review);
  }

  /** A text's size as the context budget counts it. */
  public static int tokens(String text) {
    return ContextBudget.tokens(text);
  }

  /** The outline a prompt shows of a file too large to show whole. */
  public static Outline outline(String name, String content) {
    Outlines.Outline outline = Outlines.of(name, content);
    return new Outline(outline.lines(), outline.parsed());
  }

  /**
   * A files section.
   *
   * @param tokens its size as the context budget counts it
   * @param unseen the files not shown in full (outlined, listed, or binary)
   */
  public record Section(String text, int tokens, Set<String> unseen) {}

  /** Sizes of two prompts, in tokens. */
  public record Sizes(int generate, int review) {}

  /**
   * An outline.
   *
   * @param parsed whether a parser made it (else it is the file's first lines)
   */
  public record Outline(List<String> lines, boolean parsed) {}
}
