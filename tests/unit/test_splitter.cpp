// The framing lexer: every construct of grammar/psql_script.re, each input
// also fed in every possible two-way split, in 1-byte reads and in random
// chunk sizes, which must all give the same items.
#include <doctest/doctest.h>

#include <optional>
#include <random>
#include <string>
#include <vector>

#include "splitter.hpp"
#include "statement.hpp"

using namespace db9;

namespace {

struct Rec {
  ItemKind kind;
  std::string text;
  bool terminated;
  bool interrupted;
  OpenConstruct open;
  uint64_t line;
  uint64_t column;
  size_t body;
  uint64_t rows;
  bool csv_end_in_quotes;
  size_t open_at;
  bool operator==(const Rec&) const = default;
};

const char* kind_name(ItemKind k) {
  switch (k) {
    case ItemKind::Statement: return "stmt";
    case ItemKind::MetaCommand: return "meta";
    case ItemKind::CopyData: return "data";
    case ItemKind::CopyEnd: return "end";
    case ItemKind::Trailing: return "trail";
  }
  return "?";
}

// Collects items the way the pipeline sees them: statements are parsed so
// COPY FROM stdin and standard_conforming_strings are followed for real.
// Consecutive CopyData pieces are merged (their cut points depend on reads).
class Collect : public ItemSink {
 public:
  explicit Collect(Splitter*& s) : splitter_(s) {}
  std::vector<Rec> items;
  std::optional<CopyFormat> on_item(const Item& it) override {
    if (it.kind == ItemKind::CopyData && !items.empty() && items.back().kind == ItemKind::CopyData) {
      items.back().text += std::string(it.text);
      return std::nullopt;
    }
    items.push_back(Rec{it.kind, std::string(it.text), it.terminated, it.interrupted, it.open, it.line, it.column,
                        it.body, it.copy_rows, it.csv_end_in_quotes, it.open_at});
    if (it.kind == ItemKind::MetaCommand) return meta_copy_from_stdin(it.text.substr(it.body));
    if (it.kind != ItemKind::Statement) return std::nullopt;
    ParsedStatement p = parser_.parse(it.text, it.parse_patches);
    if (!p.ok()) return copy_from_stdin_by_tokens(it.text.substr(it.body));
    std::optional<CopyFormat> copy;
    for (size_t i = 0; i < p.statement_count(); ++i) {
      if (auto s = sets_standard_conforming_strings(p.statement(i))) splitter_->set_standard_conforming_strings(*s);
      if (auto c = copy_from_stdin(p.statement(i))) copy = c;
    }
    return copy;
  }

 private:
  Splitter*& splitter_;
  Parser parser_;
};

std::vector<Rec> split(const std::string& input, const std::vector<size_t>& cuts) {
  Splitter* sp = nullptr;
  Collect sink(sp);
  Splitter s(sink, 1 << 20);
  sp = &s;
  size_t pos = 0;
  for (size_t c : cuts) {
    if (c <= pos || c > input.size()) continue;
    s.feed(input.data() + pos, c - pos);
    pos = c;
  }
  s.feed(input.data() + pos, input.size() - pos);
  s.finish();
  return sink.items;
}

std::string show(const std::vector<Rec>& items) {
  std::string out;
  for (const Rec& r : items) {
    out += std::string(kind_name(r.kind)) + "@" + std::to_string(r.line) + ":" + std::to_string(r.column) + "[" +
           r.text + "]" + (r.terminated ? "" : " unterminated") + (r.interrupted ? " interrupted" : "") + "\n";
  }
  return out;
}

// Splits `input` whole, then checks that every other way of feeding it
// gives the same items, and that the items cover the input exactly.
std::vector<Rec> split_every_way(const std::string& input) {
  std::vector<Rec> whole = split(input, {});
  std::string joined;
  for (const Rec& r : whole) joined += r.text;
  CHECK(joined == input);
  for (size_t cut = 1; cut < input.size(); ++cut) {
    std::vector<Rec> two = split(input, {cut});
    if (two != whole) {
      FAIL_CHECK("split at " << cut << " differs:\n" << show(two) << "vs whole:\n" << show(whole));
      break;
    }
  }
  std::vector<size_t> bytes;
  for (size_t i = 1; i < input.size(); ++i) bytes.push_back(i);
  CHECK_MESSAGE(split(input, bytes) == whole, "1-byte reads differ");
  std::mt19937 rng(12345);
  for (int round = 0; round < 20; ++round) {
    std::vector<size_t> cuts;
    size_t p = 0;
    while (p < input.size()) {
      p += 1 + rng() % 7;
      cuts.push_back(p);
    }
    CHECK_MESSAGE(split(input, cuts) == whole, "random chunks differ (round " << round << ")");
  }
  return whole;
}

std::vector<std::string> texts(const std::vector<Rec>& items) {
  std::vector<std::string> t;
  for (const Rec& r : items) t.push_back(r.text);
  return t;
}

using V = std::vector<std::string>;

}  // namespace

