// Rules about extensions: which ones DB9 has (extension), and the schema
// Heroku Postgres keeps them in, heroku_ext (heroku-ext).
//
// extension: CREATE EXTENSION of anything DB9 does not have is dropped, with
// the ALTER / COMMENT ON / DROP EXTENSION statements about it. What uses the
// objects of a dropped extension (columns of its types, indexes with its
// operator classes, defaults, views ...) is the extension-dependents rule's
// (dependents.cpp), which knows the objects from the generated catalogue
// (extension_catalogue.inc).
//
// heroku-ext: the schema is not created on DB9; everything that named it
// names the target of --map-schema (public) instead, byte for byte in place:
// identifier tokens followed by '.', search_path lists, reg* literals,
// CREATE EXTENSION ... WITH SCHEMA, and the same inside SQL / PL/pgSQL
// function bodies. Comments, string data and COPY rows are never touched.
#include <algorithm>
#include <cstring>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "rules/extension_catalogue.hpp"
#include "rules/model.hpp"
#include "rules/registry.hpp"

namespace db9 {

namespace {

// ---- what DB9 has -------------------------------------------------------------

bool db9_has(const RuleOptions& o, const std::string& ext) { return db9_has_extension(o, ext); }

// Functions of extensions that PostgreSQL (13+) and DB9 have built in: a
// reference qualified with a mapped schema loses the qualification instead.
bool built_in(std::string_view name) { return name == "gen_random_uuid"; }

// ---- parse trees ----------------------------------------------------------------

// Every message below `root`, depth first in field order, with the name of
// the column definition it sits in (or nullptr). One walker for all node
// types: protobuf-c describes each message's fields.
void walk(const ProtobufCMessage* root,
          const std::function<void(const ProtobufCMessage*, const char* column)>& visit) {
  struct Frame {
    const ProtobufCMessage* m;
    const char* column;
  };
  std::vector<Frame> stack{{root, nullptr}};
  while (!stack.empty()) {
    Frame f = stack.back();
    stack.pop_back();
    if (f.m == nullptr) continue;
    const ProtobufCMessageDescriptor* d = f.m->descriptor;
    if (d == &pg_query__column_def__descriptor)
      f.column = reinterpret_cast<const PgQuery__ColumnDef*>(f.m)->colname;
    visit(f.m, f.column);
    const char* base = reinterpret_cast<const char*>(f.m);
    for (unsigned k = d->n_fields; k-- > 0;) {
      const ProtobufCFieldDescriptor& fd = d->fields[k];
      if (fd.type != PROTOBUF_C_TYPE_MESSAGE) continue;
      if (fd.label == PROTOBUF_C_LABEL_REPEATED) {
        size_t n = *reinterpret_cast<const size_t*>(base + fd.quantifier_offset);
        ProtobufCMessage* const* items = *reinterpret_cast<ProtobufCMessage* const* const*>(base + fd.offset);
        for (size_t j = n; j-- > 0;) stack.push_back({items[j], f.column});
      } else {
        if ((fd.flags & PROTOBUF_C_FIELD_FLAG_ONEOF) != 0 &&
            *reinterpret_cast<const uint32_t*>(base + fd.quantifier_offset) != fd.id)
          continue;
        stack.push_back({*reinterpret_cast<ProtobufCMessage* const*>(base + fd.offset), f.column});
      }
    }
  }
}

void walk(const PgQuery__Node* n, const std::function<void(const ProtobufCMessage*, const char* column)>& visit) {
  if (n != nullptr) walk(&n->base, visit);
}


// The statement as a reviewer would name it: all of it on one line when
// short, else up to its first '(' (AS for views), at most 100 bytes.
std::string describe(const StatementContext& ctx, size_t i) {
  std::string_view text = ctx.text();
  size_t begin = ctx.statement_begin(i), end = ctx.statement_end(i);
  auto one_line = [&](size_t stop) {
    std::string out;
    bool space = false;
    for (char c : text.substr(begin, stop - begin)) {
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
        space = !out.empty();
        continue;
      }
      if (space) out += ' ';
      space = false;
      out += c;
    }
    return out;
  };
  std::string all = one_line(end > begin && text[end - 1] == ';' ? end - 1 : end);
  if (all.size() <= 80) return all;
  PgQuery__Node__NodeCase c = ctx.statement(i)->node_case;
  bool view = c == PG_QUERY__NODE__NODE_VIEW_STMT || c == PG_QUERY__NODE__NODE_CREATE_TABLE_AS_STMT;
  const Tokens& t = ctx.tokens();
  size_t stop = end > begin && text[end - 1] == ';' ? end - 1 : end;
  for (size_t k = t.first_at_or_after(begin); k < t.size() && static_cast<size_t>(t[k].start) < end; ++k)
    if (view ? t[k].token == PG_QUERY__TOKEN__AS : t[k].token == PG_QUERY__TOKEN__ASCII_40) {
      stop = static_cast<size_t>(t[k].start);
      break;
    }
  std::string head = one_line(stop);
  if (head.size() > 100) {
    size_t cut = 97;
    while (cut > 0 && (static_cast<unsigned char>(head[cut]) & 0xC0) == 0x80) --cut;
    head = head.substr(0, cut) + "...";
  }
  return head;
}

// ---- tokens -----------------------------------------------------------------------

bool is(const PgQuery__ScanToken& t, PgQuery__Token k) { return t.token == k; }


// A text that is the content of a literal in the item: where each of its
// bytes sits in the item, and how replacement text must be written there.
struct Place {
  size_t base = 0;                // content offset 0 in the item (no `raw`)
  std::vector<size_t> raw;        // else: item offset of each content byte, and one past the end
  bool single_quoted = false;     // inside '...': a ' is written ''
  size_t at(size_t p) const { return raw.empty() ? base + p : raw[p]; }
  std::string write(std::string s) const {
    if (!single_quoted) return s;
    std::string out;
    for (char c : s) {
      out += c;
      if (c == '\'') out += '\'';
    }
    return out;
  }
};

// The content of a string-literal token: its text and Place. Dollar-quoted
// and plain '...' literals; nullopt for E'', U&'' and B''/X'' forms.
std::optional<std::pair<std::string, Place>> literal(std::string_view tok, size_t start) {
  Place p;
  if (tok.size() >= 2 && tok[0] == '$') {
    size_t tag = tok.find('$', 1);
    if (tag == std::string_view::npos || tok.size() < 2 * (tag + 1)) return std::nullopt;
    p.base = start + tag + 1;
    return std::make_pair(std::string(tok.substr(tag + 1, tok.size() - 2 * (tag + 1))), p);
  }
  if (tok.size() < 2 || tok[0] != '\'' || tok.back() != '\'') return std::nullopt;
  std::string s;
  p.single_quoted = true;
  for (size_t i = 1; i + 1 < tok.size(); ++i) {
    p.raw.push_back(start + i);
    s += tok[i];
    if (tok[i] == '\'') ++i;  // '' stands for '
  }
  p.raw.push_back(start + tok.size() - 1);
  return std::make_pair(s, p);
}

bool mentions(std::string_view text, const std::map<std::string, std::string>& map) {
  for (const auto& [from, to] : map)
    if (find_ci(text, from + ".") != std::string_view::npos) return true;
  return false;
}

// ---- rule: extension ---------------------------------------------------------------

class Extension : public Rule {
 public:
  void check(StatementContext& ctx) override {
    const RuleOptions& o = ctx.options();
    for (size_t i = 0; i < ctx.statement_count(); ++i) {
      // The tree is unpacked only for statements that may be about an
      // extension (the type is read from the wire; the text is a cheap look).
      switch (ctx.statement_type(i)) {
        case PG_QUERY__NODE__NODE_CREATE_EXTENSION_STMT:
        case PG_QUERY__NODE__NODE_ALTER_EXTENSION_STMT:
        case PG_QUERY__NODE__NODE_ALTER_EXTENSION_CONTENTS_STMT:
          break;
        case PG_QUERY__NODE__NODE_COMMENT_STMT:
        case PG_QUERY__NODE__NODE_DROP_STMT:
        case PG_QUERY__NODE__NODE_ALTER_OBJECT_SCHEMA_STMT:
        case PG_QUERY__NODE__NODE_ALTER_OBJECT_DEPENDS_STMT:
          if (!ctx.mentions(i, "extension")) continue;
          break;
        default:
          continue;
      }
      const PgQuery__Node* s = ctx.statement(i);
      size_t at = ctx.statement_begin(i);
      switch (s->node_case) {
        case PG_QUERY__NODE__NODE_CREATE_EXTENSION_STMT: {
          if (is_create_language(ctx, i)) break;  // the unsupported rule's
          const PgQuery__CreateExtensionStmt* c = s->create_extension_stmt;
          std::string name = c->extname ? c->extname : "";
          if (db9_has(o, name)) break;
          ctx.drop(i, at, "CREATE EXTENSION " + quote_ident(name), Severity::Warning,
                   (o.deny_extensions.count(name) != 0
                        ? "--deny-extension " + name + " takes it out of DB9's set"
                        : "DB9 does not have this extension (--allow-extension " + name + " keeps it)") +
                       "; statements that use its objects are handled by the extension-dependents rule");
          break;
        }
        case PG_QUERY__NODE__NODE_ALTER_EXTENSION_STMT:
        case PG_QUERY__NODE__NODE_ALTER_EXTENSION_CONTENTS_STMT: {
          // ALTER EXTENSION x UPDATE | ADD ... | DROP ...
          const char* ext = s->node_case == PG_QUERY__NODE__NODE_ALTER_EXTENSION_STMT
                                ? s->alter_extension_stmt->extname
                                : s->alter_extension_contents_stmt->extname;
          std::string name = ext ? ext : "";
          if (!name.empty() && !db9_has(o, name))
            ctx.drop(i, at, describe(ctx, i), Severity::Note, not_on_db9(quote_ident(name)));
          break;
        }
        case PG_QUERY__NODE__NODE_COMMENT_STMT: {
          const PgQuery__CommentStmt* c = s->comment_stmt;
          const char* name = node_string(c->object);
          if (c->objtype == PG_QUERY__OBJECT_TYPE__OBJECT_EXTENSION && name != nullptr && !db9_has(o, name))
            ctx.drop(i, at, "COMMENT ON EXTENSION " + quote_ident(name), Severity::Note, not_on_db9(quote_ident(name)));
          break;
        }
        case PG_QUERY__NODE__NODE_DROP_STMT: {
          const PgQuery__DropStmt* d = s->drop_stmt;
          bool none_on_db9 = d->remove_type == PG_QUERY__OBJECT_TYPE__OBJECT_EXTENSION && d->n_objects > 0;
          std::string names;
          for (size_t k = 0; none_on_db9 && k < d->n_objects; ++k) {
            const char* name = node_string(d->objects[k]);
            none_on_db9 = name != nullptr && !db9_has(o, name);
            if (name) names += (names.empty() ? "" : ", ") + quote_ident(name);
          }
          if (none_on_db9) ctx.drop(i, at, describe(ctx, i), Severity::Note, not_on_db9(names));
          break;
        }
        case PG_QUERY__NODE__NODE_ALTER_OBJECT_SCHEMA_STMT: {
          const PgQuery__AlterObjectSchemaStmt* a = s->alter_object_schema_stmt;
          const char* name = node_string(a->object);
          if (a->object_type == PG_QUERY__OBJECT_TYPE__OBJECT_EXTENSION && name != nullptr && !db9_has(o, name))
            ctx.drop(i, at, describe(ctx, i), Severity::Note, not_on_db9(quote_ident(name)));
          break;
        }
        case PG_QUERY__NODE__NODE_ALTER_OBJECT_DEPENDS_STMT: {
          // ALTER FUNCTION f() DEPENDS ON EXTENSION x
          const PgQuery__AlterObjectDependsStmt* a = s->alter_object_depends_stmt;
          const char* name = a->extname ? a->extname->sval : nullptr;
          if (name != nullptr && !db9_has(o, name))
            ctx.drop(i, at, describe(ctx, i), Severity::Note, not_on_db9(quote_ident(name)));
          break;
        }
        default:
          break;
      }
    }
  }

