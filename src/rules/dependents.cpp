// Rule extension-dependents: what uses the objects of an extension DB9 does
// not have, once the extension rule has dropped its CREATE EXTENSION.
//
// The rule follows the dump as psql runs it: which extensions were dropped
// and in which schema (heroku_ext and other --map-schema sources count as
// their target), the search_path (pg_dump's set_config('search_path', '',
// false), a hand-written SET search_path), and what the dump defines itself
// (a user's table or type named like an extension's object is the user's).
// Names are matched against the generated catalogue (extension_catalogue.inc)
// the way PostgreSQL resolves them: qualified in the extension's schema, or
// unqualified through the search_path after pg_catalog.
//
// With --on-dependents=rewrite (the default):
//   - a type of the extension (columns, arrays, domains, casts, signatures)
//     becomes one whose text form takes the same COPY data: text (lo: oid);
//   - an index or constraint that needs its operator classes, operators or
//     functions is dropped (or taken out of its CREATE / ALTER TABLE);
//   - a DEFAULT calling its functions becomes the built-in equivalent
//     (gen_random_uuid) or goes;
//   - a view, materialized view, trigger, rule or SQL-standard function body
//     that needs its objects is dropped (error-level diagnostic), and so is
//     what uses those in turn (a view over the view, its comments, grants);
//   - COPY data of a table the extension owns (spatial_ref_sys) goes, with
//     its COPY statement;
//   - PL/pgSQL and quoted SQL bodies that name its objects are warned about.
// --on-dependents=drop drops every statement that needs the extension
// instead (a table with its rows); --on-dependents=error stops at the first.
#include <algorithm>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "rules/extension_catalogue.hpp"
#include "rules/cascade.hpp"
#include "rules/model.hpp"
#include "rules/registry.hpp"

namespace db9 {

namespace {

constexpr const char* kRuleId = "extension-dependents";

bool tok(const PgQuery__ScanToken& t, PgQuery__Token k) { return t.token == k; }

// What a column of an extension type loses when it becomes text.
std::string type_loss(const std::string& ext, const std::string& type) {
  if (ext == "citext") return "comparisons, sorting and unique indexes on it become case-sensitive";
  if (ext == "postgis") return "the values stay as hex EWKB text; spatial functions, operators and indexes are lost";
  if (ext == "lo") return "the large object references stay; lo_manage cleanup is lost";
  return "the values stay in their text form; " + ext + "'s functions and operators on " + type + " are lost";
}

// What an index or constraint that needs the extension gave.
std::string index_loss(const std::string& ext, bool exclusion, bool unique) {
  if (exclusion) return "the overlap protection it enforced is lost (rows are no longer checked against each other)";
  if (unique) return "the uniqueness it enforced is no longer checked";
  if (ext == "pg_trgm") return "similarity and LIKE/ILIKE searches it sped up are no longer indexed (same results, slower)";
  if (ext == "postgis") return "spatial searches it sped up are no longer indexed";
  return "queries it sped up are no longer indexed (same results, slower)";
}

class Dependents : public Rule, private Cascade {
 public:
  void check(StatementContext& ctx) override {
    m_ = &ctx.model();
    ctx_ = &ctx;
    // A dump of one schema (pg_dump -n public) has no CREATE EXTENSION: a
    // name qualified with a mapped schema (heroku_ext) still tells.
    if (ctx.options().extensions_removed && m_->extensions_removed().empty() && !mapped_schema_) {
      for (const auto& [from, to] : ctx.options().map_schemas)
        mapped_schema_ = mapped_schema_ || find_ci(ctx.text(), from + ".") != std::string_view::npos;
    }
    // Something is gone (an extension, or an object another rule removed):
    // what is about it or uses it is decided here.
    if (m_->extensions_removed().empty() && !mapped_schema_ && !m_->any_removed()) {
      for (size_t i = 0; i < ctx.statement_count(); ++i) early_uses(ctx, i);
      return;
    }
    for (size_t i = 0; i < ctx.statement_count(); ++i) {
      stmt_ = i;
      review(ctx, i);
    }
  }

 private:
  // A view, materialized view, trigger or rule that names a function or
  // relation the dump has not created yet (a hand-written script may create
  // it further down): the model remembers, so that if a rule removes that
  // object, this statement, already written, is reported.
  void early_uses(const StatementContext& ctx, size_t i) {
    switch (ctx.statement_type(i)) {
      case PG_QUERY__NODE__NODE_VIEW_STMT:
      case PG_QUERY__NODE__NODE_CREATE_TABLE_AS_STMT:
      case PG_QUERY__NODE__NODE_CREATE_TRIG_STMT:
      case PG_QUERY__NODE__NODE_RULE_STMT:
        break;
      default:
        return;
    }
    const RuleOptions& o = ctx.options();
    uint64_t line = ctx.statement_line(i);
    auto note = [&](Kind kind, const std::vector<std::string>& parts) {
      if (parts.empty() || (parts.size() >= 2 && parts[parts.size() - 2] == "pg_catalog")) return;
      m_->used_before_defined(kind, key(parts, o), line);
    };
    const PgQuery__Node* s = ctx.statement(i);
    if (s->node_case == PG_QUERY__NODE__NODE_CREATE_TRIG_STMT)
      note(Kind::Function, node_strings(s->create_trig_stmt->funcname, s->create_trig_stmt->n_funcname));
    walk_messages(s, [&](const ProtobufCMessage* m) {
      if (auto* f = message_as<PgQuery__FuncCall>(m, pg_query__func_call__descriptor))
        note(Kind::Function, node_strings(f->funcname, f->n_funcname));
      else if (auto* r = message_as<PgQuery__RangeVar>(m, pg_query__range_var__descriptor))
        note(Kind::Relation, parts_of(r));
    });
  }

  // ---- the dump's model (src/rules/model.hpp) -------------------------------------------

  const StatementContext* ctx_ = nullptr;
  size_t stmt_ = 0;
  using Kind = DumpModel::Kind;

  // The line statement i of the item under review begins on.
  uint64_t line_of(size_t i) const {
    uint64_t line = ctx_->item().line;
    std::string_view t = ctx_->item().text;
    size_t end = std::min(ctx_->statement_begin(i), t.size());
    for (size_t k = 0; k < end; ++k) line += t[k] == '\n';
    return line;
  }
  // This rule removed an object with the statement under review.
  void removed(Kind kind, const std::string& k, std::string shown, std::string why) {
    m_->remove(kind, k, DumpModel::Removal{std::move(shown), std::move(why), line_of(stmt_), kRuleId});
  }

  // ---- byte ranges --------------------------------------------------------------------

  // The token at item offset `at` (or the first after it).
  static size_t token_at(const Tokens& t, size_t at) { return t.first_at_or_after(at); }