TEST_CASE("statements carry their leading comments and own their line end") {
  std::string in = "--\n-- Name: t\n--\n\nCREATE TABLE t (a int);\n\n/* c */ SELECT 1;  \nSELECT 2;";
  auto items = split_every_way(in);
  CHECK(texts(items) == V{"--\n-- Name: t\n--\n\nCREATE TABLE t (a int);\n", "\n/* c */ SELECT 1;  \n", "SELECT 2;"});
  CHECK(items[0].body == std::string("--\n-- Name: t\n--\n\n").size());
  CHECK(items[0].line == 1);
  CHECK(items[1].line == 6);
  CHECK(items[2].line == 8);
}

TEST_CASE("two statements on one line, and a last statement without a semicolon") {
  auto items = split_every_way("SELECT 1; SELECT 2;\nSELECT 3");
  CHECK(texts(items) == V{"SELECT 1;", " SELECT 2;\n", "SELECT 3"});
  CHECK(items[1].column == 10);
  CHECK(items[2].kind == ItemKind::Statement);
  CHECK_FALSE(items[2].terminated);
  CHECK(items[2].open == OpenConstruct::None);
}

TEST_CASE("single-quoted strings with '' and semicolons") {
  auto items = split_every_way("SELECT 'a;b''c;';\nSELECT ''';';\n");
  CHECK(texts(items) == V{"SELECT 'a;b''c;';\n", "SELECT ''';';\n"});
}

TEST_CASE("standard_conforming_strings off makes backslash an escape in '...'") {
  std::string in =
      "SELECT 'x\\';\n"                          // on: the string is 'x\'
      "SET standard_conforming_strings = off;\n"
      "SELECT 'a\\';b';\n"                       // off: one string, a';b
      "SET standard_conforming_strings = on;\n"
      "SELECT 'c\\';\n";
  auto items = split_every_way(in);
  CHECK(texts(items) == V{"SELECT 'x\\';\n", "SET standard_conforming_strings = off;\n", "SELECT 'a\\';b';\n",
                          "SET standard_conforming_strings = on;\n", "SELECT 'c\\';\n"});
}

TEST_CASE("E'...' strings take backslash escapes") {
  auto items = split_every_way("SELECT E'x\\'; y', e'\\\\';\nSELECT 1;\n");
  CHECK(texts(items) == V{"SELECT E'x\\'; y', e'\\\\';\n", "SELECT 1;\n"});
}

TEST_CASE("U&, B, X and N prefixes") {
  auto items = split_every_way("SELECT U&'d\\0061t;a', U&\"d;\" , B'01', X'1F', N'n;';\nSELECT 2;\n");
  CHECK(texts(items) == V{"SELECT U&'d\\0061t;a', U&\"d;\" , B'01', X'1F', N'n;';\n", "SELECT 2;\n"});
}

