// The splitter's driver: buffer management, state between reads, and item
// emission. The token rules themselves are in grammar/psql_script.re.
#include "splitter.hpp"

#include <algorithm>
#include <cstring>
#include <string>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace db9 {

const char* describe(OpenConstruct c) {
  switch (c) {
    case OpenConstruct::None: return "nothing";
    case OpenConstruct::String: return "quoted string";
    case OpenConstruct::EscapeString: return "E'...' string";
    case OpenConstruct::QuotedIdentifier: return "quoted identifier";
    case OpenConstruct::DollarQuote: return "dollar-quoted string";
    case OpenConstruct::BlockComment: return "/* comment";
  }
  return "?";
}

StatementTooLarge::StatementTooLarge(uint64_t begin_line, size_t limit)
    : std::runtime_error("statement is larger than --max-statement-bytes (" +
                         std::to_string(limit) + " bytes)"),
      line(begin_line) {}

uint64_t count_newlines(const char* p, size_t n) {
  uint64_t total = 0;
  size_t i = 0;
#if defined(__SSE2__)
  const __m128i nl = _mm_set1_epi8('\n');
  while (n - i >= 16) {
    // Up to 255 blocks accumulate in 8-bit lanes before they are summed.
    size_t blocks = std::min<size_t>((n - i) / 16, 255);
    __m128i acc = _mm_setzero_si128();
    for (size_t b = 0; b < blocks; ++b, i += 16) {
      __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
      acc = _mm_sub_epi8(acc, _mm_cmpeq_epi8(v, nl));
    }
    __m128i sums = _mm_sad_epu8(acc, _mm_setzero_si128());
    total += static_cast<uint64_t>(_mm_cvtsi128_si32(sums)) +
             static_cast<uint64_t>(_mm_extract_epi16(sums, 4));
  }
#endif
  for (; i < n; ++i) total += p[i] == '\n';
  return total;
}

size_t find_line_start_backslash(const char* p, size_t n, bool after_newline, uint64_t* newlines) {
  // One pass over COPY data: the newlines are counted and the first
  // backslash that begins a line is found together, 16 bytes at a time.
  size_t i = 0;
  uint64_t count = 0;
  unsigned carry = after_newline ? 1u : 0u;  // the byte before p[i] was '\n'
#if defined(__SSE2__)
  const __m128i nl = _mm_set1_epi8('\n');
  const __m128i bs = _mm_set1_epi8('\\');
  bool found = false;
  while (!found && n - i >= 16) {
    // Newline counts gather in 8-bit lanes, summed every 255 blocks.
    size_t blocks = std::min<size_t>((n - i) / 16, 255);
    __m128i acc = _mm_setzero_si128();
    for (size_t b = 0; b < blocks; ++b) {
      __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
      __m128i is_nl = _mm_cmpeq_epi8(v, nl);
      unsigned nlm = static_cast<unsigned>(_mm_movemask_epi8(is_nl));
      unsigned bsm = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(v, bs)));
      unsigned starts = bsm & ((nlm << 1) | carry);
      if (starts != 0) {
        unsigned at = static_cast<unsigned>(__builtin_ctz(starts));
        count += static_cast<uint64_t>(__builtin_popcount(nlm & ((1u << at) - 1)));
        i += at;
        found = true;
        break;
      }
      carry = nlm >> 15;
      acc = _mm_sub_epi8(acc, is_nl);
      i += 16;
    }
    __m128i sums = _mm_sad_epu8(acc, _mm_setzero_si128());
    count += static_cast<uint64_t>(_mm_cvtsi128_si32(sums)) + static_cast<uint64_t>(_mm_extract_epi16(sums, 4));
  }
  if (found) {
    *newlines += count;
    return i;
  }
#endif
  for (; i < n; ++i) {
    if (p[i] == '\\' && carry) break;
    carry = p[i] == '\n';
    count += carry;
  }
  *newlines += count;
  return i;
}

