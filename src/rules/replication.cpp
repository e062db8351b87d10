// Rules about what a database sends elsewhere: logical replication
// (publication) and asynchronous notifications (notify). DB9 has neither, so
// publications, subscriptions, LISTEN, UNLISTEN and NOTIFY are dropped, and
// functions that call pg_notify are reported (they are kept: the rest of
// their work still matters).
#include <cctype>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "rules/registry.hpp"

#if defined(__SANITIZE_ADDRESS__)
// ASan builds only. libpg_query 15-4.0.0's pg_query_parse_plpgsql() leaks
// one byte (its captured stderr, strdup()ed in pg_query_raw_parse()) on
// every early return, e.g. a PL/pgSQL body its catalog-less compiler
// refuses; the caller cannot reach that buffer. Same suppression as
// tests/fuzz/lsan.supp, built in so that every ASan run of the binary gets
// it, quietly. Weak, so that definitions elsewhere take precedence; the
// LSAN_OPTIONS environment variable still overrides the options.
extern "C" __attribute__((weak)) const char* __lsan_default_suppressions() { return "leak:pg_query_raw_parse\n"; }
extern "C" __attribute__((weak)) const char* __lsan_default_options() { return "print_suppressions=0"; }
#endif

namespace db9 {

namespace {

// ---- local helpers ------------------------------------------------------------

// `needle` in lower case.
bool contains_ci(std::string_view hay, std::string_view needle) { return find_ci(hay, needle) != std::string_view::npos; }

// An identifier token's name: unquoted as the parser would fold it.
std::string ident(std::string_view tok) {
  if (tok.size() >= 2 && tok.front() == '"' && tok.back() == '"') {
    std::string out;
    for (size_t i = 1; i + 1 < tok.size(); ++i) {
      out += tok[i];
      if (tok[i] == '"') ++i;
    }
    return out;
  }
  return lower(tok);
}

bool is_pg_notify(const PgQuery__Node* n) {
  if (n->node_case != PG_QUERY__NODE__NODE_FUNC_CALL || n->func_call->n_funcname == 0) return false;
  const PgQuery__FuncCall* f = n->func_call;
  const PgQuery__Node* last = f->funcname[f->n_funcname - 1];
  if (last->node_case != PG_QUERY__NODE__NODE_STRING || last->string->sval == nullptr) return false;
  if (std::strcmp(last->string->sval, "pg_notify") != 0) return false;
  if (f->n_funcname == 1) return true;
  const PgQuery__Node* schema = f->funcname[f->n_funcname - 2];
  return schema->node_case == PG_QUERY__NODE__NODE_STRING && schema->string->sval != nullptr &&
         std::strcmp(schema->string->sval, "pg_catalog") == 0;
}


// The statement as written, on one line, without its ';'.
std::string statement_text(const StatementContext& ctx, size_t i) { return text_before(ctx, i, ";"); }

// A string constant's content, with the statement offset of each content
// byte (raw[k]), so that positions found in the content map back to the file.
struct StringBody {
  std::string text;
  std::vector<size_t> raw;
};

std::optional<StringBody> decode_string(std::string_view tok, size_t base) {
  StringBody b;
  if (!tok.empty() && tok.front() == '$') {
    size_t close = tok.find('$', 1);
    if (close == std::string_view::npos || tok.size() < 2 * (close + 1)) return std::nullopt;
    size_t open = close + 1;
    b.text = std::string(tok.substr(open, tok.size() - 2 * open));
    for (size_t k = 0; k < b.text.size(); ++k) b.raw.push_back(base + open + k);
    return b;
  }
  bool escapes = false;
  size_t i = 0;
  if (!tok.empty() && (tok.front() == 'E' || tok.front() == 'e')) escapes = true, i = 1;
  else if (!tok.empty() && (tok.front() == 'N' || tok.front() == 'n')) i = 1;
  if (i >= tok.size() || tok[i] != '\'') return std::nullopt;
  ++i;
  while (i < tok.size()) {
    char c = tok[i];
    if (c == '\'') {
      if (i + 1 < tok.size() && tok[i + 1] == '\'') {
        b.text += '\'';
        b.raw.push_back(base + i);
        i += 2;
        continue;
      }
      // The end, or 'a'<newline>'b' (one constant in SQL).
      size_t j = i + 1;
      while (j < tok.size() && std::isspace(static_cast<unsigned char>(tok[j]))) ++j;
      if (j < tok.size() && tok[j] == '\'') {
        i = j + 1;
        continue;
      }
      break;
    }
    if (escapes && c == '\\' && i + 1 < tok.size()) {
      char e = tok[i + 1];
      b.text += e == 'n' ? '\n' : e == 't' ? '\t' : e == 'r' ? '\r' : e;
      b.raw.push_back(base + i);
      i += 2;
      continue;
    }
    b.text += c;
    b.raw.push_back(base + i);
    ++i;
  }
  return b;
}

// The string constant token of a statement whose content is `value` (the
// body of a function or DO block), decoded.
std::optional<StringBody> find_body(const StatementContext& ctx, size_t i, const char* value) {
  if (value == nullptr) return std::nullopt;
  const Tokens& t = ctx.tokens();
  size_t end = ctx.statement_end(i);
  for (size_t k = t.first_at_or_after(ctx.statement_begin(i)); k < t.size() && static_cast<size_t>(t[k].start) < end;
       ++k) {
    if (t[k].token != PG_QUERY__TOKEN__SCONST) continue;
    std::optional<StringBody> b = decode_string(t.text(k), static_cast<size_t>(t[k].start));
    if (b && b->text == value) return b;
  }
  return std::nullopt;
}

// What a body does with notifications, and where (a content offset).
struct Usage {
  bool pg_notify = false, notify = false, listen = false, dynamic = false;
  std::optional<size_t> at;
  bool any() const { return pg_notify || notify || listen || dynamic; }
  void mark(bool& flag, std::optional<size_t> where) {
    flag = true;
    if (!at && where) at = where;
  }
  std::string describe() const {
    std::vector<std::string> parts;
    if (pg_notify) parts.push_back("calls pg_notify()");
    if (notify || listen)
      parts.push_back(std::string("runs ") + (notify ? "NOTIFY" : "") + (notify && listen ? " and " : "") +
                      (listen ? "LISTEN/UNLISTEN" : ""));
    if (dynamic) parts.push_back("EXECUTEs a NOTIFY built at run time");
    std::string out;
    for (size_t k = 0; k < parts.size(); ++k)
      out += (k == 0 ? "" : k + 1 == parts.size() ? " and " : ", ") + parts[k];
    return out;
  }
};

// Token scan of SQL or PL/pgSQL text: pg_notify( calls, and NOTIFY / LISTEN /
// UNLISTEN where a statement starts. Strings and comments are skipped by the
// scanner. Used on expressions, and on whole bodies that do not parse.
void scan_usage(std::string_view text, Usage& u, std::optional<size_t> base_at = std::nullopt) {
  Tokens all(text);
  std::vector<const PgQuery__ScanToken*> tokens;  // comments left out
  for (size_t k = 0; k < all.size(); ++k)
    if (!is_comment(all[k])) tokens.push_back(&all[k]);
  struct View {
    const std::vector<const PgQuery__ScanToken*>& v;
    std::string_view text;
    size_t size() const { return v.size(); }
    const PgQuery__ScanToken& operator[](size_t k) const { return *v[k]; }
    std::string_view text_of(size_t k) const {
      return text.substr(static_cast<size_t>(v[k]->start), static_cast<size_t>(v[k]->end - v[k]->start));
    }
  } t{tokens, text};
  for (size_t k = 0; k < t.size(); ++k) {
    std::optional<size_t> here = base_at ? base_at : std::optional<size_t>(static_cast<size_t>(t[k].start));
    if ((t[k].token == PG_QUERY__TOKEN__IDENT) && ident(t.text_of(k)) == "pg_notify" && k + 1 < t.size() &&
        t[k + 1].token == PG_QUERY__TOKEN__ASCII_40) {
      u.mark(u.pg_notify, here);
      continue;
    }
    bool notify = t[k].token == PG_QUERY__TOKEN__NOTIFY;
    bool listen = t[k].token == PG_QUERY__TOKEN__LISTEN || t[k].token == PG_QUERY__TOKEN__UNLISTEN;
    if (!notify && !listen) continue;
    // At a statement's start: first, or after ; BEGIN THEN ELSE LOOP.
    bool start = k == 0;
    if (!start) {
      const PgQuery__ScanToken& p = t[k - 1];
      start = p.token == PG_QUERY__TOKEN__ASCII_59 || p.token == PG_QUERY__TOKEN__BEGIN_P ||
              p.token == PG_QUERY__TOKEN__THEN || p.token == PG_QUERY__TOKEN__ELSE ||
              (p.token == PG_QUERY__TOKEN__IDENT && lower(t.text_of(k - 1)) == "loop");
    }
    // ... and followed by a channel name.
    bool channel = k + 1 < t.size() && (t[k + 1].token == PG_QUERY__TOKEN__IDENT ||
                                         t[k + 1].keyword_kind != PG_QUERY__KEYWORD_KIND__NO_KEYWORD ||
                                         (listen && t[k + 1].token == PG_QUERY__TOKEN__ASCII_42));
    if (start && channel) u.mark(notify ? u.notify : u.listen, here);
  }
}

// A string built for EXECUTE: does a constant in it look like a notification?
void scan_dynamic(std::string_view text, Usage& u, std::optional<size_t> at) {
  Tokens t(text);
  for (size_t k = 0; k < t.size(); ++k) {
    if (t[k].token != PG_QUERY__TOKEN__SCONST) continue;
    std::optional<StringBody> b = decode_string(t.text(k), 0);
    if (!b) continue;
    std::string_view s = b->text;
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
    if (contains_ci(s, "pg_notify") || lower(s.substr(0, 7)) == "notify " || lower(s) == "notify") {
      u.mark(u.dynamic, at);
      return;
    }
  }
}

// The content offset of line `lineno` (1-based) of a body, pointing at the
// notification word on it when there is one.
std::optional<size_t> line_offset(std::string_view body, int lineno) {
  if (lineno <= 0) return std::nullopt;
  size_t pos = 0;
  for (int l = 1; l < lineno; ++l) {
    size_t nl = body.find('\n', pos);
    if (nl == std::string_view::npos) return std::nullopt;
    pos = nl + 1;
  }
  size_t nl = body.find('\n', pos);
  std::string_view line = body.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
  auto word_char = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '$'; };
  for (std::string_view word : {"pg_notify", "notify", "unlisten", "listen"}) {
    for (size_t from = 0; from < line.size();) {
      size_t w = find_ci(line.substr(from), word);
      if (w == std::string_view::npos) break;
      w += from;
      bool before = w == 0 || !word_char(line[w - 1]);
      bool after = w + word.size() >= line.size() || !word_char(line[w + word.size()]);
      if (before && after) return pos + w;
      from = w + 1;
    }
  }
  size_t first = 0;
  while (first < line.size() && std::isspace(static_cast<unsigned char>(line[first]))) ++first;
  return pos + first;
}

// PL/pgSQL: the JSON tree of pg_query_parse_plpgsql. Every PLpgSQL_expr is
// code (comments gone); the query of EXECUTE, FOR ... IN EXECUTE, OPEN ...
// FOR EXECUTE and RETURN QUERY EXECUTE is SQL built at run time. `owner` is
// the PLpgSQL_stmt_* key the object belongs to.
void plpgsql_usage(const nlohmann::json& j, Usage& u, std::string_view body, int lineno, bool dynamic,
                   const std::string& owner) {
  if (j.is_array()) {
    for (const auto& e : j) plpgsql_usage(e, u, body, lineno, dynamic, owner);
    return;
  }
  if (!j.is_object()) return;
  auto ln = j.find("lineno");
  if (ln != j.end() && ln->is_number_integer()) lineno = ln->get<int>();
  for (auto it = j.begin(); it != j.end(); ++it) {
    const std::string& key = it.key();
    if (key == "PLpgSQL_expr" && it->is_object()) {
      auto q = it->find("query");
      if (q == it->end() || !q->is_string()) continue;
      const std::string& query = q->get_ref<const std::string&>();
      Usage here;
      scan_usage(query, here, 0);
      if (dynamic) scan_dynamic(query, here, 0);
      if (!here.any()) continue;
      std::optional<size_t> at = line_offset(body, lineno);
      if (here.pg_notify) u.mark(u.pg_notify, at);
      if (here.notify) u.mark(u.notify, at);
      if (here.listen) u.mark(u.listen, at);
      if (here.dynamic) u.mark(u.dynamic, at);
      continue;
    }
    bool dyn = dynamic || key == "dynquery" ||
               (key == "query" && (owner == "PLpgSQL_stmt_dynexecute" || owner == "PLpgSQL_stmt_dynfors"));
    plpgsql_usage(*it, u, body, lineno, dyn, key.rfind("PLpgSQL_stmt_", 0) == 0 ? key : owner);
  }
}

// PL/pgSQL: parse the CREATE FUNCTION text; when the parser refuses (it
// checks some semantics too), scan the body's tokens instead.
Usage plpgsql_body(const std::string& create_function, const StringBody& body) {
  Usage u;
  PgQueryPlpgsqlParseResult r = pg_query_parse_plpgsql(create_function.c_str());
  bool parsed = false;
  if (r.error == nullptr && r.plpgsql_funcs != nullptr) {
    nlohmann::json j = nlohmann::json::parse(r.plpgsql_funcs, nullptr, false);
    if (!j.is_discarded()) {
      plpgsql_usage(j, u, body.text, 0, false, "");
      parsed = true;
    }
  }
  pg_query_free_plpgsql_parse_result(r);
  if (!parsed) scan_usage(body.text, u);
  return u;
}

// SQL: parse the body as SQL and walk it; scan its tokens if it does not parse.
Usage sql_body(const StringBody& body) {
  Usage u;
  // Through the Parser and its nesting guard: a body may be as deep as any
  // statement.
  Parser parser;
  ParsedStatement parsed = parser.parse(body.text);
  const PgQuery__ParseResult* tree = parsed.ok() ? parsed.tree() : nullptr;
  if (tree == nullptr) {
    scan_usage(body.text, u);
    return u;
  }
  Tokens t(body.text);
  for (size_t s = 0; s < tree->n_stmts; ++s) {
    const PgQuery__RawStmt* raw = tree->stmts[s];
    size_t k = t.first_at_or_after(static_cast<size_t>(raw->stmt_location));
    while (k < t.size() && is_comment(t[k])) ++k;
    std::optional<size_t> start = k < t.size() ? std::optional<size_t>(static_cast<size_t>(t[k].start)) : std::nullopt;
    walk(raw->stmt, [&](const PgQuery__Node* n) {
      if (is_pg_notify(n)) u.mark(u.pg_notify, static_cast<size_t>(n->func_call->location));
      else if (n->node_case == PG_QUERY__NODE__NODE_NOTIFY_STMT) u.mark(u.notify, start);
      else if (n->node_case == PG_QUERY__NODE__NODE_LISTEN_STMT || n->node_case == PG_QUERY__NODE__NODE_UNLISTEN_STMT)
        u.mark(u.listen, start);
    });
  }
  return u;
}

// ---- publication ----------------------------------------------------------------

bool is_replication_object(PgQuery__ObjectType t) {
  return t == PG_QUERY__OBJECT_TYPE__OBJECT_PUBLICATION || t == PG_QUERY__OBJECT_TYPE__OBJECT_SUBSCRIPTION;
}

class Publication : public Rule {
 public:
  void check(StatementContext& ctx) override {
    for (size_t i = 0; i < ctx.statement_count(); ++i) {
      // Unpacked only when it may be about a publication or subscription.
      switch (ctx.statement_type(i)) {
        case PG_QUERY__NODE__NODE_CREATE_PUBLICATION_STMT:
        case PG_QUERY__NODE__NODE_CREATE_SUBSCRIPTION_STMT:
        case PG_QUERY__NODE__NODE_ALTER_PUBLICATION_STMT:
        case PG_QUERY__NODE__NODE_ALTER_SUBSCRIPTION_STMT:
        case PG_QUERY__NODE__NODE_DROP_SUBSCRIPTION_STMT:
          break;
        case PG_QUERY__NODE__NODE_DROP_STMT:
        case PG_QUERY__NODE__NODE_COMMENT_STMT:
        case PG_QUERY__NODE__NODE_SEC_LABEL_STMT:
        case PG_QUERY__NODE__NODE_RENAME_STMT:
        case PG_QUERY__NODE__NODE_ALTER_OWNER_STMT:
          if (!ctx.mentions(i, "publication") && !ctx.mentions(i, "subscription")) continue;
          break;
        default:
          continue;
      }
      const PgQuery__Node* s = ctx.statement(i);
      size_t at = ctx.statement_begin(i);
      switch (s->node_case) {
        case PG_QUERY__NODE__NODE_CREATE_PUBLICATION_STMT: {
          const PgQuery__CreatePublicationStmt* p = s->create_publication_stmt;
          ctx.drop(i, at, std::string("CREATE PUBLICATION ") + quote_ident(p->pubname), Severity::Warning,
                   std::string("DB9 has no logical replication; whatever subscribed to ") + quote_ident(p->pubname) +
                       " on the source needs another feed of changes");
          break;
        }
        case PG_QUERY__NODE__NODE_CREATE_SUBSCRIPTION_STMT: {
          const PgQuery__CreateSubscriptionStmt* p = s->create_subscription_stmt;
          std::string pubs;
          for (size_t k = 0; k < p->n_publication; ++k)
            if (p->publication[k]->node_case == PG_QUERY__NODE__NODE_STRING)
              pubs += (pubs.empty() ? "" : ", ") + quote_ident(p->publication[k]->string->sval);
          // The connection string is not shown: it may hold a password.
          ctx.drop(i, at, std::string("CREATE SUBSCRIPTION ") + quote_ident(p->subname), Severity::Warning,
                   "DB9 has no logical replication; changes published as " + (pubs.empty() ? "?" : pubs) +
                       " will not arrive");
          break;
        }
        case PG_QUERY__NODE__NODE_ALTER_PUBLICATION_STMT:
          ctx.drop(i, at, statement_text(ctx, i), Severity::Note);
          break;
        case PG_QUERY__NODE__NODE_ALTER_SUBSCRIPTION_STMT: {
          const PgQuery__AlterSubscriptionStmt* a = s->alter_subscription_stmt;
          std::string what = a->kind == PG_QUERY__ALTER_SUBSCRIPTION_TYPE__ALTER_SUBSCRIPTION_CONNECTION
                                 ? std::string("ALTER SUBSCRIPTION ") + quote_ident(a->subname) + " CONNECTION ..."
                                 : statement_text(ctx, i);
          ctx.drop(i, at, what, Severity::Note);
          break;
        }
        case PG_QUERY__NODE__NODE_DROP_SUBSCRIPTION_STMT:
          ctx.drop(i, at, statement_text(ctx, i), Severity::Note);
          break;
        case PG_QUERY__NODE__NODE_DROP_STMT:
          if (is_replication_object(s->drop_stmt->remove_type)) ctx.drop(i, at, statement_text(ctx, i), Severity::Note);
          break;
        case PG_QUERY__NODE__NODE_COMMENT_STMT:
          if (is_replication_object(s->comment_stmt->objtype)) ctx.drop(i, at, text_before(ctx, i, "is"), Severity::Note);
          break;
        case PG_QUERY__NODE__NODE_SEC_LABEL_STMT:
          if (is_replication_object(s->sec_label_stmt->objtype))
            ctx.drop(i, at, text_before(ctx, i, "is"), Severity::Note);
          break;
        case PG_QUERY__NODE__NODE_RENAME_STMT:
          if (is_replication_object(s->rename_stmt->rename_type)) ctx.drop(i, at, statement_text(ctx, i), Severity::Note);
          break;
        case PG_QUERY__NODE__NODE_ALTER_OWNER_STMT:
          // Without --keep-owners the owner rule drops every OWNER TO.
          if (ctx.options().keep_owners && is_replication_object(s->alter_owner_stmt->object_type))
            ctx.drop(i, at, statement_text(ctx, i), Severity::Note, "DB9 has no publications or subscriptions");
          break;
        default:
          break;
      }
    }
  }
};

// ---- notify ---------------------------------------------------------------------

class Notify : public Rule {
 public:
  void check(StatementContext& ctx) override {
    for (size_t i = 0; i < ctx.statement_count(); ++i) {
      size_t at = ctx.statement_begin(i);
      switch (ctx.statement_type(i)) {
        case PG_QUERY__NODE__NODE_LISTEN_STMT:
        case PG_QUERY__NODE__NODE_UNLISTEN_STMT:
        case PG_QUERY__NODE__NODE_NOTIFY_STMT:
          ctx.drop(i, at, statement_text(ctx, i), Severity::Warning, "DB9 has no LISTEN/NOTIFY");
          continue;
        default:
          break;
      }
      // Everything else only matters if the word is there at all (a look
      // at the text before the tree is unpacked).
      std::string_view text = ctx.text().substr(at, ctx.statement_end(i) - at);
      if (!contains_ci(text, "notify") && !contains_ci(text, "listen")) continue;
      const PgQuery__Node* s = ctx.statement(i);
      switch (s->node_case) {
        case PG_QUERY__NODE__NODE_CREATE_FUNCTION_STMT:
          function(ctx, i);
          break;
        case PG_QUERY__NODE__NODE_DO_STMT:
          do_block(ctx, i);
          break;
        case PG_QUERY__NODE__NODE_RULE_STMT:
          rule(ctx, i);
          break;
        case PG_QUERY__NODE__NODE_SELECT_STMT:
          if (only_pg_notify(s->select_stmt)) {
            ctx.drop(i, at, statement_text(ctx, i), Severity::Warning, "DB9 has no LISTEN/NOTIFY");
            break;
          }
          [[fallthrough]];
        default:
          other(ctx, i);
          break;
      }
    }
  }