  // A type name's bytes from its location: the (qualified) name and its
  // modifiers, without array bounds.
  static std::optional<std::pair<size_t, size_t>> type_span(const StatementContext& ctx, size_t at, size_t limit,
                                                            bool modifiers = true) {
    const Tokens& t = ctx.tokens();
    size_t k = token_at(t, at);
    while (k < t.size() && static_cast<size_t>(t[k].start) < limit && !token_identifier(t[k], t.text(k))) ++k;
    if (k >= t.size() || static_cast<size_t>(t[k].start) >= limit) return std::nullopt;
    size_t begin = static_cast<size_t>(t[k].start);
    while (k + 2 < t.size() && tok(t[k + 1], PG_QUERY__TOKEN__ASCII_46) && token_identifier(t[k + 2], t.text(k + 2))) k += 2;
    size_t end = static_cast<size_t>(t[k].end);
    if (modifiers && k + 1 < t.size() && tok(t[k + 1], PG_QUERY__TOKEN__ASCII_40)) {
      int depth = 0;
      for (size_t j = k + 1; j < t.size(); ++j) {
        if (tok(t[j], PG_QUERY__TOKEN__ASCII_40)) ++depth;
        if (tok(t[j], PG_QUERY__TOKEN__ASCII_41) && --depth == 0) {
          end = static_cast<size_t>(t[j].end);
          break;
        }
      }
    }
    return std::make_pair(begin, end);
  }

  // The end of a constraint or DEFAULT clause that begins at `at`: up to a
  // ',' or ')' at its depth, or (in a column definition) the next clause.
  static size_t clause_end(const StatementContext& ctx, size_t at, size_t limit, bool column_level) {
    const Tokens& t = ctx.tokens();
    size_t k = token_at(t, at);
    size_t end = at;
    if (k < t.size() && tok(t[k], PG_QUERY__TOKEN__CONSTRAINT)) {
      end = static_cast<size_t>(t[std::min(k + 1, t.size() - 1)].end);
      k += 2;
    }
    if (k < t.size()) end = static_cast<size_t>(t[k].end);
    ++k;  // DEFAULT, CHECK, EXCLUDE ...
    int depth = 0;
    for (; k < t.size() && static_cast<size_t>(t[k].start) < limit; ++k) {
      const PgQuery__ScanToken& x = t[k];
      if (x.token == PG_QUERY__TOKEN__SQL_COMMENT || x.token == PG_QUERY__TOKEN__C_COMMENT) continue;
      if (tok(x, PG_QUERY__TOKEN__ASCII_40)) {
        ++depth;
      } else if (tok(x, PG_QUERY__TOKEN__ASCII_41)) {
        if (depth == 0) break;
        --depth;
      } else if (depth == 0 && (tok(x, PG_QUERY__TOKEN__ASCII_44) || tok(x, PG_QUERY__TOKEN__ASCII_59))) {
        break;
      } else if (depth == 0 && column_level) {
        bool after_is = k > 0 && tok(t[k - 1], PG_QUERY__TOKEN__IS);
        static const PgQuery__Token stops[] = {
            PG_QUERY__TOKEN__NOT,        PG_QUERY__TOKEN__NULL_P,    PG_QUERY__TOKEN__CONSTRAINT,
            PG_QUERY__TOKEN__CHECK,      PG_QUERY__TOKEN__UNIQUE,    PG_QUERY__TOKEN__PRIMARY,
            PG_QUERY__TOKEN__REFERENCES, PG_QUERY__TOKEN__GENERATED, PG_QUERY__TOKEN__COLLATE,
            PG_QUERY__TOKEN__DEFAULT,    PG_QUERY__TOKEN__DEFERRABLE, PG_QUERY__TOKEN__INITIALLY};
        if (!after_is && std::find(std::begin(stops), std::end(stops), x.token) != std::end(stops)) break;
      }
      end = static_cast<size_t>(x.end);
    }
    return end;
  }

  // The end of the code token before offset `at` (to take the space before a
  // clause with it).
  static size_t space_before(const StatementContext& ctx, size_t at, size_t floor) {
    const Tokens& t = ctx.tokens();
    size_t k = token_at(t, at);
    size_t p = at;
    if (k > 0 && static_cast<size_t>(t[k - 1].end) >= floor) p = static_cast<size_t>(t[k - 1].end);
    std::string_view text = ctx.text();
    // Only blanks may go; a comment in between stays.
    for (size_t q = p; q < at; ++q)
      if (text[q] != ' ' && text[q] != '\t' && text[q] != '\n' && text[q] != '\r') return at;
    return p;
  }

  // A table element (a constraint in CREATE TABLE) with its comma.
  static std::pair<size_t, size_t> element_span(const StatementContext& ctx, size_t begin, size_t end) {
    const Tokens& t = ctx.tokens();
    size_t k = token_at(t, begin);
    size_t p = k;
    while (p > 0 && (t[p - 1].token == PG_QUERY__TOKEN__SQL_COMMENT || t[p - 1].token == PG_QUERY__TOKEN__C_COMMENT)) --p;
    if (p > 0 && tok(t[p - 1], PG_QUERY__TOKEN__ASCII_44)) return {static_cast<size_t>(t[p - 1].start), end};
    size_t n = token_at(t, end);
    if (n < t.size() && tok(t[n], PG_QUERY__TOKEN__ASCII_44)) {
      size_t after = n + 1 < t.size() ? static_cast<size_t>(t[n + 1].start) : static_cast<size_t>(t[n].end);
      return {begin, after};
    }
    return {begin, end};
  }

  // The statement's head for messages: up to its first '(' (AS for views).
  static std::string head(const StatementContext& ctx, size_t i) {
    std::string_view text = ctx.text();
    size_t begin = ctx.statement_begin(i), end = ctx.statement_end(i);
    PgQuery__Node__NodeCase c = ctx.statement_type(i);
    bool view = c == PG_QUERY__NODE__NODE_VIEW_STMT || c == PG_QUERY__NODE__NODE_CREATE_TABLE_AS_STMT ||
                c == PG_QUERY__NODE__NODE_CREATE_FUNCTION_STMT;
    const Tokens& t = ctx.tokens();
    size_t stop = end;
    for (size_t k = t.first_at_or_after(begin); k < t.size() && static_cast<size_t>(t[k].start) < end; ++k) {
      if ((view && tok(t[k], PG_QUERY__TOKEN__AS) && c != PG_QUERY__NODE__NODE_CREATE_FUNCTION_STMT) ||
          (!view && (tok(t[k], PG_QUERY__TOKEN__ASCII_40) || tok(t[k], PG_QUERY__TOKEN__ASCII_59))) ||
          (c == PG_QUERY__NODE__NODE_CREATE_FUNCTION_STMT && tok(t[k], PG_QUERY__TOKEN__ASCII_40)) ||
          (c == PG_QUERY__NODE__NODE_CREATE_TRIG_STMT && tok(t[k], PG_QUERY__TOKEN__ASCII_40)) ||
          t[k].token == PG_QUERY__TOKEN__SQL_COMMENT || t[k].token == PG_QUERY__TOKEN__C_COMMENT) {
        if (t[k].token == PG_QUERY__TOKEN__SQL_COMMENT || t[k].token == PG_QUERY__TOKEN__C_COMMENT) continue;
        stop = static_cast<size_t>(t[k].start);
        break;
      }
    }
    std::string out;
    bool space = false;
    for (char ch : text.substr(begin, stop - begin)) {
      if (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r') {
        space = !out.empty();
        continue;
      }
      if (space) out += ' ';
      space = false;
      out += ch;
    }
    if (!out.empty() && out.back() == ';') out.pop_back();
    if (out.size() > 100) {
      size_t cut = 97;
      while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80) --cut;
      out = out.substr(0, cut) + "...";
    }
    return out;
  }

