// Rules about databases (database). DB9 has one database, always named
// postgres, and the import runs in it. What `pg_dump --create` writes to
// make and enter a database of its own is dropped (CREATE / DROP DATABASE,
// the \connect meta-command and the \encoding SQL_ASCII that pg_dump writes
// before it, ALTER DATABASE properties, RESET, RENAME and the template flag's
// UPDATE of pg_database); the settings and the comment the dump gives its
// database are kept, for postgres: only the name's bytes change.
#include <algorithm>
#include <cctype>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "rules/registry.hpp"

namespace db9 {

namespace {

constexpr const char* kTarget = "postgres";
constexpr const char* kOneDatabase = "DB9 has one database, postgres, and the dump is restored into it";

// The index of the code token after the first run of code tokens `seq` in
// statement i (t.size() if there is none).
size_t token_after(const StatementContext& ctx, size_t i, std::initializer_list<PgQuery__Token> seq) {
  const Tokens& t = ctx.tokens();
  size_t end = ctx.statement_end(i);
  for (size_t k = code_token(t, t.first_at_or_after(ctx.statement_begin(i)));
       k < t.size() && static_cast<size_t>(t[k].start) < end; k = code_token(t, k + 1)) {
    size_t j = k;
    bool match = true;
    for (PgQuery__Token want : seq) {
      if (j >= t.size() || static_cast<size_t>(t[j].start) >= end || t[j].token != want) {
        match = false;
        break;
      }
      j = code_token(t, j + 1);
    }
    if (match) return j < t.size() && static_cast<size_t>(t[j].start) < end ? j : t.size();
  }
  return t.size();
}

// The name an identifier token stands for (My Db for "My Db", heroku_app
// for Heroku_App); "" for U&"..." (not decoded here).
std::string identifier(std::string_view tok, PgQuery__Token kind) {
  if (kind == PG_QUERY__TOKEN__UIDENT) return "";
  if (!tok.empty() && tok.front() == '"') {
    std::string out;
    for (size_t p = 1; p + 1 < tok.size(); ++p) {
      out += tok[p];
      if (tok[p] == '"') ++p;  // "" stands for "
    }
    return out;
  }
  return lower(tok);
}

class Database : public Rule {
 public:
  void check(StatementContext& ctx) override {
    for (size_t i = 0; i < ctx.statement_count(); ++i) {
      if (!relevant(ctx, i)) continue;
      const PgQuery__Node* s = ctx.statement(i);
      size_t at = ctx.statement_begin(i);
      switch (s->node_case) {
        case PG_QUERY__NODE__NODE_CREATEDB_STMT:
          ctx.drop(i, at, through_name(ctx, i, {PG_QUERY__TOKEN__CREATE, PG_QUERY__TOKEN__DATABASE},
                                       s->createdb_stmt->dbname),
                   Severity::Note, kOneDatabase);
          break;
        case PG_QUERY__NODE__NODE_DROPDB_STMT:
          ctx.drop(i, at, through_name(ctx, i, {PG_QUERY__TOKEN__DROP, PG_QUERY__TOKEN__DATABASE},
                                       s->dropdb_stmt->dbname),
                   Severity::Warning, "DB9 has one database, postgres, and it is not emptied first: restore into an "
                                      "empty one");
          break;
        case PG_QUERY__NODE__NODE_ALTER_DATABASE_SET_STMT: {
          const PgQuery__AlterDatabaseSetStmt* a = s->alter_database_set_stmt;
          const PgQuery__VariableSetStmt* v = a->setstmt;
          if (v != nullptr && (v->kind == PG_QUERY__VARIABLE_SET_KIND__VAR_RESET ||
                               v->kind == PG_QUERY__VARIABLE_SET_KIND__VAR_RESET_ALL)) {
            ctx.drop(i, at, statement_code(ctx, i), Severity::Note,
                     "DB9 has one database, postgres: the source database's settings are not its to reset");
            break;
          }
          if (dropped_by_serializable(v)) break;
          size_t k = token_after(ctx, i, {PG_QUERY__TOKEN__ALTER, PG_QUERY__TOKEN__DATABASE});
          rename(ctx, k, a->dbname, code_text(ctx, at, setting_end(ctx, k, at)));
          break;
        }
        case PG_QUERY__NODE__NODE_ALTER_DATABASE_STMT:
        case PG_QUERY__NODE__NODE_ALTER_DATABASE_REFRESH_COLL_STMT:
          ctx.drop(i, at, statement_code(ctx, i), Severity::Note, kProperties);
          break;
        case PG_QUERY__NODE__NODE_RENAME_STMT:
          if (s->rename_stmt->rename_type == PG_QUERY__OBJECT_TYPE__OBJECT_DATABASE)
            ctx.drop(i, at, statement_code(ctx, i), Severity::Note, kProperties);
          break;
        case PG_QUERY__NODE__NODE_ALTER_OWNER_STMT:
          // Without --keep-owners the owner rule drops it (and says so).
          if (s->alter_owner_stmt->object_type == PG_QUERY__OBJECT_TYPE__OBJECT_DATABASE &&
              ctx.options().keep_owners)
            ctx.drop(i, at, statement_code(ctx, i), Severity::Note, kProperties);
          break;
        case PG_QUERY__NODE__NODE_COMMENT_STMT: {
          const PgQuery__CommentStmt* c = s->comment_stmt;
          if (c->objtype == PG_QUERY__OBJECT_TYPE__OBJECT_DATABASE && c->object != nullptr &&
              c->object->node_case == PG_QUERY__NODE__NODE_STRING)
            rename_after(ctx, i, {PG_QUERY__TOKEN__ON, PG_QUERY__TOKEN__DATABASE}, c->object->string->sval);
          break;
        }
        case PG_QUERY__NODE__NODE_SEC_LABEL_STMT: {
          const PgQuery__SecLabelStmt* c = s->sec_label_stmt;
          if (c->objtype == PG_QUERY__OBJECT_TYPE__OBJECT_DATABASE && c->object != nullptr &&
              c->object->node_case == PG_QUERY__NODE__NODE_STRING)
            rename_after(ctx, i, {PG_QUERY__TOKEN__ON, PG_QUERY__TOKEN__DATABASE}, c->object->string->sval);
          break;
        }
        case PG_QUERY__NODE__NODE_ALTER_ROLE_SET_STMT: {
          const PgQuery__AlterRoleSetStmt* a = s->alter_role_set_stmt;
          if (a->database == nullptr || dropped_by_serializable(a->setstmt)) break;
          size_t k = token_after(ctx, i, {PG_QUERY__TOKEN__IN_P, PG_QUERY__TOKEN__DATABASE});
          rename(ctx, k, a->database, code_text(ctx, at, setting_end(ctx, k, at)));
          break;
        }
        case PG_QUERY__NODE__NODE_GRANT_STMT:
          // Without --keep-privileges the privileges rule drops it.
          if (s->grant_stmt->objtype == PG_QUERY__OBJECT_TYPE__OBJECT_DATABASE && ctx.options().keep_privileges)
            grant(ctx, i, s->grant_stmt);
          break;
        case PG_QUERY__NODE__NODE_CREATE_SCHEMA_STMT: {
          // pg_dump writes CREATE SCHEMA public when the source's public
          // schema is not the stock one (Heroku's belongs to the app's
          // role): postgres on DB9 has it already.
          const PgQuery__CreateSchemaStmt* c = s->create_schema_stmt;
          if (c->if_not_exists || c->schemaname == nullptr || std::string(c->schemaname) != "public") break;
          const Tokens& t = ctx.tokens();
          size_t k = code_token(t, t.first_at_or_after(at));
          if (k < t.size() && t[k].token == PG_QUERY__TOKEN__CREATE) k = code_token(t, k + 1);
          if (k >= t.size() || t[k].token != PG_QUERY__TOKEN__SCHEMA) break;
          size_t end = token_end(ctx.text(), t, k);
          ctx.rewrite(at, "CREATE SCHEMA public", "IF NOT EXISTS added", {Edit{end, end, " IF NOT EXISTS"}},
                      Severity::Note, "the postgres database on DB9 has its public schema already");
          break;
        }
        case PG_QUERY__NODE__NODE_UPDATE_STMT: {
          // pg_dump --create --clean of a template database:
          // UPDATE pg_catalog.pg_database SET datistemplate = false WHERE datname = '...'
          const PgQuery__RangeVar* r = s->update_stmt->relation;
          if (r != nullptr && r->relname != nullptr && std::string(r->relname) == "pg_database" &&
              (r->schemaname == nullptr || r->schemaname[0] == '\0' || std::string(r->schemaname) == "pg_catalog"))
            ctx.drop(i, at, "UPDATE " + qualified_name(r), Severity::Note, kProperties);
          break;
        }
        default:
          break;
      }
    }
  }

