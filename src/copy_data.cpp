#include "copy_data.hpp"

#include <pg_query.h>

#include <algorithm>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "ascii.hpp"
#include "rules/rule.hpp"

namespace db9 {

namespace {

const char* str_or_empty(const char* s) { return s != nullptr ? s : ""; }

}  // namespace

namespace {

// A DefElem's argument as text: a string, a name, a number, a boolean.
std::optional<std::string> option_text(const PgQuery__DefElem* d) {
  const PgQuery__Node* a = d->arg;
  if (a == nullptr) return std::nullopt;
  switch (a->node_case) {
    case PG_QUERY__NODE__NODE_STRING: return std::string(str_or_empty(a->string->sval));
    case PG_QUERY__NODE__NODE_INTEGER: return std::to_string(a->integer->ival);
    case PG_QUERY__NODE__NODE_BOOLEAN: return std::string(a->boolean->boolval ? "true" : "false");
    case PG_QUERY__NODE__NODE_A_CONST:
      if (a->a_const->val_case == PG_QUERY__A__CONST__VAL_SVAL) return std::string(str_or_empty(a->a_const->sval->sval));
      if (a->a_const->val_case == PG_QUERY__A__CONST__VAL_IVAL) return std::to_string(a->a_const->ival->ival);
      return std::nullopt;
    default: return std::nullopt;
  }
}

// HEADER with no argument, or true / on / 1 / match: the first line is
// not data.
bool option_true(const PgQuery__DefElem* d) {
  if (d->arg == nullptr) return true;
  std::optional<std::string> v = option_text(d);
  if (!v) return true;
  for (const char* f : {"false", "off", "0", "no"})
    if (iequals(*v, f)) return false;
  return true;
}

// FORCE_NOT_NULL / FORCE_NULL: a list of names, or * (every column).
bool force_columns(const PgQuery__DefElem* d, const std::vector<std::string>& names, std::vector<bool>& flags,
                   std::string& why) {
  const PgQuery__Node* a = d->arg;
  std::string option = str_or_empty(d->defname);
  if (a != nullptr && a->node_case == PG_QUERY__NODE__NODE_A_STAR) {
    if (names.empty()) {
      why = option + " * without a column list";
      return false;
    }
    std::fill(flags.begin(), flags.end(), true);
    return true;
  }
  if (a == nullptr || a->node_case != PG_QUERY__NODE__NODE_LIST) {
    why = option + " without a list of columns";
    return false;
  }
  if (names.empty()) {
    why = option + " without a column list (which columns it names is the table's)";
    return false;
  }
  for (size_t i = 0; i < a->list->n_items; ++i) {
    const PgQuery__Node* n = a->list->items[i];
    if (n->node_case != PG_QUERY__NODE__NODE_STRING) {
      why = option + " with something other than column names";
      return false;
    }
    std::string_view col = str_or_empty(n->string->sval);
    auto it = std::find(names.begin(), names.end(), col);
    if (it == names.end()) {
      why = option + " names column \"" + std::string(col) + "\", which the COPY does not load";
      return false;
    }
    flags[static_cast<size_t>(it - names.begin())] = true;
  }
  return true;
}

constexpr uint8_t kDelimiter = 1, kBackslash = 2, kControl = 4, kQuote = 8;

inline bool is_octal(char c) { return c >= '0' && c <= '7'; }
inline int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// One byte inside E'...'.
inline void put_escaped(unsigned char c, std::string& out) {
  switch (c) {
    case '\\': out += "\\\\"; return;
    case '\'': out += "''"; return;
    case '\n': out += "\\n"; return;
    case '\r': out += "\\r"; return;
    case '\t': out += "\\t"; return;
    case '\b': out += "\\b"; return;
    case '\f': out += "\\f"; return;
    default: break;
  }
  if (c < 0x20) {
    char o[4] = {'\\', static_cast<char>('0' + (c >> 6)), static_cast<char>('0' + ((c >> 3) & 7)),
                 static_cast<char>('0' + (c & 7))};
    out.append(o, 4);
    return;
  }
  out += static_cast<char>(c);
}

}  // namespace

std::optional<CopySpec> copy_spec(const PgQuery__Node* stmt) {
  if (!copy_from_stdin(stmt)) return std::nullopt;
  const PgQuery__CopyStmt* c = stmt->copy_stmt;
  CopySpec spec;
  if (c->relation == nullptr) return std::nullopt;
  if (c->relation->schemaname != nullptr && c->relation->schemaname[0] != '\0')
    spec.table = quote_ident(c->relation->schemaname) + ".";
  spec.table += quote_ident(str_or_empty(c->relation->relname));
  std::vector<std::string> names;
  spec.column_list = c->n_attlist > 0;
  for (size_t i = 0; i < c->n_attlist; ++i) {
    const PgQuery__Node* n = c->attlist[i];
    std::string name = n->node_case == PG_QUERY__NODE__NODE_STRING ? str_or_empty(n->string->sval) : "";
    names.push_back(name);
    spec.columns.push_back(quote_ident(name));
  }
  spec.force_not_null.assign(names.size(), false);
  spec.force_null.assign(names.size(), false);
  std::optional<char> delimiter, quote, escape;
  std::optional<std::string> null_string;
  auto refuse = [&](std::string why) {
    if (spec.unsupported.empty()) spec.unsupported = std::move(why);
  };
  // COPY ... WHERE (PostgreSQL 12+) skips the rows its condition does not
  // hold for, and the condition reads typed columns: INSERTs of untyped
  // literals cannot apply it exactly, so the block stays a COPY.
  if (c->where_clause != nullptr) refuse("a WHERE condition, which only COPY applies to the rows");
  std::vector<const PgQuery__DefElem*> forces;
  for (size_t i = 0; i < c->n_options; ++i) {
    const PgQuery__Node* o = c->options[i];
    if (o->node_case != PG_QUERY__NODE__NODE_DEF_ELEM) continue;
    const PgQuery__DefElem* d = o->def_elem;
    std::string_view name = str_or_empty(d->defname);
    std::optional<std::string> value = option_text(d);
    auto one_byte = [&](std::optional<char>& into) {
      if (value && value->size() == 1) into = (*value)[0];
      else refuse("a " + std::string(name) + " that is not one single-byte character");
    };
    if (name == "format") {
      if (value && iequals(*value, "csv")) spec.format = CopySpec::Format::Csv;
      else if (value && iequals(*value, "binary")) spec.format = CopySpec::Format::Binary;
      else if (!value || !iequals(*value, "text")) refuse("an unknown FORMAT");
    } else if (name == "delimiter") {
      one_byte(delimiter);
    } else if (name == "null") {
      if (value) null_string = *value;
      else refuse("a NULL option that is not a string");
    } else if (name == "quote") {
      one_byte(quote);
    } else if (name == "escape") {
      one_byte(escape);
    } else if (name == "header") {
      spec.header = option_true(d);
    } else if (name == "force_not_null" || name == "force_null") {
      forces.push_back(d);
    } else if (name == "encoding") {
      if (!value || !(iequals(*value, "utf8") || iequals(*value, "utf-8") || iequals(*value, "unicode")))
        refuse("ENCODING '" + value.value_or("?") + "' (the rows would have to be re-encoded to UTF-8)");
    } else if (name == "freeze" || name == "force_quote" || name == "oids") {
      // Nothing to do with reading the rows (FREEZE has no INSERT
      // counterpart; the other two are for COPY TO or refused anyway).
    } else {
      refuse("the option " + std::string(name));
    }
  }
  bool csv = spec.format == CopySpec::Format::Csv;
  if (spec.format == CopySpec::Format::Binary) refuse("binary format");
  spec.delimiter = delimiter.value_or(csv ? ',' : '\t');
  spec.null_string = null_string.value_or(csv ? "" : "\\N");
  spec.quote = quote.value_or('"');
  spec.escape = escape.value_or(spec.quote);
  if (!csv && (quote || escape || !forces.empty())) refuse("CSV options without FORMAT csv");
  if (spec.delimiter == '\n' || spec.delimiter == '\r' || (!csv && spec.delimiter == '\\'))
    refuse("a delimiter the server refuses");
  for (const PgQuery__DefElem* d : forces) {
    std::string why;
    std::vector<bool>& flags = std::string_view(str_or_empty(d->defname)) == "force_null" ? spec.force_null
                                                                                         : spec.force_not_null;
    if (!force_columns(d, names, flags, why)) refuse(why);
  }
  return spec;
}

// ---- row boundaries -----------------------------------------------------------

RowBoundaries::RowBoundaries(bool csv, char quote, char escape)
    : csv_(csv), quote_(quote), escape_(escape == quote ? -1 : static_cast<unsigned char>(escape)) {}

void RowBoundaries::reset() {
  odd_backslashes_ = false;
  in_quote_ = false;
  last_was_escape_ = false;
}

size_t RowBoundaries::next_row_end(const char* p, size_t n, size_t from) {
  return csv_ ? next_csv(p, n, from) : next_text(p, n, from);
}

size_t RowBoundaries::next_text(const char* p, size_t n, size_t from) {
  // A newline ends the row unless an odd run of backslashes precedes it
  // (whatever precedes a run leaves no escape pending: a byte a backslash
  // took, or a plain one). Only the run before each newline is read.
  auto odd_run_before = [&](size_t at) {
    size_t k = at;
    while (k > 0 && p[k - 1] == '\\') --k;
    bool odd = ((at - k) & 1) != 0;
    if (k == 0) odd = odd != odd_backslashes_;  // the run goes on in earlier pieces
    return odd;
  };
  size_t i = std::min(from, n);
  while (i < n) {
    const void* hit = std::memchr(p + i, '\n', n - i);
    if (hit == nullptr) break;
    size_t at = static_cast<size_t>(static_cast<const char*>(hit) - p);
    if (!odd_run_before(at)) {
      odd_backslashes_ = false;
      return at + 1;
    }
    i = at + 1;
  }
  odd_backslashes_ = odd_run_before(n);
  return std::string_view::npos;
}

size_t RowBoundaries::next_csv(const char* p, size_t n, size_t from) {
  // As the server reads CSV lines: the quote toggles, and inside quotes an
  // escape (other than the quote) takes the quote or escape after it.
  const unsigned char q = static_cast<unsigned char>(quote_);
  for (size_t i = 0; i < n; ++i) {
    unsigned char c = static_cast<unsigned char>(p[i]);
    if (c == '\n') {
      last_was_escape_ = false;
      if (!in_quote_ && i >= from) return i + 1;
      continue;
    }
    if (c != q && static_cast<int>(c) != escape_) {
      last_was_escape_ = false;
      continue;
    }
    if (in_quote_ && static_cast<int>(c) == escape_) last_was_escape_ = !last_was_escape_;
    if (c == q && !last_was_escape_) in_quote_ = !in_quote_;
    if (static_cast<int>(c) != escape_) last_was_escape_ = false;
  }
  return std::string_view::npos;
}

// ---- values ------------------------------------------------------------------------

void append_literal(std::string_view value, std::string& out) {
  bool escapes = false;
  for (char ch : value) {
    unsigned char c = static_cast<unsigned char>(ch);
    if (c == '\\' || c < 0x20) {
      escapes = true;
      break;
    }
  }
  if (escapes) {
    out += "E'";
    for (char ch : value) put_escaped(static_cast<unsigned char>(ch), out);
  } else {
    out += '\'';
    size_t from = 0;
    for (size_t q = value.find('\''); q != std::string_view::npos; q = value.find('\'', q + 1)) {
      out.append(value.substr(from, q + 1 - from));
      out += '\'';
      from = q + 1;
    }
    out.append(value.substr(from));
  }
  out += '\'';
}

namespace {

// A text-format field's escapes, decoded as the server does, each byte
// passed to `put`.
template <class Put>
void decode_escapes(const char* q, const char* end, Put put) {
  while (q < end) {
    char c = *q++;
    if (c != '\\') {
      put(static_cast<unsigned char>(c));
      continue;
    }
    if (q >= end) break;  // a backslash that ends the line is dropped
    c = *q++;
    switch (c) {
      case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
        int v = c - '0';
        if (q < end && is_octal(*q)) {
          v = v * 8 + (*q++ - '0');
          if (q < end && is_octal(*q)) v = v * 8 + (*q++ - '0');
        }
        put(static_cast<unsigned char>(v & 0xff));
        break;
      }
      case 'x': {
        int h = q < end ? hex_value(*q) : -1;
        if (h < 0) {
          put('x');
          break;
        }
        ++q;
        int h2 = q < end ? hex_value(*q) : -1;
        if (h2 >= 0) {
          h = h * 16 + h2;
          ++q;
        }
        put(static_cast<unsigned char>(h & 0xff));
        break;
      }
      case 'b': put('\b'); break;
      case 'f': put('\f'); break;
      case 'n': put('\n'); break;
      case 'r': put('\r'); break;
      case 't': put('\t'); break;
      case 'v': put('\v'); break;
      default: put(static_cast<unsigned char>(c)); break;
    }
  }
}

// The first byte at or after p that is not plain text to the field
// scanner (a backslash, a quote, a control byte, which includes the usual
// tab delimiter, or the delimiter), 16 bytes at a time; or end.
inline const char* skip_plain_sse(const char* p, const char* end, char delimiter) {
#if defined(__SSE2__)
  const __m128i bs = _mm_set1_epi8('\\');
  const __m128i quote = _mm_set1_epi8('\'');
  const __m128i delim = _mm_set1_epi8(delimiter);
  const __m128i control_max = _mm_set1_epi8(0x1f);
  while (end - p >= 16) {
    __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    __m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, bs), _mm_cmpeq_epi8(v, quote)),
                               _mm_or_si128(_mm_cmpeq_epi8(v, delim),
                                            _mm_cmpeq_epi8(_mm_max_epu8(v, control_max), control_max)));
    unsigned mask = static_cast<unsigned>(_mm_movemask_epi8(hit));
    if (mask != 0) return p + __builtin_ctz(mask);
    p += 16;
  }