  // ---- the statements -------------------------------------------------------------------

  struct Change {
    size_t at;
    std::string what;
    std::string how;
    std::vector<Edit> edits;
    Severity severity;
    std::string detail;
  };

  // Edits and messages for one statement, collected, then handed over.
  struct Work {
    std::vector<std::pair<size_t, size_t>> removed;  // spans taken out
    std::vector<Change> changes;
    bool inside_removed(size_t b, size_t e) const {
      for (const auto& [rb, re] : removed)
        if (b >= rb && e <= re) return true;
      return false;
    }
  };

  void review(StatementContext& ctx, size_t i) {
    const RuleOptions& o = ctx.options();
    const PgQuery__Node* s = ctx.statement(i);
    size_t at = ctx.statement_begin(i);
    // Statements about extensions are the extension rule's.
    switch (s->node_case) {
      case PG_QUERY__NODE__NODE_CREATE_EXTENSION_STMT:
      case PG_QUERY__NODE__NODE_ALTER_EXTENSION_STMT:
      case PG_QUERY__NODE__NODE_ALTER_EXTENSION_CONTENTS_STMT:
      case PG_QUERY__NODE__NODE_ALTER_OBJECT_DEPENDS_STMT:
        return;
      case PG_QUERY__NODE__NODE_COMMENT_STMT:
        if (s->comment_stmt->objtype == PG_QUERY__OBJECT_TYPE__OBJECT_EXTENSION) return;
        break;
      case PG_QUERY__NODE__NODE_DROP_STMT:
        if (s->drop_stmt->remove_type == PG_QUERY__OBJECT_TYPE__OBJECT_EXTENSION) return;
        break;
      case PG_QUERY__NODE__NODE_ALTER_OBJECT_SCHEMA_STMT:
        if (s->alter_object_schema_stmt->object_type == PG_QUERY__OBJECT_TYPE__OBJECT_EXTENSION) return;
        break;
      default:
        break;
    }

    // About something this rule dropped, or an object an extension owns
    // (COMMENT ON VIEW, GRANT, ALTER ... OWNER, REFRESH, COPY data ...).
    std::vector<Use> about;
    about_uses(o, s, about);
    if (!about.empty()) {
      bool copy = s->node_case == PG_QUERY__NODE__NODE_COPY_STMT && s->copy_stmt->is_from;
      ctx.drop(i, at, head(ctx, i), Severity::Warning, "it is about " + describe_uses(about) + ", which DB9 does not get");
      if (copy) ctx.findings().back().with_copy_data = true;
      return;
    }

    if (o.on_dependents == "drop") {
      std::vector<Use> uses;
      scan(o, s, true, uses);
      gist_scalars(o, s, uses);
      table_constraint_uses(o, s, uses);
      if (uses.empty()) return;
      ctx.drop(i, at, head(ctx, i), Severity::Warning,
               "it needs " + describe_uses(uses) + " (--on-dependents=drop)" +
                   (s->node_case == PG_QUERY__NODE__NODE_CREATE_STMT ? "; its rows go too" : ""));
      ctx.findings().back().because = "it needs " + short_use(uses.front());
      return;
    }

    switch (s->node_case) {
      case PG_QUERY__NODE__NODE_ALTER_TSCONFIGURATION_STMT:
        ts_mapping(ctx, i);
        return;
      case PG_QUERY__NODE__NODE_DEFINE_STMT:
        // CREATE TEXT SEARCH DICTIONARY d (TEMPLATE = an extension's template)
        if (s->define_stmt->kind == PG_QUERY__OBJECT_TYPE__OBJECT_TSDICTIONARY) {
          const PgQuery__DefElem* t = node_option(s->define_stmt->definition, s->define_stmt->n_definition, "template");
          std::vector<Use> uses;
          if (t != nullptr && t->arg != nullptr && t->arg->node_case == PG_QUERY__NODE__NODE_TYPE_NAME)
            dictionary_use(o, node_strings(t->arg->type_name->names, t->arg->type_name->n_names), uses);
          if (!uses.empty()) {
            ctx.drop(i, at, head(ctx, i), Severity::Warning,
                     "its template is the " + describe_uses(uses) + "'s, which DB9 does not get");
            ctx.findings().back().because = "its template is " + short_use(uses.front()) + "'s";
            return;
          }
        }
        break;
      case PG_QUERY__NODE__NODE_VIEW_STMT:
      case PG_QUERY__NODE__NODE_CREATE_TABLE_AS_STMT:
      case PG_QUERY__NODE__NODE_CREATE_TRIG_STMT:
      case PG_QUERY__NODE__NODE_RULE_STMT:
        drop_if_needed(ctx, i, "");
        return;
      case PG_QUERY__NODE__NODE_CREATE_FUNCTION_STMT:
        if (s->create_function_stmt->sql_body != nullptr) {
          if (drop_if_needed(ctx, i, "its SQL-standard body is checked when it is created")) return;
        } else {
          body_uses(ctx, i);
        }
        break;
      case PG_QUERY__NODE__NODE_INDEX_STMT:
        if (index_stmt(ctx, i)) return;
        break;
      default:
        break;
    }

    Work w;
    if (s->node_case == PG_QUERY__NODE__NODE_CREATE_STMT) create_table(ctx, i, w);
    if (s->node_case == PG_QUERY__NODE__NODE_ALTER_TABLE_STMT && alter_table(ctx, i, w)) return;
    types(ctx, i, w);
    for (Change& c : w.changes) {
      if (c.edits.empty()) ctx.note(c.at, c.what + ": " + c.how + (c.detail.empty() ? "" : "; " + c.detail), c.severity);
      else ctx.rewrite(c.at, c.what, c.how, std::move(c.edits), c.severity, c.detail);
    }
    if (w.changes.empty() && s->node_case != PG_QUERY__NODE__NODE_CREATE_FUNCTION_STMT &&
        s->node_case != PG_QUERY__NODE__NODE_DO_STMT) {
      // Anything else that still needs the extension: reported.
      std::vector<Use> uses;
      scan(o, s, false, uses);
      without_body_calls(uses);
      if (!uses.empty())
        ctx.note(at, head(ctx, i) + " uses " + describe_uses(uses) + ": the import will fail here; edit this statement by hand",
                 Severity::Error);
    }
    if (s->node_case == PG_QUERY__NODE__NODE_DO_STMT) body_uses(ctx, i);
  }