 private:
  static std::string not_on_db9(const std::string& names) {
    bool several = names.find(", ") != std::string::npos;
    return (several ? "extensions " : "extension ") + names + (several ? " are not on DB9" : " is not on DB9");
  }

 public:
  // The body of statement i when it is a SQL or PL/pgSQL function or DO
  // block written as a string literal: its text and where it sits. The
  // language (also of other functions) goes to *language_out.
  static std::optional<std::pair<std::string, Place>> function_body(const StatementContext& ctx, size_t i,
                                                                      std::string* language_out = nullptr) {
    const PgQuery__Node* s = ctx.statement(i);
    const PgQuery__DefElem* as_opt = nullptr;
    std::string language;
    if (s->node_case == PG_QUERY__NODE__NODE_CREATE_FUNCTION_STMT) {
      const PgQuery__CreateFunctionStmt* f = s->create_function_stmt;
      as_opt = node_option(f->options, f->n_options, "as");
      const PgQuery__DefElem* l = node_option(f->options, f->n_options, "language");
      language = l && node_string(l->arg) ? lower(node_string(l->arg)) : "sql";
      if (language_out) *language_out = language;
      if (as_opt && (as_opt->arg == nullptr || as_opt->arg->node_case != PG_QUERY__NODE__NODE_LIST ||
                     as_opt->arg->list->n_items != 1))
        return std::nullopt;  // C functions: AS 'file', 'symbol'
    } else if (s->node_case == PG_QUERY__NODE__NODE_DO_STMT) {
      as_opt = node_option(s->do_stmt->args, s->do_stmt->n_args, "as");
      const PgQuery__DefElem* l = node_option(s->do_stmt->args, s->do_stmt->n_args, "language");
      language = l && node_string(l->arg) ? lower(node_string(l->arg)) : "plpgsql";
    }
    if (language_out) *language_out = language;
    if (as_opt == nullptr) return std::nullopt;
    const Tokens& t = ctx.tokens();
    size_t end = ctx.statement_end(i);
    size_t from = as_opt->location >= 0 ? static_cast<size_t>(as_opt->location) : ctx.statement_begin(i);
    for (size_t k = t.first_at_or_after(from); k < t.size() && static_cast<size_t>(t[k].start) < end; ++k) {
      if (!is(t[k], PG_QUERY__TOKEN__SCONST)) continue;
      if (language != "sql" && language != "plpgsql") return std::nullopt;
      return literal(t.text(k), static_cast<size_t>(t[k].start));
    }
    return std::nullopt;
  }
};

// ---- rule: heroku-ext -----------------------------------------------------------------

class HerokuExt : public Rule {
 public:
  void check(StatementContext& ctx) override {
    // Most statements never name a mapped schema or _heroku: a byte search
    // skips them.
    std::string_view text = ctx.text();
    internal_.clear();
    if (find_ci(text, "_heroku") != std::string_view::npos ||
        (!internal_triggers_.empty() && find_ci(text, "event") != std::string_view::npos))
      heroku_internal(ctx);
    map_.clear();
    for (const auto& [from, to] : ctx.options().map_schemas)
      if (from != to) map_[from] = to;
    if (map_.empty()) return;
    bool named = false;
    for (const auto& [from, to] : map_) named = named || find_ci(text, from) != std::string_view::npos;
    if (!named) return;
    for (size_t i = 0; i < ctx.statement_count(); ++i) {
      size_t at = ctx.statement_begin(i);
      if (std::optional<std::string> schema = only_about(ctx, i)) {
        const std::string& to = map_[*schema];
        ctx.drop(i, at, describe(ctx, i), Severity::Note,
                 "DB9 gets no schema " + quote_ident(*schema) + ": what was in it goes to " +
                     (to == "public" ? std::string("public") : "schema " + quote_ident(to) + ", which must exist") +
                     " (--map-schema " + *schema + "=" + to + ")");
        continue;
      }
      if (left_to_others(ctx, i) || internal_.count(i) != 0) continue;
      Edits e;
      tree_edits(ctx, i, e);
      schema_clause(ctx, i, e);
      qualified(ctx.tokens(), ctx.tokens().first_at_or_after(at), ctx.statement_end(i), Place{}, true, e);
      body(ctx, i, e);
      if (e.edits.empty() && e.left.empty()) continue;
      std::sort(e.edits.begin(), e.edits.end(), [](const Edit& a, const Edit& b) { return a.begin < b.begin; });
      std::vector<Edit> edits;
      for (const Edit& x : e.edits)
        if (edits.empty() || x.begin >= edits.back().end) edits.push_back(x);
      std::string how, detail;
      for (const auto& [what, n] : e.how) {
        if (!how.empty()) how += "; ";
        how += what;
        if (n > 1)
          how += " (" + std::to_string(n) + (what.rfind("search_path", 0) == 0 ? " times)" : " references)");
      }
      for (const std::string& l : e.left) detail += (detail.empty() ? "" : "; ") + l;
      if (edits.empty()) {
        ctx.note(at, describe(ctx, i) + ": " + detail, Severity::Warning);
        continue;
      }
      ctx.rewrite(at, describe(ctx, i), how, std::move(edits), e.left.empty() ? Severity::Note : Severity::Warning,
                  detail);
    }
  }

