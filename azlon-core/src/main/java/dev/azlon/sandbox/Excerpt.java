package dev.azlon.sandbox;

/** The start and the end of long text, with how much was left out between them. */
public final class Excerpt {

  private Excerpt() {}

  public static String of(String text, int maxChars) {
    if (text.length() <= maxChars) {
      return text;
    }
    int half = maxChars / 2;
    int left = text.length() - 2 * half;
    return text.substring(0, half)
        + "\n[... "
        + left
        + " characters left out ...]\n"
        + text.substring(text.length() - half);
  }

  /** A run's output as people and models read it: the build log if it failed, else both streams. */
  public static String ofRun(CandidateRun run, int maxCharsPerStream) {
    if (!run.built()) {
      return "Build log:\n" + stream(run.buildLog(), maxCharsPerStream);
    }
    return "Standard output:\n"
        + stream(run.stdout(), maxCharsPerStream)
        + "\nStandard error:\n"
        + stream(run.stderr(), maxCharsPerStream);
  }

  /** A stream's excerpt; "(empty)" says that nothing came, rather than leaving a blank. */
  private static String stream(String text, int maxChars) {
    return text.isEmpty() ? "(empty)\n" : of(text, maxChars);
  }
}
