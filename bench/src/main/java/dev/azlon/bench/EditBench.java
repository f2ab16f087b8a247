package dev.azlon.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.azlon.generate.ContextProbe;
import dev.azlon.sandbox.CandidateRun;
import dev.azlon.solve.Outcome;
import dev.azlon.solve.SolveResult;
import dev.azlon.solve.SolveSpec;
import dev.azlon.solve.Solver;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The edit format against whole files. First, output tokens: realistic changes to the files of the
 * sqlparse-like project ({@link SqlparseCorpus}) (a function changed, one added, an import added, a
 * constant changed, a block removed), each as the smallest edit a model would write (the changed
 * lines with a line of context, grown until the excerpt is found once) against the whole new file,
 * both as the answer's JSON carries them. Then a one-file change end to end, the sqlparse task: a
 * scripted model answers with an edit, then with the whole file, and the solve's input and output
 * tokens are compared.
 */
public final class EditBench {

  private static final ObjectMapper JSON = new ObjectMapper();

  private EditBench() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> files = SqlparseCorpus.files();
    List<Change> changes = changes(files);
    long edits = 0;
    long whole = 0;
    List<Integer> lines = new ArrayList<>();
    for (Change change : changes) {
      String before = files.get(change.file());
      String after = change.edit().apply(before);
      if (after.equals(before)) {
        throw new IllegalStateException("A change changed nothing: " + change);
      }
      edits += ContextProbe.tokens(editJson(change.file(), before, after));
      whole += ContextProbe.tokens(wholeJson(change.file(), after));
      lines.add((int) before.lines().count());
    }
    lines.sort(Integer::compare);
    System.out.printf(
        Locale.ROOT,
        "edits: output tokens %.2fx of whole files (%d changes on real code, median file %d"
            + " lines)%n",
        (double) edits / whole,
        changes.size(),
        lines.get(lines.size() / 2));