 private:
  // ---- Heroku's own schema, _heroku
  //
  // Heroku Postgres keeps its management code in every database: a schema
  // _heroku with functions (create_ext(), drop_ext(), validate_extension(),
  // grant_table_if_exists(...), ...), the event triggers that call them, and
  // grants about them. None of it belongs on DB9: the schema, everything in
  // it and everything about it goes, one note each; anything else that
  // names _heroku. is an error-level finding (it will not find it there).

  static bool is_internal(const char* schema) { return schema != nullptr && std::string_view(schema) == "_heroku"; }
  static bool qualified_internal(PgQuery__Node* const* names, size_t n) {
    return n >= 2 && is_internal(node_string(names[0]));
  }
  // An object node of COMMENT, ALTER ... OWNER, SECURITY LABEL, GRANT,
  // DROP, ALTER ... RENAME: in _heroku, or _heroku itself, or an event
  // trigger that calls it.
  bool internal_object(PgQuery__ObjectType type, const PgQuery__Node* o) const {
    if (o == nullptr) return false;
    switch (o->node_case) {
      case PG_QUERY__NODE__NODE_STRING:
        if (type == PG_QUERY__OBJECT_TYPE__OBJECT_SCHEMA) return is_internal(o->string->sval);
        if (type == PG_QUERY__OBJECT_TYPE__OBJECT_EVENT_TRIGGER)
          return o->string->sval != nullptr && internal_triggers_.count(o->string->sval) != 0;
        return false;
      case PG_QUERY__NODE__NODE_LIST: return qualified_internal(o->list->items, o->list->n_items);
      case PG_QUERY__NODE__NODE_OBJECT_WITH_ARGS:
        return qualified_internal(o->object_with_args->objname, o->object_with_args->n_objname);
      case PG_QUERY__NODE__NODE_TYPE_NAME: return qualified_internal(o->type_name->names, o->type_name->n_names);
      case PG_QUERY__NODE__NODE_RANGE_VAR: return is_internal(o->range_var->schemaname);
      default: return false;
    }
  }
  bool all_internal(PgQuery__ObjectType type, PgQuery__Node* const* objs, size_t n) const {
    if (n == 0) return false;
    for (size_t k = 0; k < n; ++k)
      if (!internal_object(type, objs[k])) return false;
    return true;
  }