 private:
  static constexpr const char* kWhy = "DB9 has no LISTEN/NOTIFY, so this fails or reaches no listener there";

  // SELECT pg_notify(...)[, pg_notify(...)] and nothing else.
  static bool only_pg_notify(const PgQuery__SelectStmt* sel) {
    if (sel->op != PG_QUERY__SET_OPERATION__SETOP_NONE || sel->n_from_clause != 0 || sel->where_clause != nullptr ||
        sel->with_clause != nullptr || sel->n_target_list == 0 || sel->into_clause != nullptr)
      return false;
    for (size_t k = 0; k < sel->n_target_list; ++k) {
      const PgQuery__Node* t = sel->target_list[k];
      if (t->node_case != PG_QUERY__NODE__NODE_RES_TARGET || t->res_target->val == nullptr ||
          !is_pg_notify(t->res_target->val))
        return false;
    }
    return true;
  }

  static void report(StatementContext& ctx, const std::string& who, const Usage& u, size_t at) {
    ctx.note(at, who + " " + u.describe() + ": " + kWhy + "; kept unchanged", Severity::Warning);
  }

  static void function(StatementContext& ctx, size_t i) {
    const PgQuery__CreateFunctionStmt* f = ctx.statement(i)->create_function_stmt;
    const char* language = def_string(f->options, f->n_options, "language");
    std::string lang = language ? lower(language) : "sql";
    std::string who = (f->is_procedure ? "procedure " : "function ") + routine_signature(ctx, i);
    size_t stmt_at = ctx.statement_begin(i);
    if (f->sql_body != nullptr) {
      // BEGIN ATOMIC / RETURN: already parsed, locations are ours.
      Usage u;
      walk(f->sql_body, [&](const PgQuery__Node* n) {
        if (is_pg_notify(n)) u.mark(u.pg_notify, static_cast<size_t>(n->func_call->location));
        else if (n->node_case == PG_QUERY__NODE__NODE_NOTIFY_STMT) u.mark(u.notify, std::nullopt);
      });
      if (u.any()) report(ctx, who, u, u.at.value_or(stmt_at));
      return;
    }
    if (lang != "sql" && lang != "plpgsql") return;
    std::optional<StringBody> body = find_body(ctx, i, def_string(f->options, f->n_options, "as"));
    if (!body) return;
    Usage u;
    if (lang == "plpgsql") {
      size_t end = ctx.statement_end(i);
      u = plpgsql_body(std::string(ctx.text().substr(stmt_at, end - stmt_at)), *body);
    } else {
      u = sql_body(*body);
    }
    if (!u.any()) return;
    size_t at = u.at && *u.at < body->raw.size() ? body->raw[*u.at] : (body->raw.empty() ? stmt_at : body->raw[0]);
    report(ctx, who, u, at);
  }

