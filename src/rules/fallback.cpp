// What is done with a statement the PostgreSQL 15 parser (libpg_query)
// rejects, before it passes through unparsed.
//
// Newer syntax that pg_dump writes into a statement the rules must read is
// blanked out in a copy that is parsed instead (newer_syntax_blanks); the
// output keeps the original bytes.
//
// A statement of a kind that a rule drops whole is recognised by its words
// (pg_query_scan tokenises what the grammar rejects): pg_dumpall 16+ writes
// role memberships as GRANT r TO m WITH INHERIT TRUE GRANTED BY g, which the
// PostgreSQL 15 grammar refuses, and a policy or publication may use syntax
// newer than 15 inside. Such a statement would stop the import on DB9 and is
// one that the rule drops anyway, so it goes the same way, with a diagnostic
// saying how it was recognised (src/rules/engine.cpp, review_unparsed).
#include "rules/fallback.hpp"

namespace db9 {

namespace {

struct Code {
  const Tokens& t;
  std::string_view text;
  std::vector<size_t> k;  // code tokens (no comments), up to the first ';'
  bool more = false;      // code after a ';'
  // The keyword at code position i, lower-cased ("" for anything else:
  // identifiers, quoted names, literals, punctuation).
  std::string keyword(size_t i) const {
    if (i >= k.size()) return "";
    const PgQuery__ScanToken& tok = t[k[i]];
    if (tok.keyword_kind == PG_QUERY__KEYWORD_KIND__NO_KEYWORD) return "";
    return lower(t.text(k[i]));
  }
  bool is(size_t i, std::string_view word) const { return keyword(i) == word; }
  // The name a token stands for (identifier or keyword used as one).
  std::string name(size_t i) const {
    if (i >= k.size()) return "";
    std::optional<std::string> n = token_identifier(t[k[i]], t.text(k[i]));
    return n ? *n : "";
  }
};

const char* const kStatsFunctions[] = {"pg_restore_relation_stats", "pg_restore_attribute_stats",
                                       "pg_clear_relation_stats", "pg_clear_attribute_stats"};

}  // namespace

std::optional<Recognised> recognise_by_words(std::string_view text, const RuleOptions& options) {
  Tokens t(text);
  Code c{t, text, {}, false};
  bool ended = false;
  for (size_t i = 0; i < t.size(); ++i) {
    if (is_comment(t[i])) continue;
    if (ended) {
      c.more = true;
      break;
    }
    if (t[i].token == PG_QUERY__TOKEN__ASCII_59) {
      ended = true;
      continue;
    }
    c.k.push_back(i);
  }
  if (c.k.empty() || c.more) return std::nullopt;
  size_t begin = static_cast<size_t>(t[c.k[0]].start);
  size_t end = token_end(text, t, c.k.back());
  // The statement on one line, for the message.
  std::string what;
  size_t last = begin;
  for (size_t i : c.k) {
    size_t b = static_cast<size_t>(t[i].start), e = token_end(text, t, i);
    if (!what.empty() && b > last) what += ' ';
    what += text.substr(b, e - b);
    last = e;
    if (what.size() > 200) {
      what = what.substr(0, 197) + "...";
      break;
    }
  }
  (void)end;
  auto found = [&](std::string rule) { return Recognised{std::move(rule), what, begin}; };

  const std::string first = c.keyword(0);
  // GRANT / REVOKE: privileges on objects (with ON) or role memberships.
  if (first == "grant" || first == "revoke") {
    bool on = false;
    int depth = 0;
    for (size_t i = 1; i < c.k.size(); ++i) {
      int tok = t[c.k[i]].token;
      if (tok == PG_QUERY__TOKEN__ASCII_40) ++depth;
      else if (tok == PG_QUERY__TOKEN__ASCII_41) --depth;
      else if (depth == 0 && c.is(i, "on")) on = true;
    }
    if (!options.keep_privileges) return found("privileges");
    if (!on) return found("roles");  // the roles it names are not made on DB9
    return std::nullopt;
  }
  // [CREATE [OR REPLACE] | ALTER | DROP] ... and COMMENT / SECURITY LABEL ON ...
  size_t kind = 1;
  if (first == "create") {
    if (c.is(1, "or") && c.is(2, "replace")) kind = 3;
  } else if (first == "comment" || first == "security") {
    // COMMENT ON KIND, SECURITY LABEL [FOR provider] ON KIND
    kind = 0;
    while (kind < c.k.size() && !c.is(kind, "on")) ++kind;
    ++kind;
  } else if (first != "alter") {
    kind = 0;
  }
  if (kind > 0 && kind < c.k.size()) {
    std::string word = c.keyword(kind);
    if (word == "policy") return found("rls");
    if (word == "publication" || word == "subscription") return found("publication");
    if (word == "event" && c.is(kind + 1, "trigger")) return found("unsupported");
  }
  // pg_dump 18's statistics, in any form of SELECT.
  if (first == "select" || first == "with" || first == "values") {
    for (size_t i = 0; i < c.k.size(); ++i) {
      std::string n = c.name(i);
      for (const char* f : kStatsFunctions)
        if (n == f && i + 1 < c.k.size() && t[c.k[i + 1]].token == PG_QUERY__TOKEN__ASCII_40) return found("unsupported");
    }
  }
  return std::nullopt;
}

std::vector<std::pair<size_t, char>> newer_syntax_blanks(std::string_view text) {
  std::vector<std::pair<size_t, char>> out;
  Tokens t(text);
  // ... GENERATED { ALWAYS | BY DEFAULT } AS IDENTITY ( options ): LOGGED and
  // UNLOGGED at the options' own level.
  std::vector<size_t> k;
  for (size_t i = 0; i < t.size(); ++i)
    if (!is_comment(t[i])) k.push_back(i);
  auto kw = [&](size_t j, std::string_view w) {
    return j < k.size() && t[k[j]].keyword_kind != PG_QUERY__KEYWORD_KIND__NO_KEYWORD && lower(t.text(k[j])) == w;
  };
  for (size_t j = 0; j + 2 < k.size(); ++j) {
    if (!kw(j, "as") || !kw(j + 1, "identity") || t[k[j + 2]].token != PG_QUERY__TOKEN__ASCII_40) continue;
    int depth = 0;
    for (size_t m = j + 2; m < k.size(); ++m) {
      int tok = t[k[m]].token;
      if (tok == PG_QUERY__TOKEN__ASCII_40) ++depth;
      else if (tok == PG_QUERY__TOKEN__ASCII_41 && --depth == 0) break;
      else if (depth == 1 && (kw(m, "logged") || kw(m, "unlogged")))
        for (size_t b = static_cast<size_t>(t[k[m]].start); b < static_cast<size_t>(t[k[m]].end); ++b)
          out.emplace_back(b, ' ');
    }
  }
  return out;
}

}  // namespace db9
