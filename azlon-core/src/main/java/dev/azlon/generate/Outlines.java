package dev.azlon.generate;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SortedSet;
import java.util.function.Supplier;
import org.treesitter.TSLanguage;
import org.treesitter.TSNode;
import org.treesitter.TSParser;
import org.treesitter.TreeSitterJava;
import org.treesitter.TreeSitterPython;

/**
 * What a file shows when it is too large to show in full. Python and Java are parsed with
 * tree-sitter: complete signatures (every line), decorators and annotations, classes with their
 * members, module-level constants and fields, imports collapsed to one line. Everything else, and
 * source the parser cannot read, shows its first lines.
 */
public final class Outlines {

  /** An outline longer than this says how much it leaves out. */
  static final int MAX_LINES = 80;

  /** How many lines a file without a parser shows. */
  static final int HEAD_LINES = 20;

  /** Longer lines are cut: a minified file or a data row must not fill the budget. */
  static final int LINE_CHARS = 160;

  private static final int IMPORT_CHARS = 240;

  /** Lines shown on each side of a line the errors name, in a file too large to show whole. */
  static final int EXCERPT_RADIUS = 4;

  /** At most this many excerpts per file. */
  static final int EXCERPTS = 5;

  /** What the file shows, and whether that is a parsed outline or the file's first lines. */
  public record Outline(List<String> lines, boolean parsed) {
    String label() {
      return parsed ? "outline" : "first lines";
    }

    String text() {
      return String.join("\n", lines);
    }
  }

  private Outlines() {}

  public static Outline of(String name, String content) {
    Supplier<TSLanguage> language = languageOf(name);
    if (language != null) {
      List<String> lines = parsed(language, content);
      if (!lines.isEmpty()) {
        return new Outline(capped(lines), true);
      }
    }
    return new Outline(head(content), false);
  }

  /** Numbered lines around each line named, at most {@link #EXCERPTS} excerpts. */
  static String excerpts(String content, SortedSet<Integer> lines) {
    if (lines.isEmpty()) {
      return "";
    }
    List<String> all = content.lines().toList();
    StringBuilder text = new StringBuilder();
    int shown = 0;
    int end = 0;
    for (int line : lines) {
      if (line < 1 || line > all.size() || line <= end || shown == EXCERPTS) {
        continue;
      }
      int from = Math.max(Math.max(1, end + 1), line - EXCERPT_RADIUS);
      end = Math.min(all.size(), line + EXCERPT_RADIUS);
      StringBuilder body = new StringBuilder();
      for (int i = from; i <= end; i++) {
        body.append(i).append("| ").append(all.get(i - 1)).append('\n');
      }
      text.append("Lines ").append(from).append('-').append(end).append(":\n");
      text.append(Prompts.fenced(body.toString()));
      shown++;
    }
    return text.toString();
  }

