package dev.azlon.generate;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingType;
import dev.azlon.workspace.FileChanges;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Shows a project's files within a token budget, counted with the model family's own tokenizer. In
 * full: the Dockerfile and every file the errors, failed checks or last verdict name; then, while
 * they fit, the files the last change edited and small files; the rest in outline (declarations)
 * with their sizes, and the model is told which those are. The prototype sent everything from
 * iteration 6.
 */
final class ContextBudget {

  static final int DEFAULT_TOKENS = 24_000;

  /** A file this small is cheaper to show than to describe. */
  static final int SMALL_FILE_TOKENS = 600;

  /** An outline longer than this says how many declarations it leaves out. */
  static final int OUTLINE_LINES = 30;

  private static final Encoding TOKENIZER =
      Encodings.newLazyEncodingRegistry().getEncoding(EncodingType.O200K_BASE);
  private static final Pattern DECLARATION =
      Pattern.compile(
          "^\\s*(?:@\\w+\\s*)*(?:(?:public|private|protected|static|final|abstract|export|async|pub"
              + "|default|sealed|override)\\s+)*(?:def|class|interface|enum|record|struct|fn|func"
              + "|function|type|trait|impl|module|package|import|from|const)\\b.*"
              + "|^\\s*(?:public|private|protected)\\s[^=;]*\\(.*");

  private final int budget;
  private final Layout layout = new Layout();

  /** Token counts by text: files rarely change between iterations, tokenizing them is not free. */
  private final Map<String, Integer> counted =
      new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Integer> eldest) {
          return size() > 2048;
        }
      };

  ContextBudget(int budget) {
    this.budget = budget;
  }

  static int tokens(String text) {
    return TOKENIZER.countTokensOrdinary(text);
  }

  private final Map<String, String> outlines =
      new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
          return size() > 1024;
        }
      };

  private int cost(String text) {
    return counted.computeIfAbsent(text, ContextBudget::tokens);
  }

  private String outlineOf(String content) {
    return outlines.computeIfAbsent(content, ContextBudget::outline);
  }

  /**
   * A files section, and the files it shows only in outline or not at all: an answer may not
   * replace those, since the model has not seen what it would overwrite.
   */
  record Shown(String text, Set<String> unseen) {}

  /**
   * The files section of a prompt. Files {@code mentions} names and those in {@code inFull} are
   * shown in full whatever the budget; then {@code preferred} ones (smallest first) and small ones
   * while the budget lasts.
   *
   * <p>The order is kept for the provider's prompt cache, which serves the longest prefix a prompt
   * shares with an earlier one: a file shown exactly as in the previous section keeps its place,
   * and files that are new or shown differently (edited, promoted to full text, cut to an outline)
   * follow, by name. Notices come last.
   */
  Shown render(
      Map<String, String> files, String mentions, Set<String> inFull, Set<String> preferred) {
    Map<String, String> full = new LinkedHashMap<>();
    List<String> rest = new ArrayList<>();
    int used = 0;
    for (Map.Entry<String, String> file : files.entrySet()) {
      if (file.getKey().equals(FileChanges.DOCKERFILE)
          || mentions.contains(file.getKey())
          || inFull.contains(file.getKey())) {
        full.put(file.getKey(), file.getValue());
        used += cost(Prompts.fenced(file.getValue()));
      } else {
        rest.add(file.getKey());
      }
    }
    rest.sort(
        Comparator.comparing((String name) -> !preferred.contains(name))
            .thenComparingInt(name -> files.get(name).length()));
    List<String> outlined = new ArrayList<>();
    for (String name : rest) {
      int cost = cost(Prompts.fenced(files.get(name)));
      boolean wanted = preferred.contains(name) || cost <= SMALL_FILE_TOKENS;
      if (wanted && used + cost <= budget) {
        full.put(name, files.get(name));
        used += cost;
      } else {
        outlined.add(name);
      }
    }
    Map<String, String> blocks = new TreeMap<>();
    full.forEach(
        (name, content) -> blocks.put(name, "\n### " + name + "\n" + Prompts.fenced(content)));
    List<String> unshown = new ArrayList<>();
    for (String name : outlined) {
      String header =
          "\n### "
              + name
              + " (outline; "
              + files.get(name).lines().count()
              + " lines, "
              + cost(files.get(name))
              + " tokens)\n";
      String outline = Prompts.fenced(outlineOf(files.get(name)));
      int headerCost = cost(header);
      if (used + headerCost + cost(outline) <= budget) {
        blocks.put(name, header + outline);
        used += headerCost + cost(outline);
      } else if (used + headerCost <= budget) {
        blocks.put(name, header);
        used += headerCost;
      } else {
        unshown.add(name);
      }
    }
    StringBuilder text = new StringBuilder();
    layout.arrange(blocks).forEach(block -> text.append(block));
    if (!outlined.isEmpty()) {
      text.append(
          "\nThe files marked (outline) are shown in outline only (declarations), to stay within"
              + " the context budget. Never replace a file you have only seen in outline (an answer"
              + " that does is not used): to change one, name it in your reason and it will be"
              + " shown in full next time.\n");
    }
    if (!unshown.isEmpty()) {
      text.append("\nAlso in the project, not shown (the budget is spent): ")
          .append(String.join(", ", unshown))
          .append(".\n");
    }
    return new Shown(text.toString(), Set.copyOf(outlined));
  }

  /**
   * The order of the previous files section. A block shown again exactly as before keeps its place;
   * the others follow in the order given.
   */
  static final class Layout {
    private Map<String, String> previous = new LinkedHashMap<>();

    List<String> arrange(Map<String, String> blocks) {
      Map<String, String> arranged = new LinkedHashMap<>();
      previous.forEach(
          (name, block) -> {
            if (block.equals(blocks.get(name))) {
              arranged.put(name, block);
            }
          });
      blocks.forEach(arranged::putIfAbsent);
      previous = arranged;
      return List.copyOf(arranged.values());
    }
  }

  /** The file's declarations, at most {@link #OUTLINE_LINES} of them. */
  static String outline(String content) {
    List<String> declarations =
        content.lines().filter(line -> DECLARATION.matcher(line).matches()).toList();
    if (declarations.size() <= OUTLINE_LINES) {
      return String.join("\n", declarations);
    }
    return String.join("\n", declarations.subList(0, OUTLINE_LINES))
        + "\n... "
        + (declarations.size() - OUTLINE_LINES)
        + " more declarations";
  }
}
