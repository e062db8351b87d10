// Parse: every SQL statement goes through libpg_query (the PostgreSQL 15
// parser) and is read through the protobuf-c structs of pg_query.pb-c.h.
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <pg_query.h>
#include <pg_query/pg_query.pb-c.h>

#include "splitter.hpp"

namespace db9 {

// Where one statement's unpacked tree lives (statement.cpp): protobuf-c
// allocates each node and string on its own, hundreds for a CREATE TABLE;
// here they come from a few blocks, and go with them at once.
class TreeArena;

// One parsed item: a psql query buffer may hold several statements
// ("SELECT 1 \; SELECT 2;"), so this is a list.
class ParsedStatement {
 public:
  ParsedStatement() = default;
  ParsedStatement(const ParsedStatement&) = delete;
  ParsedStatement& operator=(const ParsedStatement&) = delete;
  ParsedStatement(ParsedStatement&& o) noexcept;
  ParsedStatement& operator=(ParsedStatement&& o) noexcept;
  ~ParsedStatement();

  bool ok() const { return ok_; }
  // The parser's message and the byte offset (in the parsed text) it points
  // at, when it points anywhere.
  const std::string& error_message() const { return error_message_; }
  std::optional<size_t> error_offset() const { return error_offset_; }
  // Refused by the nesting guard (src/nesting.hpp), not by the parser.
  bool too_deep() const { return too_deep_; }

  // Each statement's node type (the Node oneof case), read straight from
  // the protobuf bytes without unpacking the tree: cheap enough for every
  // statement, so the tree is unpacked only when someone needs it.
  const std::vector<PgQuery__Node__NodeCase>& statement_types() const;
  // The tree, unpacked on first use.
  const PgQuery__ParseResult* tree() const;
  size_t statement_count() const { return statement_types().size(); }
  PgQuery__Node__NodeCase statement_type(size_t i) const { return statement_types()[i]; }
  // Statement i's stmt_location and stmt_len (0: to the end of the text),
  // read with the types.
  std::pair<size_t, size_t> statement_span(size_t i) const {
    statement_types();
    return spans_[i];
  }
  const PgQuery__Node* statement(size_t i) const { return tree()->stmts[i]->stmt; }

 private:
  friend class Parser;
  void release();
  bool ok_ = false;
  bool too_deep_ = false;
  std::string error_message_;
  std::optional<size_t> error_offset_;
  PgQueryProtobufParseResult raw_{};
  bool have_raw_ = false;
  mutable PgQuery__ParseResult* tree_ = nullptr;
  mutable std::unique_ptr<TreeArena> arena_;  // tree_'s memory (null: malloc'd)
  mutable std::vector<PgQuery__Node__NodeCase> types_;
  mutable std::vector<std::pair<size_t, size_t>> spans_;
  mutable bool types_read_ = false;
};

// An identifier as PostgreSQL reads it back, quoted as PostgreSQL's own
// quote_ident() would: as it is when it is lower case letters, digits and
// '_' (not first a digit) and no keyword but an unreserved one (the
// parser's own keyword list, through pg_query_scan); otherwise in double
// quotes, '"' doubled. For every SQL text the filter writes and every name
// in a message: "user", "select", "My Table", orders, name.
std::string quote_ident(std::string_view name);
inline std::string quote_ident(const char* name) { return quote_ident(std::string_view(name ? name : "")); }

class Parser {
 public:
  // Parse one item's text (it may include leading comments and a trailing
  // semicolon; offsets stay relative to `text`).
  ParsedStatement parse(std::string_view text);
  // The same, after replacing single bytes (offset, byte) in a copy.
  ParsedStatement parse(std::string_view text, const std::vector<std::pair<size_t, char>>& patches);
  // The text of the last parse, as the parser saw it (valid until the next).
  std::string_view text() const { return scratch_; }

 private:
  ParsedStatement parse_scratch(std::string_view text);
  std::string scratch_;  // NUL-terminated copy handed to the parser
};

// ---- questions the core asks of a parsed statement --------------------------

// COPY ... FROM STDIN: the data format that follows, if this is one.
std::optional<CopyFormat> copy_from_stdin(const PgQuery__Node* stmt);
// The table a COPY names ("schema.table" as written), or "" for COPY (query).
std::string copy_target(const PgQuery__Node* stmt);
// SET / RESET standard_conforming_strings: the new value, if this is one.
std::optional<bool> sets_standard_conforming_strings(const PgQuery__Node* stmt);

// For text that does not parse: the same two questions, answered from the
// token stream of pg_query_scan (PG16+ COPY options, say).
std::optional<CopyFormat> copy_from_stdin_by_tokens(std::string_view text);

// "\copy ... from stdin|pstdin [csv ...]": psql reads its data from the script.
std::optional<CopyFormat> meta_copy_from_stdin(std::string_view meta_line);

}  // namespace db9
