package dev.azlon.generate;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingType;
import dev.azlon.workspace.FileChanges;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Shows a project's files within a token budget, counted with the model family's own tokenizer. The
 * budget covers everything the files section adds: headers, outlines, excerpts, notices and lists.
 * Files are placed in order of need, each within what is left: the Dockerfile, files the model
 * asked to see, files the errors name, files the task names, files the last change edited, files
 * that define what the task or the errors name by symbol, then the rest by {@link Relevance}. A
 * file that does not fit in full is shown as its outline (with excerpts around the lines the errors
 * name), and one that does not fit at all is listed by name. The prototype sent everything from
 * iteration 6.
 */
public final class ContextBudget {

  static final int DEFAULT_TOKENS = 24_000;

  /**
   * How many outline lines a file keeps when its whole outline does not fit: a few fixed sizes, so
   * that a small change elsewhere seldom changes the cut (and so the prompt cache's prefix).
   */
  private static final int[] OUTLINE_STEPS = {Integer.MAX_VALUE, 40, 20, 10, 5, 2};

  static final String OUTLINE_NOTICE =
      "\nFiles marked (outline) or (first lines), and files listed by name only, are not shown in"
          + " full, to stay within the context budget. Never give whole a file you have not seen in"
          + " full (an answer that does is not used); edits may change what an outline or excerpt"
          + " shows of it. To see one, name it in needFiles and give no files; you will be asked"
          + " again with it shown in full.\n";

  private static final Encoding TOKENIZER =
      Encodings.newLazyEncodingRegistry().getEncoding(EncodingType.O200K_BASE);

  private final int budget;
  private final PromptLayout layout = new PromptLayout();

  /** Token counts by text: files rarely change between iterations, tokenizing them is not free. */
  private final Map<String, Integer> counted = lru(2048);

  private final Map<String, Outlines.Outline> outlines = lru(1024);

  private final Symbols symbols = new Symbols();

  ContextBudget(int budget) {
    this.budget = budget;
  }

  public static int tokens(String text) {
    return TOKENIZER.countTokensOrdinary(text);
  }