    Solve withEdits = solve(files, true);
    Solve withWhole = solve(files, false);
    System.out.printf(
        Locale.ROOT,
        "the sqlparse-style one-file change end to end: %,d tokens with an edit (%,d in, %,d out)"
            + " against %,d with the whole file (%,d in, %,d out): %.2fx%n",
        withEdits.in() + withEdits.out(),
        withEdits.in(),
        withEdits.out(),
        withWhole.in() + withWhole.out(),
        withWhole.in(),
        withWhole.out(),
        (double) (withEdits.in() + withEdits.out()) / (withWhole.in() + withWhole.out()));
    System.out.println(
        "Targets: edits at most 0.35x of whole files; the one-file change at most 25,000 tokens.");
  }

  private record Change(String kind, String file, UnaryOperator<String> edit) {}

  /** Five kinds of change, each on several files. */
  private static List<Change> changes(Map<String, String> files) {
    List<Change> changes = new ArrayList<>();
    List<String> modules =
        List.of(
            "sqlparse/cli.py",
            "sqlparse/sql.py",
            "sqlparse/engine/grouping.py",
            "sqlparse/filters/reindent.py",
            "sqlparse/utils.py");
    for (String file : modules) {
      changes.add(
          new Change(
              "function changed",
              file,
              text ->
                  replaceNth(text, "        return token\n", "        return token.parent\n", 1)));
      changes.add(
          new Change(
              "function added",
              file,
              text ->
                  replaceNth(
                      text,
                      "    return None\n",
                      "    return None\n\n\ndef describe(token):\n    \"\"\"The token as"
                          + " text, for logs.\"\"\"\n    return f'{token.ttype}: {token.value}'\n",
                      0)));
      changes.add(new Change("import added", file, EditBench::addImport));
      changes.add(
          new Change(
              "constant changed",
              file,
              text ->
                  text.contains("__slots__")
                      ? replaceNth(text, "('value', 'ttype', 'parent')", "('value', 'ttype')", 0)
                      : replaceNth(text, "encoding=None", "encoding='utf-8'", 2)));
      changes.add(new Change("block removed", file, text -> removeSecondFunction(text)));
    }
    changes.removeIf(change -> !files.containsKey(change.file()));
    return changes;
  }

  /** An import line before the first one. */
  private static String addImport(String text) {
    List<String> lines = new ArrayList<>(text.lines().toList());
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith("import ") || lines.get(i).startsWith("from ")) {
        lines.add(i, "import logging");
        return String.join("\n", lines) + "\n";
      }
    }
    return text;
  }

  private static String replaceNth(String text, String what, String with, int n) {
    int at = -1;
    for (int i = 0; i <= n; i++) {
      at = text.indexOf(what, at + 1);
      if (at < 0) {
        return text;
      }
    }
    return text.substring(0, at) + with + text.substring(at + what.length());
  }

  /** Removes the second {@code def} at its indentation, up to the next one. */
  private static String removeSecondFunction(String text) {
    List<String> lines = text.lines().toList();
    int first = -1;
    int second = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).strip().startsWith("def ")) {
        if (first < 0) {
          first = i;
        } else {
          second = i;
          break;
        }
      }
    }
    if (second < 0) {
      return text;
    }
    String indent = lines.get(second).substring(0, lines.get(second).indexOf("def "));
    int end = second + 1;
    while (end < lines.size()
        && (lines.get(end).isBlank() || lines.get(end).startsWith(indent + " "))) {
      end++;
    }
    List<String> kept = new ArrayList<>(lines.subList(0, second));
    kept.addAll(lines.subList(end, lines.size()));
    return String.join("\n", kept) + "\n";
  }

  /**
   * The smallest edit a model would write: the changed lines and a line of context on each side,
   * grown until the excerpt is found once in the file.
   */
  static String editJson(String file, String before, String after) {
    List<String> a = before.lines().toList();
    List<String> b = after.lines().toList();
    int prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
      prefix++;
    }
    int suffix = 0;
    while (suffix < a.size() - prefix
        && suffix < b.size() - prefix
        && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
      suffix++;
    }
    for (int context = 1; ; context++) {
      int from = Math.max(0, prefix - context);
      int toA = Math.min(a.size(), a.size() - suffix + context);
      int toB = Math.min(b.size(), b.size() - suffix + context);
      String search = String.join("\n", a.subList(from, toA)) + "\n";
      int at = before.indexOf(search);
      if ((at >= 0 && before.indexOf(search, at + 1) < 0) || (from == 0 && toA == a.size())) {
        ObjectNode edit = JSON.createObjectNode();
        edit.put("filename", file)
            .put("search", search)
            .put("replace", String.join("\n", b.subList(from, toB)) + "\n");
        return edit.toString();
      }
    }
  }

  static String wholeJson(String file, String after) {
    return JSON.createObjectNode().put("filename", file).put("content", after).toString();
  }

  private record Solve(long in, long out) {}

  /** The one-file change: a scripted model adds --stats to cli.py, then judges it solved. */
  private static Solve solve(Map<String, String> files, boolean edit) throws Exception {
    Path input = Files.createTempDirectory("azlon-edit-bench");
    for (Map.Entry<String, String> file : files.entrySet()) {
      Path path = input.resolve(file.getKey());
      Files.createDirectories(path.getParent() == null ? input : path.getParent());
      Files.writeString(path, file.getValue());
    }
    String cli = files.get("sqlparse/cli.py");
    String anchor = "def main(";
    String stats =
        "def stats(text):\n"
            + "    \"\"\"How many statements of each type the text holds.\"\"\"\n"
            + "    counts = {}\n"
            + "    for statement in sqlparse.parse(text):\n"
            + "        kind = statement.get_type()\n"
            + "        counts[kind] = counts.get(kind, 0) + 1\n"
            + "    for kind, count in counts.items():\n"
            + "        print(kind, count)\n\n\n";
    String after = cli.replace(anchor, stats + anchor);
    ObjectNode answer = JSON.createObjectNode();
    answer.put("dockerfile", "");
    if (edit) {
      answer.putArray("files");
      answer.putArray("edits").add(JSON.readTree(editJson("sqlparse/cli.py", cli, after)));
    } else {
      answer.putArray("files").add(JSON.readTree(wholeJson("sqlparse/cli.py", after)));
      answer.putNull("edits");
    }
    answer.putNull("deletions");
    answer.putNull("needFiles");
    String review =
        "{\"result\": true, \"reason\": \"Prints SELECT 2 and INSERT 1.\", \"dockerfile\": null,"
            + " \"files\": null, \"edits\": null, \"deletions\": null, \"needFiles\": null}";
    ScriptedModel model = new ScriptedModel(List.of(answer.toString(), review));
    SolveResult result =
        Solver.builder()
            .model(model)
            .sandbox(
                new TokenBench.InstantSandbox(
                    new CandidateRun(
                        CandidateRun.Status.EXITED,
                        "",
                        0,
                        "SELECT 2\nINSERT 1\n",
                        "",
                        Duration.ZERO,
                        Duration.ZERO)))
            .outputDirectory(Files.createTempDirectory("azlon-edit-bench-runs"))
            .build()
            .solve(
                SolveSpec.builder()
                    .prompt(SqlparseCorpus.PROMPT)
                    .testConditions(SqlparseCorpus.CONDITIONS)
                    .maxIterations(2)
                    .baseImage("azlon-local/python:3-bookworm")
                    .inputDirectory(input)
                    .build());
    if (result.outcome() != Outcome.SOLVED
        || !Files.readString(result.solutionDirectory().resolve("sqlparse/cli.py")).equals(after)) {
      throw new IllegalStateException(
          "The scripted solve did not end as scripted: " + result.detail());
    }
    if (result.tokens() != model.in() + model.out()) {
      throw new IllegalStateException(
          "The run counted "
              + result.tokens()
              + " tokens, the model "
              + (model.in() + model.out()));
    }
    return new Solve(model.in(), model.out());
  }
}
