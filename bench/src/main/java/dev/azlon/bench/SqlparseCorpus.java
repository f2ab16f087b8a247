package dev.azlon.bench;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A project laid out like python-sqlparse, at about its sizes: {@code sqlparse/sql.py} (about 650
 * lines) defines {@code Statement}; {@code sqlparse/keywords.py} is a keyword table of about a
 * thousand lines; the engine, filters, tests, SQL fixtures, examples, benchmarks, documents and a
 * long change log surround them. The code is made up; its shape is sqlparse's.
 */
final class SqlparseCorpus {

  /** The module that defines the class the task names. */
  static final String DEFINING = "sqlparse/sql.py";

  /** The keyword table the prototype's relevance showed in full. */
  static final String TABLE = "sqlparse/keywords.py";

  static final String PROMPT =
      "Add a --stats option to the sqlformat command line: instead of formatting, it prints how"
          + " many statements of each type the input holds, from Statement.get_type().";

  static final String CONDITIONS =
      "Given `select 1; insert into t values (1); select 2;` on standard input, `python3 -m"
          + " sqlparse --stats -` prints `SELECT 2` and `INSERT 1`, one per line.";

  private SqlparseCorpus() {}

  static Map<String, String> files() {
    Map<String, String> files = new TreeMap<>();
    files.put(
        "Dockerfile",
        "FROM azlon-local/python:3-bookworm\nCOPY . /app\nWORKDIR /app\n"
            + "CMD [\"python3\", \"-m\", \"unittest\", \"discover\", \"-s\", \"tests\"]\n");
    files.put("README.rst", prose("python-sqlparse - Parse SQL statements", 60));
    files.put("CHANGELOG", prose("Development Version", 900));
    files.put("AUTHORS", prose("Code contributors", 80));
    files.put(
        "pyproject.toml",
        "[build-system]\n"
            + "requires = [\"hatchling\"]\n"
            + "build-backend = \"hatchling.build\"\n\n"
            + "[project]\n"
            + "name = \"sqlparse\"\n"
            + "description = \"A non-validating SQL parser.\"\n"
            + "requires-python = \">=3.8\"\n\n"
            + "[project.scripts]\n"
            + "sqlformat = \"sqlparse.__main__:main\"\n");
    files.put("tox.ini", "[tox]\nenvlist = py38, py39, py310, py311, py312\n");
    files.put(
        "sqlparse/__init__.py",
        module(
            "Parse SQL statements.",
            List.of(
                "from sqlparse import sql",
                "from sqlparse import cli",
                "from sqlparse import engine",
                "from sqlparse import tokens",
                "from sqlparse import filters",
                "from sqlparse import formatter"),
            "",
            List.of("parse", "parsestream", "format", "split"),
            List.of()));
    files.put(
        "sqlparse/__main__.py",
        "\"\"\"Entrypoint module for `python -m sqlparse`.\"\"\"\n\n"
            + "import sys\n\n"
            + "from sqlparse.cli import main\n\n"
            + "if __name__ == '__main__':\n"
            + "    sys.exit(main())\n");
    files.put(
        "sqlparse/cli.py",
        module(
            "Module that contains the command line app.",
            List.of(
                "import argparse",
                "import sys",
                "from io import TextIOWrapper",
                "import sqlparse",
                "from sqlparse.exceptions import SQLParseError"),
            "",
            List.of("create_parser", "_error", "main"),
            List.of()));
    files.put(
        "sqlparse/exceptions.py", "class SQLParseError(Exception):\n    \"\"\"Base class.\"\"\"\n");
    files.put(
        "sqlparse/tokens.py",
        "class _TokenType(tuple):\n    parent = None\n\n    def __contains__(self, item):\n"
            + "        return item is not None and (self is item or item[:len(self)] == self)\n\n\n"
            + "Token = _TokenType()\nText = Token.Text\nWhitespace = Text.Whitespace\n"
            + "Keyword = Token.Keyword\nName = Token.Name\nDML = Keyword.DML\nDDL = Keyword.DDL\n"
            + "CTE = Keyword.CTE\nPunctuation = Token.Punctuation\nComment = Token.Comment\n");
    files.put(
        DEFINING,
        module(
            "This module contains classes representing syntactical elements of SQL.",
            List.of(
                "import re",
                "from sqlparse import tokens as T",
                "from sqlparse.exceptions import SQLParseError",
                "from sqlparse.utils import imt, remove_quotes"),
            "",
            List.of(),
            List.of(
                new Type("NameAliasMixin", "", 3),
                new Type("Token", "", 14),
                new Type("TokenList", "Token", 28),
                new Type("Statement", "TokenList", 1, "get_type"),
                new Type("Identifier", "NameAliasMixin, TokenList", 5),
                new Type("IdentifierList", "TokenList", 2),
                new Type("TypedLiteral", "TokenList", 1),
                new Type("Parenthesis", "TokenList", 1),
                new Type("Where", "TokenList", 1),
                new Type("Comparison", "TokenList", 2),
                new Type("Function", "NameAliasMixin, TokenList", 3))));
    files.put(TABLE, keywords());
    files.put(
        "sqlparse/lexer.py",
        module(
            "SQL Lexer",
            List.of(
                "import re",
                "from threading import Lock",
                "from sqlparse import tokens",
                "from sqlparse.keywords import SQL_REGEX"),
            "",
            List.of(),
            List.of(new Type("Lexer", "", 8))));
    files.put(
        "sqlparse/utils.py",
        module(
            "Utilities.",
            List.of("import itertools", "import re", "from collections import deque"),
            "",
            List.of(
                "split_unquoted_newlines",
                "remove_quotes",
                "recurse",
                "imt",
                "consume",
                "offset",
                "indent"),
            List.of()));
    files.put(
        "sqlparse/formatter.py",
        module(
            "SQL formatter",
            List.of(
                "from sqlparse import filters", "from sqlparse.exceptions import SQLParseError"),
            "",
            List.of("validate_options", "build_filter_stack"),
            List.of()));
    files.put(
        "sqlparse/engine/__init__.py",
        "from sqlparse.engine import grouping\n"
            + "from sqlparse.engine.filter_stack import FilterStack\n"
            + "from sqlparse.engine.statement_splitter import StatementSplitter\n");
    files.put(
        "sqlparse/engine/filter_stack.py",
        module(
            "filter",
            List.of(
                "from sqlparse import lexer",
                "from sqlparse.engine import grouping",
                "from sqlparse.engine.statement_splitter import StatementSplitter"),
            "",
            List.of(),
            List.of(new Type("FilterStack", "", 3))));
    files.put(
        "sqlparse/engine/statement_splitter.py",
        module(
            "",
            List.of("from sqlparse import sql, tokens as T"),
            "",
            List.of(),
            List.of(new Type("StatementSplitter", "", 4))));
    files.put(
        "sqlparse/engine/grouping.py",
        module(
            "",
            List.of(
                "from sqlparse import sql",
                "from sqlparse import tokens as T",
                "from sqlparse.utils import recurse, imt"),
            "",
            List.of(
                "_group_matching",
                "group_brackets",
                "group_parenthesis",
                "group_case",
                "group_if",
                "group_for",
                "group_begin",
                "group_typecasts",
                "group_tzcasts",
                "group_typed_literal",
                "group_period",
                "group_as",
                "group_assignment",
                "group_comparison",
                "group_identifier",
                "group_arrays",
                "group_operator",
                "group_identifier_list",
                "group_comments",
                "group_where",
                "group_aliased",
                "group_functions",
                "group_order",
                "align_comments",
                "group_values",
                "group"),
            List.of()));
    for (String filter :
        List.of("aligned_indent", "others", "output", "reindent", "right_margin", "tokens")) {
      String type = camel(filter) + "Filter";
      files.put(
          "sqlparse/filters/" + filter + ".py",
          module(
              "",
              List.of(
                  "from sqlparse import sql, tokens as T",
                  "from sqlparse.utils import offset, indent"),
              "",
              List.of(),
              List.of(new Type(type, "", 9))));
    }
    files.put(
        "sqlparse/filters/__init__.py",
        "from sqlparse.filters.others import OthersFilter\n"
            + "from sqlparse.filters.reindent import ReindentFilter\n");
    for (String test :
        List.of(
            "cli",
            "format",
            "grouping",
            "keywords",
            "parse",
            "regressions",
            "split",
            "tokenize",
            "utils")) {
      files.put(
          "tests/test_" + test + ".py",
          module(
              "",
              List.of("import pytest", "import sqlparse", "from sqlparse import sql, tokens as T"),
              "",
              numbered("test_" + test + "_case", 18),
              List.of()));
    }
    for (int i = 0; i < 20; i++) {
      files.put(
          "tests/files/query_" + i + ".sql",
          "select a.id, b.name\n  from accounts a\n  join names b on a.id = b.id\n where a.id > "
              + i
              + ";\n");
    }
    files.put(
        "examples/column_defs.py",
        module(
            "Extract column definitions.",
            List.of("import sqlparse"),
            "",
            List.of("extract_definitions", "main"),
            List.of()));
    files.put(
        "examples/extract_table_names.py",
        module(
            "Extract table names.",
            List.of("import sqlparse", "from sqlparse.sql import IdentifierList, Identifier"),
            "",
            List.of(
                "is_subselect", "extract_from_part", "extract_table_identifiers", "extract_tables"),
            List.of()));
    files.put(
        "benchmarks/bench_split.py",
        module(
            "Split benchmark.",
            List.of("import sqlparse", "import timeit"),
            "",
            List.of("bench_split", "bench_format", "main"),
            List.of()));
    for (String doc : List.of("index", "intro", "api", "analyzing", "ui", "changes")) {
      files.put("docs/source/" + doc + ".rst", prose(doc, 120));
    }
    return files;
  }

