// Framing: turns a byte stream (a psql script, a pg_dump plain dump) into
// items — SQL statements, psql meta-command lines, COPY data and trailing
// text — without ever depending on how the bytes arrive in reads.
//
// The lexical rules live in grammar/psql_script.re (compiled by re2c); this
// class owns the buffer, the state between reads, and item emission.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace db9 {

enum class ItemKind : uint8_t {
  Statement,    // leading comments/blank lines + SQL + ';' (+ rest of that line)
  MetaCommand,  // leading comments/blank lines + a backslash command line
  CopyData,     // a piece of COPY ... FROM stdin data (one block may come in many pieces)
  CopyEnd,      // the "\." line that ends a COPY block (empty text if input ended first)
  Trailing,     // comments and blank lines after the last statement
};

// The construct still open when input ended inside a statement.
enum class OpenConstruct : uint8_t {
  None, String, EscapeString, QuotedIdentifier, DollarQuote, BlockComment,
};
const char* describe(OpenConstruct);

struct CopyFormat {
  bool csv = false;
  char quote = '"';
  char escape = '"';
};

struct Item {
  ItemKind kind = ItemKind::Statement;
  std::string_view text;       // exactly the input bytes of the item
  uint64_t offset = 0;         // stream offset of text[0]
  uint64_t line = 1;           // 1-based stream line of text[0]
  uint64_t column = 1;         // 1-based column of text[0] on that line
  size_t body = 0;             // offset in text of the first byte after leading trivia
  bool terminated = true;      // Statement: ended by ';'. CopyEnd: a "\." line was found.
  bool interrupted = false;    // Statement: cut short by a backslash meta-command
  OpenConstruct open = OpenConstruct::None;  // Statement/Trailing at end of input
  size_t open_at = 0;          // offset in text where `open` began
  // CopyEnd only: the block's totals.
  uint64_t copy_rows = 0;
  uint64_t copy_bytes = 0;
  // CopyEnd only: psql took a "\." line as the end of a CSV block although
  // it stood inside a quoted field.
  bool csv_end_in_quotes = false;
  // Statement only: bytes psql changes before the server sees the text, as
  // item-relative offsets. "\;" and "\:" lose their backslash (psql keeps
  // only the ';' or ':'), and with standard_conforming_strings off a \' in
  // a plain '...' string is an escaped quote, which the parser (always
  // standard_conforming_strings = on) reads correctly as ''. Both keep every
  // offset, so parse locations stay item locations.
  std::vector<std::pair<size_t, char>> parse_patches;
};

class ItemSink {
 public:
  virtual ~ItemSink() = default;
  // Called for every item, in input order. For a Statement or MetaCommand,
  // returning a CopyFormat makes the bytes after it a COPY data block.
  virtual std::optional<CopyFormat> on_item(const Item& item) = 0;
};

// Raised when a statement (or the text before one) outgrows the limit.
struct StatementTooLarge : std::runtime_error {
  uint64_t line;
  StatementTooLarge(uint64_t begin_line, size_t limit);
};

class Splitter {
 public:
  Splitter(ItemSink& sink, size_t max_statement_bytes);

  // Feed bytes; items are delivered to the sink synchronously.
  void feed(const char* data, size_t n);
  // Zero-copy feeding: write up to `want` bytes at the returned pointer,
  // then commit how many were written.
  char* prepare(size_t want);
  void commit(size_t n);
  // End of input: delivers what is pending.
  void finish();

  // psql's lexer follows the session's standard_conforming_strings.
  void set_standard_conforming_strings(bool on) { std_strings_ = on; }
  bool standard_conforming_strings() const { return std_strings_; }

  uint64_t line() const { return line_; }
  uint64_t offset() const { return offset_; }

  // re2c condition type (generated from the grammar).
  enum class Cond : uint8_t {
    sql, line_comment, block_comment, squote, estring, dquote, dollar,
    after_semi, meta, copy_bol, copy_mid, word_rest, semi_comment,
  };

 private:
  enum class Lex : uint8_t {
    NeedMore,        // the rest needs more input (or is pending at end of input)
    StatementEnd,    // cur_ is just past the statement (and its line end)
    MetaBegin,       // cur_ is at a backslash starting a meta-command
    MetaEnd,         // cur_ is just past the meta-command line
    CopyEndLine,     // [tok_, cur_) is the "\." line
  };

  Lex lex_sql();   // generated: grammar/psql_script.re
  Lex lex_copy();  // generated: grammar/psql_script.re
  void run();
  bool fill();     // called by the lexer at the limit; records the look past it
  void on_word(const unsigned char* b, const unsigned char* e);
  void skip_copy_data(const unsigned char*& cur, bool at_bol);
  bool routine_header() const;

  void emit_statement(size_t end, bool terminated, bool interrupted,
                      OpenConstruct open = OpenConstruct::None);
  void emit_meta(size_t end);
  void emit_copy_data(size_t end);
  void emit_copy_end(size_t end, bool terminated);
  void emit_trailing(size_t end);
  Item make_item(ItemKind kind, size_t end) const;
  void emit(Item& item);
  void begin_copy(const CopyFormat& fmt);
  void reset_statement_state();
  void check_size();
  uint64_t body_line() const;

  ItemSink& sink_;
  size_t max_statement_;
  std::vector<char> buf_;      // [start_, lim_) pending input; buf_[lim_] == 0
  size_t start_ = 0;           // first byte of the current item
  size_t cur_ = 0;             // lexer position
  size_t lim_ = 0;             // end of data
  bool eof_ = false;
  bool hit_limit_ = false;     // the current token looked at the limit

  uint64_t offset_ = 0;        // stream offset of buf_[start_]
  uint64_t line_ = 1;          // stream line of buf_[start_]
  uint64_t column_ = 1;        // its column

  // SQL statement state.
  Cond cond_ = Cond::sql;
  Cond return_cond_ = Cond::sql;  // where a comment returns to
  bool std_strings_ = true;
  bool has_body_ = false;
  size_t body_ = 0;            // item-relative
  size_t open_at_ = 0;         // item-relative start of the open quote/comment
  int comment_depth_ = 0;
  int paren_depth_ = 0;
  int begin_depth_ = 0;
  unsigned word_count_ = 0;
  char first_words_[4] = {0, 0, 0, 0};
  std::string dollar_tag_;     // including both '$'
  bool plain_string_escapes_ = false;  // in a '...' string read with backslash escapes
  std::vector<std::pair<size_t, char>> parse_patches_;  // item-relative

  // COPY block state.
  bool in_copy_ = false;
  CopyFormat copy_fmt_;
  bool csv_in_quote_ = false;
  bool csv_escape_pending_ = false;
  uint64_t copy_rows_ = 0;
  uint64_t copy_bytes_ = 0;
  uint64_t copy_newlines_ = 0;  // in data scanned but not yet emitted
  bool csv_end_in_quotes_ = false;
  size_t copy_end_at_ = 0;     // where the "\." line begins
};

// Count '\n' bytes fast.
uint64_t count_newlines(const char* p, size_t n);
// The offset of the first backslash in p[0, n) that begins a line (follows a
// '\n', or is p[0] when after_newline), or n; adds the newlines before it to
// *newlines. This is the whole scan of text-format COPY data.
size_t find_line_start_backslash(const char* p, size_t n, bool after_newline, uint64_t* newlines);

}  // namespace db9
