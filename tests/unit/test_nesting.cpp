// The nesting guard (src/nesting.cpp) and the big stack (src/big_stack.cpp):
// the token bound is an upper bound of the parse tree's depth, quotes and
// comments hide what they hold, the exact depth is read from the protobuf,
// and a statement too deep is refused by the Parser instead of crashing it.
#include <doctest/doctest.h>

#include <stdexcept>
#include <string>

#include "big_stack.hpp"
#include "nesting.hpp"
#include "statement.hpp"

using namespace db9;

namespace {

std::string repeat(const std::string& s, size_t n) {
  std::string out;
  out.reserve(s.size() * n);
  for (size_t i = 0; i < n; ++i) out += s;
  return out;
}

// The depth of the parse tree of sql, in protobuf messages (0: no parse).
size_t tree_depth(const std::string& sql) {
  PgQueryProtobufParseResult r = pg_query_parse_protobuf(sql.c_str());
  size_t d = r.error == nullptr ? message_depth(reinterpret_cast<const uint8_t*>(r.parse_tree.data),
                                                r.parse_tree.len, &pg_query__parse_result__descriptor)
                                : 0;
  pg_query_free_protobuf_parse_result(r);
  return d;
}

}  // namespace

TEST_CASE("the token bound: brackets, CASE and list elements") {
  CHECK(nesting_bound("") == 1);
  CHECK(nesting_bound("SELECT 1") == 3);
  // Parentheses add a level each; a list element counts its own tokens.
  CHECK(nesting_bound("SELECT ((1))") > nesting_bound("SELECT (1)"));
  CHECK(nesting_bound("SELECT 1, 2, 3, 4, 5, 6") == nesting_bound("SELECT 1"));
  CHECK(nesting_bound("SELECT a = 1 AND b = 2 AND c = 3 OR d = 4") == nesting_bound("SELECT a = 1"));
  // x BETWEEN a AND b: its AND is not a list's.
  CHECK(nesting_bound("SELECT x BETWEEN 1 AND 2 + 3 + 4") > nesting_bound("SELECT x BETWEEN 1"));
  // CASE ... END nests like a bracket, also behind an AND.
  std::string cases = "SELECT " + repeat("CASE WHEN a AND ", 50) + "true" + repeat(" THEN 1 END", 50);
  CHECK(nesting_bound(cases) >= 50);
  // Set operations and joins are left-deep across list elements.
  std::string unions = "SELECT 1, 2" + repeat(" UNION SELECT 1, 2", 100);
  CHECK(nesting_bound(unions) >= 100);
  std::string joins = "SELECT 1 FROM a" + repeat(" JOIN b ON x AND y", 100);
  CHECK(nesting_bound(joins) >= 100);
}

TEST_CASE("the token bound: quotes, comments and dollar quotes are one token each") {
  std::string parens = repeat("(", 1000);
  for (const std::string& hidden : {"'" + parens + "'", "E'\\'" + parens + "'", "\"" + parens + "\"",
                                    "$$" + parens + "$$", "$a$ $$ " + parens + "$a$", "U&'" + parens + "'",
                                    "-- " + parens + "\n1", "/* /* */ " + parens + " */ 1", "x'" + parens + "'"})
    CHECK_MESSAGE(nesting_bound("SELECT " + hidden) < 10, hidden.substr(0, 12));
  // '' inside a string, and a backslash in a standard string, do not end it.
  CHECK(nesting_bound("SELECT 'a''" + parens + "'") < 10);
  CHECK(nesting_bound("SELECT 'a\\' " + parens) > 1000);  // the string ended at the second quote
  CHECK(nesting_bound("SELECT $1 " + parens) > 1000);     // $1 is a parameter, not a dollar quote
  CHECK(nesting_bound("SELECT a$b$ " + parens) > 1000);   // an identifier with $ in it
}

TEST_CASE("the token bound stops early") {
  std::string deep = "SELECT " + repeat("1+", 100000) + "1";
  CHECK(nesting_bound(deep, 1000) == 1001);
  CHECK(nesting_bound(deep) > 200000);
}