TEST_CASE("quoted identifiers hold semicolons, quotes and newlines") {
  auto items = split_every_way("CREATE TABLE \"we;ird\nname\"\"x\" (\"a b\" int);\nSELECT 1;\n");
  CHECK(texts(items) == V{"CREATE TABLE \"we;ird\nname\"\"x\" (\"a b\" int);\n", "SELECT 1;\n"});
}

TEST_CASE("dollar quotes: $$, $_$ with $ inside, tags that almost match") {
  std::string in =
      "CREATE FUNCTION f() RETURNS text LANGUAGE sql AS $_$ SELECT '$1;'::text; $$ $ $_ $_$;\n"
      "CREATE FUNCTION g() RETURNS int LANGUAGE plpgsql AS $body$\nBEGIN\n  RETURN 1; -- $bod$ $body $bodyx$\nEND;\n$body$;\n"
      "SELECT $$;$$, $a$$b$;$b$$a$;\n"
      "SELECT a$b$c FROM t;\n";
  auto items = split_every_way(in);
  CHECK(items.size() == 4);
  CHECK(items[1].text.rfind("CREATE FUNCTION g()", 0) == 0);
  CHECK(items[2].text == "SELECT $$;$$, $a$$b$;$b$$a$;\n");
  CHECK(items[3].text == "SELECT a$b$c FROM t;\n");
}

TEST_CASE("comments: -- with semicolons, nested /* */") {
  auto items = split_every_way(
      "SELECT 1 -- not the end;\n + 1;\n/* a /* nested; */ still; */ SELECT 2;\nSELECT 3 /* ; */;\n");
  CHECK(texts(items) == V{"SELECT 1 -- not the end;\n + 1;\n", "/* a /* nested; */ still; */ SELECT 2;\n",
                          "SELECT 3 /* ; */;\n"});
  CHECK(items[1].body == std::string("/* a /* nested; */ still; */ ").size());
}

TEST_CASE("a -- comment after the ';' on its line belongs to the statement") {
  auto items = split_every_way(
      "SELECT 1; -- db9-sanitize: ignore[rls]\nSELECT 2;\t--x\r\nSELECT 3; /* not this */ -- nor this\n"
      "SELECT 4; -- cr ends it\rSELECT 5; --\nSELECT 6; -- at the end");
  CHECK(texts(items) == V{"SELECT 1; -- db9-sanitize: ignore[rls]\n", "SELECT 2;\t--x\r\n", "SELECT 3;",
                          " /* not this */ -- nor this\nSELECT 4; -- cr ends it\r", "SELECT 5; --\n",
                          "SELECT 6; -- at the end"});
  CHECK(items[5].terminated);
}

TEST_CASE("operators next to comment starts") {
  auto items = split_every_way("SELECT 2 +-- c;\n 1, 3 */* c; */ 4;\nSELECT 5;\n");
  CHECK(texts(items) == V{"SELECT 2 +-- c;\n 1, 3 */* c; */ 4;\n", "SELECT 5;\n"});
}

TEST_CASE("BEGIN ATOMIC bodies keep their semicolons (CASE ... END inside)") {
  std::string f =
      "CREATE FUNCTION public.f(x integer) RETURNS integer\n    LANGUAGE sql\n    BEGIN ATOMIC\n"
      " SELECT CASE WHEN x > 0 THEN 1 ELSE 0 END;\n SELECT x + 1;\nEND;\n";
  std::string p =
      "CREATE OR REPLACE PROCEDURE public.p()\n    LANGUAGE sql\n    BEGIN ATOMIC\n INSERT INTO t VALUES (1);\nEND;\n";
  auto items = split_every_way(f + p + "BEGIN;\nEND;\n");
  CHECK(texts(items) == V{f, p, "BEGIN;\n", "END;\n"});
}

