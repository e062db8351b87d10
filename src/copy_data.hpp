// COPY data, read as the server reads it: row boundaries (text format: a
// newline no backslash escapes; CSV: a newline outside quotes), fields,
// the text format's backslash escapes and CSV quoting, NULL; and each value
// written back as a SQL literal that PostgreSQL reads as exactly the same
// value. Used by the output stage (src/copy_out.cpp) for --target api
// (COPY → INSERT) and --copy-batch (cut at row boundaries).
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "statement.hpp"

namespace db9 {

// What a COPY ... FROM stdin statement says about its data.
struct CopySpec {
  std::string table;                 // as SQL: schema.name, quoted where needed
  std::vector<std::string> columns;  // as SQL identifiers, quoted where needed
  bool column_list = false;          // a (...) list was written
  enum class Format : uint8_t { Text, Csv, Binary } format = Format::Text;
  char delimiter = '\t';             // text: tab; CSV: comma
  std::string null_string = "\\N";   // text: \N; CSV: the empty string
  char quote = '"';                  // CSV only
  char escape = '"';                 // CSV only (the quote unless ESCAPE is given)
  bool header = false;               // HEADER [true | match]: the first line is not data
  // CSV, by position in the column list: FORCE_NOT_NULL and FORCE_NULL.
  std::vector<bool> force_not_null;
  std::vector<bool> force_null;
  // Why the rows cannot be written as INSERTs ("" when they can): binary
  // format, an ENCODING option, FORCE_* without a column list, ...
  std::string unsupported;
};

// The spec of a COPY ... FROM stdin statement (nullopt for anything else).
std::optional<CopySpec> copy_spec(const PgQuery__Node* stmt);

// Where rows end in COPY data that comes in pieces cut anywhere. Text
// format: at a newline not escaped by a backslash (a backslash takes the
// next byte, a newline too); CSV: at a newline outside quotes (the quote
// toggles; inside quotes, an ESCAPE different from the quote takes a
// following quote or escape). The state between pieces is carried.
class RowBoundaries {
 public:
  RowBoundaries(bool csv, char quote, char escape);
  // Reads p[0, n): returns the offset just past the first row-ending
  // newline at or after offset `from`, having read up to there; or npos,
  // having read all of it (the state carries into the next piece).
  size_t next_row_end(const char* p, size_t n, size_t from = 0);
  void reset();

 private:
  size_t next_text(const char* p, size_t n, size_t from);
  size_t next_csv(const char* p, size_t n, size_t from);
  bool csv_;
  char quote_;
  int escape_;           // -1 when it is the quote (the quote alone toggles)
  bool odd_backslashes_ = false;  // text: the bytes read so far end in an odd run of backslashes
  bool in_quote_ = false;         // CSV
  bool last_was_escape_ = false;  // CSV
};

// Rows of COPY data (each without its newline, and without a carriage
// return before it) written as VALUES rows "(v1, v2, ...)". A value is
// NULL, '...' when it holds no backslash or control character, else
// E'...' with those escaped: the same value whatever
// standard_conforming_strings is.
class RowEncoder {
 public:
  explicit RowEncoder(const CopySpec& spec);
  // Appends "(...)" to `out`; returns the number of fields, or nullopt for
  // a CSV row whose quoted field is not closed (the server refuses it too).
  std::optional<size_t> encode(std::string_view row, std::string& out);

 private:
  size_t text_row(std::string_view row, std::string& out);
  std::optional<size_t> csv_row(std::string_view row, std::string& out);
  const CopySpec& spec_;
  uint8_t kind_[256];   // text format: what each byte is to the field scanner
  std::string value_;   // CSV: the field being de-quoted
};

// A value (bytes) as a SQL literal: '...' or E'...' as above.
void append_literal(std::string_view value, std::string& out);

// Decodes one text-format field (the escapes, no NULL check): for tests.
std::string decode_text_field(std::string_view raw);

}  // namespace db9