  // Whether statement i is about _heroku, and what it is ("function
  // _heroku.create_ext()") for the note.
  bool about_internal(const StatementContext& ctx, size_t i) {
    const PgQuery__Node* s = ctx.statement(i);
    auto rel = [](const PgQuery__RangeVar* r) { return r != nullptr && is_internal(r->schemaname); };
    switch (s->node_case) {
      case PG_QUERY__NODE__NODE_CREATE_SCHEMA_STMT: return is_internal(s->create_schema_stmt->schemaname);
      case PG_QUERY__NODE__NODE_CREATE_FUNCTION_STMT:
        return qualified_internal(s->create_function_stmt->funcname, s->create_function_stmt->n_funcname);
      case PG_QUERY__NODE__NODE_ALTER_FUNCTION_STMT: {
        PgQuery__Node n = PG_QUERY__NODE__INIT;
        n.node_case = PG_QUERY__NODE__NODE_OBJECT_WITH_ARGS;
        n.object_with_args = s->alter_function_stmt->func;
        return internal_object(PG_QUERY__OBJECT_TYPE__OBJECT_FUNCTION, &n);
      }
      case PG_QUERY__NODE__NODE_CREATE_EVENT_TRIG_STMT: {
        const PgQuery__CreateEventTrigStmt* e = s->create_event_trig_stmt;
        if (!qualified_internal(e->funcname, e->n_funcname)) return false;
        if (e->trigname != nullptr) internal_triggers_.insert(e->trigname);
        return true;
      }
      case PG_QUERY__NODE__NODE_ALTER_EVENT_TRIG_STMT:
        return s->alter_event_trig_stmt->trigname != nullptr &&
               internal_triggers_.count(s->alter_event_trig_stmt->trigname) != 0;
      case PG_QUERY__NODE__NODE_ALTER_OWNER_STMT:
        return s->alter_owner_stmt->relation ? rel(s->alter_owner_stmt->relation)
                                             : internal_object(s->alter_owner_stmt->object_type, s->alter_owner_stmt->object);
      case PG_QUERY__NODE__NODE_COMMENT_STMT:
        return internal_object(s->comment_stmt->objtype, s->comment_stmt->object);
      case PG_QUERY__NODE__NODE_SEC_LABEL_STMT:
        return internal_object(s->sec_label_stmt->objtype, s->sec_label_stmt->object);
      case PG_QUERY__NODE__NODE_GRANT_STMT: {
        const PgQuery__GrantStmt* g = s->grant_stmt;
        if (g->targtype == PG_QUERY__GRANT_TARGET_TYPE__ACL_TARGET_ALL_IN_SCHEMA)
          return all_internal(PG_QUERY__OBJECT_TYPE__OBJECT_SCHEMA, g->objects, g->n_objects);
        return all_internal(g->objtype, g->objects, g->n_objects);
      }
      case PG_QUERY__NODE__NODE_ALTER_DEFAULT_PRIVILEGES_STMT: {
        const PgQuery__AlterDefaultPrivilegesStmt* a = s->alter_default_privileges_stmt;
        const PgQuery__DefElem* schemas = node_option(a->options, a->n_options, "schemas");
        return schemas && schemas->arg && schemas->arg->node_case == PG_QUERY__NODE__NODE_LIST &&
               all_internal(PG_QUERY__OBJECT_TYPE__OBJECT_SCHEMA, schemas->arg->list->items,
                            schemas->arg->list->n_items);
      }
      case PG_QUERY__NODE__NODE_DROP_STMT:
        return all_internal(s->drop_stmt->remove_type, s->drop_stmt->objects, s->drop_stmt->n_objects);
      case PG_QUERY__NODE__NODE_RENAME_STMT:
        return s->rename_stmt->relation ? rel(s->rename_stmt->relation)
               : s->rename_stmt->rename_type == PG_QUERY__OBJECT_TYPE__OBJECT_SCHEMA
                   ? is_internal(s->rename_stmt->subname)
                   : internal_object(s->rename_stmt->rename_type, s->rename_stmt->object);
      case PG_QUERY__NODE__NODE_ALTER_OBJECT_SCHEMA_STMT:
        return s->alter_object_schema_stmt->relation
                   ? rel(s->alter_object_schema_stmt->relation)
                   : internal_object(s->alter_object_schema_stmt->object_type, s->alter_object_schema_stmt->object);
      case PG_QUERY__NODE__NODE_CREATE_STMT: return rel(s->create_stmt->relation);
      case PG_QUERY__NODE__NODE_VIEW_STMT: return rel(s->view_stmt->view);
      case PG_QUERY__NODE__NODE_CREATE_SEQ_STMT: return rel(s->create_seq_stmt->sequence);
      case PG_QUERY__NODE__NODE_ALTER_SEQ_STMT: return rel(s->alter_seq_stmt->sequence);
      case PG_QUERY__NODE__NODE_ALTER_TABLE_STMT: return rel(s->alter_table_stmt->relation);
      case PG_QUERY__NODE__NODE_INDEX_STMT: return rel(s->index_stmt->relation);
      case PG_QUERY__NODE__NODE_CREATE_TRIG_STMT: return rel(s->create_trig_stmt->relation);
      case PG_QUERY__NODE__NODE_RULE_STMT: return rel(s->rule_stmt->relation);
      case PG_QUERY__NODE__NODE_CREATE_TABLE_AS_STMT:
        return s->create_table_as_stmt->into != nullptr && rel(s->create_table_as_stmt->into->rel);
      case PG_QUERY__NODE__NODE_COMPOSITE_TYPE_STMT: return rel(s->composite_type_stmt->typevar);
      case PG_QUERY__NODE__NODE_CREATE_ENUM_STMT:
        return qualified_internal(s->create_enum_stmt->type_name, s->create_enum_stmt->n_type_name);
      case PG_QUERY__NODE__NODE_CREATE_DOMAIN_STMT:
        return qualified_internal(s->create_domain_stmt->domainname, s->create_domain_stmt->n_domainname);
      case PG_QUERY__NODE__NODE_DEFINE_STMT:
        return qualified_internal(s->define_stmt->defnames, s->define_stmt->n_defnames);
      default: return false;
    }
  }

