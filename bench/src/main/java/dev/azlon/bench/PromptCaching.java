package dev.azlon.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What a provider with automatic prefix caching (OpenAI's: a prefix of at least 1,024 tokens, in
 * 128-token steps, shared with an earlier request) could serve from cache, for one solve's requests
 * in order; and what an iteration costs with and without it.
 *
 * @param lcps each request's common prefix with the one before, in tokens
 */
record PromptCaching(
    int files, long tokens, long cacheable, long calls, long[] lcps, int iterations) {

  private static final int MINIMUM = 1_024;
  private static final int STEP = 128;
  private static final int OUTPUT_PER_CALL = 100; // what the scripted model reports

  static PromptCaching of(int files, List<int[]> prompts, int iterations) {
    long tokens = 0;
    long cacheable = 0;
    long[] lcps = new long[prompts.size() - 1];
    for (int i = 1; i < prompts.size(); i++) {
      int lcp = commonPrefix(prompts.get(i - 1), prompts.get(i));
      lcps[i - 1] = lcp;
      tokens += prompts.get(i).length;
      cacheable += lcp < MINIMUM ? 0 : lcp / STEP * STEP;
    }
    return new PromptCaching(files, tokens, cacheable, prompts.size(), lcps, iterations);
  }

  private static int commonPrefix(int[] a, int[] b) {
    int n = Math.min(a.length, b.length);
    int i = 0;
    while (i < n && a[i] == b[i]) {
      i++;
    }
    return i;
  }

  /** Dollars per iteration from the second request on, at the given prices per million. */
  double costPerIteration(double input, double cachedInput, double output, boolean cached) {
    double dollars =
        (cached ? (tokens - cacheable) * input + cacheable * cachedInput : tokens * input)
            + (calls - 1) * OUTPUT_PER_CALL * output;
    return dollars / 1e6 / iterations;
  }

  String line() {
    double gpt4o = costPerIteration(2.50, 1.25, 10.00, false);
    double gpt4oCached = costPerIteration(2.50, 1.25, 10.00, true);
    double gpt41 = costPerIteration(2.00, 0.50, 8.00, false);
    double gpt41Cached = costPerIteration(2.00, 0.50, 8.00, true);
    return String.format(
        Locale.ROOT,
        "%d files: cacheable %d%% of input tokens from the second prompt on (%,d of %,d; common"
            + " prefix with the previous prompt: median %,d tokens); cost per iteration gpt-4o"
            + " $%.4f without caching, $%.4f with (%.2fx); gpt-4.1 $%.4f without, $%.4f with"
            + " (%.2fx)",
        files,
        Math.round(100.0 * cacheable / tokens),
        cacheable,
        tokens,
        Arrays.stream(lcps).sorted().toArray()[lcps.length / 2],
        gpt4o,
        gpt4oCached,
        gpt4oCached / gpt4o,
        gpt41,
        gpt41Cached,
        gpt41Cached / gpt41);
  }
}