  // ALTER TEXT SEARCH CONFIGURATION c ADD / ALTER MAPPING FOR ... WITH d1, d2:
  // a dictionary that is gone leaves the list (the words are looked up in
  // the others); a mapping left with none goes. True when it went.
  bool ts_mapping(StatementContext& ctx, size_t i) {
    const RuleOptions& o = ctx.options();
    const PgQuery__AlterTSConfigurationStmt* a = ctx.statement(i)->alter_tsconfiguration_stmt;
    if (a->n_dicts == 0) return false;
    std::vector<bool> gone(a->n_dicts, false);
    std::vector<Use> uses;
    for (size_t k = 0; k < a->n_dicts; ++k) {
      const PgQuery__Node* d = a->dicts[k];
      if (d->node_case != PG_QUERY__NODE__NODE_LIST) continue;
      size_t before = uses.size();
      dictionary_use(o, node_strings(d->list->items, d->list->n_items), uses);
      gone[k] = uses.size() > before;
    }
    if (uses.empty()) return false;
    std::string head = text_before(ctx, i, "with");
    bool mapping = a->kind == PG_QUERY__ALTER_TSCONFIG_TYPE__ALTER_TSCONFIG_ADD_MAPPING ||
                   a->kind == PG_QUERY__ALTER_TSCONFIG_TYPE__ALTER_TSCONFIG_ALTER_MAPPING_FOR_TOKEN;
    // The list after the last WITH: names (a.b) separated by commas.
    std::vector<std::pair<size_t, size_t>> spans;
    if (mapping) {
      const Tokens& t = ctx.tokens();
      size_t end = ctx.statement_end(i), with = t.size();
      for (size_t k = t.first_at_or_after(ctx.statement_begin(i)); k < t.size() && static_cast<size_t>(t[k].start) < end; ++k)
        if (t[k].token == PG_QUERY__TOKEN__WITH) with = k;
      for (size_t k = with + 1; with < t.size() && k < t.size() && static_cast<size_t>(t[k].start) < end;) {
        k = code_token(t, k);
        if (k >= t.size() || t[k].token == PG_QUERY__TOKEN__ASCII_59) break;
        size_t b = static_cast<size_t>(t[k].start), e = token_end(ctx.text(), t, k);
        for (k = code_token(t, k + 1); k + 1 < t.size() && t[k].token == PG_QUERY__TOKEN__ASCII_46;
             k = code_token(t, k + 2))
          e = token_end(ctx.text(), t, code_token(t, k + 1));
        spans.emplace_back(b, e);
        if (k >= t.size() || t[k].token != PG_QUERY__TOKEN__ASCII_44) break;
        ++k;
      }
    }
    bool all = std::find(gone.begin(), gone.end(), false) == gone.end();
    if (!mapping || all || spans.size() != a->n_dicts) {
      ctx.drop(i, ctx.statement_begin(i), head, Severity::Warning,
               "it maps " + describe_uses(uses) + ", which DB9 does not get; those words are no longer indexed");
      return true;
    }
    ctx.rewrite(ctx.statement_begin(i), head, describe_uses(uses) + " removed from the dictionary list",
                remove_commands(spans, gone), Severity::Warning,
                "DB9 does not get it; those words are looked up in the remaining dictionaries only");
    return true;
  }

  // Column types of CREATE TABLE, and the constraints of CREATE / ALTER
  // TABLE that need an extension (--on-dependents=drop).
  void table_constraint_uses(const RuleOptions& o, const PgQuery__Node* s, std::vector<Use>& uses) {
    if (s->node_case == PG_QUERY__NODE__NODE_CREATE_STMT) {
      const PgQuery__CreateStmt* c = s->create_stmt;
      std::string table = key(c->relation, o);
      for (size_t k = 0; k < c->n_table_elts; ++k) {
        const PgQuery__Node* e = c->table_elts[k];
        if (e->node_case == PG_QUERY__NODE__NODE_COLUMN_DEF && e->column_def->colname && e->column_def->type_name) {
          std::vector<std::string> t = node_strings(e->column_def->type_name->names, e->column_def->type_name->n_names);
          if (!t.empty()) columns_[table][e->column_def->colname] = t.back();
        }
      }
      for (size_t k = 0; k < c->n_table_elts; ++k)
        if (c->table_elts[k]->node_case == PG_QUERY__NODE__NODE_CONSTRAINT) {
          std::vector<Use> more = constraint_uses(o, table, c->table_elts[k]->constraint);
          uses.insert(uses.end(), more.begin(), more.end());
        }
    } else if (s->node_case == PG_QUERY__NODE__NODE_ALTER_TABLE_STMT) {
      const PgQuery__AlterTableStmt* a = s->alter_table_stmt;
      for (size_t k = 0; k < a->n_cmds; ++k) {
        if (a->cmds[k]->node_case != PG_QUERY__NODE__NODE_ALTER_TABLE_CMD) continue;
        const PgQuery__Node* def = a->cmds[k]->alter_table_cmd->def;
        if (def && def->node_case == PG_QUERY__NODE__NODE_CONSTRAINT) {
          std::vector<Use> more = constraint_uses(o, key(a->relation, o), def->constraint);
          uses.insert(uses.end(), more.begin(), more.end());
        }
      }
    }
  }

  // Views, materialized views, triggers, rules, SQL-standard bodies.
  bool drop_if_needed(StatementContext& ctx, size_t i, const std::string& why) {
    const RuleOptions& o = ctx.options();
    const PgQuery__Node* s = ctx.statement(i);
    std::vector<Use> uses;
    if (s->node_case == PG_QUERY__NODE__NODE_CREATE_TRIG_STMT) {
      const PgQuery__CreateTrigStmt* t = s->create_trig_stmt;
      function_use(o, node_strings(t->funcname, t->n_funcname), -1, uses);
      scan(o, t->when_clause, true, uses);
    } else {
      scan(o, s, true, uses);
    }
    without_body_calls(uses);
    if (uses.empty()) return false;
    std::string what;
    switch (s->node_case) {
      case PG_QUERY__NODE__NODE_VIEW_STMT: what = "the view"; break;
      case PG_QUERY__NODE__NODE_CREATE_TABLE_AS_STMT: what = "the materialized view"; break;
      case PG_QUERY__NODE__NODE_CREATE_TRIG_STMT: what = "the trigger"; break;
      case PG_QUERY__NODE__NODE_RULE_STMT: what = "the rule"; break;
      default: what = "the function"; break;
    }
    ctx.drop(i, ctx.statement_begin(i), head(ctx, i), Severity::Error,
             "it needs " + describe_uses(uses) + (why.empty() ? "" : " (" + why + ")") + "; " + what +
                 " is not on DB9, nor is what depends on it");
    ctx.findings().back().because = "it needs " + short_use(uses.front());
    return true;
  }