TEST_CASE("the token bound is an upper bound of the depth (4 messages a token)") {
  BigStack stack;
  stack.run([] {
    for (const std::string& sql :
         {"SELECT " + repeat("'x' || ", 2000) + "'x'", "SELECT 1" + repeat("::integer", 2000),
          "SELECT " + repeat("(SELECT ", 1000) + "1" + repeat(")", 1000),
          "SELECT " + repeat("CASE WHEN true THEN ", 1000) + "1" + repeat(" END", 1000),
          "SELECT " + repeat("NOT ", 2000) + "true", "SELECT " + repeat("abs(", 2000) + "1" + repeat(")", 2000),
          "SELECT 1 FROM t" + repeat(" JOIN t ON true", 2000), "SELECT 1" + repeat(" UNION SELECT 1", 2000),
          "SELECT * FROM " + repeat("(SELECT * FROM ", 1000) + "t" + repeat(") s", 1000),
          std::string("CREATE TABLE t (a integer CHECK (a > 0 AND a < 10), b text DEFAULT 'x')")}) {
      size_t depth = tree_depth(sql);
      REQUIRE_MESSAGE(depth > 0, sql.substr(0, 40));
      CHECK_MESSAGE(depth <= 4 * nesting_bound(sql) + 32, sql.substr(0, 40));
    }
  });
}

TEST_CASE("message_depth reads the nesting from the wire") {
  // ParseResult > RawStmt > Node > SelectStmt > Node > ResTarget > Node > A_Const > Integer
  CHECK(tree_depth("SELECT 1") == 9);
  CHECK(tree_depth("SELECT 1+1") > tree_depth("SELECT 1"));
  size_t ten = tree_depth("SELECT 1" + repeat("+1", 10));
  CHECK(tree_depth("SELECT 1" + repeat("+1", 20)) == ten + 20);  // Node and A_Expr for each +
  const uint8_t junk[] = {0xff, 0xff, 0xff};
  CHECK(message_depth(junk, sizeof junk, &pg_query__parse_result__descriptor) == 1);
  CHECK(message_depth(nullptr, 0, &pg_query__parse_result__descriptor) == 1);
}

TEST_CASE("first_word skips comments and whitespace") {
  CHECK(first_word("  -- x\n/* y /* z */ */ COPY t FROM stdin") == "COPY");
  CHECK(first_word("'copy'").empty());
  CHECK(first_word("").empty());
}

TEST_CASE("the big stack runs tasks, gives their exceptions back, and is where the limits are large") {
  BigStack stack;
  REQUIRE(stack.size() >= (size_t{64} << 20));
  size_t here = 0, there = 0;
  here = nesting_limits().depth;
  stack.run([&] { there = nesting_limits().depth; });
  CHECK(there == 60000);
  CHECK(here < there);
  CHECK_THROWS_AS(stack.run([] { throw std::runtime_error("x"); }), std::runtime_error);
  int runs = 0;
  for (int i = 0; i < 3; ++i) stack.run([&] { ++runs; });
  CHECK(runs == 3);
}

TEST_CASE("the Parser refuses a statement too deep, and parses what PostgreSQL 15 takes") {
  std::string takes = "SELECT " + repeat("'x' || ", 3999) + "'x';";  // PostgreSQL 15 takes 4,076
  // Two messages a join for one token of the bound: past the depth limit
  // below the token limit.
  std::string too_deep = "SELECT 1 FROM t" + repeat(" JOIN t ON true", 40000) + ";";
  std::string far_too_deep = "SELECT " + repeat("1+", 300000) + "1;";
  BigStack stack;
  stack.run([&] {
    Parser parser;
    ParsedStatement ok = parser.parse(takes);
    CHECK(ok.ok());
    REQUIRE(ok.tree() != nullptr);
    ParsedStatement deep = parser.parse(too_deep);  // parsed, then refused by its depth
    CHECK_FALSE(deep.ok());
    CHECK(deep.too_deep());
    CHECK(deep.error_message() == "its parse tree is more than 60000 levels deep");
    ParsedStatement deeper = parser.parse(far_too_deep);  // refused by its tokens, never parsed
    CHECK_FALSE(deeper.ok());
    CHECK(deeper.too_deep());
    CHECK(deeper.error_message() == "by its tokens, nested more than 50000 levels deep");
  });
  // On an ordinary stack the limits shrink to fit: refused, not a crash.
  Parser parser;
  ParsedStatement here = parser.parse(takes);
  CHECK_FALSE(here.ok());
  CHECK(here.too_deep());
}
