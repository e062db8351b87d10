// The two writers of COPY data in the output stage, one per import path:
//
//   InsertWriter  --target api (db9 db sql -f: SQL over HTTP, no COPY
//                 sub-protocol): the rows become multi-row INSERT
//                 statements, in batches of --insert-batch rows and
//                 --insert-batch-bytes bytes.
//   CopyBatcher   --target psql: a block larger than --copy-batch bytes is
//                 cut at row boundaries into several COPY ... FROM stdin
//                 blocks, the COPY statement repeated byte for byte, so that
//                 psql loads and commits each on its own.
//
// Both take the data in the pieces the splitter gives (cut anywhere) and
// find rows with the same RowBoundaries (src/copy_data.hpp); memory is one
// row (and, for INSERTs, nothing more: rows are written as they come).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "copy_data.hpp"
#include "output.hpp"

namespace db9 {

class InsertWriter {
 public:
  struct Limits {
    size_t rows = 1000;           // --insert-batch
    size_t bytes = size_t{1} << 20;  // --insert-batch-bytes
  };
  // What the dump tells of the table, for a COPY without a column list.
  struct Table {
    // The columns such a COPY loads (the table's but its generated ones),
    // as SQL identifiers, when the dump's CREATE TABLE tells them.
    std::optional<std::vector<std::string>> columns;
    // The table has generated columns: the INSERT needs the list above.
    bool generated = false;
    // Not known, but the COPY statement is pg_dump's own for a table with
    // no columns it loads ("COPY t  FROM stdin;", an empty column list).
    bool pg_dump_no_columns = false;
  };
  // Every INSERT says OVERRIDING SYSTEM VALUE: COPY writes the values it is
  // given into identity columns, GENERATED ALWAYS ones too, and PostgreSQL
  // takes the clause on any table (a data-only dump never says which
  // columns are identity ALWAYS).
  InsertWriter(Output& out, CopySpec spec, Limits limits, Table table);
  void feed(std::string_view data);
  // The end of the block: the open statement is closed. Returns false
  // when the data ended inside a row (a quoted CSV field still open at
  // the \. line): that row is not written.
  bool finish();
  // The input ended inside the block: the partial row is dropped and the
  // open statement is left unfinished.
  void abandon() { carry_.clear(); }

  uint64_t rows() const { return rows_; }
  uint64_t statements() const { return statements_; }

 private:
  void row(std::string_view text);
  void close_values();
  void flush_empty_rows();

  Output& out_;
  CopySpec spec_;
  Limits limits_;
  RowBoundaries bounds_;
  RowEncoder encoder_;
  std::string head_;       // "INSERT INTO t (a, b) VALUES\n"
  std::string carry_;      // a row begun in an earlier piece
  std::string encoded_;    // the row being written
  bool header_pending_;    // HEADER: the first row is not data
  bool zero_columns_ = false;  // the table has no columns COPY loads: rows are empty lines
  bool open_ = false;      // an INSERT ... VALUES is open
  size_t open_rows_ = 0;
  size_t open_bytes_ = 0;
  uint64_t empty_rows_ = 0;  // zero-column rows not yet written
  uint64_t rows_ = 0;
  uint64_t statements_ = 0;
};

class CopyBatcher {
 public:
  // `statement`: the COPY statement (or \copy line) as written, through its
  // line end; `end_line`: "\\.\n" (or with "\r\n" in a CRLF dump).
  // `header`: the COPY says HEADER, so its first line is not a row: every
  // batch begins with that line again.
  CopyBatcher(Output& out, std::string statement, std::string end_line, size_t batch_bytes, bool csv, char quote,
              char escape, bool header = false);
  void feed(std::string_view data);
  // Blocks written for this one (1 when it was not cut).
  uint64_t batches() const { return batches_; }

 private:
  Output& out_;
  std::string statement_;
  std::string end_line_;
  size_t batch_;
  RowBoundaries bounds_;
  bool header_pending_;       // the header line is still being read
  std::string header_;        // the header line, repeated after each cut
  size_t in_block_ = 0;       // data bytes in the block being written
  bool cut_pending_ = false;  // the block is full: the next data begins a new one
  uint64_t batches_ = 1;
};

}  // namespace db9
