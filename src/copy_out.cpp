#include "copy_out.hpp"

#include <algorithm>

namespace db9 {

// ---- --target api: INSERTs -----------------------------------------------------------

InsertWriter::InsertWriter(Output& out, CopySpec spec, Limits limits, Table table)
    : out_(out),
      spec_(std::move(spec)),
      limits_(limits),
      bounds_(spec_.format == CopySpec::Format::Csv, spec_.quote, spec_.escape),
      encoder_(spec_),
      header_pending_(spec_.header) {
  // Without a column list COPY loads every column but the generated ones,
  // in order: an empty line is a row of a table with none (known from its
  // CREATE TABLE, or from pg_dump's empty column list), else one field.
  // INSERT without a list would give the values to the first columns, the
  // generated ones among them: the list is written when they are known.
  std::vector<std::string> columns = spec_.columns;
  if (!spec_.column_list) {
    zero_columns_ = table.columns ? table.columns->empty() : table.pg_dump_no_columns;
    if (table.columns && table.generated && !zero_columns_) columns = *table.columns;
  }
  head_ = "INSERT INTO " + spec_.table;
  if (!columns.empty()) {
    head_ += " (";
    for (size_t i = 0; i < columns.size(); ++i) head_ += (i > 0 ? ", " : "") + columns[i];
    head_ += ')';
  }
  head_ += " OVERRIDING SYSTEM VALUE VALUES\n";
  if (limits_.rows == 0) limits_.rows = 1;
}

void InsertWriter::feed(std::string_view data) {
  const char* p = data.data();
  size_t n = data.size();
  size_t pos = 0;
  while (pos < n) {
    size_t end = bounds_.next_row_end(p + pos, n - pos);
    if (end == std::string_view::npos) {
      carry_.append(p + pos, n - pos);
      return;
    }
    if (carry_.empty()) {
      row(std::string_view(p + pos, end - 1));
    } else {
      carry_.append(p + pos, end - 1);
      row(carry_);
      carry_.clear();
    }
    pos += end;
  }
}

void InsertWriter::row(std::string_view text) {
  // A carriage return before the newline is the line end of a CRLF dump,
  // unless a backslash escapes it (text format; in CSV the row ended
  // outside quotes, so it is outside them too).
  if (!text.empty() && text.back() == '\r') {
    size_t k = text.size() - 1, run = 0;
    while (k > 0 && text[k - 1] == '\\') --k, ++run;
    if (spec_.format == CopySpec::Format::Csv || run % 2 == 0) text.remove_suffix(1);
  }
  if (header_pending_) {
    header_pending_ = false;
    return;
  }
  ++rows_;
  if (zero_columns_ && text.empty()) {
    close_values();
    if (++empty_rows_ >= limits_.rows) flush_empty_rows();
    return;
  }
  flush_empty_rows();
  // The row is encoded after its separator from the row before, so that it
  // is written in one piece either way.
  constexpr size_t kSeparator = 2, kEnd = 2;  // ",\n" and ";\n"
  encoded_.assign(",\n");
  if (!encoder_.encode(text, encoded_)) return;  // not reachable for a row that ended: its quotes were closed
  size_t size = encoded_.size() - kSeparator;
  // A new statement begins before either bound would be passed; a single
  // row larger than the byte bound goes alone.
  if (open_ && (open_rows_ + 1 > limits_.rows || open_bytes_ + kSeparator + size + kEnd > limits_.bytes))
    close_values();
  if (!open_) {
    out_.write(head_);
    open_ = true;
    open_rows_ = 0;
    open_bytes_ = head_.size() + size;
    ++statements_;
    out_.write(std::string_view(encoded_).substr(kSeparator));
  } else {
    open_bytes_ += kSeparator + size;
    out_.write(encoded_);
  }
  ++open_rows_;
}

void InsertWriter::close_values() {
  if (!open_) return;
  out_.write(";\n");
  open_ = false;
}

void InsertWriter::flush_empty_rows() {
  if (empty_rows_ == 0) return;
  out_.write("INSERT INTO " + spec_.table + " SELECT FROM generate_series(1, " + std::to_string(empty_rows_) + ");\n");
  ++statements_;
  empty_rows_ = 0;
}

bool InsertWriter::finish() {
  bool whole = carry_.empty();
  carry_.clear();
  close_values();
  flush_empty_rows();
  return whole;
}

// ---- --target psql: COPY in batches ------------------------------------------------------

CopyBatcher::CopyBatcher(Output& out, std::string statement, std::string end_line, size_t batch_bytes, bool csv,
                         char quote, char escape, bool header)
    : out_(out),
      statement_(std::move(statement)),
      end_line_(std::move(end_line)),
      batch_(std::max<size_t>(batch_bytes, 1)),
      bounds_(csv, quote, escape),
      header_pending_(header) {}

void CopyBatcher::feed(std::string_view data) {
  // A block ends at the first row end at or past `batch_` bytes: each
  // written block is at most one row past the bound, and a block that is
  // not larger than the bound is never cut (sanitizing again changes
  // nothing).
  const char* p = data.data();
  size_t n = data.size();
  size_t pos = 0;
  if (header_pending_) {
    // HEADER: the first line is the header, written once per batch (and
    // counted in each batch's bytes, as sanitizing the output again counts it).
    size_t end = bounds_.next_row_end(p, n);
    size_t take = end == std::string_view::npos ? n : end;
    header_.append(p, take);
    out_.write(std::string_view(p, take));
    in_block_ += take;
    if (end == std::string_view::npos) return;
    header_pending_ = false;
    pos = take;
    cut_pending_ = in_block_ >= batch_;
  }
  while (pos < n) {
    if (cut_pending_) {
      out_.write(end_line_);
      out_.write(statement_);
      out_.write(header_);
      ++batches_;
      in_block_ = header_.size();
      cut_pending_ = false;
    }
    size_t rest = n - pos;
    // A newline at offset e in the rest ends the block when
    // in_block_ + e + 1 >= batch_.
    size_t need = in_block_ >= batch_ ? 0 : batch_ - in_block_;
    size_t from = need == 0 ? 0 : (need > rest ? rest : need - 1);
    size_t end = bounds_.next_row_end(p + pos, rest, from);
    if (end == std::string_view::npos) {
      out_.write(std::string_view(p + pos, rest));
      in_block_ += rest;
      return;
    }
    out_.write(std::string_view(p + pos, end));
    in_block_ += end;
    pos += end;
    cut_pending_ = in_block_ >= batch_;
  }
}

}  // namespace db9