  static void do_block(StatementContext& ctx, size_t i) {
    const PgQuery__DoStmt* d = ctx.statement(i)->do_stmt;
    const char* language = def_string(d->args, d->n_args, "language");
    std::string lang = language ? lower(language) : "plpgsql";
    std::optional<StringBody> body = find_body(ctx, i, def_string(d->args, d->n_args, "as"));
    if (!body) return;
    Usage u;
    if (lang == "plpgsql") {
      // pg_query_parse_plpgsql reads CREATE FUNCTION: give it the body as one.
      std::string dollar = "$db9_do$";
      for (size_t n = 1; body->text.find(dollar) != std::string::npos; ++n)
        dollar = "$db9_do" + std::to_string(n) + "$";
      u = plpgsql_body("CREATE FUNCTION pg_temp.db9_do() RETURNS void LANGUAGE plpgsql AS " + dollar + body->text +
                           dollar,
                       *body);
    } else if (lang == "sql") {
      u = sql_body(*body);
    } else {
      return;
    }
    if (!u.any()) return;
    size_t at = u.at && *u.at < body->raw.size() ? body->raw[*u.at] : ctx.statement_begin(i);
    report(ctx, "DO block", u, at);
  }

  static void rule(StatementContext& ctx, size_t i) {
    const PgQuery__RuleStmt* r = ctx.statement(i)->rule_stmt;
    size_t notifies = 0;
    std::string channels;
    for (size_t k = 0; k < r->n_actions; ++k) {
      if (r->actions[k]->node_case != PG_QUERY__NODE__NODE_NOTIFY_STMT) continue;
      ++notifies;
      channels += (channels.empty() ? "" : ", ") + quote_ident(r->actions[k]->notify_stmt->conditionname);
    }
    std::string who = "CREATE RULE " + quote_ident(r->rulename) + " ON " + qualified_name(r->relation);
    if (notifies > 0 && notifies == r->n_actions && !r->instead) {
      ctx.drop(i, ctx.statement_begin(i), who, Severity::Warning,
               "its only action is NOTIFY " + channels + "; DB9 has no LISTEN/NOTIFY");
      return;
    }
    if (notifies > 0 && notifies == r->n_actions) {
      // DO INSTEAD NOTIFY: without the rule the event would happen after
      // all, so the rule stays and does nothing instead.
      const Tokens& t = ctx.tokens();
      size_t end = ctx.statement_end(i);
      size_t k = t.first_at_or_after(ctx.statement_begin(i));
      while (k < t.size() && static_cast<size_t>(t[k].start) < end && t[k].token != PG_QUERY__TOKEN__DO) ++k;
      ++k;
      while (k < t.size() && (is_comment(t[k]) || t[k].token == PG_QUERY__TOKEN__INSTEAD)) ++k;
      size_t from = k < t.size() ? static_cast<size_t>(t[k].start) : end, to = from;
      for (; k < t.size() && static_cast<size_t>(t[k].start) < end; ++k)
        if (!is_comment(t[k]) && t[k].token != PG_QUERY__TOKEN__ASCII_59) to = static_cast<size_t>(t[k].end);
      // The ';' that ends the statement is not part of the action.
      if (to > from && ctx.text()[to - 1] == ';') --to;
      if (to > from) {
        ctx.rewrite(ctx.statement_begin(i), who, "DO INSTEAD NOTIFY " + channels + " → DO INSTEAD NOTHING",
                    {Edit{from, to, "NOTHING"}}, Severity::Warning, "DB9 has no LISTEN/NOTIFY");
        return;
      }
    }
    if (notifies > 0) {
      std::vector<Edit> edits = remove_notify_actions(ctx, i);
      if (!edits.empty()) {
        ctx.rewrite(ctx.statement_begin(i), who, "removed its NOTIFY " + channels + (notifies > 1 ? " actions" : " action"), std::move(edits),
                    Severity::Warning, "DB9 has no LISTEN/NOTIFY");
        return;
      }
      ctx.note(ctx.statement_begin(i), "rule " + quote_ident(r->rulename) + " on " + qualified_name(r->relation) +
                                           " runs NOTIFY " + channels + ": " + kWhy + "; kept unchanged",
               Severity::Warning);
      return;
    }
    other(ctx, i);
  }