  void check(MetaContext& m) override {
    std::string_view cmd = m.command();
    std::string line(m.line());
    if (line.size() > 200) line = line.substr(0, 197) + "...";
    std::string_view args = m.line().substr(std::min(m.line().size(), 1 + cmd.size()));
    if (cmd == "connect" || cmd == "c") {
      // A backslash or backquote in it is the meta-command rule's to stop.
      if (meta_runs_more(args)) return;
      m.drop(line, Severity::Note, "DB9 has one database, postgres: the import stays in it");
    } else if (cmd == "encoding") {
      // pg_dump writes "\encoding SQL_ASCII" just before the \connect to a
      // database whose name needs quoting, for that \connect only.
      std::string_view arg = args;
      while (!arg.empty() && (arg.front() == ' ' || arg.front() == '\t')) arg.remove_prefix(1);
      while (!arg.empty() && (arg.back() == ' ' || arg.back() == '\t')) arg.remove_suffix(1);
      if (lower(arg) == "sql_ascii")
        m.drop(line, Severity::Note, "pg_dump writes it for the \\connect that follows, which DB9 does not need");
    }
  }

 private:
  static constexpr const char* kProperties = "DB9 has one database, postgres: its properties are not the dump's to set";

  // Whether statement i may be about a database: by its type, and for the
  // common types by a cheap look at its text, before the tree is unpacked.
  static bool relevant(const StatementContext& ctx, size_t i) {
    switch (ctx.statement_type(i)) {
      case PG_QUERY__NODE__NODE_CREATEDB_STMT:
      case PG_QUERY__NODE__NODE_DROPDB_STMT:
      case PG_QUERY__NODE__NODE_ALTER_DATABASE_SET_STMT:
      case PG_QUERY__NODE__NODE_ALTER_DATABASE_STMT:
      case PG_QUERY__NODE__NODE_ALTER_DATABASE_REFRESH_COLL_STMT:
        return true;
      case PG_QUERY__NODE__NODE_RENAME_STMT:
      case PG_QUERY__NODE__NODE_COMMENT_STMT:
      case PG_QUERY__NODE__NODE_SEC_LABEL_STMT:
      case PG_QUERY__NODE__NODE_ALTER_ROLE_SET_STMT:
        return ctx.mentions(i, "database");
      case PG_QUERY__NODE__NODE_ALTER_OWNER_STMT:
        return ctx.options().keep_owners && ctx.mentions(i, "database");
      case PG_QUERY__NODE__NODE_GRANT_STMT:
        return ctx.options().keep_privileges && ctx.mentions(i, "database");
      case PG_QUERY__NODE__NODE_UPDATE_STMT:
        return ctx.mentions(i, "pg_database");
      case PG_QUERY__NODE__NODE_CREATE_SCHEMA_STMT:
        return ctx.mentions(i, "public");
      default:
        return false;
    }
  }

