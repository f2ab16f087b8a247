package dev.azlon.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.azlon.testing.InMemorySandbox;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Files by symbol, on a small tree laid out like python-sqlparse and a small Java one. */
class SymbolsTest {

  @Test
  void aQualifiedNamePullsTheFileThatDefinesItAheadOfTablesExamplesAndNeighbours() {
    Map<String, String> files = sqlparseLike();
    String task =
        "Add a --stats option to the command line that prints how many statements of each type"
            + " the input holds, using Statement.get_type().";

    Set<String> defining = new Symbols().defining(files, task);
    List<String> order =
        ContextBudget.order(
            files,
            new ContextBudget.Focus(
                Set.of(), Map.of(), Set.of(), Set.of("sqlparse/cli.py"), defining));

    assertThat(defining).containsExactly("sqlparse/sql.py");
    assertThat(order.subList(0, 2)).containsExactly("sqlparse/cli.py", "sqlparse/sql.py");
    // What they import comes next; the keyword table, examples and benchmarks yield to code.
    assertThat(order.subList(2, 4)).containsExactly("sqlparse/__init__.py", "sqlparse/tokens.py");
    assertThat(order.indexOf("sqlparse/engine/statement_splitter.py"))
        .isLessThan(order.indexOf("examples/column_defs.py"))
        .isLessThan(order.indexOf("benchmarks/bench_split.py"))
        .isLessThan(order.indexOf("sqlparse/keywords.py"));
    assertThat(order.indexOf("examples/column_defs.py"))
        .isLessThan(order.indexOf("sqlparse/keywords.py"));
    assertThat(order.indexOf("sqlparse/keywords.py")).isLessThan(order.indexOf("README.rst"));
  }

  @Test
  void theDefiningFileIsShownInFullWhereTheBudgetOnceWentToTheKeywordTable() {
    Map<String, String> files = sqlparseLike();
    Brief task =
        new Brief(
            "Add a --stats option to sqlparse's command line that counts statements by"
                + " Statement.get_type().",
            "Prints one line per statement type with its count.",
            "azlon-local/python:3-bookworm",
            "- rules");
    Project project = new Project(files, Map.of(), InMemorySandbox.exited(0, "", ""));
    int sql = ContextBudget.tokens(files.get("sqlparse/sql.py"));

    // Room for sql.py and the notices, not for the lexer too: it must come first.
    String prompt =
        new Prompts(PromptOverrides.none(), sql + 250).generate(task, project, Set.of()).text();

    assertThat(prompt).contains("### sqlparse/sql.py\n").contains("def get_type(self):");
    assertThat(prompt).doesNotContain("### sqlparse/keywords.py\n");
  }

  @Test
  void errorsAndVerdictsNameSymbolsTooAndJavaIsRead() {
    Map<String, String> files = new TreeMap<>();
    files.put(
        "src/main/java/shop/OrderBook.java",
        "package shop;\n\npublic final class OrderBook {\n  public Trade match(Order order) {\n"
            + "    return null;\n  }\n\n  static final class Level {}\n}\n");
    files.put(
        "src/main/java/shop/Exchange.java",
        "package shop;\n\npublic class Exchange {\n  void open() {}\n}\n");
    files.put(
        "src/main/java/shop/Order.java", "package shop;\n\npublic record Order(long qty) {}\n");
    String stderr =
        "Exception in thread \"main\" java.lang.NullPointerException\n"
            + "\tat shop.OrderBook.match(OrderBook.java)\n";

    Symbols symbols = new Symbols();

    assertThat(symbols.defining(files, stderr))
        .containsExactly("src/main/java/shop/OrderBook.java");
    assertThat(symbols.defining(files, "The verdict: OrderBook.Level is never filled."))
        .containsExactly("src/main/java/shop/OrderBook.java");
    assertThat(symbols.defining(files, "Exchange should open() first, then take an Order."))
        .containsExactly("src/main/java/shop/Exchange.java", "src/main/java/shop/Order.java");
  }

  @Test
  void proseIsNotCodeAndCommonNamesNameNothing() {
    Map<String, String> files = new TreeMap<>();
    files.put("app/parse.py", "def parse(text):\n    return text.split()\n");
    for (int i = 0; i < 5; i++) {
      files.put("app/m" + i + ".py", "class M" + i + ":\n    def run(self):\n        pass\n");
    }
    Symbols symbols = new Symbols();

    assertThat(symbols.defining(files, "Parse the text and print the words.")).isEmpty();
    assertThat(symbols.defining(files, "Call parse() on each line."))
        .containsExactly("app/parse.py");
    assertThat(symbols.defining(files, "Make run() faster; see models.py and notes.txt."))
        .isEmpty();
    assertThat(symbols.defining(files, "M3.run must log.")).containsExactly("app/m3.py");
  }

  @Test
  void mentionsKeepOnlyWhatReadsAsCode() {
    Symbols.Mentions mentions =
        Symbols.mentioned(
            "Use Statement.get_type() and split_statements, not the parser; e.g. StatementSplitter"
                + " or getType, see sql.py.");

    assertThat(mentions.qualified()).containsExactly("Statement.get_type");
    assertThat(mentions.names())
        .containsExactly(
            "Use", "Statement", "get_type", "split_statements", "StatementSplitter", "getType");
  }