TEST_CASE("BEGIN ATOMIC as pg_dump writes it for the regression database: empty, quoted keywords, quote-all") {
  // An empty body: BEGIN ATOMIC and END on consecutive lines.
  std::string empty =
      "CREATE PROCEDURE public.noop(IN x text)\n    LANGUAGE sql\n    BEGIN ATOMIC\nEND;\n";
  // A CASE whose END is followed by a quoted alias spelled like a keyword,
  // everything quoted as --quote-all-identifiers writes it.
  std::string quoted =
      "CREATE FUNCTION \"s\".\"is_even\"(\"n\" integer) RETURNS boolean\n    LANGUAGE \"sql\"\n    BEGIN ATOMIC\n"
      " SELECT\n         CASE\n             WHEN ((\"n\" % 2) = 0) THEN true\n             ELSE false\n"
      "         END AS \"case\";\n SELECT \"n\" AS \"end\";\nEND;\n";
  auto items = split_every_way(empty + quoted + "SELECT 1;\n");
  CHECK(texts(items) == V{empty, quoted, "SELECT 1;\n"});
  Parser parser;
  CHECK(parser.parse(empty).ok());
  CHECK(parser.parse(quoted).ok());
}

TEST_CASE("a function whose body is a string is not a BEGIN block") {
  auto items = split_every_way(
      "CREATE FUNCTION f() RETURNS void LANGUAGE plpgsql AS 'BEGIN NULL; END';\nSELECT 1;\n");
  CHECK(items.size() == 2);
}

TEST_CASE("CREATE RULE ... DO ( ...; ... ) is one statement") {
  std::string r = "CREATE RULE r AS ON INSERT TO t DO ALSO (INSERT INTO log VALUES (1); UPDATE c SET n = n + 1;);\n";
  auto items = split_every_way(r + "SELECT 1;\n");
  CHECK(texts(items) == V{r, "SELECT 1;\n"});
}

TEST_CASE("meta-commands: \\restrict, \\connect, and \\; kept in the query") {
  std::string in =
      "\\restrict AbC123\n\nSET x = 1;\n\\connect -reuse-previous=on \"dbname='db'\"\nSELECT 1 \\; SELECT 2;\n"
      "\\unrestrict AbC123";
  auto items = split_every_way(in);
  REQUIRE(items.size() == 5);
  CHECK(items[0].kind == ItemKind::MetaCommand);
  CHECK(items[0].text == "\\restrict AbC123\n");
  CHECK(items[1].text == "\nSET x = 1;\n");
  CHECK(items[2].kind == ItemKind::MetaCommand);
  CHECK(items[3].text == "SELECT 1 \\; SELECT 2;\n");
  CHECK(items[4].kind == ItemKind::MetaCommand);
  CHECK(items[4].text == "\\unrestrict AbC123");
}

TEST_CASE("a meta-command inside a statement interrupts it") {
  auto items = split_every_way("SELECT 1\n\\g\n\n-- c\n\\echo hi\n");
  REQUIRE(items.size() == 3);
  CHECK(items[0].kind == ItemKind::Statement);
  CHECK(items[0].interrupted);
  CHECK(items[0].text == "SELECT 1\n");
  CHECK(items[1].text == "\\g\n");
  CHECK(items[2].text == "\n-- c\n\\echo hi\n");
  CHECK(items[2].body == 6);
}

TEST_CASE("COPY text data streams through, \\. only alone on a line ends it") {
  std::string data =
      "1\tDROP TABLE x;\n"
      "2\t\\\\.\n"         // an escaped backslash then '.'
      "\\.x\tnot the end\n" // \. followed by more
      "3\ta\\.\n"           // \. mid-line
      "\\N\t'quote\n";
  std::string in = "COPY public.t (a, b) FROM stdin;\n" + data + "\\.\nSELECT 1;\n";
  auto items = split_every_way(in);
  REQUIRE(items.size() == 4);
  CHECK(items[0].kind == ItemKind::Statement);
  CHECK(items[1].kind == ItemKind::CopyData);
  CHECK(items[1].text == data);
  CHECK(items[2].kind == ItemKind::CopyEnd);
  CHECK(items[2].text == "\\.\n");
  CHECK(items[2].rows == 5);
  CHECK(items[2].terminated);
  CHECK(items[3].text == "SELECT 1;\n");
  CHECK(items[3].line == 8);
}