  /** A map that forgets the least recently used entry beyond {@code size}. */
  static <V> Map<String, V> lru(int size) {
    return new LinkedHashMap<>(256, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
        return size() > size;
      }
    };
  }

  /** The files that define what {@code text} names by symbol, most surely meant first. */
  Set<String> defining(Map<String, String> files, String text) {
    return symbols.defining(files, text);
  }

  private int cost(String text) {
    return counted.computeIfAbsent(text, ContextBudget::tokens);
  }

  /**
   * A files section, and the files it does not show in full: an answer may not replace those, since
   * the model has not seen what it would overwrite.
   */
  public record Shown(String text, Set<String> unseen) {}

  /**
   * What the prompt knows about which files matter, most needed first.
   *
   * @param requested files to show in full first: the model asked for them, or replaced them unseen
   * @param errors files the errors, failed checks or verdict name, with the lines they name
   * @param named files the task or the test conditions name
   * @param edited files the last change edited
   * @param defining files that define what the task, the conditions, the errors or the verdict name
   *     by symbol ({@link Symbols})
   */
  record Focus(
      Set<String> requested,
      Map<String, SortedSet<Integer>> errors,
      Set<String> named,
      Set<String> edited,
      Set<String> defining) {

    static Focus none() {
      return new Focus(Set.of(), Map.of(), Set.of(), Set.of(), Set.of());
    }
  }

  /**
   * The files section of a prompt: text files within the budget, then binary files by name.
   *
   * <p>The order is kept for the provider's prompt cache, which serves the longest prefix a prompt
   * shares with an earlier one: a file shown exactly as in the previous section keeps its place,
   * and files that are new or shown differently (edited, promoted to full text, cut to an outline)
   * follow, by name. Notices and lists come last.
   */
  Shown render(Map<String, String> files, Map<String, Long> binaries, Focus focus) {
    List<String> order = order(files, focus);
    String binaryList = binaryList(binaries, budget / 8);
    // Room for the names of files that get none, up to a twentieth of the budget.
    int names = Math.min(cost(String.join(", ", files.keySet())), budget / 20);
    int reserve =
        cost(OUTLINE_NOTICE)
            + cost(binaryList)
            + Math.max(names, cost(unshownList(List.of("x"), 0)));
    Map<String, String> blocks = new TreeMap<>();
    Set<String> whole = new LinkedHashSet<>();
    List<String> unshown = new ArrayList<>();
    int used = 0;
    for (String name : order) {
      String content = files.get(name);
      String full = "\n### " + name + "\n" + Prompts.fenced(content);
      int left = budget - reserve - used;
      // A block may cost a token more next to another than alone: one spare token each.
      if (cost(full) + 1 <= left) {
        blocks.put(name, full);
        whole.add(name);
        used += cost(full) + 1;
        continue;
      }
      String compact = compact(name, content, focus.errors().get(name), left - 1);
      if (compact == null) {
        unshown.add(name);
      } else {
        blocks.put(name, compact);
        used += cost(compact) + 1;
      }
    }
    String text = assemble(blocks, whole, unshown, binaryList);
    // The parts' counts plus a token per part bound the whole's; count it only when that is
    // not enough, and give up blocks, least needed first, until it fits.
    while (bound(text, blocks) > budget && tokens(text) > budget && !blocks.isEmpty()) {
      String last = order.stream().filter(blocks::containsKey).reduce((a, b) -> b).orElseThrow();
      blocks.remove(last);
      whole.remove(last);
      unshown.add(last);
      text = assemble(blocks, whole, unshown, binaryList);
    }
    Set<String> unseen = new TreeSet<>(files.keySet());
    unseen.removeAll(whole);
    unseen.addAll(binaries.keySet());
    return new Shown(text, unseen);
  }

  /** The cost of the blocks and of what follows them, a token spare per part. */
  private int bound(String text, Map<String, String> blocks) {
    int sum = 0;
    int length = 0;
    for (String block : blocks.values()) {
      sum += cost(block) + 1;
      length += block.length();
    }
    return sum + cost(text.substring(length)) + 1;
  }

  private String assemble(
      Map<String, String> blocks, Set<String> whole, List<String> unshown, String binaryList) {
    StringBuilder text = new StringBuilder();
    layout.arrange(blocks).forEach(text::append);
    if (blocks.size() > whole.size() || !unshown.isEmpty()) {
      text.append(OUTLINE_NOTICE);
    }
    int used = 0;
    for (String block : blocks.values()) {
      used += cost(block) + 1;
    }
    if (blocks.size() > whole.size() || !unshown.isEmpty()) {
      used += cost(OUTLINE_NOTICE) + 1;
    }
    int left = budget - used - cost(binaryList) - 2;
    if (!unshown.isEmpty()) {
      text.append(unshownList(unshown, left));
    }
    return text.append(binaryList).toString();
  }

  /** Every file in the order it is given room. */
  static List<String> order(Map<String, String> files, Focus focus) {
    Set<String> first = new LinkedHashSet<>();
    if (files.containsKey(FileChanges.DOCKERFILE)) {
      first.add(FileChanges.DOCKERFILE);
    }
    for (Set<String> names :
        List.of(
            focus.requested(),
            focus.errors().keySet(),
            focus.named(),
            focus.edited(),
            focus.defining())) {
      names.stream().filter(files::containsKey).forEach(first::add);
    }
    Relevance relevance = new Relevance(files, first);
    List<String> rest = new ArrayList<>(files.keySet());
    rest.removeAll(first);
    rest.sort(relevance.comparator());
    List<String> order = new ArrayList<>(first);
    order.addAll(rest);
    return order;
  }

  /**
   * The file as its outline, with excerpts around the lines the errors name, within {@code left}
   * tokens; the outline is cut to fit. Null when not even the header and a line of it fit.
   */
  private String compact(String name, String content, SortedSet<Integer> lines, int left) {
    Outlines.Outline outline = outlines.computeIfAbsent(content, c -> Outlines.of(name, c));
    long lineCount = content.lines().count();
    String header =
        "\n### "
            + name
            + " ("
            + outline.label()
            + "; "
            + lineCount
            + " lines, "
            + cost(content)
            + " tokens)\n";
    String excerpts = Outlines.excerpts(content, lines == null ? new TreeSet<>() : lines);
    if (cost(header) + cost(excerpts) + 8 > left) {
      excerpts = "";
    }
    List<String> declarations = outline.lines();
    for (int size : OUTLINE_STEPS) {
      if (size >= declarations.size() && size != OUTLINE_STEPS[0]) {
        continue;
      }
      List<String> kept = declarations.subList(0, Math.min(size, declarations.size()));
      String more =
          kept.size() < declarations.size() ? "\n... (outline cut to fit the budget)" : "";
      String block = header + Prompts.fenced(String.join("\n", kept) + more) + excerpts;
      if (cost(block) <= left) {
        return block;
      }
    }
    String bare = header + excerpts;
    return !excerpts.isEmpty() && cost(bare) <= left ? bare : null;
  }

  /** Names of files not shown, as many as fit in {@code left} tokens. */
  private String unshownList(List<String> names, int left) {
    String opening = "\nAlso in the project, not shown (the budget is spent): ";
    StringBuilder text = new StringBuilder(opening);
    int listed = 0;
    for (String name : names) {
      String more = ", and " + (names.size() - listed) + " more.\n";
      if (cost(text + (listed == 0 ? "" : ", ") + name + more) > left) {
        break;
      }
      text.append(listed == 0 ? "" : ", ").append(name);
      listed++;
    }
    if (listed == names.size()) {
      return text.append(".\n").toString();
    }
    return text.append(listed == 0 ? "" : ", and ")
        .append(names.size() - listed)
        .append(listed == 0 ? " files.\n" : " more.\n")
        .toString();
  }

  /** Binary files by name and size, as many as fit in {@code cap} tokens. */
  private String binaryList(Map<String, Long> binaries, int cap) {
    if (binaries.isEmpty()) {
      return "";
    }
    StringBuilder text = new StringBuilder("\nBinary files (kept as they are, not shown):\n");
    int listed = 0;
    for (Map.Entry<String, Long> file : binaries.entrySet()) {
      String line = "- " + file.getKey() + " (" + file.getValue() + " bytes)\n";
      if (cost(text + line) + 10 > cap) {
        break;
      }
      text.append(line);
      listed++;
    }
    if (listed < binaries.size()) {
      text.append("- and ").append(binaries.size() - listed).append(" more\n");
    }
    return text.toString();
  }
}
