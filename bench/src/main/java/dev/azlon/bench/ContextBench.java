package dev.azlon.bench;

import dev.azlon.generate.ContextProbe;
import dev.azlon.sandbox.CandidateRun;
import dev.azlon.workspace.InputFiles;
import dev.azlon.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The files section on code that looks real (see {@link RealCodeCorpus}), through the same path a
 * prompt takes: the largest files section against {@code contextTokens}, how many files are shown
 * in full as the budget grows, and how many outline lines are real declarations, against the
 * keyword regex the tree-sitter outlines replaced.
 *
 * <p>The files section is the internal generate package's business: the benchmark reads it through
 * {@link ContextProbe}, the hook the core's test jar ships for it.
 */
public final class ContextBench {

  private static final List<Integer> BUDGETS = List.of(4_000, 24_000, 60_000);
  private static final String PROMPT =
      "Make the CLI print each account's total; the engine divides by zero on empty ledgers.";
  private static final String CONDITIONS = "Prints one line per account: name and total.";

  /** The outline before tree-sitter: a keyword regex across languages, 30 lines at most. */
  private static final Pattern REGEX_OUTLINE =
      Pattern.compile(
          "^\\s*(?:@\\w+\\s*)*(?:(?:public|private|protected|static|final|abstract|export|async|pub"
              + "|default|sealed|override)\\s+)*(?:def|class|interface|enum|record|struct|fn|func"
              + "|function|type|trait|impl|module|package|import|from|const)\\b.*"
              + "|^\\s*(?:public|private|protected)\\s[^=;]*\\(.*");

  private ContextBench() {}

  public static void main(String[] args) throws Exception {
    System.out.println(
        "| files | budget | scenario | files section tokens | in full | outlined or listed |");
    System.out.println("|---:|---:|---|---:|---:|---:|");
    List<String> summary = new ArrayList<>();
    for (int size : List.of(20, 60, 125)) {
      Path input = Files.createTempDirectory("azlon-context-bench");
      RealCodeCorpus corpus = RealCodeCorpus.write(input, size);
      InputFiles files = InputFiles.scan(input, List.of());
      long onDisk;
      try (Stream<Path> walk = Files.walk(input)) {
        onDisk = walk.filter(Files::isRegularFile).count();
      }
      long leaked =
          files.names().stream()
              .filter(name -> name.startsWith(".venv/") || name.endsWith(".pyc"))
              .count();
      Workspace workspace = new Workspace(Files.createTempDirectory("azlon-context-bench-ws"));
      workspace.copyFrom(files);
      Workspace.Snapshot snapshot = workspace.snapshot();
      int textFiles = snapshot.text().size();
      List<Integer> inFull = new ArrayList<>();
      int largest = 0;
      boolean within = true;
      for (int budget : BUDGETS) {
        ContextProbe probe = new ContextProbe(budget, PROMPT, CONDITIONS, "python:3.12-slim");
        int fullAtBudget = 0;
        for (Scenario scenario : Scenario.values()) {
          ContextProbe.Section shown =
              probe.files(
                  snapshot.text(), snapshot.binarySizes(), scenario.run(), scenario.verdict());
          int tokens = shown.tokens();
          int full = textFiles - (shown.unseen().size() - snapshot.binarySizes().size());
          within &= tokens <= budget;
          largest = Math.max(largest, tokens * 100 / budget);
          if (scenario == Scenario.TRACEBACK) {
            fullAtBudget = full;
          }
          System.out.printf(
              Locale.ROOT,
              "| %d | %,d | %s | %,d | %d | %d |%n",
              textFiles,
              budget,
              scenario.label,
              tokens,
              full,
              textFiles - full);
        }
        inFull.add(fullAtBudget);
      }
      Grade tree = grade(corpus, snapshot.text(), false);
      Grade regex = grade(corpus, snapshot.text(), true);
      summary.add(
          String.format(
              Locale.ROOT,
              "%d files (%d binary, %d left out of the input, %d of them leaked): largest files"
                  + " section %d%% of contextTokens (never over: %s); files in full at 4k / 24k /"
                  + " 60k: %s (grows: %s); outline lines that are declarations: %d%% of %,d"
                  + " (tree-sitter) vs %d%% of %,d (the regex it replaced); declaration lines"
                  + " shown: %d%% vs %d%%",
              textFiles + snapshot.binarySizes().size(),
              snapshot.binarySizes().size(),
              onDisk - files.names().size(),
              leaked,
              largest,
              within ? "yes" : "NO",
              String.join(" / ", inFull.stream().map(String::valueOf).toList()),
              inFull.get(0) < inFull.get(1) && inFull.get(1) < inFull.get(2) ? "yes" : "NO",
              tree.precision(),
              tree.lines,
              regex.precision(),
              regex.lines,
              tree.recall(),
              regex.recall()));
    }
    System.out.println();
    summary.forEach(System.out::println);
    System.out.println(
        "Targets: the files section never over contextTokens; more files in full at each larger"
            + " budget; outline lines real declarations.");
  }