  // DO [ALSO|INSTEAD] ( a; NOTIFY x; b ): edits that take the NOTIFY actions
  // out of the list (each with its ';'), or none when the text cannot be
  // taken apart as the tree has it.
  static std::vector<Edit> remove_notify_actions(const StatementContext& ctx, size_t i) {
    const PgQuery__RuleStmt* r = ctx.statement(i)->rule_stmt;
    const Tokens& t = ctx.tokens();
    size_t end = ctx.statement_end(i);
    size_t k = t.first_at_or_after(ctx.statement_begin(i));
    while (k < t.size() && static_cast<size_t>(t[k].start) < end && t[k].token != PG_QUERY__TOKEN__DO) ++k;
    ++k;
    while (k < t.size() && (is_comment(t[k]) || t[k].token == PG_QUERY__TOKEN__INSTEAD ||
                            t[k].token == PG_QUERY__TOKEN__ALSO))
      ++k;
    if (k >= t.size() || t[k].token != PG_QUERY__TOKEN__ASCII_40) return {};
    // Each action: [first token, first token after its ';' or the ')').
    struct Span {
      size_t begin, end;
    };
    std::vector<Span> spans;
    int depth = 0;
    bool open = false;
    size_t begin = 0;
    for (++k; k < t.size() && static_cast<size_t>(t[k].start) < end; ++k) {
      if (is_comment(t[k])) continue;
      PgQuery__Token tok = t[k].token;
      if (depth == 0 && (tok == PG_QUERY__TOKEN__ASCII_59 || tok == PG_QUERY__TOKEN__ASCII_41)) {
        if (open) {
          // Through the ';' and the space after it, up to the next token.
          size_t stop = static_cast<size_t>(t[k].start);
          if (tok == PG_QUERY__TOKEN__ASCII_59)
            stop = k + 1 < t.size() ? static_cast<size_t>(t[k + 1].start) : static_cast<size_t>(t[k].end);
          spans.push_back({begin, stop});
          open = false;
        }
        if (tok == PG_QUERY__TOKEN__ASCII_41) break;
        continue;
      }
      if (!open) {
        begin = static_cast<size_t>(t[k].start);
        open = true;
      }
      if (tok == PG_QUERY__TOKEN__ASCII_40) ++depth;
      if (tok == PG_QUERY__TOKEN__ASCII_41) --depth;
    }
    if (spans.size() != r->n_actions) return {};
    std::vector<Edit> edits;
    for (size_t a = 0; a < r->n_actions; ++a)
      if (r->actions[a]->node_case == PG_QUERY__NODE__NODE_NOTIFY_STMT)
        edits.push_back(Edit{spans[a].begin, spans[a].end, ""});
    return edits;
  }

