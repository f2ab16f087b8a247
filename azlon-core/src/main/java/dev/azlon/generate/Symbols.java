package dev.azlon.generate;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.treesitter.TSLanguage;
import org.treesitter.TSNode;
import org.treesitter.TSParser;

/**
 * The files a text names by symbol: {@code Statement.get_type()}, {@code StatementSplitter}, {@code
 * split_statements}, matched to the Python and Java files that define them (tree-sitter
 * definitions: classes, functions, methods, module-level names). Prose stays prose: a lowercase
 * word counts only when it is written as code (an underscore, an inner capital, a call's
 * parentheses, a dot), a name defined in more than {@value #AMBIGUOUS} files names none of them,
 * and a text pulls at most {@value #MAX_FILES} files.
 */
final class Symbols {

  static final int AMBIGUOUS = 3;
  static final int MAX_FILES = 8;

  private static final Pattern CHAIN =
      Pattern.compile("(?<![\\w$.])([A-Za-z_$][\\w$]*(?:\\.[A-Za-z_$][\\w$]*)*)(\\s*\\()?");

  /** A chain that ends in one of these names a file, which {@link FileReferences} handles. */
  private static final Set<String> FILE_EXTENSIONS =
      Set.of(
          "py",
          "pyi",
          "java",
          "kt",
          "txt",
          "md",
          "rst",
          "json",
          "yaml",
          "yml",
          "toml",
          "cfg",
          "ini",
          "xml",
          "csv",
          "html",
          "js",
          "ts",
          "sh",
          "lock",
          "properties",
          "log",
          "sql",
          "class",
          "jar",
          "gradle",
          "go",
          "rs",
          "c",
          "h");

  /** Definitions by file content: parsing is the cost, and most files do not change. */
  private final Map<String, Definitions> parsed = ContextBudget.lru(2048);

  /**
   * What one file defines.
   *
   * @param names classes, functions, methods and module-level names
   * @param qualified members as {@code Type.member}, nested types as {@code Outer.Inner}
   */
  record Definitions(Set<String> names, Set<String> qualified) {}

  private static final Definitions NONE = new Definitions(Set.of(), Set.of());

  /**
   * The symbols a text names as code, in the order first named.
   *
   * @param qualified {@code Type.member} pairs, from every dotted chain
   * @param names single names written as code
   */
  record Mentions(Set<String> qualified, Set<String> names) {}

  static Mentions mentioned(String text) {
    Set<String> qualified = new LinkedHashSet<>();
    Set<String> names = new LinkedHashSet<>();
    Matcher matcher = CHAIN.matcher(text);
    while (matcher.find()) {
      String[] parts = matcher.group(1).split("\\.");
      if (parts.length > 1
          && FILE_EXTENSIONS.contains(parts[parts.length - 1].toLowerCase(Locale.ROOT))) {
        continue;
      }
      boolean call = matcher.group(2) != null;
      for (int i = 0; i + 1 < parts.length; i++) {
        if (parts[i].length() > 1 && parts[i + 1].length() > 1) {
          qualified.add(parts[i] + "." + parts[i + 1]);
        }
      }
      for (int i = 0; i < parts.length; i++) {
        boolean called = call && i == parts.length - 1;
        if (codeLike(parts[i], parts.length > 1 || called)) {
          names.add(parts[i]);
        }
      }
    }
    return new Mentions(qualified, names);
  }

  /**
   * Whether a word reads as code: an underscore, an inner capital or a leading one (a class name;
   * it only counts if the project defines it), or written as code (dotted, called).
   */
  private static boolean codeLike(String word, boolean writtenAsCode) {
    if (word.length() < 3) {
      return false;
    }
    if (writtenAsCode || word.indexOf('_') >= 0 || Character.isUpperCase(word.charAt(0))) {
      return true;
    }
    return !word.equals(word.toLowerCase(Locale.ROOT));
  }