  // CREATE INDEX: dropped when it needs the extension.
  bool index_stmt(StatementContext& ctx, size_t i) {
    const RuleOptions& o = ctx.options();
    const PgQuery__IndexStmt* x = ctx.statement(i)->index_stmt;
    std::string table = key(x->relation, o);
    std::string method = x->access_method ? lower(x->access_method) : "btree";
    std::vector<Use> uses;
    scan(o, ctx.statement(i), true, uses);
    gist_scalars(o, ctx.statement(i), uses);
    std::vector<std::string> rewritten_cols;
    std::string rewritten_ext;
    for (size_t k = 0; k < x->n_index_params; ++k) {
      if (x->index_params[k]->node_case != PG_QUERY__NODE__NODE_INDEX_ELEM) continue;
      const PgQuery__IndexElem* e = x->index_params[k]->index_elem;
      if (e->name == nullptr) continue;
      auto r = rewritten_.find(table);
      if (r == rewritten_.end()) continue;
      auto c = r->second.find(e->name);
      if (c == r->second.end()) continue;
      if (method != "btree" && method != "hash")
        uses.push_back({c->second, 'Q', "of " + method + " for column " + quote_ident(e->name), -1});
      else {
        rewritten_cols.push_back(e->name);
        rewritten_ext = c->second;
      }
    }
    std::string name = x->idxname ? quote_ident(x->idxname) : std::string("(unnamed)");
    if (uses.empty()) {
      if (!rewritten_cols.empty() && rewritten_ext == "citext")
        ctx.note(ctx.statement_begin(i),
                 "index " + name + " on " + joined(parts_of(x->relation)) + " is kept on text: " +
                     (x->unique ? "its uniqueness is now case-sensitive (it was citext)"
                                : "it now compares case-sensitively (it was citext)"),
                 Severity::Warning);
      return false;
    }
    ctx.drop(i, ctx.statement_begin(i), head(ctx, i), Severity::Warning,
             "it needs " + describe_uses(uses) + "; " + index_loss(uses.front().ext, false, x->unique));
    if (x->idxname) {  // an index lives in its table's schema
      std::string t = key(x->relation, o);
      removed(Kind::Relation, t.substr(0, t.find('.') + 1) + x->idxname, "index " + quote_ident(x->idxname),
              "it needs " + short_use(uses.front()));
    }
    return true;
  }

  // btree_gist / btree_gin: a GiST or GIN index or exclusion over a plain
  // scalar column needs their operator classes though none is named.
  void gist_scalars(const RuleOptions& o, const PgQuery__Node* s, std::vector<Use>& uses) const {
    auto check = [&](const std::string& table, const std::string& method, const PgQuery__IndexElem* e) {
      if (e == nullptr || e->name == nullptr || e->n_opclass > 0) return;
      const char* ext = method == "gist" ? "btree_gist" : method == "gin" ? "btree_gin" : nullptr;
      if (ext == nullptr || !removed_ext(ext)) return;
      auto t = columns_.find(table);
      if (t == columns_.end()) return;
      auto c = t->second.find(e->name);
      if (c == t->second.end()) return;
      static const std::set<std::string> scalar = {
          "int2",   "int4",      "int8",   "float4",      "float8",   "numeric", "text",  "varchar",
          "bpchar", "date",      "time",   "timetz",      "timestamp", "timestamptz", "interval",
          "uuid",   "bool",      "oid",    "money",       "bytea",    "bit",     "varbit", "macaddr",
          "macaddr8", "inet",    "cidr",   "smallint",    "integer",  "bigint",  "char"};
      if (scalar.count(c->second) == 0) return;
      uses.push_back({ext, 'O', "for column " + quote_ident(e->name) + " (" + c->second + ")", -1});
    };
    switch (s->node_case) {
      case PG_QUERY__NODE__NODE_INDEX_STMT: {
        const PgQuery__IndexStmt* x = s->index_stmt;
        std::string method = x->access_method ? lower(x->access_method) : "btree";
        for (size_t k = 0; k < x->n_index_params; ++k)
          if (x->index_params[k]->node_case == PG_QUERY__NODE__NODE_INDEX_ELEM)
            check(key(x->relation, o), method, x->index_params[k]->index_elem);
        break;
      }
      default:
        break;
    }
  }

  // EXCLUDE constraints: their elements' operator classes (btree_gist) and
  // operators.
  void exclusion_uses(const RuleOptions& o, const std::string& table, const PgQuery__Constraint* c,
                      std::vector<Use>& uses) const {
    if (c->contype != PG_QUERY__CONSTR_TYPE__CONSTR_EXCLUSION) return;
    std::string method = c->access_method ? lower(c->access_method) : "btree";
    for (size_t k = 0; k < c->n_exclusions; ++k) {
      const PgQuery__Node* x = c->exclusions[k];
      if (x->node_case != PG_QUERY__NODE__NODE_LIST || x->list->n_items == 0 ||
          x->list->items[0]->node_case != PG_QUERY__NODE__NODE_INDEX_ELEM)
        continue;
      const PgQuery__IndexElem* e = x->list->items[0]->index_elem;
      if (e->name == nullptr || e->n_opclass > 0) continue;
      const char* ext = method == "gist" ? "btree_gist" : nullptr;
      auto t = columns_.find(table);
      if (t != columns_.end()) {
        auto col = t->second.find(e->name);
        auto r = rewritten_.find(table);
        bool rewritten = r != rewritten_.end() && r->second.count(e->name) != 0;
        static const std::set<std::string> scalar = {
            "int2", "int4", "int8", "float4", "float8", "numeric", "text", "varchar", "bpchar", "date", "time",
            "timetz", "timestamp", "timestamptz", "interval", "uuid", "bool", "oid", "money", "bytea", "bit",
            "varbit", "macaddr", "macaddr8", "inet", "cidr", "smallint", "integer", "bigint", "char"};
        if (rewritten && method != "btree" && method != "hash")
          uses.push_back({r->second.at(e->name), 'Q', "of " + method + " for column " + quote_ident(e->name), -1});
        else if (ext && removed_ext(ext) && col != t->second.end() && scalar.count(col->second))
          uses.push_back({ext, 'O', "for column " + quote_ident(e->name) + " (" + col->second + ")", -1});
      }
    }
    scan(o, &c->base, true, uses);
  }