  /**
   * How an outliner did: of its lines, how many are declarations (precision); of the source files'
   * declaration lines, how many it showed (recall).
   */
  private record Grade(int lines, int declarations, int declared, int shown) {
    int precision() {
      return lines == 0 ? 0 : declarations * 100 / lines;
    }

    int recall() {
      return declared == 0 ? 0 : shown * 100 / declared;
    }
  }

  /**
   * Grades the outlines of every file the outliner would outline: tree-sitter parses Python and
   * Java (other files show their first lines, marked so); the regex outlined every file too large
   * to show, documents included.
   */
  private static Grade grade(RealCodeCorpus corpus, Map<String, String> files, boolean regex) {
    int lines = 0;
    int declarations = 0;
    int declared = 0;
    int shown = 0;
    for (Map.Entry<String, String> file : files.entrySet()) {
      Set<String> expected = corpus.declarations(file.getKey());
      boolean outlined =
          regex
              ? !expected.isEmpty() || file.getKey().endsWith(".md")
              : ContextProbe.outline(file.getKey(), file.getValue()).parsed();
      if (!outlined) {
        continue;
      }
      List<String> outline =
          regex
              ? file.getValue()
                  .lines()
                  .filter(l -> REGEX_OUTLINE.matcher(l).matches())
                  .limit(30)
                  .toList()
              : ContextProbe.outline(file.getKey(), file.getValue()).lines();
      Set<String> found = new HashSet<>();
      for (String line : outline) {
        if (line.startsWith("... ")) {
          continue;
        }
        lines++;
        List<String> parts = declarationsIn(line.strip(), expected);
        if (!parts.isEmpty()) {
          declarations++;
          found.addAll(parts);
        }
      }
      declared += expected.size();
      shown += found.size();
    }
    return new Grade(lines, declarations, declared, shown);
  }

  /**
   * The declarations a line of outline shows: itself, the one it was cut from, or each import of a
   * collapsed import line; empty when it is no declaration.
   */
  private static List<String> declarationsIn(String line, Set<String> declared) {
    if (declared.contains(line)) {
      return List.of(line);
    }
    if (line.endsWith(" …")) {
      String start = line.substring(0, line.length() - 2);
      return declared.stream().filter(d -> d.startsWith(start)).limit(1).toList();
    }
    if (line.startsWith("import ") || line.startsWith("from ")) {
      List<String> parts = new ArrayList<>();
      for (String part : line.split(";\\s*")) {
        if (declared.contains(part)) {
          parts.add(part);
        } else if (declared.contains(part + ";")) {
          parts.add(part + ";");
        } else {
          return List.of();
        }
      }
      return parts;
    }
    return List.of();
  }

  /** What the model is shown about the last run. */
  private enum Scenario {
    PREFLIGHT("pre-flight listed the files") {
      @Override
      CandidateRun run() {
        return exited(0, RealCodeCorpus.listing(), "");
      }
    },
    TRACEBACK("traceback through the engine") {
      @Override
      CandidateRun run() {
        return exited(1, "", RealCodeCorpus.traceback());
      }
    },
    VERDICT("verdict names a module") {
      @Override
      CandidateRun run() {
        return exited(0, "acct-1 0\n", "");
      }

      @Override
      String verdict() {
        return "The totals are all zero: src/app/cli.py never sums the amounts.";
      }
    };

    final String label;

    Scenario(String label) {
      this.label = label;
    }

    abstract CandidateRun run();

    String verdict() {
      return "";
    }

    private static CandidateRun exited(int code, String stdout, String stderr) {
      return new CandidateRun(
          CandidateRun.Status.EXITED, "", code, stdout, stderr, Duration.ZERO, Duration.ZERO);
    }
  }
}