  // `_heroku` `.` among tokens [k, ...) up to `end` (not after another '.').
  static std::optional<size_t> internal_reference(const Tokens& t, size_t k, size_t end) {
    for (; k + 1 < t.size() && static_cast<size_t>(t[k].start) < end; ++k) {
      if (!is(t[k + 1], PG_QUERY__TOKEN__ASCII_46) || (k > 0 && is(t[k - 1], PG_QUERY__TOKEN__ASCII_46))) continue;
      std::optional<std::string> id = token_identifier(t[k], t.text(k));
      if (id && *id == "_heroku") return static_cast<size_t>(t[k].start);
    }
    return std::nullopt;
  }

  // A body's `_heroku.name` where the dump defined that name and this rule
  // removed it: the cascade (extension-dependents) reports the body's use
  // with the chain, once; a second finding here would say it twice.
  static bool removal_cascade_reports(const StatementContext& ctx, const Tokens& t, size_t offset) {
    size_t k = t.first_at_or_after(offset);
    if (k + 2 >= t.size()) return false;
    std::optional<std::string> name = token_identifier(t[k + 2], t.text(k + 2));
    if (!name) return false;
    std::string key = "_heroku." + *name;
    return ctx.model().removed_key(DumpModel::Kind::Function, key) != nullptr ||
           ctx.model().removed_key(DumpModel::Kind::Relation, key) != nullptr;
  }

  void heroku_internal(StatementContext& ctx) {
    for (size_t i = 0; i < ctx.statement_count(); ++i) {
      size_t at = ctx.statement_begin(i);
      if (about_internal(ctx, i)) {
        internal_.insert(i);
        ctx.drop(i, at, describe(ctx, i), Severity::Note,
                 "Heroku's own management schema _heroku (extension event triggers and their helpers) is not "
                 "carried over to DB9");
        continue;
      }
      // Anything else that names _heroku.: a reference DB9 will not resolve.
      const Tokens& t = ctx.tokens();
      std::optional<size_t> ref = internal_reference(t, t.first_at_or_after(at), ctx.statement_end(i));
      bool in_body = false;  // the name is in a function body, not in the statement's own words
      if (!ref) {
        if (auto b = Extension::function_body(ctx, i)) {
          Tokens inner(b->first);
          if (std::optional<size_t> r = internal_reference(inner, 0, b->first.size());
              r && !removal_cascade_reports(ctx, inner, *r)) {
            ref = b->second.at(*r);
            in_body = true;
          }
        }
      }
      if (!ref) continue;
      internal_.insert(i);
      ctx.note(*ref, describe(ctx, i) + (in_body ? ": its body names _heroku." : ": names _heroku.") +
                         ", Heroku's own management schema, which is not carried over to DB9: " +
                         (in_body ? "it loads, but fails there when it runs, unless the reference is removed by hand"
                                  : "this fails there unless the reference is removed by hand"),
               Severity::Error);
    }
  }

  std::set<size_t> internal_;                 // statements of this item about (or naming) _heroku
  std::set<std::string> internal_triggers_;   // event triggers that call _heroku's functions

  struct Edits {
    std::vector<Edit> edits;
    std::map<std::string, int> how;  // what was done → how often
    std::vector<std::string> left;   // mentions left as they are, for the reviewer
  };

  const std::string* target(const std::string& schema) const {
    auto it = map_.find(schema);
    return it == map_.end() ? nullptr : &it->second;
  }

  // Statements about the mapped schema itself, which DB9 does not get: the
  // schema's name, or nullopt.
  std::optional<std::string> only_about(const StatementContext& ctx, size_t i) const {
    const PgQuery__Node* s = ctx.statement(i);
    auto all_mapped = [&](PgQuery__Node* const* objs, size_t n) -> std::optional<std::string> {
      std::optional<std::string> first;
      for (size_t k = 0; k < n; ++k) {
        const char* name = node_string(objs[k]);
        if (name == nullptr || target(name) == nullptr) return std::nullopt;
        if (!first) first = name;
      }
      return first;
    };
    switch (s->node_case) {
      case PG_QUERY__NODE__NODE_CREATE_SCHEMA_STMT: {
        const PgQuery__CreateSchemaStmt* c = s->create_schema_stmt;
        if (c->schemaname && target(c->schemaname) && c->n_schema_elts == 0) return std::string(c->schemaname);
        break;
      }
      case PG_QUERY__NODE__NODE_ALTER_OWNER_STMT: {
        const PgQuery__AlterOwnerStmt* a = s->alter_owner_stmt;
        const char* name = node_string(a->object);
        if (a->object_type == PG_QUERY__OBJECT_TYPE__OBJECT_SCHEMA && name && target(name)) return std::string(name);
        break;
      }
      case PG_QUERY__NODE__NODE_RENAME_STMT: {
        const PgQuery__RenameStmt* r = s->rename_stmt;
        if (r->rename_type == PG_QUERY__OBJECT_TYPE__OBJECT_SCHEMA && r->subname && target(r->subname))
          return std::string(r->subname);
        break;
      }
      case PG_QUERY__NODE__NODE_COMMENT_STMT: {
        const char* name = node_string(s->comment_stmt->object);
        if (s->comment_stmt->objtype == PG_QUERY__OBJECT_TYPE__OBJECT_SCHEMA && name && target(name))
          return std::string(name);
        break;
      }
      case PG_QUERY__NODE__NODE_GRANT_STMT: {
        const PgQuery__GrantStmt* g = s->grant_stmt;
        if ((g->objtype == PG_QUERY__OBJECT_TYPE__OBJECT_SCHEMA &&
             g->targtype == PG_QUERY__GRANT_TARGET_TYPE__ACL_TARGET_OBJECT) ||
            g->targtype == PG_QUERY__GRANT_TARGET_TYPE__ACL_TARGET_ALL_IN_SCHEMA)
          return all_mapped(g->objects, g->n_objects);
        break;
      }
      case PG_QUERY__NODE__NODE_ALTER_DEFAULT_PRIVILEGES_STMT: {
        const PgQuery__AlterDefaultPrivilegesStmt* a = s->alter_default_privileges_stmt;
        const PgQuery__DefElem* schemas = node_option(a->options, a->n_options, "schemas");
        if (schemas && schemas->arg && schemas->arg->node_case == PG_QUERY__NODE__NODE_LIST)
          return all_mapped(schemas->arg->list->items, schemas->arg->list->n_items);
        break;
      }
      case PG_QUERY__NODE__NODE_DROP_STMT:
        if (s->drop_stmt->remove_type == PG_QUERY__OBJECT_TYPE__OBJECT_SCHEMA)
          return all_mapped(s->drop_stmt->objects, s->drop_stmt->n_objects);
        break;
      default:
        break;
    }
    return std::nullopt;
  }