  // What a constraint needs (CHECK, EXCLUDE, or an index-backed one using
  // the extension's operator classes).
  std::vector<Use> constraint_uses(const RuleOptions& o, const std::string& table, const PgQuery__Constraint* c) const {
    std::vector<Use> uses;
    switch (c->contype) {
      case PG_QUERY__CONSTR_TYPE__CONSTR_EXCLUSION: exclusion_uses(o, table, c, uses); break;
      case PG_QUERY__CONSTR_TYPE__CONSTR_CHECK: scan(o, c->raw_expr, true, uses); break;
      default: break;
    }
    return uses;
  }

  // A DEFAULT expression: built-in replacements, or nullopt when it must go.
  std::optional<std::vector<Edit>> default_edits(const StatementContext& ctx, const PgQuery__Node* expr,
                                                 std::vector<Use>& uses, std::string& how) const {
    const RuleOptions& o = ctx.options();
    std::vector<Edit> edits;
    bool all_replaced = true;
    walk_messages(expr, [&](const ProtobufCMessage* m) {
      auto* f = message_as<PgQuery__FuncCall>(m, pg_query__func_call__descriptor);
      if (f == nullptr) return;
      std::vector<std::string> parts = node_strings(f->funcname, f->n_funcname);
      std::vector<Use> here;
      function_use(o, parts, f->location, here);
      without_body_calls(here);
      if (here.empty()) return;
      uses.insert(uses.end(), here.begin(), here.end());
      bool uuid = (parts.back() == "gen_random_uuid" && here[0].ext == "pgcrypto") ||
                  (parts.back() == "uuid_generate_v4" && here[0].ext == "uuid-ossp");
      if (!uuid || f->n_args != 0 || f->location < 0) {
        all_replaced = false;
        return;
      }
      auto span = type_span(ctx, static_cast<size_t>(f->location), ctx.text().size(), false);
      if (!span) {
        all_replaced = false;
        return;
      }
      edits.push_back(Edit{span->first, span->second, "gen_random_uuid"});
      how = joined(parts) + "() → gen_random_uuid() (built into PostgreSQL 13+ and DB9)";
    });
    std::vector<Use> other;
    walk_messages(expr, [&](const ProtobufCMessage* m) {
      if (auto* a = message_as<PgQuery__AExpr>(m, pg_query__a__expr__descriptor)) {
        std::vector<std::string> parts = node_strings(a->name, a->n_name);
        if (auto x = resolve(o, "P", parts)) other.push_back({*x, 'P', parts.back(), a->location});
      }
    });
    if (!other.empty()) {
      uses.insert(uses.end(), other.begin(), other.end());
      all_replaced = false;
    }
    if (uses.empty() || !all_replaced) return std::nullopt;
    return edits;
  }

  // Column definition (CREATE TABLE, ALTER TABLE ADD COLUMN): its type is
  // recorded; DEFAULT and CHECK that need the extension are handled.
  void column_def(const StatementContext& ctx, const std::string& table, const PgQuery__ColumnDef* col, size_t limit,
                  Work& w) {
    const RuleOptions& o = ctx.options();
    if (col->colname == nullptr) return;
    if (col->type_name) {
      std::vector<std::string> t = node_strings(col->type_name->names, col->type_name->n_names);
      if (!t.empty()) {
        columns_[table][col->colname] = t.back();
        if (auto e = resolve(o, "TD", t)) rewritten_[table][col->colname] = *e;
      }
    }
    std::string column = "column " + quote_ident(col->colname) + " of " + table;
    for (size_t k = 0; k < col->n_constraints; ++k) {
      if (col->constraints[k]->node_case != PG_QUERY__NODE__NODE_CONSTRAINT) continue;
      const PgQuery__Constraint* c = col->constraints[k]->constraint;
      if (c->location < 0) continue;
      size_t begin = static_cast<size_t>(c->location);
      if (c->contype == PG_QUERY__CONSTR_TYPE__CONSTR_DEFAULT) {
        std::vector<Use> uses;
        std::string how;
        auto edits = default_edits(ctx, c->raw_expr, uses, how);
        if (uses.empty()) continue;
        if (edits) {
          w.changes.push_back({begin, column, "DEFAULT " + how, *edits, Severity::Warning, ""});
          continue;
        }
        size_t end = clause_end(ctx, begin, limit, true);
        size_t from = space_before(ctx, begin, 0);
        w.removed.push_back({from, end});
        w.changes.push_back({begin, column, "DEFAULT removed", {Edit{from, end, ""}}, Severity::Warning,
                             "it calls " + describe_uses(uses) + "; new rows get no default value there"});
      } else if (c->contype == PG_QUERY__CONSTR_TYPE__CONSTR_CHECK) {
        std::vector<Use> uses = constraint_uses(o, table, c);
        if (uses.empty()) continue;
        size_t end = clause_end(ctx, begin, limit, true);
        size_t from = space_before(ctx, begin, 0);
        w.removed.push_back({from, end});
        w.changes.push_back({begin, column, "CHECK constraint removed", {Edit{from, end, ""}}, Severity::Warning,
                             "it needs " + describe_uses(uses) + "; the values are no longer checked"});
      } else if (c->contype == PG_QUERY__CONSTR_TYPE__CONSTR_GENERATED) {
        std::vector<Use> uses;
        scan(o, c->raw_expr, true, uses);
        if (!uses.empty())
          w.changes.push_back({begin, column, "generated column left unchanged", {}, Severity::Warning,
                               "it computes its value with " + describe_uses(uses) + ": the table will fail on DB9"});
      }
    }
  }

  void create_table(const StatementContext& ctx, size_t i, Work& w) {
    const RuleOptions& o = ctx.options();
    const PgQuery__CreateStmt* c = ctx.statement(i)->create_stmt;
    std::string table = key(c->relation, o);
    size_t limit = ctx.statement_end(i);
    for (size_t k = 0; k < c->n_table_elts; ++k) {
      const PgQuery__Node* e = c->table_elts[k];
      if (e->node_case == PG_QUERY__NODE__NODE_COLUMN_DEF) {
        column_def(ctx, table, e->column_def, limit, w);
      } else if (e->node_case == PG_QUERY__NODE__NODE_CONSTRAINT) {
        const PgQuery__Constraint* x = e->constraint;
        std::vector<Use> uses = constraint_uses(o, table, x);
        if (uses.empty() || x->location < 0) continue;
        size_t begin = static_cast<size_t>(x->location);
        size_t end = clause_end(ctx, begin, limit, false);
        auto span = element_span(ctx, begin, end);
        w.removed.push_back(span);
        if (x->conname && *x->conname)
          removed(Kind::Constraint, table + "." + x->conname, "constraint " + quote_ident(x->conname),
                  "it needs " + short_use(uses.front()));
        bool exclusion = x->contype == PG_QUERY__CONSTR_TYPE__CONSTR_EXCLUSION;
        w.changes.push_back(
            {begin, head(ctx, i),
             std::string(exclusion ? "EXCLUDE" : "CHECK") + " constraint " +
                 (x->conname && *x->conname ? quote_ident(x->conname) + " " : std::string()) + "removed",
             {Edit{span.first, span.second, ""}}, Severity::Warning,
             "it needs " + describe_uses(uses) + "; " +
                 (exclusion ? index_loss(uses.front().ext, true, false) : std::string("the rows are no longer checked"))});
      }
    }
  }