  /** A class: its base, how many ordinary methods, and the named methods it defines too. */
  private record Type(String name, String base, int methods, String... named) {}

  private static String module(
      String docstring,
      List<String> imports,
      String constants,
      List<String> functions,
      List<Type> types) {
    StringBuilder text = new StringBuilder();
    if (!docstring.isEmpty()) {
      text.append("\"\"\"").append(docstring).append("\"\"\"\n\n");
    }
    imports.forEach(line -> text.append(line).append('\n'));
    text.append('\n').append(constants);
    for (String function : functions) {
      text.append("\n\n");
      function(text, "", function, "stream, encoding=None, **options");
    }
    for (Type type : types) {
      text.append("\n\nclass ").append(type.name());
      if (!type.base().isEmpty()) {
        text.append('(').append(type.base()).append(')');
      }
      text.append(":\n    \"\"\"A ").append(type.name()).append(" of a statement.\"\"\"\n\n");
      text.append("    __slots__ = ('value', 'ttype', 'parent')\n");
      for (String method : type.named()) {
        text.append('\n');
        function(text, "    ", method, "self");
      }
      for (String method : numbered(snake(type.name()) + "_step", type.methods())) {
        text.append('\n');
        function(text, "    ", method, "self, idx, skip_ws=True, skip_cm=False");
      }
    }
    return text.toString();
  }