  // Statements another rule drops (edits inside them would collide with the
  // drop): extensions DB9 does not have, policies, and by default owners and
  // privileges.
  bool left_to_others(const StatementContext& ctx, size_t i) const {
    const RuleOptions& o = ctx.options();
    const PgQuery__Node* s = ctx.statement(i);
    auto missing = [&](const char* ext) { return ext != nullptr && !db9_has(o, ext); };
    switch (s->node_case) {
      case PG_QUERY__NODE__NODE_CREATE_EXTENSION_STMT:
        return missing(s->create_extension_stmt->extname) || is_create_language(ctx, i);
      case PG_QUERY__NODE__NODE_ALTER_EXTENSION_STMT: return missing(s->alter_extension_stmt->extname);
      case PG_QUERY__NODE__NODE_ALTER_EXTENSION_CONTENTS_STMT:
        return missing(s->alter_extension_contents_stmt->extname);
      case PG_QUERY__NODE__NODE_ALTER_OBJECT_SCHEMA_STMT:
        return s->alter_object_schema_stmt->object_type == PG_QUERY__OBJECT_TYPE__OBJECT_EXTENSION &&
               missing(node_string(s->alter_object_schema_stmt->object));
      case PG_QUERY__NODE__NODE_ALTER_OBJECT_DEPENDS_STMT:
        return s->alter_object_depends_stmt->extname != nullptr &&
               missing(s->alter_object_depends_stmt->extname->sval);
      case PG_QUERY__NODE__NODE_CREATE_FUNCTION_STMT:
      case PG_QUERY__NODE__NODE_DO_STMT: {
        // Functions in other languages, and event-trigger functions, are the
        // unsupported rule's to drop.
        std::string language;
        Extension::function_body(ctx, i, &language);
        if (language != "sql" && language != "plpgsql") return true;
        const PgQuery__TypeName* r =
            s->node_case == PG_QUERY__NODE__NODE_CREATE_FUNCTION_STMT ? s->create_function_stmt->return_type : nullptr;
        std::vector<std::string> type = r ? node_strings(r->names, r->n_names) : std::vector<std::string>{};
        return !type.empty() && type.back() == "event_trigger";
      }
      case PG_QUERY__NODE__NODE_CREATE_FOREIGN_TABLE_STMT:
      case PG_QUERY__NODE__NODE_CREATE_EVENT_TRIG_STMT:
        return true;
      case PG_QUERY__NODE__NODE_CREATE_POLICY_STMT:
      case PG_QUERY__NODE__NODE_ALTER_POLICY_STMT:
      case PG_QUERY__NODE__NODE_CREATE_PUBLICATION_STMT:
      case PG_QUERY__NODE__NODE_ALTER_PUBLICATION_STMT:
        return true;
      case PG_QUERY__NODE__NODE_GRANT_STMT:
      case PG_QUERY__NODE__NODE_GRANT_ROLE_STMT:
      case PG_QUERY__NODE__NODE_ALTER_DEFAULT_PRIVILEGES_STMT:
        return !o.keep_privileges;
      case PG_QUERY__NODE__NODE_ALTER_OWNER_STMT:
        return !o.keep_owners;
      case PG_QUERY__NODE__NODE_ALTER_TABLE_STMT: {
        const PgQuery__AlterTableStmt* a = s->alter_table_stmt;
        bool all_owner = a->n_cmds > 0;
        for (size_t c = 0; c < a->n_cmds; ++c)
          all_owner = all_owner && a->cmds[c]->node_case == PG_QUERY__NODE__NODE_ALTER_TABLE_CMD &&
                      a->cmds[c]->alter_table_cmd->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_ChangeOwner;
        return all_owner && !o.keep_owners;
      }
      default:
        return false;
    }
  }

  // ---- search_path lists

  struct Element {
    size_t begin, end;  // in the text the list sits in
    std::string value;
    char form;          // 'i' identifier, '\'' string literal token, 'l' element of a list inside a string
  };

  // Map the list's elements; an element that becomes a duplicate of an
  // earlier one goes, with the comma before it.
  void map_list(const std::vector<Element>& els, const Place& place, Edits& e) const {
    std::set<std::string> targets;  // what mapped elements become
    for (const Element& el : els)
      if (const std::string* to = target(el.value)) targets.insert(*to);
    if (targets.empty()) return;
    std::vector<std::string> seen;
    for (size_t j = 0; j < els.size(); ++j) {
      const std::string* to = target(els[j].value);
      std::string now = to ? *to : els[j].value;
      bool duplicate = j > 0 && std::find(seen.begin(), seen.end(), now) != seen.end();
      if (duplicate && (to != nullptr || targets.count(now) != 0)) {
        e.edits.push_back(Edit{place.at(els[j - 1].end), place.at(els[j].end), ""});
        ++e.how["search_path: removed " + quote_ident(els[j].value) + " (" + quote_ident(now) + " is already in it)"];
        continue;
      }
      seen.push_back(now);
      if (to == nullptr) continue;
      std::string text = quote_ident(*to);
      if (els[j].form == '\'') {
        text = "'";
        for (char c : *to) text += c == '\'' ? std::string("''") : std::string(1, c);
        text += "'";
      }
      e.edits.push_back(Edit{place.at(els[j].begin), place.at(els[j].end), place.write(text)});
      ++e.how["search_path: " + quote_ident(els[j].value) + " → " + quote_ident(*to)];
    }
  }

  // The elements of a search_path written as one string ('public, heroku_ext').
  static std::optional<std::vector<Element>> list_in_string(const std::string& s) {
    std::vector<Element> els;
    size_t p = 0;
    auto space = [&](size_t q) {
      return q < s.size() && (s[q] == ' ' || s[q] == '\t' || s[q] == '\n' || s[q] == '\r');
    };
    while (true) {
      while (space(p)) ++p;
      if (p >= s.size()) return els.empty() ? std::optional<std::vector<Element>>(els) : std::nullopt;
      Element el{p, p, "", 'l'};
      if (s[p] == '"') {
        ++p;
        while (p < s.size()) {
          if (s[p] == '"') {
            if (p + 1 < s.size() && s[p + 1] == '"') {
              el.value += '"';
              p += 2;
              continue;
            }
            break;
          }
          el.value += s[p++];
        }
        if (p >= s.size()) return std::nullopt;
        ++p;
      } else {
        while (p < s.size() && s[p] != ',' && !space(p)) el.value += s[p++];
        el.value = lower(el.value);
      }
      el.end = p;
      els.push_back(el);
      while (space(p)) ++p;
      if (p >= s.size()) return els;
      if (s[p] != ',') return std::nullopt;
      ++p;
    }
  }