  /** The parser for a file by its name, made when asked; null when none reads it. */
  static Supplier<TSLanguage> languageOf(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".py") || lower.endsWith(".pyi")) {
      return TreeSitterPython::new;
    }
    if (lower.endsWith(".java")) {
      return TreeSitterJava::new;
    }
    return null;
  }

  /** The declarations, or nothing when the parser is missing (no native library) or finds none. */
  private static List<String> parsed(Supplier<TSLanguage> language, String content) {
    byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
    TSNode root;
    try {
      TSParser parser = new TSParser();
      parser.setLanguage(language.get());
      root = parser.parseString(null, content).getRootNode();
    } catch (LinkageError | RuntimeException e) {
      return List.of();
    }
    Walk walk = new Walk(bytes);
    if (root.getType().equals("module")) {
      walk.python(root, true);
    } else {
      walk.java(root);
    }
    return walk.lines();
  }

  private static List<String> head(String content) {
    List<String> lines = new ArrayList<>();
    content
        .lines()
        .limit(HEAD_LINES)
        .forEach(line -> lines.add(line.length() > LINE_CHARS ? cut(line, LINE_CHARS) : line));
    return lines;
  }

  private static List<String> capped(List<String> lines) {
    if (lines.size() <= MAX_LINES) {
      return lines;
    }
    List<String> kept = new ArrayList<>(lines.subList(0, MAX_LINES));
    kept.add("... " + (lines.size() - MAX_LINES) + " more lines of outline");
    return kept;
  }

  private static String cut(String line, int chars) {
    return line.substring(0, chars) + " …";
  }

  /** One pass over a syntax tree, collecting outline lines. */
  private static final class Walk {
    private final byte[] source;
    private final List<String> lines = new ArrayList<>();
    private final List<String> imports = new ArrayList<>();
    private int importsAt = -1;

    Walk(byte[] source) {
      this.source = source;
    }

    List<String> lines() {
      List<String> all = new ArrayList<>(lines);
      if (!imports.isEmpty()) {
        StringBuilder joined = new StringBuilder();
        for (String line : imports) {
          if (!joined.isEmpty()) {
            joined.append(joined.charAt(joined.length() - 1) == ';' ? " " : "; ");
          }
          joined.append(line);
        }
        all.add(
            importsAt,
            joined.length() > IMPORT_CHARS
                ? cut(joined.toString(), IMPORT_CHARS)
                : joined.toString());
      }
      return all;
    }

    void python(TSNode block, boolean module) {
      for (int i = 0; i < block.getNamedChildCount(); i++) {
        TSNode node = block.getNamedChild(i);
        switch (node.getType()) {
          case "import_statement", "import_from_statement", "future_import_statement" -> {
            if (module) {
              addImport(node);
            }
          }
          case "expression_statement" -> {
            if (node.getNamedChildCount() > 0
                && node.getNamedChild(0).getType().equals("assignment")) {
              addFirstLine(node);
            }
          }
          case "decorated_definition" -> {
            TSNode definition = node.getChildByFieldName("definition");
            if (!definition.isNull()) {
              pythonDefinition(node, definition);
            }
          }
          case "function_definition", "class_definition" -> pythonDefinition(node, node);
          default -> {}
        }
      }
    }

    private void pythonDefinition(TSNode start, TSNode definition) {
      TSNode body = definition.getChildByFieldName("body");
      if (body.isNull()) {
        addText(start.getStartByte(), definition.getEndByte(), start);
        return;
      }
      addText(start.getStartByte(), body.getStartByte(), start);
      if (definition.getType().equals("class_definition")) {
        python(body, false);
      }
    }

    void java(TSNode node) {
      for (int i = 0; i < node.getNamedChildCount(); i++) {
        TSNode child = node.getNamedChild(i);
        switch (child.getType()) {
          case "package_declaration", "module_declaration" -> addFirstLine(child);
          case "import_declaration" -> addImport(child);
          case "class_declaration",
              "interface_declaration",
              "enum_declaration",
              "record_declaration",
              "annotation_type_declaration" ->
              javaType(child);
          case "field_declaration", "constant_declaration", "annotation_type_element_declaration" ->
              addFirstLine(child);
          case "method_declaration", "constructor_declaration", "compact_constructor_declaration" ->
              javaMember(child);
          case "enum_body_declarations" -> java(child);
          case "enum_constant" -> {
            if (i == 0 || !node.getNamedChild(i - 1).getType().equals("enum_constant")) {
              constants(node, i);
            }
          }
          default -> {}
        }
      }
    }

    /** An enum's constants, from the {@code from}th child on, on one line. */
    private void constants(TSNode body, int from) {
      List<String> names = new ArrayList<>();
      for (int i = from;
          i < body.getNamedChildCount() && body.getNamedChild(i).getType().equals("enum_constant");
          i++) {
        TSNode name = body.getNamedChild(i).getChildByFieldName("name");
        names.add(text(name.getStartByte(), name.getEndByte()));
      }
      String line = indent(body.getNamedChild(from)) + String.join(", ", names);
      lines.add(line.length() > LINE_CHARS ? cut(line, LINE_CHARS) : line);
    }

    private void javaType(TSNode type) {
      TSNode body = type.getChildByFieldName("body");
      if (body.isNull()) {
        addFirstLine(type);
        return;
      }
      addText(type.getStartByte(), body.getStartByte(), type);
      java(body);
    }

    private void javaMember(TSNode member) {
      TSNode body = member.getChildByFieldName("body");
      addText(
          member.getStartByte(), body.isNull() ? member.getEndByte() : body.getStartByte(), member);
    }

    private void addImport(TSNode node) {
      if (importsAt < 0) {
        importsAt = lines.size();
      }
      imports.add(text(node.getStartByte(), node.getEndByte()).replaceAll("\\s+", " ").trim());
    }

    /** A statement's first line: a constant or field shows its name and the start of its value. */
    private void addFirstLine(TSNode node) {
      String text = indent(node) + text(node.getStartByte(), node.getEndByte()).stripTrailing();
      int newline = text.indexOf('\n');
      String first = newline < 0 ? text : text.substring(0, newline) + " …";
      lines.add(first.length() > LINE_CHARS ? cut(first, LINE_CHARS) : first);
    }

    /** Source from {@code from} to {@code to}, every line, indented as in the file. */
    private void addText(int from, int to, TSNode node) {
      String text = indent(node) + text(from, to).stripTrailing();
      text.lines()
          .forEach(line -> lines.add(line.length() > LINE_CHARS ? cut(line, LINE_CHARS) : line));
    }

    private String indent(TSNode node) {
      return " ".repeat(node.getStartPoint().getColumn());
    }

    private String text(int from, int to) {
      return new String(source, from, Math.max(0, to - from), StandardCharsets.UTF_8);
    }
  }
}
