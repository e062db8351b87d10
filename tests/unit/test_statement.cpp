// The parse layer (src/statement.cpp): statement types and spans read from
// the protobuf bytes without unpacking the tree agree with the tree.
#include <doctest/doctest.h>

#include <string>

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