  // The string-literal token at item offset `loc`, as content and Place.
  static std::optional<std::pair<std::string, Place>> literal_at(const Tokens& t, size_t loc) {
    size_t k = t.first_at_or_after(loc);
    if (k >= t.size() || static_cast<size_t>(t[k].start) != loc || !is(t[k], PG_QUERY__TOKEN__SCONST))
      return std::nullopt;
    return literal(t.text(k), loc);
  }

  // From the parse tree: search_path settings, set_config('search_path',
  // ...), reg* literals; and the ColumnRefs whose first name is a table or
  // alias that happens to be called like the schema (left alone).
  void tree_edits(const StatementContext& ctx, size_t i, Edits& e) {
    const Tokens& t = ctx.tokens();
    excluded_.clear();
    walk(ctx.statement(i), [&](const ProtobufCMessage* m, const char*) {
      if (auto* c = message_as<PgQuery__ColumnRef>(m, pg_query__column_ref__descriptor)) {
        const char* first = c->n_fields >= 2 ? node_string(c->fields[0]) : nullptr;
        if (first && target(first) && c->n_fields == 2 && c->location >= 0)
          excluded_.insert(static_cast<size_t>(c->location));
      } else if (auto* v = message_as<PgQuery__VariableSetStmt>(m, pg_query__variable_set_stmt__descriptor)) {
        if (v->kind != PG_QUERY__VARIABLE_SET_KIND__VAR_SET_VALUE || v->name == nullptr ||
            lower(v->name) != "search_path")
          return;
        std::vector<Element> els;
        for (size_t k = 0; k < v->n_args; ++k) {
          const char* value = node_const_string(v->args[k]);
          if (value == nullptr || v->args[k]->a_const->location < 0) return;
          size_t loc = static_cast<size_t>(v->args[k]->a_const->location);
          size_t tk = t.first_at_or_after(loc);
          if (tk >= t.size() || static_cast<size_t>(t[tk].start) != loc) return;
          char form = is(t[tk], PG_QUERY__TOKEN__SCONST) ? '\'' : 'i';
          if (form == '\'' && t.text(tk)[0] != '\'') return;  // E'' and friends: left alone
          els.push_back(Element{loc, static_cast<size_t>(t[tk].end), value, form});
        }
        map_list(els, Place{}, e);
      } else if (auto* f = message_as<PgQuery__FuncCall>(m, pg_query__func_call__descriptor)) {
        std::vector<std::string> name = node_strings(f->funcname, f->n_funcname);
        if (name.empty() || name.back() != "set_config" || f->n_args < 2) return;
        const char* setting = node_const_string(f->args[0]);
        if (setting == nullptr || lower(setting) != "search_path" || node_const_string(f->args[1]) == nullptr) return;
        int loc = f->args[1]->a_const->location;
        if (loc < 0) return;
        auto lit = literal_at(t, static_cast<size_t>(loc));
        if (!lit) return;
        if (auto els = list_in_string(lit->first)) map_list(*els, lit->second, e);
      } else if (auto* cast = message_as<PgQuery__TypeCast>(m, pg_query__type_cast__descriptor)) {
        static const std::set<std::string> reg = {"regclass",    "regproc",      "regprocedure", "regtype",
                                                  "regoper",     "regoperator",  "regnamespace", "regconfig",
                                                  "regdictionary", "regcollation"};
        if (cast->type_name == nullptr || node_const_string(cast->arg) == nullptr) return;
        std::vector<std::string> type = node_strings(cast->type_name->names, cast->type_name->n_names);
        if (type.empty() || reg.count(type.back()) == 0 || cast->arg->a_const->location < 0) return;
        auto lit = literal_at(t, static_cast<size_t>(cast->arg->a_const->location));
        if (!lit) return;
        Tokens inner(lit->first);
        if (type.back() == "regnamespace") {
          if (inner.size() == 1) {
            std::optional<std::string> id = token_identifier(inner[0], inner.text(0));
            if (id && target(*id)) {
              e.edits.push_back(Edit{lit->second.at(static_cast<size_t>(inner[0].start)),
                                     lit->second.at(static_cast<size_t>(inner[0].end)),
                                     lit->second.write(quote_ident(*target(*id)))});
              ++e.how[quote_ident(*id) + " → " + quote_ident(*target(*id))];
            }
          }
          return;
        }
        qualified(inner, 0, lit->first.size(), lit->second, false, e);
      }
    });
  }

  // CREATE EXTENSION ... [WITH] SCHEMA heroku_ext (an extension DB9 has) and
  // ALTER ... SET SCHEMA heroku_ext: the bare schema name after SCHEMA.
  void schema_clause(const StatementContext& ctx, size_t i, Edits& e) const {
    PgQuery__Node__NodeCase c = ctx.statement(i)->node_case;
    if (c != PG_QUERY__NODE__NODE_CREATE_EXTENSION_STMT && c != PG_QUERY__NODE__NODE_ALTER_OBJECT_SCHEMA_STMT) return;
    const Tokens& t = ctx.tokens();
    size_t end = ctx.statement_end(i);
    for (size_t k = t.first_at_or_after(ctx.statement_begin(i));
         k + 1 < t.size() && static_cast<size_t>(t[k].start) < end; ++k) {
      if (!is(t[k], PG_QUERY__TOKEN__SCHEMA)) continue;
      std::optional<std::string> id = token_identifier(t[k + 1], t.text(k + 1));
      if (!id || !target(*id) || (k + 2 < t.size() && is(t[k + 2], PG_QUERY__TOKEN__ASCII_46))) continue;
      e.edits.push_back(Edit{static_cast<size_t>(t[k + 1].start), static_cast<size_t>(t[k + 1].end),
                             quote_ident(*target(*id))});
      ++e.how[quote_ident(*id) + " → " + quote_ident(*target(*id))];
    }
  }