  // The serializable rule drops settings of (default_)transaction_deferrable:
  // not renamed here too, so that a statement is not reported both ways.
  static bool dropped_by_serializable(const PgQuery__VariableSetStmt* v) {
    if (v == nullptr || v->name == nullptr) return false;
    std::string name = lower(v->name);
    return name == "transaction_deferrable" || name == "default_transaction_deferrable";
  }

  static size_t name_end(const StatementContext& ctx, size_t k, size_t fallback) {
    const Tokens& t = ctx.tokens();
    return k < t.size() ? token_end(ctx.text(), t, k) : fallback;
  }

  // For messages: the end of "... name SET setting" after the name token k
  // (of the name alone when it is not followed by SET and a word).
  static size_t setting_end(const StatementContext& ctx, size_t k, size_t fallback) {
    const Tokens& t = ctx.tokens();
    size_t end = name_end(ctx, k, fallback);
    if (k >= t.size()) return end;
    size_t s = code_token(t, k + 1);
    if (s >= t.size() || t[s].token != PG_QUERY__TOKEN__SET) return end;
    size_t v = code_token(t, s + 1);
    if (v >= t.size() || t[v].token == PG_QUERY__TOKEN__ASCII_59) return end;
    return token_end(ctx.text(), t, v);
  }

  // The name token of `dbname` after `seq` (past IF EXISTS), or t.size().
  static size_t find_name(const StatementContext& ctx, size_t i, std::initializer_list<PgQuery__Token> seq,
                          const char* dbname) {
    const Tokens& t = ctx.tokens();
    size_t k = token_after(ctx, i, seq);
    for (int n = 0; n < 3 && k < t.size() && dbname != nullptr; ++n, k = code_token(t, k + 1)) {
      std::string_view tok = ctx.text().substr(static_cast<size_t>(t[k].start), token_end(ctx.text(), t, k) - t[k].start);
      if (identifier(tok, t[k].token) == dbname) return k;
    }
    return t.size();
  }