TEST_CASE("an empty COPY block") {
  auto items = split_every_way("COPY t FROM stdin;\n\\.\n");
  REQUIRE(items.size() == 2);
  CHECK(items[1].kind == ItemKind::CopyEnd);
  CHECK(items[1].rows == 0);
}

TEST_CASE("COPY TO stdout and COPY FROM a file have no data block") {
  auto items = split_every_way("COPY t TO stdout;\nCOPY t FROM '/tmp/x';\n\\.\n");
  REQUIRE(items.size() == 3);
  CHECK(items[2].kind == ItemKind::MetaCommand);
}

TEST_CASE("COPY CSV: quoted fields span lines; \\. inside quotes still ends the data, and is flagged") {
  std::string data = "1,\"two\nlines, \"\"quoted\"\"\"\n2,\"\\\"\n";
  std::string in = "COPY t FROM stdin WITH (FORMAT csv);\n" + data + "\\.\nSELECT 1;\n";
  auto items = split_every_way(in);
  REQUIRE(items.size() == 4);
  CHECK(items[1].text == data);
  CHECK(items[2].rows == 2);
  CHECK_FALSE(items[2].csv_end_in_quotes);

  std::string bad = "COPY t FROM stdin CSV;\n1,\"a\n\\.\nb\"\n";
  auto b = split_every_way(bad);
  REQUIRE(b.size() >= 3);
  CHECK(b[1].text == "1,\"a\n");
  CHECK(b[2].kind == ItemKind::CopyEnd);
  CHECK(b[2].csv_end_in_quotes);
}

TEST_CASE("COPY CSV with ESCAPE other than the quote") {
  std::string data = "1,\"a\\\"\n";  // the escaped quote keeps the field open across the line
  auto items = split_every_way("COPY t FROM stdin WITH (FORMAT csv, ESCAPE '\\');\n" + data + "\\.\n\"\n");
  REQUIRE(items.size() >= 3);
  CHECK(items[2].kind == ItemKind::CopyEnd);
  CHECK(items[2].csv_end_in_quotes);
}

TEST_CASE("CRLF line ends, \\.\\r\\n terminator") {
  std::string in = "SET a = 1;\r\nCOPY t FROM stdin;\r\n1\tx\r\n\\.\r\nSELECT 1;\r\n";
  auto items = split_every_way(in);
  CHECK(texts(items) == V{"SET a = 1;\r\n", "COPY t FROM stdin;\r\n", "1\tx\r\n", "\\.\r\n", "SELECT 1;\r\n"});
}

TEST_CASE("\\copy ... from stdin in a script reads the lines after it") {
  auto items = split_every_way("\\copy t (a) from stdin with csv\n1\n\"x;\"\n\\.\nSELECT 1;\n");
  REQUIRE(items.size() == 4);
  CHECK(items[0].kind == ItemKind::MetaCommand);
  CHECK(items[1].text == "1\n\"x;\"\n");
  CHECK(items[2].kind == ItemKind::CopyEnd);
}

TEST_CASE("COPY that the PG15 parser rejects is still followed by its data") {
  auto items = split_every_way("COPY t FROM stdin WITH (FORMAT text) WHERE ))(;\n1\n\\.\n");
  REQUIRE(items.size() == 3);
  CHECK(items[1].kind == ItemKind::CopyData);
}