  // ALTER TABLE: subcommands that need the extension go; true when the
  // whole statement went.
  bool alter_table(StatementContext& ctx, size_t i, Work& w) {
    const RuleOptions& o = ctx.options();
    const PgQuery__AlterTableStmt* a = ctx.statement(i)->alter_table_stmt;
    std::string table = key(a->relation, o);
    std::vector<std::pair<size_t, size_t>> spans = alter_table_command_spans(ctx, i);
    std::vector<bool> remove(a->n_cmds, false);
    std::vector<std::string> reasons;
    bool any = false;
    size_t limit = ctx.statement_end(i);
    for (size_t k = 0; k < a->n_cmds; ++k) {
      if (a->cmds[k]->node_case != PG_QUERY__NODE__NODE_ALTER_TABLE_CMD) continue;
      const PgQuery__AlterTableCmd* cmd = a->cmds[k]->alter_table_cmd;
      const PgQuery__Node* def = cmd->def;
      switch (cmd->subtype) {
        case PG_QUERY__ALTER_TABLE_TYPE__AT_AddColumn:
          if (def && def->node_case == PG_QUERY__NODE__NODE_COLUMN_DEF) column_def(ctx, table, def->column_def, limit, w);
          break;
        case PG_QUERY__ALTER_TABLE_TYPE__AT_AlterColumnType:
          if (def && def->node_case == PG_QUERY__NODE__NODE_COLUMN_DEF && def->column_def->type_name && cmd->name) {
            std::vector<std::string> t = node_strings(def->column_def->type_name->names, def->column_def->type_name->n_names);
            if (auto e = resolve(o, "TD", t)) rewritten_[table][cmd->name] = *e;
          }
          break;
        case PG_QUERY__ALTER_TABLE_TYPE__AT_ColumnDefault: {
          if (def == nullptr) break;
          std::vector<Use> uses;
          std::string how;
          auto edits = default_edits(ctx, def, uses, how);
          if (uses.empty()) break;
          std::string column = "column " + quote_ident(cmd->name ? cmd->name : "?") + " of " + table;
          if (edits) {
            w.changes.push_back({ctx.statement_begin(i), column, "DEFAULT " + how, *edits, Severity::Warning, ""});
          } else {
            remove[k] = true;
            any = true;
            reasons.push_back("the DEFAULT of " + column + " (it calls " + describe_uses(uses) +
                              "; new rows get no default value there)");
          }
          break;
        }
        case PG_QUERY__ALTER_TABLE_TYPE__AT_AddConstraint: {
          if (def == nullptr || def->node_case != PG_QUERY__NODE__NODE_CONSTRAINT) break;
          const PgQuery__Constraint* c = def->constraint;
          std::vector<Use> uses = constraint_uses(o, table, c);
          if (uses.empty()) break;
          bool exclusion = c->contype == PG_QUERY__CONSTR_TYPE__CONSTR_EXCLUSION;
          if (c->conname && *c->conname) {
            std::string why = "it needs " + short_use(uses.front());
            removed(Kind::Constraint, table + "." + c->conname, "constraint " + quote_ident(c->conname), why);
            if (exclusion)  // its index
              removed(Kind::Relation, table.substr(0, table.find('.') + 1) + c->conname, "index " + quote_ident(c->conname), why);
          }
          remove[k] = true;
          any = true;
          reasons.push_back(std::string(exclusion ? "EXCLUDE" : "CHECK") + " constraint " +
                            (c->conname && *c->conname ? quote_ident(c->conname) : std::string("(unnamed)")) + " (it needs " +
                            describe_uses(uses) + "; " +
                            (exclusion ? index_loss(uses.front().ext, true, false)
                                       : std::string("the rows are no longer checked")) +
                            ")");
          break;
        }
        default:
          break;
      }
    }
    if (!any) return false;
    std::string detail;
    for (const std::string& r : reasons) detail += (detail.empty() ? "" : "; ") + r;
    bool all = std::all_of(remove.begin(), remove.end(), [](bool b) { return b; });
    if (all || spans.size() != remove.size()) {
      ctx.drop(i, ctx.statement_begin(i), head(ctx, i), Severity::Warning, "it adds " + detail);
      return true;
    }
    std::vector<Edit> edits = remove_commands(spans, remove);
    for (const Edit& e : edits) w.removed.push_back({e.begin, e.end});
    w.changes.push_back({ctx.statement_begin(i), head(ctx, i), "removed " + detail, edits, Severity::Warning, ""});
    return false;
  }

  // Every type name of a dropped extension in the statement becomes text
  // (lo: oid), except inside what is removed anyway.
  void types(const StatementContext& ctx, size_t i, Work& w) {
    const RuleOptions& o = ctx.options();
    const PgQuery__Node* s = ctx.statement(i);
    size_t limit = ctx.statement_end(i);
    std::map<std::string, std::vector<Edit>> by_type;
    std::map<std::string, size_t> first_at;
    std::map<std::string, std::string> ext_of;
    std::vector<std::string> order;
    walk_messages(s, [&](const ProtobufCMessage* m) {
      auto* t = message_as<PgQuery__TypeName>(m, pg_query__type_name__descriptor);
      if (t == nullptr || t->pct_type || t->location < 0) return;
      std::vector<std::string> parts = node_strings(t->names, t->n_names);
      auto e = resolve(o, "TD", parts);
      if (!e) return;
      auto span = type_span(ctx, static_cast<size_t>(t->location), limit);
      if (!span || w.inside_removed(span->first, span->second)) return;
      std::string to = parts.back() == "lo" && *e == "lo" ? "oid" : "text";
      std::string k = joined(parts) + "\x1f" + to;
      if (by_type.count(k) == 0) {
        order.push_back(k);
        first_at[k] = span->first;
        ext_of[k] = *e;
      }
      by_type[k].push_back(Edit{span->first, span->second, to});
    });
    for (const std::string& k : order) {
      std::string name = k.substr(0, k.find('\x1f'));
      std::string to = k.substr(k.find('\x1f') + 1);
      size_t n = by_type[k].size();
      w.changes.push_back({first_at[k], head(ctx, i),
                           "type " + name + " → " + to + (n > 1 ? " (" + std::to_string(n) + " places)" : ""),
                           by_type[k], Severity::Warning,
                           "extension " + ext_of[k] + " is not on DB9; " + type_loss(ext_of[k], name)});
    }
  }