  private static void function(StringBuilder text, String indent, String name, String parameters) {
    text.append(indent).append("def ").append(name).append('(').append(parameters).append("):\n");
    String body = indent + "    ";
    text.append(body)
        .append("\"\"\"Returns what ")
        .append(name)
        .append(" finds, or None.\n\n")
        .append(body)
        .append("Whitespace and comments are skipped when asked to.\n")
        .append(body)
        .append("\"\"\"\n")
        .append(body)
        .append("funcs = lambda tk: not ((skip_ws and tk.is_whitespace)\n")
        .append(body)
        .append("                      or (skip_cm and imt(tk, t=T.Comment)))\n")
        .append(body)
        .append("for token in self.tokens[idx:]:\n")
        .append(body)
        .append("    if funcs(token):\n")
        .append(body)
        .append("        return token\n")
        .append(body)
        .append("    idx += 1\n")
        .append(body)
        .append("return None\n");
  }

  private static String keywords() {
    StringBuilder text =
        new StringBuilder(
            "from sqlparse import tokens\n\n# object() only supports \"is\"\n"
                + "PROCESS_AS_KEYWORD = object()\n\nSQL_REGEX = [\n");
    for (int i = 0; i < 80; i++) {
      text.append("    (r'(?<![\\w\\])])(\\[[^\\]\\[]+\\]|KW")
          .append(i)
          .append(")(?=[\\s,;)])', tokens.Name.Builtin),\n");
    }
    text.append("]\n\nKEYWORDS = {\n");
    for (int i = 0; i < 900; i++) {
      text.append("    '").append(word(i)).append("': tokens.Keyword,\n");
    }
    return text.append("}\n").toString();
  }

  private static String word(int i) {
    String letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    return "" + letters.charAt(i % 26) + letters.charAt(i / 26 % 26) + "_KEYWORD_" + i;
  }

  private static List<String> numbered(String prefix, int count) {
    List<String> names = new java.util.ArrayList<>();
    for (int i = 0; i < count; i++) {
      names.add(prefix + "_" + i);
    }
    return names;
  }

  private static String prose(String title, int lines) {
    StringBuilder text = new StringBuilder(title).append("\n").append("=".repeat(title.length()));
    for (int i = 0; i < lines; i++) {
      text.append("\n* Fix splitting of statements with a trailing comment (issue ")
          .append(700 + i)
          .append(").");
    }
    return text.append('\n').toString();
  }

  private static String camel(String snake) {
    StringBuilder name = new StringBuilder();
    for (String part : snake.split("_")) {
      name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
    }
    return name.toString();
  }

  private static String snake(String camel) {
    return camel.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
  }
}