Splitter::Splitter(ItemSink& sink, size_t max_statement_bytes)
    : sink_(sink), max_statement_(max_statement_bytes) {
  buf_.resize(1 << 16);
  buf_[0] = 0;
}

char* Splitter::prepare(size_t want) {
  // Keep only the pending item; make room for `want` bytes plus the sentinel.
  if (start_ > 0 && (buf_.size() - lim_ - 1 < want || start_ == lim_)) {
    std::memmove(buf_.data(), buf_.data() + start_, lim_ - start_);
    cur_ -= start_;
    lim_ -= start_;
    start_ = 0;
  }
  if (buf_.size() - lim_ - 1 < want) {
    size_t need = lim_ + want + 1;
    size_t size = buf_.size();
    while (size < need) size *= 2;
    buf_.resize(size);
  }
  return buf_.data() + lim_;
}

void Splitter::commit(size_t n) {
  lim_ += n;
  buf_[lim_] = 0;
  run();
  check_size();
}

void Splitter::feed(const char* data, size_t n) {
  while (n > 0) {
    size_t chunk = std::min<size_t>(n, 1 << 20);
    std::memcpy(prepare(chunk), data, chunk);
    commit(chunk);
    data += chunk;
    n -= chunk;
  }
}

bool Splitter::fill() {
  hit_limit_ = true;
  return false;
}

uint64_t Splitter::body_line() const {
  // The line of the statement's first byte after its leading comments.
  size_t body = has_body_ ? body_ : 0;
  return line_ + count_newlines(buf_.data() + start_, std::min(body, lim_ - start_));
}

void Splitter::check_size() {
  // cur_ never passes the end of the item being built, wherever reads end,
  // so this fails for the same inputs however they arrive. The bytes past
  // cur_ are one undecided token; the second bound only caps memory for
  // absurd ones (a run of blanks after a ';').
  if (in_copy_) return;
  if (cur_ - start_ > max_statement_ || lim_ - start_ > 2 * max_statement_ + (1 << 16))
    throw StatementTooLarge(body_line(), max_statement_);
}

bool Splitter::routine_header() const {
  // CREATE [OR REPLACE] {FUNCTION | PROCEDURE}
  const char* w = first_words_;
  return w[0] == 'c' &&
         (w[1] == 'f' || w[1] == 'p' || (w[1] == 'o' && w[2] == 'r' && (w[3] == 'f' || w[3] == 'p')));
}