  // "CREATE DATABASE "My Db"": the statement up to its name, as written.
  static std::string through_name(const StatementContext& ctx, size_t i, std::initializer_list<PgQuery__Token> seq,
                                  const char* dbname) {
    size_t at = ctx.statement_begin(i);
    size_t k = find_name(ctx, i, seq, dbname);
    if (k >= ctx.tokens().size()) return statement_code(ctx, i);
    return code_text(ctx, at, name_end(ctx, k, at));
  }

  // COMMENT / SECURITY LABEL ON DATABASE name ...
  static void rename_after(StatementContext& ctx, size_t i, std::initializer_list<PgQuery__Token> seq,
                           const char* dbname) {
    size_t k = token_after(ctx, i, seq);
    rename(ctx, k, dbname, code_text(ctx, ctx.statement_begin(i), name_end(ctx, k, ctx.statement_begin(i))));
  }

  // The database name token k, which names `dbname`, becomes
  // postgres.
  static void rename(StatementContext& ctx, size_t k, const char* dbname, std::string what) {
    std::optional<Edit> e = name_edit(ctx, k, dbname);
    if (!e) return;
    std::string how = std::string(ctx.text().substr(e->begin, e->end - e->begin)) + " → " + kTarget;
    ctx.rewrite(e->begin, std::move(what), how, {*e}, Severity::Note, kOneDatabase);
  }

  static std::optional<Edit> name_edit(const StatementContext& ctx, size_t k, const char* dbname) {
    const Tokens& t = ctx.tokens();
    if (dbname == nullptr || std::string(dbname) == kTarget || k >= t.size()) return std::nullopt;
    size_t b = static_cast<size_t>(t[k].start), e = token_end(ctx.text(), t, k);
    std::string name = identifier(ctx.text().substr(b, e - b), t[k].token);
    // U&"..." is not decoded here: trust the position.
    if (t[k].token != PG_QUERY__TOKEN__UIDENT && name != dbname) return std::nullopt;
    return Edit{b, e, kTarget};
  }

  // GRANT / REVOKE ... ON DATABASE a, b (kept by --keep-privileges).
  static void grant(StatementContext& ctx, size_t i, const PgQuery__GrantStmt* g) {
    const Tokens& t = ctx.tokens();
    size_t k = token_after(ctx, i, {PG_QUERY__TOKEN__ON, PG_QUERY__TOKEN__DATABASE});
    std::vector<Edit> edits;
    std::string from;
    for (size_t o = 0; o < g->n_objects && k < t.size(); ++o) {
      const PgQuery__Node* n = g->objects[o];
      if (n->node_case != PG_QUERY__NODE__NODE_STRING) return;
      if (std::optional<Edit> e = name_edit(ctx, k, n->string->sval)) {
        from += (from.empty() ? "" : ", ") + std::string(ctx.text().substr(e->begin, e->end - e->begin));
        edits.push_back(*e);
      }
      k = code_token(t, k + 1);
      if (k < t.size() && t[k].token == PG_QUERY__TOKEN__ASCII_44) k = code_token(t, k + 1);
    }
    if (edits.empty()) return;
    size_t at = ctx.statement_begin(i);
    ctx.rewrite(edits[0].begin, code_text(ctx, at, edits[0].begin) + " " + from, from + " → " + kTarget, edits,
                Severity::Note, kOneDatabase);
  }
};

}  // namespace

std::vector<RuleInfo> database_rules() {
  return {
      {"database",
       "one database, postgres: drop CREATE/DROP DATABASE, \\connect, ALTER DATABASE properties; settings → postgres",
       Action::Drop,
       "DB9 has one database, always postgres, and the import runs in it. What pg_dump --create writes to make "
       "and enter a database of its own is dropped: CREATE DATABASE, DROP DATABASE (--clean), the \\connect "
       "meta-command and the \\encoding SQL_ASCII pg_dump writes before it, ALTER DATABASE ... RESET, CONNECTION "
       "LIMIT, IS_TEMPLATE, ALLOW_CONNECTIONS, TABLESPACE, RENAME and REFRESH COLLATION VERSION, and the UPDATE of "
       "pg_catalog.pg_database that unmarks a template. The database's settings (ALTER DATABASE name SET, ALTER "
       "ROLE ... IN DATABASE name SET), its comment and security labels are kept for postgres: only the name's "
       "bytes change. ALTER DATABASE ... OWNER TO is the owner rule's, and GRANT ... ON DATABASE the privileges "
       "rule's; with --keep-owners the OWNER TO is dropped here, and with --keep-privileges the GRANT is kept for "
       "postgres.",
       [] { return std::unique_ptr<Rule>(new Database); }},
  };
}

}  // namespace db9
