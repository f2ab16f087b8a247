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
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Shows a project's files within a token budget, counted with the model family's own tokenizer.
 * First in full: the Dockerfile and every file the errors, failed checks or last verdict name;
 * then the smallest files in full while they fit; the rest in outline (declarations) with their
 * sizes, and the model is told which those are. The prototype sent everything from iteration 6.
 */
final class ContextBudget {

  static final int DEFAULT_TOKENS = 24_000;

  private static final Encoding TOKENIZER =
      Encodings.newLazyEncodingRegistry().getEncoding(EncodingType.O200K_BASE);
  private static final Pattern DECLARATION = Pattern.compile(
      "^\\s*(?:@\\w+\\s*)*(?:(?:public|private|protected|static|final|abstract|export|async|pub"
          + "|default|sealed|override)\\s+)*(?:def|class|interface|enum|record|struct|fn|func"
          + "|function|type|trait|impl|module|package|import|from|const)\\b.*"
          + "|^\\s*(?:public|private|protected)\\s[^=;]*\\(.*");

  private final int budget;

  ContextBudget(int budget) {
    this.budget = budget;
  }

  static int tokens(String text) {
    return TOKENIZER.countTokensOrdinary(text);
  }

  /** The files section of a prompt; {@code mentions} is text whose file names must be in full. */
  String render(Map<String, String> files, String mentions) {
    Map<String, String> full = new LinkedHashMap<>();
    List<String> rest = new ArrayList<>();
    int used = 0;
    for (Map.Entry<String, String> file : files.entrySet()) {
      if (file.getKey().equals(FileChanges.DOCKERFILE) || mentions.contains(file.getKey())) {
        full.put(file.getKey(), file.getValue());
        used += tokens(Prompts.fenced(file.getValue()));
      } else {
        rest.add(file.getKey());
      }
    }
    rest.sort(Comparator.comparingInt((String name) -> files.get(name).length()));
    List<String> outlined = new ArrayList<>();
    for (String name : rest) {
      int cost = tokens(Prompts.fenced(files.get(name)));
      if (used + cost <= budget) {
        full.put(name, files.get(name));
        used += cost;
      } else {
        outlined.add(name);
      }
    }
    StringBuilder text = new StringBuilder();
    new TreeMap<>(full).forEach((name, content) ->
        text.append("\n### ").append(name).append('\n').append(Prompts.fenced(content)));
    if (!outlined.isEmpty()) {
      text.append("\nThe files below are shown in outline only (declarations), to stay within"
          + " the context budget. Never replace a file you have only seen in outline: to change"
          + " one, name it in your reason and it will be shown in full next time.\n");
      List<String> unshown = new ArrayList<>();
      for (String name : outlined) {
        String header = "\n### " + name + " (outline; " + files.get(name).lines().count()
            + " lines, " + tokens(files.get(name)) + " tokens)\n";
        String outline = Prompts.fenced(outline(files.get(name)));
        int headerCost = tokens(header);
        if (used + headerCost + tokens(outline) <= budget) {
          text.append(header).append(outline);
          used += headerCost + tokens(outline);
        } else if (used + headerCost <= budget) {
          text.append(header);
          used += headerCost;
        } else {
          unshown.add(name);
        }
      }
      if (!unshown.isEmpty()) {
        text.append("\nAlso in the project, not shown (the budget is spent): ")
            .append(String.join(", ", unshown)).append(".\n");
      }
    }
    return text.toString();
  }

  static String outline(String content) {
    return content.lines().filter(line -> DECLARATION.matcher(line).matches())
        .collect(Collectors.joining("\n"));
  }
}
