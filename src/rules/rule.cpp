#include "rules/rule.hpp"

#include <algorithm>
#include <cctype>
#include <cstring>

namespace db9 {

const char* to_string(Action a) {
  switch (a) {
    case Action::Drop: return "drop";
    case Action::Comment: return "comment";
    case Action::Warn: return "warn";
    case Action::Error: return "error";
  }
  return "?";
}

std::optional<Action> parse_action(std::string_view s) {
  if (s == "drop" || s == "rewrite" || s == "fix") return Action::Drop;
  if (s == "comment") return Action::Comment;
  if (s == "warn") return Action::Warn;
  if (s == "error") return Action::Error;
  return std::nullopt;
}

// ---- Tokens -------------------------------------------------------------------

Tokens::~Tokens() {
  if (result_ != nullptr) pg_query__scan_result__free_unpacked(result_, nullptr);
}

void Tokens::load() const {
  if (loaded_) return;
  loaded_ = true;
  z_.assign(text_.data(), text_.size());
  PgQueryScanResult scan = pg_query_scan(z_.c_str());
  if (scan.error == nullptr)
    result_ = pg_query__scan_result__unpack(nullptr, scan.pbuf.len, reinterpret_cast<const uint8_t*>(scan.pbuf.data));
  pg_query_free_scan_result(scan);
}

size_t Tokens::size() const {
  load();
  return result_ ? result_->n_tokens : 0;
}

const PgQuery__ScanToken& Tokens::operator[](size_t i) const {
  load();
  return *result_->tokens[i];
}

std::string_view Tokens::text(size_t i) const {
  const PgQuery__ScanToken& t = (*this)[i];
  return text_.substr(static_cast<size_t>(t.start), static_cast<size_t>(t.end - t.start));
}

size_t Tokens::first_at_or_after(size_t offset) const {
  size_t n = size();
  size_t lo = 0, hi = n;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (static_cast<size_t>((*this)[mid].start) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// ---- contexts -------------------------------------------------------------------

StatementContext::StatementContext(const Item& item, std::string_view parse_text, const ParsedStatement& parsed,
                                   const RuleOptions& options)
    : item_(item), parse_text_(parse_text), parsed_(parsed), options_(options), tokens_(parse_text) {}

uint64_t StatementContext::statement_line(size_t i) const {
  uint64_t line = item_.line;
  std::string_view t = item_.text;
  size_t end = std::min(statement_begin(i), t.size());
  for (size_t k = 0; k < end; ++k) line += t[k] == '\n';
  return line;
}

bool StatementContext::mentions(size_t i, std::string_view word) const {
  // The statement's bytes: from its first token (not the comments before
  // it: pg_dump's "-- Name: ...; Owner: ..." header would match "owner" for
  // every statement) to the next statement's location (cheap, no tokens).
  std::string_view t = parse_text_;
  auto [loc, len] = parsed_.statement_span(i);  // read from the wire: no unpacking
  size_t end = statement_count() > 1 && len != 0 ? std::min(loc + len, t.size()) : t.size();
  size_t begin = std::min(statement_begin(i), end);
  return find_ci(t.substr(begin, end - begin), word) != std::string_view::npos;
}

size_t StatementContext::statement_begin(size_t i) const {
  size_t loc = parsed_.statement_span(i).first;  // from the wire: no unpacking
  if (i == 0) loc = std::max(loc, item_.body);
  // Skip whitespace and comments the parser counted in (no scanner needed).
  std::string_view s = parse_text_;
  while (loc < s.size()) {
    char c = s[loc];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
      ++loc;
    } else if (s.compare(loc, 2, "--") == 0) {
      size_t nl = s.find_first_of("\r\n", loc);
      loc = nl == std::string_view::npos ? s.size() : nl;
    } else if (s.compare(loc, 2, "/*") == 0) {
      int depth = 0;
      do {
        if (s.compare(loc, 2, "/*") == 0) {
          ++depth;
          loc += 2;
        } else if (s.compare(loc, 2, "*/") == 0) {
          --depth;
          loc += 2;
        } else {
          ++loc;
        }
      } while (depth > 0 && loc < s.size());
    } else {
      break;
    }
  }
  return loc;
}

size_t StatementContext::statement_end(size_t i) const {
  auto [location, len] = parsed_.statement_span(i);  // from the wire: no unpacking
  size_t end = len == 0 ? parse_text_.size() : location + len;
  // Take the terminating ';' along (psql's "\;" was parsed as " ;").
  size_t p = end;
  while (p < parse_text_.size() && (parse_text_[p] == ' ' || parse_text_[p] == '\t' || parse_text_[p] == '\n' ||
                                    parse_text_[p] == '\r'))
    ++p;
  if (p < parse_text_.size() && parse_text_[p] == ';') return p + 1;
  return std::min(end, parse_text_.size());
}

void StatementContext::drop(size_t statement, size_t at, std::string what, Severity severity, std::string detail) {
  Finding f;
  f.kind = Finding::Kind::Drop;
  f.statement = statement;
  f.at = at;
  f.what = std::move(what);
  f.detail = std::move(detail);
  f.severity = severity;
  findings_.push_back(std::move(f));
}

void StatementContext::rewrite(size_t at, std::string what, std::string how, std::vector<Edit> edits,
                               Severity severity, std::string detail) {
  Finding f;
  f.kind = Finding::Kind::Rewrite;
  f.at = at;
  f.what = std::move(what);
  f.how = std::move(how);
  f.detail = std::move(detail);
  f.edits = std::move(edits);
  f.severity = severity;
  findings_.push_back(std::move(f));
}

void StatementContext::note(size_t at, std::string message, Severity severity) {
  Finding f;
  f.kind = Finding::Kind::Note;
  f.at = at;
  f.what = std::move(message);
  f.severity = severity;
  findings_.push_back(std::move(f));
}

std::string_view MetaContext::command() const {
  std::string_view l = line();
  if (l.empty()) return l;
  l.remove_prefix(1);
  size_t n = 0;
  while (n < l.size() && !std::isspace(static_cast<unsigned char>(l[n]))) {
    if (n > 0 && l[n] == '\\') break;  // "\x\y" is two commands
    ++n;
  }
  return l.substr(0, n);
}

std::string_view MetaContext::line() const {
  std::string_view l = item_.text.substr(item_.body);
  while (!l.empty() && (l.back() == '\n' || l.back() == '\r')) l.remove_suffix(1);
  return l;
}

void MetaContext::drop(std::string what, Severity severity, std::string detail) {
  Finding f;
  f.kind = Finding::Kind::Drop;
  f.at = item_.body;
  f.what = std::move(what);
  f.detail = std::move(detail);
  f.severity = severity;
  findings_.push_back(std::move(f));
}

// ---- helpers --------------------------------------------------------------------

std::string qualified_name(const PgQuery__RangeVar* r) {
  if (r == nullptr) return "";
  std::string out;
  if (r->schemaname != nullptr && r->schemaname[0] != '\0') out = quote_ident(r->schemaname) + ".";
  if (r->relname != nullptr) out += quote_ident(r->relname);
  return out;
}

std::string name_list(PgQuery__Node** names, size_t n) {
  std::string out;
  for (size_t i = 0; i < n; ++i) {
    if (i > 0) out += '.';
    if (names[i]->node_case == PG_QUERY__NODE__NODE_STRING && names[i]->string->sval != nullptr)
      out += quote_ident(names[i]->string->sval);
    else
      out += '*';
  }
  return out;
}

std::vector<std::pair<size_t, size_t>> alter_table_command_spans(const StatementContext& ctx, size_t i) {
  std::vector<std::pair<size_t, size_t>> spans;
  const PgQuery__Node* s = ctx.statement(i);
  if (s->node_case != PG_QUERY__NODE__NODE_ALTER_TABLE_STMT || s->alter_table_stmt->relation == nullptr) return spans;
  const Tokens& t = ctx.tokens();
  size_t end = ctx.statement_end(i);
  size_t k = t.first_at_or_after(static_cast<size_t>(s->alter_table_stmt->relation->location));
  // Past the name: a(.b)* and an optional '*'.
  ++k;
  while (k + 1 < t.size() && t[k].token == PG_QUERY__TOKEN__ASCII_46) k += 2;
  if (k < t.size() && t[k].token == PG_QUERY__TOKEN__ASCII_42) ++k;
  int depth = 0;
  size_t seg_start = 0, last_end = 0;
  bool open = false;
  for (; k < t.size() && static_cast<size_t>(t[k].start) < end; ++k) {
    if (t[k].token == PG_QUERY__TOKEN__ASCII_59) break;
    if (!open) {
      seg_start = static_cast<size_t>(t[k].start);
      open = true;
    }
    if (t[k].token == PG_QUERY__TOKEN__ASCII_40) ++depth;
    if (t[k].token == PG_QUERY__TOKEN__ASCII_41) --depth;
    if (t[k].token == PG_QUERY__TOKEN__ASCII_44 && depth == 0) {
      spans.emplace_back(seg_start, last_end);
      open = false;
      continue;
    }
    last_end = static_cast<size_t>(t[k].end);
  }
  if (open) spans.emplace_back(seg_start, last_end);
  return spans;
}

std::vector<Edit> remove_commands(const std::vector<std::pair<size_t, size_t>>& spans, const std::vector<bool>& remove) {
  std::vector<Edit> edits;
  size_t first_kept = 0;
  while (first_kept < spans.size() && remove[first_kept]) ++first_kept;
  if (first_kept == spans.size()) return edits;  // nothing would be left: drop the statement instead
  // Leading removed commands go with the comma after them; later ones with
  // the comma before them.
  if (first_kept > 0) edits.push_back(Edit{spans[0].first, spans[first_kept].first, ""});
  for (size_t c = first_kept + 1; c < spans.size(); ++c)
    if (remove[c]) edits.push_back(Edit{spans[c - 1].second, spans[c].second, ""});
  return edits;
}

std::vector<Word> words(std::string_view text, size_t begin, size_t end) {
  // Bare words only: quoted strings, quoted identifiers, dollar quotes and
  // comments are stepped over whole, so nothing inside them is a word.
  std::vector<Word> out;
  end = std::min(end, text.size());
  auto is_start = [](unsigned char c) { return std::isalpha(c) || c == '_' || c >= 0x80; };
  auto is_cont = [&](unsigned char c) { return is_start(c) || std::isdigit(c) || c == '$'; };
  size_t p = begin;
  char prev = 0;  // the last non-space byte before the current position
  while (p < end) {
    unsigned char c = static_cast<unsigned char>(text[p]);
    if (c == '\'' || c == '"') {
      size_t q = p + 1;
      while (q < end && !(text[q] == static_cast<char>(c) && (q + 1 >= end || text[q + 1] != static_cast<char>(c)))) {
        if (text[q] == static_cast<char>(c)) ++q;  // a doubled quote
        ++q;
      }
      p = q + 1;
      prev = static_cast<char>(c);
    } else if (c == '$' && p + 1 < end && (text[p + 1] == '$' || is_start(static_cast<unsigned char>(text[p + 1])))) {
      size_t close = text.find('$', p + 1);
      if (close == std::string_view::npos || close >= end) break;
      std::string_view tag = text.substr(p, close - p + 1);
      size_t body_end = text.find(tag, close + 1);
      p = body_end == std::string_view::npos ? end : body_end + tag.size();
      prev = '$';
    } else if (text.compare(p, 2, "--") == 0) {
      size_t nl = text.find('\n', p);
      p = nl == std::string_view::npos ? end : nl;
    } else if (text.compare(p, 2, "/*") == 0) {
      size_t close = text.find("*/", p + 2);
      p = close == std::string_view::npos ? end : close + 2;
    } else if (is_start(c)) {
      size_t q = p + 1;
      while (q < end && is_cont(static_cast<unsigned char>(text[q]))) ++q;
      out.push_back(Word{p, q, prev == '.'});
      prev = 'a';
      p = q;
    } else {
      if (!std::isspace(c)) prev = static_cast<char>(c);
      ++p;
    }
  }
  return out;
}

std::string text_before(const StatementContext& ctx, size_t i, std::string_view word, std::string_view next) {
  size_t begin = ctx.statement_begin(i), end = ctx.statement_end(i), stop = end;
  if (stop > begin && ctx.text()[stop - 1] == ';') --stop;
  if (!word.empty()) {
    std::vector<Word> w = words(ctx.text(), begin, end);
    for (size_t k = 0; k < w.size(); ++k) {
      if (w[k].after_dot || lower(ctx.text().substr(w[k].begin, w[k].end - w[k].begin)) != word) continue;
      if (!next.empty() &&
          (k + 1 >= w.size() || lower(ctx.text().substr(w[k + 1].begin, w[k + 1].end - w[k + 1].begin)) != next))
        continue;
      stop = w[k].begin;
      break;
    }
  }
  std::string out;
  bool space = false;
  for (char c : ctx.text().substr(begin, stop - begin)) {
    if (std::isspace(static_cast<unsigned char>(c))) {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  if (out.size() > 200) out = out.substr(0, 197) + "...";
  return out;
}

bool is_comment(const PgQuery__ScanToken& t) {
  return t.token == PG_QUERY__TOKEN__SQL_COMMENT || t.token == PG_QUERY__TOKEN__C_COMMENT;
}

// The first token at or after index k that is not a comment (t.size() if none).
size_t code_token(const Tokens& t, size_t k) {
  while (k < t.size() && is_comment(t[k])) ++k;
  return k;
}

// A token's end. pg_query_scan gives U&'...' and U&"..." the length of their
// decoded value: find the closing quote instead.
size_t token_end(std::string_view text, const Tokens& t, size_t k) {
  size_t end = static_cast<size_t>(t[k].end);
  if (t[k].token != PG_QUERY__TOKEN__USCONST && t[k].token != PG_QUERY__TOKEN__UIDENT) return end;
  size_t p = static_cast<size_t>(t[k].start) + 2;  // past U&
  if (p >= text.size()) return end;
  char q = text[p++];
  while (p < text.size()) {
    if (text[p] == q) {
      if (p + 1 < text.size() && text[p + 1] == q) {
        p += 2;
        continue;
      }
      return p + 1;
    }
    ++p;
  }
  return end;
}

// The code in [begin, end) on one line, without comments: tokens joined by
// one space where the text has space or a comment between them.
std::string code_text(const StatementContext& ctx, size_t begin, size_t end) {
  const Tokens& t = ctx.tokens();
  std::string out;
  size_t last = begin;
  for (size_t k = t.first_at_or_after(begin); k < t.size() && static_cast<size_t>(t[k].start) < end; ++k) {
    if (is_comment(t[k])) continue;
    size_t b = static_cast<size_t>(t[k].start), e = std::min(token_end(ctx.text(), t, k), end);
    if (!out.empty() && b > last) out += ' ';
    out += ctx.text().substr(b, e - b);
    last = e;
  }
  std::string flat;
  for (char c : out) flat += (c == '\n' || c == '\r' || c == '\t') ? ' ' : c;
  if (flat.size() > 200) flat = flat.substr(0, 197) + "...";
  return flat;
}

// Whether psql would take more than plain words from a meta-command's
// arguments: `backquotes` run a shell command, and an unquoted backslash
// starts another meta-command on the same line. Quoting as psql's
// slash-command lexer reads it: '...' (with '' and backslash escapes) and
// "..." (with "", backslashes literal).
bool meta_runs_more(std::string_view args) {
  enum { None, Single, Double } state = None;
  for (size_t p = 0; p < args.size(); ++p) {
    char c = args[p];
    switch (state) {
      case None:
        if (c == '`' || c == '\\') return true;
        if (c == '\'') state = Single;
        if (c == '"') state = Double;
        break;
      case Single:
        if (c == '\\') ++p;
        else if (c == '\'') state = None;  // '' closes and reopens
        break;
      case Double:
        if (c == '"') state = None;  // "" closes and reopens
        break;
    }
  }
  return false;
}

bool is_create_language(const StatementContext& ctx, size_t i) {
  const Tokens& t = ctx.tokens();
  size_t end = ctx.statement_end(i);
  for (size_t k = t.first_at_or_after(ctx.statement_begin(i)); k < t.size() && static_cast<size_t>(t[k].start) < end;
       ++k) {
    if (t[k].token == PG_QUERY__TOKEN__EXTENSION) return false;
    if (t[k].token == PG_QUERY__TOKEN__LANGUAGE) return true;
  }
  return false;
}

// The statement without its ';', on one line, without comments.
std::string statement_code(const StatementContext& ctx, size_t i) {
  size_t b = ctx.statement_begin(i), e = ctx.statement_end(i);
  if (e > b && ctx.text()[e - 1] == ';') --e;
  return code_text(ctx, b, e);
}

const char* def_string(PgQuery__Node** options, size_t n, const char* name) {
  for (size_t k = 0; k < n; ++k) {
    if (options[k]->node_case != PG_QUERY__NODE__NODE_DEF_ELEM) continue;
    const PgQuery__DefElem* d = options[k]->def_elem;
    if (d->defname == nullptr || std::strcmp(d->defname, name) != 0 || d->arg == nullptr) continue;
    if (d->arg->node_case == PG_QUERY__NODE__NODE_STRING) return d->arg->string->sval;
    if (d->arg->node_case == PG_QUERY__NODE__NODE_LIST && d->arg->list->n_items == 1 &&
        d->arg->list->items[0]->node_case == PG_QUERY__NODE__NODE_STRING)
      return d->arg->list->items[0]->string->sval;
  }
  return nullptr;
}

std::string routine_signature(const StatementContext& ctx, size_t i) {
  const Tokens& t = ctx.tokens();
  size_t end = ctx.statement_end(i);
  size_t k = t.first_at_or_after(ctx.statement_begin(i));
  while (k < t.size() && static_cast<size_t>(t[k].start) < end && t[k].token != PG_QUERY__TOKEN__FUNCTION &&
         t[k].token != PG_QUERY__TOKEN__PROCEDURE)
    ++k;
  if (k + 1 >= t.size()) return "?";
  // The tokens through the ')' closing the first '(', one space where the
  // source had space or comments.
  std::string out;
  int depth = 0;
  const PgQuery__ScanToken* prev = nullptr;
  for (size_t j = k + 1; j < t.size() && static_cast<size_t>(t[j].start) < end; ++j) {
    if (is_comment(t[j])) continue;
    bool gap = prev != nullptr && t[j].start > prev->end;
    if (gap && prev->token != PG_QUERY__TOKEN__ASCII_40 && t[j].token != PG_QUERY__TOKEN__ASCII_41) out += ' ';
    prev = &t[j];
    out += t.text(j);
    if (out.size() > 200) return out.substr(0, 197) + "...";
    if (t[j].token == PG_QUERY__TOKEN__ASCII_40) ++depth;
    if (t[j].token == PG_QUERY__TOKEN__ASCII_41 && --depth == 0) break;
  }
  return out;
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

const char* node_string(const PgQuery__Node* n) {
  return n != nullptr && n->node_case == PG_QUERY__NODE__NODE_STRING ? n->string->sval : nullptr;
}

std::vector<std::string> node_strings(PgQuery__Node* const* nodes, size_t n) {
  std::vector<std::string> out;
  for (size_t i = 0; i < n; ++i) {
    const char* s = node_string(nodes[i]);
    if (s == nullptr) return {};
    out.emplace_back(s);
  }
  return out;
}

const char* node_const_string(const PgQuery__Node* n) {
  if (n == nullptr || n->node_case != PG_QUERY__NODE__NODE_A_CONST) return nullptr;
  const PgQuery__AConst* c = n->a_const;
  if (c->isnull || c->val_case != PG_QUERY__A__CONST__VAL_SVAL || c->sval == nullptr) return nullptr;
  return c->sval->sval;
}

const PgQuery__DefElem* node_option(PgQuery__Node* const* options, size_t n, std::string_view name) {
  for (size_t i = 0; i < n; ++i)
    if (options[i] != nullptr && options[i]->node_case == PG_QUERY__NODE__NODE_DEF_ELEM &&
        options[i]->def_elem->defname != nullptr && name == options[i]->def_elem->defname)
      return options[i]->def_elem;
  return nullptr;
}

std::optional<std::string> token_identifier(const PgQuery__ScanToken& t, std::string_view text) {
  if (t.token == PG_QUERY__TOKEN__IDENT) {
    if (!text.empty() && text[0] == '"') {
      if (text.size() < 2) return std::nullopt;
      std::string out;
      for (size_t i = 1; i + 1 < text.size(); ++i) {
        out += text[i];
        if (text[i] == '"') ++i;
      }
      return out;
    }
    return lower(text);
  }
  if (t.keyword_kind != PG_QUERY__KEYWORD_KIND__NO_KEYWORD) return lower(text);
  return std::nullopt;
}

}  // namespace db9