  // PL/pgSQL and quoted SQL bodies (and DO blocks): names of the
  // extension's objects, found by tokens; warned about, not changed.
  void body_uses(StatementContext& ctx, size_t i) {
    const RuleOptions& o = ctx.options();
    const PgQuery__Node* s = ctx.statement(i);
    const char* text = nullptr;
    std::string language;
    std::string what;
    if (s->node_case == PG_QUERY__NODE__NODE_CREATE_FUNCTION_STMT) {
      const PgQuery__CreateFunctionStmt* f = s->create_function_stmt;
      text = def_string(f->options, f->n_options, "as");
      const char* l = def_string(f->options, f->n_options, "language");
      language = l ? lower(l) : "sql";
      what = (f->is_procedure ? "procedure " : "function ") + joined(node_strings(f->funcname, f->n_funcname));
    } else if (s->node_case == PG_QUERY__NODE__NODE_DO_STMT) {
      text = def_string(s->do_stmt->args, s->do_stmt->n_args, "as");
      const char* l = def_string(s->do_stmt->args, s->do_stmt->n_args, "language");
      language = l ? lower(l) : "plpgsql";
      what = "DO block";
    }
    if (text == nullptr || (language != "sql" && language != "plpgsql")) return;
    // A body runs with the caller's search_path (by default "$user",
    // public), or the one the function sets.
    std::vector<std::string> saved = search_path();
    m_->set_search_path({"$user", "public"}, o);
    if (s->node_case == PG_QUERY__NODE__NODE_CREATE_FUNCTION_STMT) {
      const PgQuery__CreateFunctionStmt* f = s->create_function_stmt;
      for (size_t k = 0; k < f->n_options; ++k) {
        const PgQuery__Node* opt = f->options[k];
        if (opt->node_case != PG_QUERY__NODE__NODE_DEF_ELEM || opt->def_elem->defname == nullptr ||
            std::string(opt->def_elem->defname) != "set" || opt->def_elem->arg == nullptr ||
            opt->def_elem->arg->node_case != PG_QUERY__NODE__NODE_VARIABLE_SET_STMT)
          continue;
        const PgQuery__VariableSetStmt* v = opt->def_elem->arg->variable_set_stmt;
        if (v->name == nullptr || lower(v->name) != "search_path") continue;
        std::vector<std::string> list;
        for (size_t a = 0; a < v->n_args; ++a)
          if (const char* x = node_const_string(v->args[a])) {
            for (const std::string& piece : DumpModel::split_path(x)) list.push_back(piece);
          }
        m_->set_search_path(list, o);
      }
    }
    Tokens t(text);
    std::vector<Use> uses;
    for (size_t k = 0; k < t.size(); ++k) {
      std::optional<std::string> a = token_identifier(t[k], t.text(k));
      if (!a || (k > 0 && tok(t[k - 1], PG_QUERY__TOKEN__ASCII_46))) continue;
      bool cast = k > 0 && tok(t[k - 1], PG_QUERY__TOKEN__TYPECAST);
      std::vector<std::string> parts{*a};
      size_t last = k;
      if (k + 2 < t.size() && tok(t[k + 1], PG_QUERY__TOKEN__ASCII_46)) {
        std::optional<std::string> b = token_identifier(t[k + 2], t.text(k + 2));
        if (!b) continue;
        parts.push_back(*b);
        last = k + 2;
      }
      bool call = last + 1 < t.size() && tok(t[last + 1], PG_QUERY__TOKEN__ASCII_40);
      if (call && (parts.size() == 2 || t[k].keyword_kind == PG_QUERY__KEYWORD_KIND__NO_KEYWORD))
        function_use(o, parts, -1, uses);
      else if (cast)
        if (auto e = resolve(o, "TD", parts)) uses.push_back({*e, 'T', joined(parts), -1});
      if (!call && !cast && parts.size() == 2) relation_use(o, parts, -1, uses);
      k = last;
    }
    m_->restore_search_path(std::move(saved));
    if (uses.empty()) return;
    if (s->node_case == PG_QUERY__NODE__NODE_CREATE_FUNCTION_STMT)
      tainted_funcs_.insert(
          key(node_strings(s->create_function_stmt->funcname, s->create_function_stmt->n_funcname), o));
    ctx.note(ctx.statement_begin(i),
             what + ": its body uses " + describe_uses(uses) +
                 "; it loads (check_function_bodies is off in dumps) but calls to it will fail on DB9",
             Severity::Warning);
  }

  bool mapped_schema_ = false;  // a name qualified with a --map-schema source was seen
  std::map<std::string, std::map<std::string, std::string>> columns_;    // table → column → type name
  std::map<std::string, std::map<std::string, std::string>> rewritten_;  // table → column → extension
};

}  // namespace

std::vector<RuleInfo> dependents_rules() {
  return {
      {kRuleId,
       "the one cascade: what is about or uses an object any rule removed goes with it, naming the chain; what "
       "uses a removed extension's objects is made to load: its types become text, indexes, constraints, views "
       "and triggers that need it go, defaults get built-in equivalents (--on-dependents)",
       Action::Drop,
       "After the extension rule drops CREATE EXTENSION of an extension DB9 lacks (citext, pgcrypto, pg_trgm, "
       "btree_gist, postgis, ltree, cube, earthdistance, ...), the statements that use its objects would fail. "
       "Objects are known from a catalogue generated from the extensions' install scripts, and names are "
       "resolved as PostgreSQL would: qualified in the extension's schema (heroku_ext counts as public), or "
       "unqualified through the search_path the dump sets. With --on-dependents=rewrite (the default) a column "
       "(or array, domain, signature, cast) of its type becomes text (lo: oid), which takes the same COPY data "
       "(geometry keeps its hex EWKB); an index, EXCLUDE or CHECK constraint needing its operator classes, "
       "operators or functions is dropped, saying what protection or speed is lost; a DEFAULT calling its "
       "functions becomes gen_random_uuid() where that is what it was, else goes; a view, materialized view, "
       "trigger, rule or SQL-standard function needing it is dropped (error-level diagnostic) with what depends "
       "on it in turn; COPY data of a table the extension owns (spatial_ref_sys) is dropped with its rows "
       "counted; PL/pgSQL and quoted SQL bodies naming its objects are warned about. --on-dependents=drop drops "
       "every such statement instead (a table with its rows); --on-dependents=error stops at the first. Every "
       "change is listed under lost_features in the --report JSON. The same cascade follows every object any "
       "rule removed (a C function, a base or shell type, an event-trigger function, a foreign table): its "
       "comments, owners, grants and security labels, the views, materialized views, rules, triggers, indexes, "
       "constraints, SQL-standard bodies and text search mappings that use it go, and each diagnostic names the "
       "chain of drops back to the first.",
       [] { return std::unique_ptr<Rule>(new Dependents); }},
  };
}

}  // namespace db9
