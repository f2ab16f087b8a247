package dev.azlon.bench;

import dev.azlon.generate.ContextProbe;
import dev.azlon.sandbox.CandidateRun;
import dev.azlon.solve.SolveSpec;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * The real-code case: a project laid out like python-sqlparse ({@link SqlparseCorpus}) and a task
 * that names a symbol, {@code Statement.get_type()}. Prints whether the file that defines it is
 * shown in full at the default {@code contextTokens}, whether the keyword table is, and the judge's
 * prompt when every check passed against the first prompt, both over the same files.
 */
public final class SymbolBench {

  private static final int CONTEXT_TOKENS = SolveSpec.DEFAULT_CONTEXT_TOKENS;

  private SymbolBench() {}

  public static void main(String[] args) {
    Map<String, String> files = SqlparseCorpus.files();
    CandidateRun run =
        new CandidateRun(
            CandidateRun.Status.EXITED,
            "",
            0,
            "",
            "........................................\n"
                + "----------------------------------------------------------------------\n"
                + "Ran 162 tests in 0.412s\n\nOK\n",
            Duration.ZERO,
            Duration.ZERO);
    ContextProbe probe =
        new ContextProbe(
            CONTEXT_TOKENS,
            SqlparseCorpus.PROMPT,
            SqlparseCorpus.CONDITIONS,
            "azlon-local/python:3-bookworm");
    ContextProbe.Section section = probe.files(files, Map.of(), run, "");
    ContextProbe.Sizes sizes = probe.prompts(files, Map.of(), run);
    int total = 0;
    for (String content : files.values()) {
      total += ContextProbe.tokens(content);
    }
    System.out.printf(
        Locale.ROOT,
        "real code, sqlparse-like: %d files, %,d tokens; the task names Statement.get_type(); at"
            + " contextTokens %,d the files section is %,d tokens, %d files in full%n",
        files.size(),
        total,
        CONTEXT_TOKENS,
        section.tokens(),
        files.size() - section.unseen().size());
    System.out.printf(
        Locale.ROOT,
        "%s (defines Statement) in full: %s; %s (the keyword table) in full: %s%n",
        SqlparseCorpus.DEFINING,
        section.unseen().contains(SqlparseCorpus.DEFINING) ? "no" : "yes",
        SqlparseCorpus.TABLE,
        section.unseen().contains(SqlparseCorpus.TABLE) ? "no" : "yes");
    System.out.printf(
        Locale.ROOT,
        "first prompt %,d tokens, judge's prompt with every check passed %,d tokens%n",
        sizes.generate(),
        sizes.review());
    System.out.printf(
        Locale.ROOT, "review/generate %.2fx%n", (double) sizes.review() / sizes.generate());
    System.out.println(
        "Targets: the defining file in full, the keyword table not ahead of it; review/generate"
            + " well under 1.00x.");
  }
}