namespace {
bool word_is(const unsigned char* b, const unsigned char* e, const char* word) {
  size_t n = std::strlen(word);
  if (static_cast<size_t>(e - b) != n) return false;
  for (size_t i = 0; i < n; ++i) {
    unsigned char c = b[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<unsigned char>(c - 'A' + 'a');
    if (c != static_cast<unsigned char>(word[i])) return false;
  }
  return true;
}
}  // namespace

void Splitter::on_word(const unsigned char* b, const unsigned char* e) {
  // Remember the statement's first words to recognise a routine header, then
  // follow BEGIN ... END nesting (CASE ... END inside it) the way psql does,
  // so the bare semicolons of a BEGIN ATOMIC body do not end the statement.
  if (word_count_ < 4) {
    char code = 0;
    if (word_is(b, e, "create")) code = 'c';
    else if (word_is(b, e, "or")) code = 'o';
    else if (word_is(b, e, "replace")) code = 'r';
    else if (word_is(b, e, "function")) code = 'f';
    else if (word_is(b, e, "procedure")) code = 'p';
    first_words_[word_count_] = code;
  }
  ++word_count_;
  if (paren_depth_ != 0 || !routine_header()) return;
  if (word_is(b, e, "begin")) {
    ++begin_depth_;
  } else if (word_is(b, e, "case")) {
    if (begin_depth_ > 0) ++begin_depth_;
  } else if (word_is(b, e, "end")) {
    if (begin_depth_ > 0) --begin_depth_;
  }
}

void Splitter::skip_copy_data(const unsigned char*& cur, bool at_bol) {
  // Move `cur` to the next backslash that begins a line (where the grammar
  // looks for "\."), or to the limit. The byte at `cur` is data already.
  const unsigned char* base = reinterpret_cast<const unsigned char*>(buf_.data());
  const unsigned char* lim = base + lim_;
  const unsigned char* p = cur;
  if (copy_fmt_.csv) {
    // CSV: follow quoting for the row count and to flag a "\." inside a
    // quoted field; the end-of-data rule itself is the same as for text.
    bool bol = at_bol;
    for (; p < lim; ++p) {
      unsigned char c = *p;
      if (c == '\\' && bol && p != cur) break;
      bol = false;
      // An escape only escapes the quote or itself; before anything else
      // it is an ordinary character, and what follows is read as usual.
      bool escaped = csv_escape_pending_ && (c == static_cast<unsigned char>(copy_fmt_.quote) ||
                                             c == static_cast<unsigned char>(copy_fmt_.escape));
      csv_escape_pending_ = false;
      if (escaped) {
      } else if (csv_in_quote_ && c == static_cast<unsigned char>(copy_fmt_.escape) &&
                 copy_fmt_.escape != copy_fmt_.quote) {
        csv_escape_pending_ = true;
      } else if (c == static_cast<unsigned char>(copy_fmt_.quote)) {
        csv_in_quote_ = !csv_in_quote_;
      } else if (c == '\n') {
        bol = true;
        ++copy_newlines_;
        if (!csv_in_quote_) ++copy_rows_;
      }
    }
  } else {
    // At the start of a line the first byte is data already (not "\.");
    // mid-line, the byte before `cur` is not a newline.
    bool after_newline = false;
    if (at_bol) {
      after_newline = *p == '\n';
      copy_newlines_ += after_newline;
      ++p;
    }
    p += find_line_start_backslash(reinterpret_cast<const char*>(p), static_cast<size_t>(lim - p), after_newline,
                                   &copy_newlines_);
  }
  // Past the first byte, p[-1] is this item's: the next byte begins a line
  // when it is a backslash we stopped at, or follows a newline.
  cur = p;
  cond_ = (p < lim || p[-1] == '\n') ? Cond::copy_bol : Cond::copy_mid;
}

void Splitter::reset_statement_state() {
  has_body_ = false;
  body_ = 0;
  open_at_ = 0;
  comment_depth_ = 0;
  paren_depth_ = 0;
  begin_depth_ = 0;
  word_count_ = 0;
  std::memset(first_words_, 0, sizeof first_words_);
  dollar_tag_.clear();
  plain_string_escapes_ = false;
  parse_patches_.clear();
}

Item Splitter::make_item(ItemKind kind, size_t end) const {
  Item item;
  item.kind = kind;
  item.text = std::string_view(buf_.data() + start_, end - start_);
  return item;
}

void Splitter::emit(Item& item) {
  item.offset = offset_;
  item.line = line_;
  item.column = column_;
  std::optional<CopyFormat> copy = sink_.on_item(item);
  size_t n = item.text.size();
  if (item.kind != ItemKind::CopyData) line_ += count_newlines(item.text.data(), n);
  const void* nl = n == 0 ? nullptr : memrchr(item.text.data(), '\n', n);
  column_ = nl == nullptr ? column_ + n
                          : static_cast<uint64_t>(item.text.data() + n - static_cast<const char*>(nl));
  offset_ += n;
  start_ += n;
  if (copy) begin_copy(*copy);
}

void Splitter::emit_statement(size_t end, bool terminated, bool interrupted, OpenConstruct open) {
  if (end - start_ > max_statement_) throw StatementTooLarge(body_line(), max_statement_);
  Item item = make_item(ItemKind::Statement, end);
  item.body = body_;
  item.terminated = terminated;
  item.interrupted = interrupted;
  item.parse_patches = std::move(parse_patches_);
  item.open = open;
  if (open != OpenConstruct::None) item.open_at = open_at_;
  reset_statement_state();
  emit(item);
}

void Splitter::emit_meta(size_t end) {
  if (end - start_ > max_statement_) throw StatementTooLarge(body_line(), max_statement_);
  Item item = make_item(ItemKind::MetaCommand, end);
  item.body = body_;
  reset_statement_state();
  emit(item);
}

void Splitter::emit_copy_data(size_t end) {
  if (end == start_) return;
  Item item = make_item(ItemKind::CopyData, end);
  // The scanner counted the newlines of exactly these bytes.
  uint64_t lines = copy_newlines_;
  copy_newlines_ = 0;
  if (!copy_fmt_.csv) copy_rows_ += lines;
  copy_bytes_ += item.text.size();
  emit(item);
  line_ += lines;
}

void Splitter::emit_copy_end(size_t end, bool terminated) {
  Item item = make_item(ItemKind::CopyEnd, end);
  item.terminated = terminated;
  item.copy_rows = copy_rows_;
  item.copy_bytes = copy_bytes_;
  item.csv_end_in_quotes = csv_end_in_quotes_;
  in_copy_ = false;
  cond_ = Cond::sql;
  emit(item);
}

void Splitter::emit_trailing(size_t end) {
  Item item = make_item(ItemKind::Trailing, end);
  if (cond_ == Cond::block_comment) {
    item.open = OpenConstruct::BlockComment;
    item.open_at = open_at_;
  }
  reset_statement_state();
  emit(item);
}

void Splitter::begin_copy(const CopyFormat& fmt) {
  in_copy_ = true;
  copy_fmt_ = fmt;
  csv_in_quote_ = false;
  csv_escape_pending_ = false;
  csv_end_in_quotes_ = false;
  copy_rows_ = 0;
  copy_bytes_ = 0;
  copy_newlines_ = 0;
  cond_ = Cond::copy_bol;
}

void Splitter::run() {
  for (;;) {
    if (in_copy_) {
      Lex r = lex_copy();
      if (r == Lex::CopyEndLine) {
        if (copy_fmt_.csv && csv_in_quote_) csv_end_in_quotes_ = true;
        emit_copy_data(copy_end_at_);
        emit_copy_end(cur_, true);
        continue;
      }
      emit_copy_data(cur_);  // NeedMore: everything before cur_ is data
      return;
    }
    Lex r = lex_sql();
    switch (r) {
      case Lex::StatementEnd:
        emit_statement(cur_, true, false);
        break;
      case Lex::MetaBegin:
        if (has_body_) {
          emit_statement(cur_, false, true);
        } else {
          body_ = cur_ - start_;
        }
        // The backslash itself is part of the meta line; skip past it.
        ++cur_;
        break;
      case Lex::MetaEnd:
        emit_meta(cur_);
        break;
      case Lex::CopyEndLine:
      case Lex::NeedMore:
        return;
    }
  }
}

void Splitter::finish() {
  eof_ = true;
  buf_[lim_] = 0;
  run();
  if (in_copy_) {
    // Input ended inside a COPY block without its "\." line.
    emit_copy_data(lim_);
    emit_copy_end(lim_, false);
    return;
  }
  if (lim_ == start_) return;
  switch (cond_) {
    case Cond::after_semi:
    case Cond::semi_comment:
      emit_statement(lim_, true, false);
      return;
    case Cond::meta:
      emit_meta(lim_);
      return;
    default:
      break;
  }
  if (!has_body_) {
    emit_trailing(lim_);
    return;
  }
  OpenConstruct open = OpenConstruct::None;
  switch (cond_) {
    case Cond::squote: open = OpenConstruct::String; break;
    case Cond::estring: open = OpenConstruct::EscapeString; break;
    case Cond::dquote: open = OpenConstruct::QuotedIdentifier; break;
    case Cond::dollar: open = OpenConstruct::DollarQuote; break;
    case Cond::block_comment: open = OpenConstruct::BlockComment; break;
    default: break;
  }
  cond_ = Cond::sql;
  emit_statement(lim_, false, false, open);
}

}  // namespace db9