#else
  (void)end;
  (void)delimiter;
#endif
  return p;
}

}  // namespace

std::string decode_text_field(std::string_view raw) {
  std::string out;
  decode_escapes(raw.data(), raw.data() + raw.size(), [&](unsigned char c) { out += static_cast<char>(c); });
  return out;
}

RowEncoder::RowEncoder(const CopySpec& spec) : spec_(spec) {
  std::memset(kind_, 0, sizeof kind_);
  for (int c = 0; c < 0x20; ++c) kind_[c] = kControl;
  kind_[static_cast<unsigned char>('\\')] = kBackslash;
  kind_[static_cast<unsigned char>('\'')] = kQuote;
  kind_[static_cast<unsigned char>(spec.delimiter)] = kDelimiter;
}

std::optional<size_t> RowEncoder::encode(std::string_view row, std::string& out) {
  if (spec_.format == CopySpec::Format::Csv) return csv_row(row, out);
  return text_row(row, out);
}

size_t RowEncoder::text_row(std::string_view row, std::string& out) {
  const char* p = row.data();
  const char* end = p + row.size();
  const std::string& null = spec_.null_string;
  const char delimiter = spec_.delimiter;
  size_t fields = 0;
  out.reserve(out.size() + row.size() + row.size() / 2 + 64);
  out += '(';
  for (;;) {
    if (fields > 0) out += ", ";
    const char* f = p;
    unsigned seen = 0;
    while (p < end) {
      p = skip_plain_sse(p, end, delimiter);
      if (p == end) break;
      uint8_t k = kind_[static_cast<unsigned char>(*p)];
      if (k == 0) {
        ++p;
        continue;
      }
      if (k == kDelimiter) break;
      seen |= k;
      p += k == kBackslash ? 2 : 1;  // a backslash takes the next byte, a delimiter too
    }
    if (p > end) p = end;
    ++fields;
    size_t len = static_cast<size_t>(p - f);
    if (len == null.size() && std::memcmp(f, null.data(), len) == 0) {
      out += "NULL";
    } else if ((seen & (kBackslash | kControl)) == 0) {
      if (seen & kQuote) {
        append_literal(std::string_view(f, len), out);
      } else {
        out += '\'';
        out.append(f, len);
        out += '\'';
      }
    } else {
      out += "E'";
      decode_escapes(f, p, [&](unsigned char c) { put_escaped(c, out); });
      out += '\'';
    }
    if (p >= end) break;
    ++p;  // the delimiter
  }
  out += ')';
  return fields;
}