  // Identifier tokens naming the schema and followed by '.', in tokens
  // [k, ...) up to text offset `end`, of a text that sits at `place`.
  void qualified(const Tokens& t, size_t k, size_t end, const Place& place, bool top, Edits& e) const {
    for (; k + 2 < t.size() && static_cast<size_t>(t[k].start) < end; ++k) {
      if (!is(t[k + 1], PG_QUERY__TOKEN__ASCII_46)) continue;
      if (k > 0 && is(t[k - 1], PG_QUERY__TOKEN__ASCII_46)) continue;  // a.heroku_ext.b: not a schema
      std::optional<std::string> id = token_identifier(t[k], t.text(k));
      if (!id) continue;
      const std::string* to = target(*id);
      if (to == nullptr) continue;
      size_t start = static_cast<size_t>(t[k].start);
      if (top && excluded_.count(start) != 0) continue;
      std::optional<std::string> next = token_identifier(t[k + 2], t.text(k + 2));
      if (next && built_in(*next) && !(k + 3 < t.size() && is(t[k + 3], PG_QUERY__TOKEN__ASCII_46))) {
        e.edits.push_back(Edit{place.at(start), place.at(static_cast<size_t>(t[k + 1].end)), ""});
        ++e.how[quote_ident(*id) + "." + *next + " → " + *next + " (built into PostgreSQL and DB9)"];
      } else {
        e.edits.push_back(
            Edit{place.at(start), place.at(static_cast<size_t>(t[k].end)), place.write(quote_ident(*to))});
        ++e.how[quote_ident(*id) + " → " + quote_ident(*to)];
      }
    }
  }

  // Inside a SQL or PL/pgSQL body: qualified names, SET search_path and
  // set_config('search_path', ...); string literals inside the body are
  // left alone and counted.
  void body(const StatementContext& ctx, size_t i, Edits& e) const {
    std::string language;
    auto b = Extension::function_body(ctx, i, &language);
    if (!b) return;
    const std::string& text = b->first;
    if (!mentions(text, map_) && find_ci(text, "search_path") == std::string_view::npos) return;
    Tokens t(text);
    if (t.size() == 0) {
      if (mentions(text, map_)) e.left.push_back("its body could not be read as SQL; left unchanged: check it by hand");
      return;
    }
    qualified(t, 0, text.size(), b->second, false, e);
    size_t strings_left = 0;
    for (size_t k = 0; k < t.size(); ++k) {
      if (is(t[k], PG_QUERY__TOKEN__SCONST)) {
        // set_config('search_path', '<list>', ...)
        bool path = k >= 4 && is(t[k - 1], PG_QUERY__TOKEN__ASCII_44) && is(t[k - 2], PG_QUERY__TOKEN__SCONST) &&
                    lower(t.text(k - 2)) == "'search_path'" && is(t[k - 3], PG_QUERY__TOKEN__ASCII_40) &&
                    lower(t.text(k - 4)) == "set_config";
        auto lit = path ? literal(t.text(k), static_cast<size_t>(t[k].start)) : std::nullopt;
        auto els = lit ? list_in_string(lit->first) : std::nullopt;
        if (els) {
          for (Element& el : *els) {  // literal content → body positions
            el.begin = lit->second.at(el.begin);
            el.end = lit->second.at(el.end);
          }
          map_list(*els, b->second, e);
        } else if (mentions(t.text(k), map_)) {
          ++strings_left;
        }
        continue;
      }
      // SET [LOCAL] search_path { = | TO } a, b, ...
      if (lower(t.text(k)) != "search_path" || k == 0) continue;
      std::string before = lower(t.text(k - 1));
      if (before != "set" && before != "local" && before != "session") continue;
      size_t j = k + 1;
      if (j >= t.size() || !(is(t[j], PG_QUERY__TOKEN__ASCII_61) || is(t[j], PG_QUERY__TOKEN__TO))) continue;
      std::vector<Element> els;
      for (++j; j < t.size(); ++j) {
        std::optional<std::string> id = token_identifier(t[j], t.text(j));
        if (is(t[j], PG_QUERY__TOKEN__SCONST)) {
          auto lit = literal(t.text(j), 0);
          if (!lit || t.text(j)[0] != '\'') break;
          els.push_back(Element{static_cast<size_t>(t[j].start), static_cast<size_t>(t[j].end), lit->first, '\''});
        } else if (id) {
          els.push_back(Element{static_cast<size_t>(t[j].start), static_cast<size_t>(t[j].end), *id, 'i'});
        } else {
          break;
        }
        if (j + 1 >= t.size() || !is(t[j + 1], PG_QUERY__TOKEN__ASCII_44)) break;
        ++j;
      }
      map_list(els, b->second, e);
    }
    if (strings_left == 1)
      e.left.push_back("1 string literal in its body names the schema; left unchanged: check it by hand");
    else if (strings_left > 1)
      e.left.push_back(std::to_string(strings_left) +
                       " string literals in its body name the schema; left unchanged: check them by hand");
  }

  std::map<std::string, std::string> map_;  // FROM → TO, this statement's options
  std::set<size_t> excluded_;               // ColumnRef offsets: table.column, not schema.object
};

}  // namespace

std::vector<RuleInfo> extension_rules() {
  return {
      {"extension",
       "drop CREATE EXTENSION of what DB9 lacks (--allow-extension / --deny-extension adjust)",
       Action::Drop,
       "DB9 has the extensions http, uuid-ossp, hstore, fs9, pg_cron, parquet, zhparser, vector and embedding "
       "(and plpgsql); --allow-extension adds to that set and --deny-extension takes away from it. CREATE "
       "EXTENSION of any other is dropped, with the ALTER, COMMENT ON and DROP EXTENSION statements about it. "
       "Statements that use its objects are the extension-dependents rule's.",
       [] { return std::unique_ptr<Rule>(new Extension); }},
      {"heroku-ext",
       "map Heroku's heroku_ext schema to public (--map-schema FROM=TO): drop CREATE SCHEMA heroku_ext, rename "
       "heroku_ext.x",
       Action::Drop,
       "Heroku Postgres creates extensions in a schema of its own, heroku_ext; DB9 has none, so the schema is "
       "not created there (CREATE SCHEMA, ALTER SCHEMA, COMMENT ON SCHEMA, GRANT/REVOKE ON SCHEMA and DROP "
       "SCHEMA about it are dropped) and every reference to it names public instead, in place: qualified names "
       "anywhere in a statement (types, defaults, operator classes, view bodies), CREATE EXTENSION ... WITH "
       "SCHEMA for an extension DB9 has, search_path settings (SET, set_config, function SET clauses), reg* "
       "literals such as 'heroku_ext.t'::regclass, and the same inside SQL and PL/pgSQL function bodies. "
       "heroku_ext.gen_random_uuid() becomes gen_random_uuid(), which PostgreSQL and DB9 have built in. "
       "Comments, other string literals, quoted identifiers that merely contain the name and COPY data are "
       "never changed. --map-schema FROM=TO maps other schemas the same way (heroku_ext=public is the default).",
       [] { return std::unique_ptr<Rule>(new HerokuExt); }},
  };
}

}  // namespace db9