  // Views, defaults, rules, queries: a pg_notify() call anywhere.
  static void other(StatementContext& ctx, size_t i) {
    std::optional<size_t> at;
    walk(ctx.statement(i), [&](const PgQuery__Node* n) {
      if (!at && is_pg_notify(n)) at = static_cast<size_t>(n->func_call->location);
    });
    if (!at) return;
    const PgQuery__Node* s = ctx.statement(i);
    std::string who = "this statement";
    if (s->node_case == PG_QUERY__NODE__NODE_VIEW_STMT) who = "view " + qualified_name(s->view_stmt->view);
    ctx.note(*at, who + " calls pg_notify(): " + kWhy + "; kept unchanged", Severity::Warning);
  }
};

}  // namespace

std::vector<RuleInfo> replication_rules() {
  return {
      {"publication",
       "drop publications and subscriptions (CREATE, ALTER, DROP, COMMENT, SECURITY LABEL)",
       Action::Drop,
       "DB9 has no logical replication. Publications and subscriptions, and every statement that alters, "
       "renames, comments on, labels or drops one, are dropped; CREATE PUBLICATION and CREATE SUBSCRIPTION "
       "are reported as warnings, because whatever consumed or fed those changes needs another way. "
       "ALTER PUBLICATION|SUBSCRIPTION ... OWNER TO is left to the owner rule (and dropped here with "
       "--keep-owners). A subscription's connection string is never shown: it may hold a password.",
       [] { return std::unique_ptr<Rule>(new Publication); }},
      {"notify", "drop LISTEN, UNLISTEN and NOTIFY; report functions, DO blocks and rules that notify",
       Action::Drop,
       "DB9 has no asynchronous notifications. LISTEN, UNLISTEN and NOTIFY statements, a top-level "
       "SELECT pg_notify(...), and a rule whose only action is NOTIFY are dropped. Functions and procedures "
       "(SQL bodies parsed as SQL, PL/pgSQL bodies with the PL/pgSQL parser), DO blocks and other statements "
       "that call pg_notify(), run NOTIFY or EXECUTE a NOTIFY string are kept and reported as warnings, "
       "naming the function: whatever listens for those notifications needs another channel.",
       [] { return std::unique_ptr<Rule>(new Notify); }},
  };
}

}  // namespace db9