  @Test
  void tablesFixturesAndGeneratedCodeReadAsData() {
    Map<String, String> files = sqlparseLike();

    assertThat(Relevance.dataLike("sqlparse/keywords.py", files.get("sqlparse/keywords.py")))
        .isTrue();
    assertThat(Relevance.dataLike("sqlparse/sql.py", files.get("sqlparse/sql.py"))).isFalse();
    assertThat(Relevance.dataLike("tests/fixtures/queries.py", "Q = 1\n")).isTrue();
    assertThat(Relevance.dataLike("gen/Parser.java", "// Generated by ANTLR 4.13\nclass P {}\n"))
        .isTrue();
    assertThat(Relevance.isTable("  {\"KW\", 1},\n".repeat(120) + "};\n")).isTrue();
    assertThat(Relevance.isTable("    -1.5,\n    rb'x',\n".repeat(60))).isTrue();
    assertThat(Relevance.isTable("total = total + 1\nreturn total\n".repeat(60))).isFalse();
    assertThat(Relevance.isTable("  \"KW\",\n".repeat(90))).as("too short to be a table").isFalse();
  }

  /** A tree laid out like python-sqlparse: a large keyword table, the module that defines it. */
  static Map<String, String> sqlparseLike() {
    Map<String, String> files = new TreeMap<>();
    files.put("README.rst", "python-sqlparse\n===============\n\nA non-validating SQL parser.\n");
    files.put("setup.cfg", "[metadata]\nname = sqlparse\n");
    files.put("sqlparse/__init__.py", "from sqlparse import sql\nfrom sqlparse import cli\n");
    files.put(
        "sqlparse/cli.py",
        "import argparse\n\nimport sqlparse\n\n\ndef create_parser():\n"
            + "    parser = argparse.ArgumentParser(prog='sqlformat')\n    return parser\n\n\n"
            + "def main(args=None):\n    parser = create_parser()\n"
            + "    args = parser.parse_args(args)\n    return 0\n");
    files.put(
        "sqlparse/tokens.py",
        "class _TokenType(tuple):\n    parent = None\n\n\n"
            + "Token = _TokenType()\nKeyword = Token.Keyword\nDML = Keyword.DML\n");
    StringBuilder sql =
        new StringBuilder(
            "\"\"\"This module contains classes representing syntactical elements of SQL.\"\"\"\n"
                + "from sqlparse import tokens as T\n\n\n"
                + "class Token:\n    def __init__(self, ttype, value):\n"
                + "        self.value = value\n        self.ttype = ttype\n\n"
                + "class TokenList(Token):\n    def __init__(self, tokens=None):\n"
                + "        self.tokens = tokens or []\n\n");
    for (int i = 0; i < 40; i++) {
      sql.append("    def token_helper_")
          .append(i)
          .append("(self, idx, skip_ws=True):\n        \"\"\"Returns the token at idx.\"\"\"\n")
          .append("        if idx < 0:\n            return None\n")
          .append("        return self.tokens[idx]\n\n");
    }
    sql.append(
        "class Statement(TokenList):\n"
            + "    \"\"\"Represents a SQL statement.\"\"\"\n\n"
            + "    def get_type(self):\n"
            + "        \"\"\"Returns the type of a statement.\"\"\"\n"
            + "        token = self.token_first(skip_cm=True)\n"
            + "        if token is None:\n"
            + "            return 'UNKNOWN'\n"
            + "        if token.ttype in (T.Keyword.DML, T.Keyword.DDL):\n"
            + "            return token.normalized\n"
            + "        return 'UNKNOWN'\n");
    files.put("sqlparse/sql.py", sql.toString());
    StringBuilder keywords =
        new StringBuilder(
            "from sqlparse import tokens\n\nSQL_REGEX = [\n    (r'(--|# )\\+.*?(\\r\\n|\\r|\\n|$)',"
                + " tokens.Comment.Single.Hint),\n]\n\nKEYWORDS = {\n");
    for (int i = 0; i < 400; i++) {
      keywords.append("    'KEYWORD_").append(i).append("': tokens.Keyword,\n");
    }
    files.put("sqlparse/keywords.py", keywords.append("}\n").toString());
    StringBuilder lexer = new StringBuilder("\"\"\"SQL Lexer\"\"\"\nimport re\n\n\nclass Lexer:\n");
    for (int i = 0; i < 12; i++) {
      lexer
          .append("    def add_filter_")
          .append(i)
          .append("(self, regex, tokentype):\n        flags = re.IGNORECASE | re.UNICODE\n")
          .append(
              "        self._SQL_REGEX.append((re.compile(regex, flags).match, tokentype))\n\n");
    }
    files.put("sqlparse/lexer.py", lexer.toString());
    files.put(
        "sqlparse/engine/statement_splitter.py",
        "from sqlparse import sql, tokens as T\n\n\nclass StatementSplitter:\n"
            + "    def process(self, stream):\n        yield sql.Statement([])\n");
    files.put(
        "examples/column_defs.py",
        "import sqlparse\n\n\ndef extract_definitions(token_list):\n    return []\n");
    files.put(
        "benchmarks/bench_split.py",
        "import sqlparse\n\n\ndef bench():\n    sqlparse.split('select 1')\n");
    return files;
  }
}