std::optional<size_t> RowEncoder::csv_row(std::string_view row, std::string& out) {
  const char* p = row.data();
  const char* end = p + row.size();
  const char delim = spec_.delimiter, quote = spec_.quote, escape = spec_.escape;
  const std::string& null = spec_.null_string;
  size_t fields = 0;
  out += '(';
  for (;;) {
    if (fields > 0) out += ", ";
    const char* start = p;
    bool saw_quote = false, found_delim = false;
    value_.clear();
    for (;;) {
      // Unquoted: up to a delimiter, a quote or the end of the row.
      while (p < end) {
        char c = *p++;
        if (c == delim) {
          found_delim = true;
          break;
        }
        if (c == quote) {
          saw_quote = true;
          goto quoted;
        }
        value_ += c;
      }
      break;
    quoted:
      // Quoted: delimiters and newlines are data; an escape takes a quote
      // or escape after it; the quote closes.
      for (;;) {
        if (p >= end) return std::nullopt;
        char c = *p++;
        if (c == escape && p < end && (*p == quote || *p == escape)) {
          value_ += *p++;
          continue;
        }
        if (c == quote) break;
        value_ += c;
      }
    }
    size_t col = fields++;
    size_t raw = static_cast<size_t>((found_delim ? p - 1 : p) - start);
    bool is_null = !saw_quote && raw == null.size() && std::memcmp(start, null.data(), raw) == 0;
    if (is_null && col < spec_.force_not_null.size() && spec_.force_not_null[col]) {
      is_null = false;
      value_ = null;
    } else if (!is_null && col < spec_.force_null.size() && spec_.force_null[col] && value_ == null) {
      is_null = true;
    }
    if (is_null) out += "NULL";
    else append_literal(value_, out);
    if (!found_delim) break;
  }
  out += ')';
  return fields;
}

}  // namespace db9
