// The parse layer (src/statement.cpp): statement types and spans read from
// the protobuf bytes without unpacking the tree agree with the tree; names
// are quoted as PostgreSQL quotes them.
#include <doctest/doctest.h>

#include <string>

#include "ascii.hpp"
#include "statement.hpp"

using namespace db9;

TEST_CASE("statement types and spans read from the wire equal the unpacked tree's") {
  Parser parser;
  for (const char* sql : {"SELECT 1;", "  -- c\nSELECT 1; CREATE TABLE t (a int);\nCOPY t FROM stdin;",
                          "SET search_path = ''; SELECT pg_catalog.set_config('x', '', false)",
                          "CREATE VIEW v AS SELECT 1 AS a; DROP VIEW v;; ; VACUUM"}) {
    ParsedStatement read = parser.parse(sql);
    REQUIRE(read.ok());
    ParsedStatement tree = parser.parse(sql);
    const PgQuery__ParseResult* t = tree.tree();
    REQUIRE(t != nullptr);
    CHECK(read.statement_count() == t->n_stmts);  // `read` has not unpacked its tree
    for (size_t i = 0; i < t->n_stmts; ++i) {
      CHECK(read.statement_type(i) == t->stmts[i]->stmt->node_case);
      CHECK(read.statement_span(i).first == static_cast<size_t>(t->stmts[i]->stmt_location));
      CHECK(read.statement_span(i).second == static_cast<size_t>(t->stmts[i]->stmt_len));
    }
  }
}

TEST_CASE("quote_ident quotes as PostgreSQL's quote_ident does") {
  using db9::quote_ident;
  CHECK(quote_ident("orders") == "orders");
  CHECK(quote_ident("t_1") == "t_1");
  CHECK(quote_ident("name") == "name");          // an unreserved keyword is a name
  CHECK(quote_ident("password") == "password");  // unreserved too
  CHECK(quote_ident("user") == "\"user\"");      // reserved
  CHECK(quote_ident("select") == "\"select\"");
  CHECK(quote_ident("between") == "\"between\"");  // a column-name keyword
  CHECK(quote_ident("left") == "\"left\"");        // a type/function-name keyword
  CHECK(quote_ident("My Table") == "\"My Table\"");
  CHECK(quote_ident("Orders") == "\"Orders\"");
  CHECK(quote_ident("1st") == "\"1st\"");
  CHECK(quote_ident("a\"b") == "\"a\"\"b\"");
  CHECK(quote_ident("") == "\"\"");
  CHECK(quote_ident("é") == "\"é\"");
  // asked again: the kept answer is the same
  CHECK(quote_ident("user") == "\"user\"");
  CHECK(quote_ident("orders") == "orders");
}

TEST_CASE("ASCII case folding (ascii.hpp)") {
  CHECK(iequals("CSV", "csv"));
  CHECK(iequals("Standard_Conforming_Strings", "standard_conforming_strings"));
  CHECK_FALSE(iequals("csv", "csv2"));
  CHECK_FALSE(iequals("\xc3\x89", "\xc3\xa9"));  // only ASCII folds: É is not é
  CHECK(find_ci("ALTER TABLE t OWNER TO x", "owner") == 14);
  CHECK(find_ci("select pg_Notify('c')", "pg_notify") == 7);
  CHECK(find_ci("abc", "") == 0);
  CHECK(find_ci("ab", "abc") == std::string_view::npos);
  CHECK(find_ci("a@b", "`b") == std::string_view::npos);  // a first byte that is no letter is compared as it is
  CHECK(find_ci("x@n", "`n") == std::string_view::npos);
  CHECK(find_ci("x`B", "`b") == 1);
  CHECK(starts_with_ci("ADD CONSTRAINT", 4, "constraint"));
  CHECK_FALSE(starts_with_ci("ADD CONSTR", 4, "constraint"));
  CHECK_FALSE(starts_with_ci("ADD", 9, "x"));
}
TEST_CASE("find_ci: the first letter matches in either case, and nothing else does") {
  CHECK(find_ci("@DD x", "add") == std::string_view::npos);  // '@' | 0x20 is '`', not 'a'
  CHECK(find_ci("[dd ADD", "add") == 4);                     // '[' | 0x20 is '{'
  CHECK(find_ci("AdD", "add") == 0);
}