  /**
   * The files that define what {@code text} names: those that define a named {@code Type.member}
   * first, then those that define a named name, each in the order named.
   *
   * @param files every text file, by name
   */
  Set<String> defining(Map<String, String> files, String text) {
    Mentions mentions = mentioned(text);
    if (mentions.names().isEmpty() && mentions.qualified().isEmpty()) {
      return Set.of();
    }
    Map<String, List<String>> byName = new HashMap<>();
    Map<String, List<String>> byQualified = new HashMap<>();
    for (String file : new TreeSet<>(files.keySet())) {
      Definitions definitions = definitions(file, files.get(file));
      definitions.names().forEach(n -> byName.computeIfAbsent(n, k -> new ArrayList<>()).add(file));
      definitions
          .qualified()
          .forEach(q -> byQualified.computeIfAbsent(q, k -> new ArrayList<>()).add(file));
    }
    Set<String> found = new LinkedHashSet<>();
    for (String symbol : mentions.qualified()) {
      add(found, byQualified.get(symbol));
    }
    for (String symbol : mentions.names()) {
      add(found, byName.get(symbol));
    }
    return found;
  }

  private static void add(Set<String> found, List<String> files) {
    if (files == null || files.size() > AMBIGUOUS) {
      return;
    }
    for (String file : files) {
      if (found.size() < MAX_FILES) {
        found.add(file);
      }
    }
  }

  private Definitions definitions(String name, String content) {
    Supplier<TSLanguage> language = Outlines.languageOf(name);
    if (language == null || content == null) {
      return NONE;
    }
    return parsed.computeIfAbsent(content, c -> parse(language, c));
  }

  /** The definitions in a file, or none when the parser cannot run (no native library). */
  private static Definitions parse(Supplier<TSLanguage> language, String content) {
    Walk walk = new Walk(content.getBytes(StandardCharsets.UTF_8));
    try {
      TSParser parser = new TSParser();
      parser.setLanguage(language.get());
      TSNode root = parser.parseString(null, content).getRootNode();
      walk.visit(root, null);
    } catch (LinkageError | RuntimeException e) {
      return NONE;
    }
    return new Definitions(Set.copyOf(walk.names), Set.copyOf(walk.qualified));
  }

  /** One pass over a syntax tree, collecting what it defines. */
  private static final class Walk {

    private static final Set<String> TYPES =
        Set.of(
            "class_definition",
            "class_declaration",
            "interface_declaration",
            "enum_declaration",
            "record_declaration",
            "annotation_type_declaration");
    private static final Set<String> MEMBERS =
        Set.of("function_definition", "method_declaration", "constructor_declaration");

    private final byte[] source;
    private final Set<String> names = new LinkedHashSet<>();
    private final Set<String> qualified = new LinkedHashSet<>();

    Walk(byte[] source) {
      this.source = source;
    }

    /**
     * Collects the definitions under {@code node}; {@code type} is the enclosing type's name, null
     * at module level. Function bodies are not entered: what they define is local.
     */
    void visit(TSNode node, String type) {
      for (int i = 0; i < node.getNamedChildCount(); i++) {
        TSNode child = node.getNamedChild(i);
        String kind = child.getType();
        if (TYPES.contains(kind) || MEMBERS.contains(kind)) {
          String name = name(child);
          if (name == null) {
            continue;
          }
          names.add(name);
          if (type != null) {
            qualified.add(type + "." + name);
          }
          TSNode body = child.getChildByFieldName("body");
          if (TYPES.contains(kind) && !body.isNull()) {
            visit(body, name);
          }
        } else if (kind.equals("decorated_definition") || kind.equals("enum_body_declarations")) {
          visit(child, type);
        } else if (kind.equals("expression_statement") && type == null) {
          assigned(child);
        }
      }
    }

    /** A module-level {@code NAME = ...}: a table or constant others use by name. */
    private void assigned(TSNode statement) {
      if (statement.getNamedChildCount() == 0) {
        return;
      }
      TSNode assignment = statement.getNamedChild(0);
      if (!assignment.getType().equals("assignment")) {
        return;
      }
      TSNode left = assignment.getChildByFieldName("left");
      if (!left.isNull() && left.getType().equals("identifier")) {
        names.add(text(left));
      }
    }

    private String name(TSNode definition) {
      TSNode name = definition.getChildByFieldName("name");
      return name.isNull() ? null : text(name);
    }

    private String text(TSNode node) {
      return new String(
          source,
          node.getStartByte(),
          Math.max(0, node.getEndByte() - node.getStartByte()),
          StandardCharsets.UTF_8);
    }
  }
}
