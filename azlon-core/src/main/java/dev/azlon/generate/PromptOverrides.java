package dev.azlon.generate;

import dev.azlon.ConfigurationException;
import dev.azlon.Setting;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A project's own wording for the generate, fix and review prompts, in place of ours. Templates use
 * named placeholders ({@code {{prompt}}}); an unknown one is refused at the start, with file and
 * line, before any model call.
 *
 * @param generate the generate template, or null for ours
 * @param generateSource where it came from, for error messages
 * @param fix the fix template, or null for ours
 * @param fixSource where it came from
 * @param review the review (judge) template, or null for ours
 * @param reviewSource where it came from
 */
public record PromptOverrides(
    String generate,
    String generateSource,
    String fix,
    String fixSource,
    String review,
    String reviewSource) {

  /** What each template may use. */
  static final Map<String, List<String>> PLACEHOLDERS =
      Map.of(
          "generate",
              List.of("prompt", "testConditions", "checks", "startingPoint", "sandboxRules"),
          "fix",
              List.of(
                  "prompt",
                  "testConditions",
                  "files",
                  "outcome",
                  "output",
                  "checks",
                  "verdict",
                  "note",
                  "diff",
                  "sandboxRules"),
          "review",
              List.of(
                  "prompt",
                  "testConditions",
                  "files",
                  "outcome",
                  "output",
                  "checks",
                  "note",
                  "diff",
                  "sandboxRules"));

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^{}\\s]*)\\s*}}");

  public PromptOverrides {
    check(Setting.GENERATE_PROMPT_FILE, "generate", generate, generateSource);
    check(Setting.FIX_PROMPT_FILE, "fix", fix, fixSource);
    check(Setting.REVIEW_PROMPT_FILE, "review", review, reviewSource);
  }

  /** SHA-256 of each template a solve with these overrides uses, by name. */
  public Map<String, String> templateHashes() {
    return new Prompts(this).hashes();
  }

  public static PromptOverrides none() {
    return new PromptOverrides(null, null, null, null, null, null);
  }

  private static void check(Setting setting, String template, String text, String source) {
    if (text == null) {
      return;
    }
    List<String> known = PLACEHOLDERS.get(template);
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      Matcher placeholder = PLACEHOLDER.matcher(lines[i]);
      while (placeholder.find()) {
        if (!known.contains(placeholder.group(1))) {
          throw new ConfigurationException(
              setting,
              source
                  + ":"
                  + (i + 1)
                  + ": unknown"
                  + " placeholder {{"
                  + placeholder.group(1)
                  + "}}. The "
                  + template
                  + " prompt knows {{"
                  + String.join("}}, {{", known)
                  + "}}.");
        }
      }
    }
  }
}