TEST_CASE("input that ends too early names the open construct and where it began") {
  struct Case {
    std::string input;
    OpenConstruct open;
    std::string from;
  };
  for (const Case& c : std::vector<Case>{
           {"SELECT 1;\nSELECT 'abc;\n", OpenConstruct::String, "'abc;\n"},
           {"SELECT E'a\\';\n", OpenConstruct::EscapeString, "E'a\\';\n"},
           {"SELECT \"col;\n", OpenConstruct::QuotedIdentifier, "\"col;\n"},
           {"CREATE FUNCTION f() AS $x$ SELECT 1; $x;\n", OpenConstruct::DollarQuote, "$x$ SELECT 1; $x;\n"},
           {"SELECT 1 /* a /* b */ ;\n", OpenConstruct::BlockComment, "/* a /* b */ ;\n"},
           {"SELECT 1;\n/* trailing", OpenConstruct::BlockComment, "/* trailing"},
       }) {
    CAPTURE(c.input);
    auto items = split_every_way(c.input);
    REQUIRE(!items.empty());
    CHECK(items.back().open == c.open);
    CHECK(items.back().text.substr(items.back().open_at) == c.from);
  }
}

TEST_CASE("a COPY block with no \\. line at the end of input") {
  auto items = split_every_way("COPY t FROM stdin;\n1\n2\n");
  REQUIRE(items.size() == 3);
  CHECK(items[1].text == "1\n2\n");
  CHECK(items[2].kind == ItemKind::CopyEnd);
  CHECK_FALSE(items[2].terminated);
  CHECK(items[2].text.empty());
  auto dot = split_every_way("COPY t FROM stdin;\n1\n\\.");
  CHECK(dot.back().kind == ItemKind::CopyEnd);
  CHECK(dot.back().terminated);
  CHECK(dot.back().text == "\\.");
}

TEST_CASE("only comments, or nothing") {
  CHECK(split_every_way("").empty());
  auto items = split_every_way("-- just a comment\n\n/* and another */\n");
  REQUIRE(items.size() == 1);
  CHECK(items[0].kind == ItemKind::Trailing);
  CHECK(items[0].open == OpenConstruct::None);
}

TEST_CASE("NUL bytes and invalid UTF-8 pass through as data") {
  std::string in = std::string("SELECT 'a\0b', '\xff\xfe';\nSELECT 1;\n", 27);
  auto items = split_every_way(in);
  REQUIRE(items.size() == 2);
  CHECK(items[0].text.size() == 20);
}

TEST_CASE("a statement larger than the limit is refused, naming its first line") {
  Splitter* sp = nullptr;
  Collect sink(sp);
  Splitter s(sink, 100);
  sp = &s;
  s.feed("SELECT 1;\n\nSELECT '", 19);
  std::string big(200, 'x');
  try {
    s.feed(big.data(), big.size());
    FAIL("no error");
  } catch (const StatementTooLarge& e) {
    CHECK(e.line == 3);
  }
}

TEST_CASE("long words split across reads are not keywords") {
  std::string word(1000, 'b');
  std::string in = "CREATE FUNCTION f() LANGUAGE sql " + word + "egin; SELECT 1;\n";
  // Whatever the reads, 'begin' glued to a long word does not open a block.
  auto items = split_every_way(in);
  CHECK(items.size() == 2);
}

TEST_CASE("count_newlines agrees with a plain count at every length and alignment") {
  std::mt19937 rng(7);
  std::string s(5000, 'x');
  for (char& c : s) c = (rng() % 5 == 0) ? '\n' : static_cast<char>('a' + rng() % 20);
  for (size_t off = 0; off < 17; ++off)
    for (size_t n : {size_t{0}, size_t{1}, size_t{15}, size_t{16}, size_t{17}, size_t{255 * 16 + 3}, s.size() - off}) {
      if (off + n > s.size()) continue;
      uint64_t want = 0;
      for (size_t i = off; i < off + n; ++i) want += s[i] == '\n';
      CHECK(count_newlines(s.data() + off, n) == want);
    }
}

TEST_CASE("random scripts: the same items however they are read") {
  // Scripts glued from the grammar's sensitive pieces, in random order.
  const std::vector<std::string> pieces = {
      "SELECT", " ", "\n", "\r\n", "'", "''", "E'", "U&'", "\\", "\\\\", "\"", "$$", "$a$", "$1", "--", "/*",
      "*/", ";", "(", ")", "x", "1", "CREATE FUNCTION f() ", "BEGIN", " ATOMIC ", "END", "CASE", "\\.",
      "COPY t FROM stdin;\n", "COPY t FROM stdin CSV;\n", "\\.\n", "\\copy t from stdin\n", "\\connect db\n",
      "SET standard_conforming_strings = off;\n", "SET standard_conforming_strings = on;\n", std::string(1, '\0'),
      "\xc3\xa9", "\t"};
  std::mt19937 rng(2024);
  for (int round = 0; round < 1000; ++round) {
    std::string script;
    size_t n = 5 + rng() % 40;
    for (size_t i = 0; i < n; ++i) script += pieces[rng() % pieces.size()];
    CAPTURE(script);
    split_every_way(script);
  }
}

TEST_CASE("find_line_start_backslash agrees with a plain scan") {
  std::mt19937 rng(99);
  for (int round = 0; round < 3000; ++round) {
    size_t n = rng() % 600;
    std::string s(n, 'x');
    for (char& c : s) {
      unsigned r = rng() % 40;
      c = r == 0 ? '\n' : r == 1 ? '\\' : static_cast<char>('a' + r % 26);
    }
    bool after_newline = rng() % 2;
    size_t want = n;
    uint64_t want_nl = 0;
    bool prev = after_newline;
    for (size_t i = 0; i < n; ++i) {
      if (s[i] == '\\' && prev) { want = i; break; }
      prev = s[i] == '\n';
      want_nl += prev;
    }
    uint64_t got_nl = 5;
    size_t got = find_line_start_backslash(s.data(), n, after_newline, &got_nl);
    CAPTURE(s);
    CHECK(got == want);
    CHECK(got_nl == want_nl + 5);
  }
}

TEST_CASE("psql's edits reach the parser, also for a last statement without a semicolon") {
  auto items = split_every_way("SELECT 1 \\; SELECT 'a'");
  REQUIRE(items.size() == 1);
  struct Keep : ItemSink {
    std::vector<std::pair<size_t, char>> patches;
    std::optional<CopyFormat> on_item(const Item& it) override {
      patches = it.parse_patches;
      return std::nullopt;
    }
  } keep;
  Splitter k(keep, 1 << 20);
  k.set_standard_conforming_strings(false);
  std::string in = "SELECT 'it\\'s' \\; SELECT 2";
  k.feed(in.data(), in.size());
  k.finish();
  CHECK(keep.patches == std::vector<std::pair<size_t, char>>{{10, '\''}, {15, ' '}});
}

TEST_CASE("the statement limit does not depend on where reads end (fuzz finding F1)") {
  std::string in = "SELECT 1234567; SELECT 2;\n";
  for (size_t cut = 0; cut <= in.size(); ++cut) {
    Splitter* sp = nullptr;
    Collect sink(sp);
    Splitter s(sink, 15);
    sp = &s;
    CAPTURE(cut);
    CHECK_NOTHROW({
      s.feed(in.data(), cut);
      s.feed(in.data() + cut, in.size() - cut);
      s.finish();
    });
  }
}

TEST_CASE("CSV: an escape before a newline is an ordinary character (fuzz finding F3)") {
  std::string in = "COPY t (a) FROM stdin (FORMAT csv, ESCAPE '\\');\n\"x\\\n\\.\nCREATE POLICY p ON t USING (true);\n";
  auto items = split_every_way(in);
  REQUIRE(items.size() >= 3);
  CHECK(items[1].text == "\"x\\\n");
  CHECK(items[2].kind == ItemKind::CopyEnd);
  CHECK(items[2].line == 3);
  CHECK(items[2].csv_end_in_quotes);
}

TEST_CASE("a very long word split across reads stays one word (fuzz finding F2)") {
  std::string word(600, 'a');
  for (std::string tail : {std::string("$$;\nSELECT 2;\n"), std::string("e'\\';\nSELECT 2;\n"), std::string("1begin;\nSELECT 2;\n")}) {
    CAPTURE(tail);
    auto items = split_every_way("SELECT " + word + tail);
    CHECK(items.size() == 2);
  }
}
