// Rules about DDL and settings DB9 does not have: foreign data wrappers,
// event triggers, procedural languages and functions in languages other than
// SQL and PL/pgSQL, session_replication_role, pg_dump 18's statistics
// (unsupported); and client encodings other than UTF-8 (encoding).
#include <algorithm>
#include <cctype>
#include <cstring>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_set>
#include <utility>
#include <vector>

#include "rules/registry.hpp"

namespace db9 {

namespace {

// ---- local helpers ------------------------------------------------------------


// a.b.c of a list of String nodes, for messages.
std::string qlist(PgQuery__Node** names, size_t n) {
  std::string out;
  for (size_t k = 0; k < n; ++k) {
    if (k > 0) out += '.';
    out += names[k]->node_case == PG_QUERY__NODE__NODE_STRING ? quote_ident(names[k]->string->sval) : std::string("*");
  }
  return out;
}

// The statement as written, on one line, without its ';'.
std::string statement_text(const StatementContext& ctx, size_t i) { return text_before(ctx, i, ";"); }

// A string constant, also under a cast ('x'::text).
const char* const_string(const PgQuery__Node* n) {
  if (n != nullptr && n->node_case == PG_QUERY__NODE__NODE_TYPE_CAST) n = n->type_cast->arg;
  if (n == nullptr || n->node_case != PG_QUERY__NODE__NODE_A_CONST || n->a_const->isnull ||
      n->a_const->val_case != PG_QUERY__A__CONST__VAL_SVAL)
    return nullptr;
  return n->a_const->sval->sval;
}

// The last part of a function call's name, when it is f or pg_catalog.f.
std::string catalog_function(const PgQuery__FuncCall* f) {
  if (f->n_funcname == 0 || f->n_funcname > 2) return "";
  const char* last = node_string(f->funcname[f->n_funcname - 1]);
  if (last == nullptr) return "";
  if (f->n_funcname == 2) {
    const char* schema = node_string(f->funcname[0]);
    if (schema == nullptr || std::strcmp(schema, "pg_catalog") != 0) return "";
  }
  return last;
}

// SELECT [pg_catalog.]set_config('NAME', 'VALUE', ...) as the only target
// and nothing else: (name, value).
std::optional<std::pair<std::string, std::string>> set_config_call(const PgQuery__Node* s) {
  if (s->node_case != PG_QUERY__NODE__NODE_SELECT_STMT) return std::nullopt;
  const PgQuery__SelectStmt* sel = s->select_stmt;
  if (sel->op != PG_QUERY__SET_OPERATION__SETOP_NONE || sel->n_from_clause != 0 || sel->n_target_list != 1 ||
      sel->where_clause != nullptr)
    return std::nullopt;
  const PgQuery__Node* t = sel->target_list[0];
  if (t->node_case != PG_QUERY__NODE__NODE_RES_TARGET || t->res_target->val == nullptr ||
      t->res_target->val->node_case != PG_QUERY__NODE__NODE_FUNC_CALL)
    return std::nullopt;
  const PgQuery__FuncCall* f = t->res_target->val->func_call;
  if (catalog_function(f) != "set_config" || f->n_args < 2) return std::nullopt;
  const char* name = const_string(f->args[0]);
  const char* value = const_string(f->args[1]);
  if (name == nullptr || value == nullptr) return std::nullopt;
  return std::make_pair(lower(name), std::string(value));
}

// SET NAME = VALUE / SET NAME TO DEFAULT / RESET NAME: the value ("" for
// DEFAULT and RESET), when this sets `name`.
std::optional<std::string> set_value(const PgQuery__Node* s, std::string_view name) {
  if (s->node_case != PG_QUERY__NODE__NODE_VARIABLE_SET_STMT) {
    auto call = set_config_call(s);
    if (call && call->first == name) return call->second;
    return std::nullopt;
  }
  const PgQuery__VariableSetStmt* v = s->variable_set_stmt;
  if (v->name == nullptr || lower(v->name) != name) return std::nullopt;
  if (v->kind == PG_QUERY__VARIABLE_SET_KIND__VAR_SET_VALUE && v->n_args >= 1) {
    const PgQuery__Node* a = v->args[0];
    if (const char* sv = const_string(a)) return std::string(sv);
    if (a->node_case == PG_QUERY__NODE__NODE_A_CONST && a->a_const->val_case == PG_QUERY__A__CONST__VAL_IVAL)
      return std::to_string(a->a_const->ival->ival);
    return std::string("?");
  }
  if (v->kind == PG_QUERY__VARIABLE_SET_KIND__VAR_SET_DEFAULT || v->kind == PG_QUERY__VARIABLE_SET_KIND__VAR_RESET)
    return std::string();
  return std::nullopt;
}

std::string type_key(const PgQuery__TypeName* t) {
  if (t == nullptr) return "?";
  std::string k = name_list(t->names, t->n_names);
  if (t->pct_type) k += "%TYPE";
  for (size_t a = 0; a < t->n_array_bounds; ++a) k += "[]";
  return k;
}

// A routine's identity: name(input argument types), with and without schema.
struct Signature {
  std::string full, bare, name, bare_name;
};

Signature signature(PgQuery__Node** names, size_t n_names, const std::vector<std::string>& types) {
  Signature s;
  s.name = name_list(names, n_names);
  s.bare_name = n_names > 0 ? name_list(names + n_names - 1, 1) : "";
  std::string args = "(";
  for (size_t k = 0; k < types.size(); ++k) args += (k ? "," : "") + types[k];
  args += ")";
  s.full = s.name + args;
  s.bare = s.bare_name + args;
  return s;
}

Signature signature(const PgQuery__CreateFunctionStmt* f) {
  std::vector<std::string> types;
  for (size_t k = 0; k < f->n_parameters; ++k) {
    if (f->parameters[k]->node_case != PG_QUERY__NODE__NODE_FUNCTION_PARAMETER) continue;
    const PgQuery__FunctionParameter* p = f->parameters[k]->function_parameter;
    if (p->mode == PG_QUERY__FUNCTION_PARAMETER_MODE__FUNC_PARAM_OUT ||
        p->mode == PG_QUERY__FUNCTION_PARAMETER_MODE__FUNC_PARAM_TABLE)
      continue;
    types.push_back(type_key(p->arg_type));
  }
  return signature(f->funcname, f->n_funcname, types);
}

bool kept_language(const std::string& lang) { return lang == "sql" || lang == "plpgsql"; }

// "source" name as the object nodes of COMMENT, DROP, GRANT ... give it.
std::string object_name(const PgQuery__Node* n) {
  if (n == nullptr) return "";
  switch (n->node_case) {
    case PG_QUERY__NODE__NODE_STRING: return n->string->sval ? n->string->sval : "";
    case PG_QUERY__NODE__NODE_LIST: return name_list(n->list->items, n->list->n_items);
    case PG_QUERY__NODE__NODE_RANGE_VAR: return qualified_name(n->range_var);
    case PG_QUERY__NODE__NODE_OBJECT_WITH_ARGS:
      return name_list(n->object_with_args->objname, n->object_with_args->n_objname);
    default: return "";
  }
}

// Every TypeName under a node.
std::vector<const PgQuery__TypeName*> type_names_in(const ProtobufCMessage* root) {
  std::vector<const PgQuery__TypeName*> out;
  walk_messages(root, [&](const ProtobufCMessage* m) {
    if (m->descriptor == &pg_query__type_name__descriptor) out.push_back(reinterpret_cast<const PgQuery__TypeName*>(m));
  });
  return out;
}

// "name = value" options of CREATE TYPE / OPERATOR / AGGREGATE / RANGE whose
// value names a function (FUNCTION = public.f): the name list.
const PgQuery__TypeName* def_type_name(const PgQuery__DefElem* d) {
  if (d == nullptr || d->arg == nullptr || d->arg->node_case != PG_QUERY__NODE__NODE_TYPE_NAME) return nullptr;
  return d->arg->type_name;
}

// ---- unsupported ----------------------------------------------------------------

constexpr const char* kNoFdw = "DB9 has no foreign data wrappers";
constexpr const char* kNoEventTriggers = "DB9 has no event triggers";
constexpr const char* kLanguages = "DB9 runs only SQL and PL/pgSQL functions";

class Unsupported : public Rule {
 public:
  void check(StatementContext& ctx) override {
    for (size_t i = 0; i < ctx.statement_count(); ++i) {
      size_t before = ctx.findings().size();
      one(ctx, i);
      // Anything else that names a type dropped above.
      if (ctx.findings().size() == before && !type_bare_.empty()) uses_dropped(ctx, i);
    }
  }

 private:
  // What this run dropped, for the statements that name it later.
  std::set<std::string> functions_;        // Signature full and bare
  std::set<std::string> function_names_;   // Signature name and bare_name
  std::set<std::string> foreign_tables_;   // as written, and without schema
  // Types dropped (base types, and the domains and ranges over them):
  // "schema.name" and "schema._name" (its array type) as raw names, the
  // bare names, and the bare names of those created without a schema.
  std::set<std::string> types_, type_bare_, type_loose_;
  std::set<std::string> operators_;        // name(left,right), with and without schema
  std::set<std::string> triggers_;         // "table trigger", table as written and without schema
  std::set<std::string> function_loose_;   // dropped functions created without a schema (bare name)
  std::set<std::string> kept_function_names_;  // Signature name and bare_name of functions kept
  std::set<std::string> opclasses_;        // operator classes dropped, with and without schema
  // A cheap filter before a statement's tree is searched for those: the
  // first word of each dropped name, lower case (all_ when one has none).
  std::unordered_set<std::string> filter_;
  bool filter_all_ = false;

  static bool word_byte(unsigned char c) {
    return std::isalnum(c) || c == '_' || c == '$' || c >= 0x80;
  }
  void add_filter(std::string_view raw) {
    size_t b = 0;
    while (b < raw.size() && !word_byte(static_cast<unsigned char>(raw[b]))) ++b;
    size_t e = b;
    while (e < raw.size() && word_byte(static_cast<unsigned char>(raw[e]))) ++e;
    if (b == e) {
      filter_all_ = true;
      return;
    }
    filter_.insert(lower(raw.substr(b, e - b)));
  }
  // Whether statement i holds a word that starts a dropped name.
  bool worth_a_look(const StatementContext& ctx, size_t i) const {
    if (filter_all_) return true;
    std::string_view t = ctx.text();
    size_t end = std::min(ctx.statement_end(i), t.size());
    std::string word;
    for (size_t k = ctx.statement_begin(i); k < end;) {
      if (!word_byte(static_cast<unsigned char>(t[k]))) {
        ++k;
        continue;
      }
      size_t b = k;
      while (k < end && word_byte(static_cast<unsigned char>(t[k]))) ++k;
      word = lower(t.substr(b, k - b));
      if (filter_.count(word) != 0) return true;
    }
    return false;
  }

  static bool fdw_object(PgQuery__ObjectType t) {
    return t == PG_QUERY__OBJECT_TYPE__OBJECT_FDW || t == PG_QUERY__OBJECT_TYPE__OBJECT_FOREIGN_SERVER ||
           t == PG_QUERY__OBJECT_TYPE__OBJECT_FOREIGN_TABLE || t == PG_QUERY__OBJECT_TYPE__OBJECT_USER_MAPPING;
  }
  static bool routine_object(PgQuery__ObjectType t) {
    return t == PG_QUERY__OBJECT_TYPE__OBJECT_FUNCTION || t == PG_QUERY__OBJECT_TYPE__OBJECT_PROCEDURE ||
           t == PG_QUERY__OBJECT_TYPE__OBJECT_ROUTINE || t == PG_QUERY__OBJECT_TYPE__OBJECT_AGGREGATE;
  }
  static const char* why(PgQuery__ObjectType t) {
    if (t == PG_QUERY__OBJECT_TYPE__OBJECT_EVENT_TRIGGER) return kNoEventTriggers;
    if (t == PG_QUERY__OBJECT_TYPE__OBJECT_LANGUAGE) return kLanguages;
    return kNoFdw;
  }

  bool dropped_routine(const PgQuery__Node* n) const {
    if (n == nullptr || n->node_case != PG_QUERY__NODE__NODE_OBJECT_WITH_ARGS) return false;
    const PgQuery__ObjectWithArgs* o = n->object_with_args;
    bool qualified = o->n_objname > 1;
    if (o->args_unspecified) {
      std::string name = name_list(o->objname, o->n_objname);
      return function_names_.count(name) != 0;
    }
    std::vector<std::string> types;
    for (size_t k = 0; k < o->n_objargs; ++k)
      types.push_back(o->objargs[k]->node_case == PG_QUERY__NODE__NODE_TYPE_NAME ? type_key(o->objargs[k]->type_name)
                                                                                 : "?");
    Signature s = signature(o->objname, o->n_objname, types);
    return functions_.count(qualified ? s.full : s.bare) != 0;
  }
  // A trigger's function: it takes no arguments.
  bool dropped_trigger_function(PgQuery__Node** names, size_t n) const {
    Signature s = signature(names, n, {});
    return functions_.count(n > 1 ? s.full : s.bare) != 0;
  }
  bool dropped_foreign_table(const std::string& name) const { return foreign_tables_.count(name) != 0; }
  bool dropped_foreign_table(const PgQuery__RangeVar* r) const {
    return r != nullptr && dropped_foreign_table(qualified_name(r));
  }
  // COMMENT ON COLUMN / SECURITY LABEL ON COLUMN: [schema.]table.column
  bool dropped_foreign_column(const PgQuery__Node* n) const {
    if (n == nullptr || n->node_case != PG_QUERY__NODE__NODE_LIST || n->list->n_items < 2) return false;
    return dropped_foreign_table(name_list(n->list->items, n->list->n_items - 1));
  }
  void remember_foreign_table(const PgQuery__RangeVar* r) {
    if (r == nullptr) return;
    foreign_tables_.insert(qualified_name(r));
    if (r->relname != nullptr) foreign_tables_.insert(r->relname);
  }
  void remember_function(const PgQuery__CreateFunctionStmt* f) {
    Signature s = signature(f);
    functions_.insert(s.full);
    functions_.insert(s.bare);
    function_names_.insert(s.name);
    function_names_.insert(s.bare_name);
    if (f->n_funcname == 1) function_loose_.insert(s.bare_name);
    if (f->n_funcname > 0)
      if (const char* last = node_string(f->funcname[f->n_funcname - 1])) add_filter(last);
  }


  // ---- types, operators, aggregates and triggers that went with a dropped function

  void remember_type(const std::vector<std::string>& parts) {
    if (parts.empty()) return;
    std::string schema = parts.size() > 1 ? parts[parts.size() - 2] + "." : "";
    add_filter(parts.back());
    for (const std::string& b : {parts.back(), "_" + parts.back()}) {
      types_.insert(schema + b);
      type_bare_.insert(b);
      if (schema.empty()) type_loose_.insert(b);
    }
  }
  bool dropped_type(const std::vector<std::string>& parts) const {
    if (parts.empty() || type_bare_.empty()) return false;
    const std::string& bare = parts.back();
    if (parts.size() == 1) return type_bare_.count(bare) != 0;
    if (parts[parts.size() - 2] == "pg_catalog") return false;
    return types_.count(parts[parts.size() - 2] + "." + bare) != 0 || type_loose_.count(bare) != 0;
  }
  bool dropped_type(const PgQuery__TypeName* t) const {
    return t != nullptr && !t->pct_type && dropped_type(node_strings(t->names, t->n_names));
  }
  // COMMENT ON TYPE x (a TypeName), ALTER TYPE x OWNER TO, GRANT ON TYPE (name lists).
  bool dropped_type(const PgQuery__Node* n) const {
    if (n == nullptr) return false;
    if (n->node_case == PG_QUERY__NODE__NODE_TYPE_NAME) return dropped_type(n->type_name);
    if (n->node_case == PG_QUERY__NODE__NODE_LIST) return dropped_type(node_strings(n->list->items, n->list->n_items));
    return false;
  }
  // A function named without arguments (FUNCTION = f in CREATE OPERATOR ...).
  bool dropped_function_name(const PgQuery__TypeName* t) const {
    if (t == nullptr || t->n_names == 0) return false;
    return function_names_.count(t->n_names > 1 ? name_list(t->names, t->n_names)
                                                : name_list(t->names + t->n_names - 1, 1)) != 0;
  }
  static std::string op_arg(const PgQuery__Node* n) {
    return n != nullptr && n->node_case == PG_QUERY__NODE__NODE_TYPE_NAME ? type_key(n->type_name) : "NONE";
  }
  void remember_operator(PgQuery__Node** names, size_t n, const std::string& left, const std::string& right) {
    Signature s = signature(names, n, {left, right});
    operators_.insert(s.full);
    operators_.insert(s.bare);
  }
  bool dropped_operator(const PgQuery__ObjectWithArgs* o, const std::string& default_arg = "") const {
    if (o == nullptr || operators_.empty()) return false;
    std::vector<std::string> args;
    for (size_t k = 0; k < o->n_objargs; ++k) args.push_back(op_arg(o->objargs[k]));
    if (args.empty() && !default_arg.empty()) args = {default_arg, default_arg};
    Signature s = signature(o->objname, o->n_objname, args);
    return operators_.count(o->n_objname > 1 ? s.full : s.bare) != 0;
  }
  bool dropped_operator(const PgQuery__Node* n) const {
    return n != nullptr && n->node_case == PG_QUERY__NODE__NODE_OBJECT_WITH_ARGS && dropped_operator(n->object_with_args);
  }
  void remember_trigger(const PgQuery__RangeVar* r, const char* trigger) {
    if (r == nullptr || trigger == nullptr) return;
    triggers_.insert(qualified_name(r) + " " + quote_ident(trigger));
    if (r->relname != nullptr) triggers_.insert(quote_ident(r->relname) + " " + quote_ident(trigger));
  }
  bool dropped_trigger(const std::string& table, const char* trigger) const {
    return trigger != nullptr && triggers_.count(table + " " + quote_ident(trigger)) != 0;
  }
  // COMMENT ON TRIGGER t ON [schema.]table: the list [schema,] table, t.
  bool dropped_trigger(const PgQuery__Node* n) const {
    if (n == nullptr || n->node_case != PG_QUERY__NODE__NODE_LIST || n->list->n_items < 2) return false;
    return dropped_trigger(name_list(n->list->items, n->list->n_items - 1), node_string(n->list->items[n->list->n_items - 1]));
  }
  static const PgQuery__DefElem* def_elem(const PgQuery__Node* n) {
    return n != nullptr && n->node_case == PG_QUERY__NODE__NODE_DEF_ELEM ? n->def_elem : nullptr;
  }

  // CREATE TYPE (shell and base), CREATE OPERATOR, CREATE AGGREGATE.
  void define(StatementContext& ctx, size_t i) {
    const PgQuery__DefineStmt* d = ctx.statement(i)->define_stmt;
    size_t at = ctx.statement_begin(i);
    std::string name = name_list(d->defnames, d->n_defnames);
    static const std::set<std::string> type_functions = {"input",    "output",    "receive", "send",
                                                         "typmod_in", "typmod_out", "analyze", "subscript"};
    static const std::set<std::string> operator_functions = {"function", "procedure", "restrict", "join"};
    static const std::set<std::string> aggregate_functions = {"sfunc",        "finalfunc", "combinefunc",
                                                              "serialfunc",   "deserialfunc", "msfunc",
                                                              "minvfunc",     "mfinalfunc"};
    static const std::set<std::string> aggregate_types = {"stype", "mstype", "basetype"};
    if (d->kind == PG_QUERY__OBJECT_TYPE__OBJECT_TYPE) {
      if (d->n_definition == 0 && d->n_args == 0) {
        ctx.drop(i, at, "CREATE TYPE " + name + " (a shell type)", Severity::Note,
                 "a shell type only stands in for a base type until its input and output functions exist, and "
                 "those are C functions, which DB9 cannot have (a range type does not need it)");
        ctx.findings().back().because = "a shell type";
        return;
      }
      std::vector<std::string> gone;
      for (size_t k = 0; k < d->n_definition; ++k) {
        const PgQuery__DefElem* e = def_elem(d->definition[k]);
        if (e == nullptr || e->defname == nullptr || type_functions.count(lower(e->defname)) == 0) continue;
        const PgQuery__TypeName* f = def_type_name(e);
        if (dropped_function_name(f)) gone.push_back(lower(e->defname) + " function " + name_list(f->names, f->n_names));
      }
      remember_type(node_strings(d->defnames, d->n_defnames));
      std::string why;
      for (size_t k = 0; k < gone.size(); ++k) why += (k ? ", " : "its ") + gone[k];
      why += gone.empty() ? "DB9 cannot have base types: their input and output functions must be C"
                          : (gone.size() == 1 ? " was" : " were") + std::string(" dropped above (DB9 runs no C)");
      ctx.drop(i, at, "CREATE TYPE " + name + " (a base type)", Severity::Warning,
               why + "; columns of this type become text, and what else uses it is reported");
      ctx.findings().back().because = "a base type, whose input and output functions are C";
      return;
    }
    bool op = d->kind == PG_QUERY__OBJECT_TYPE__OBJECT_OPERATOR;
    if (!op && d->kind != PG_QUERY__OBJECT_TYPE__OBJECT_AGGREGATE) return;
    std::string cause;
    std::string left = "NONE", right = "NONE";
    std::vector<std::string> args;
    // CREATE AGGREGATE f(args): a list of FunctionParameters, then an Integer.
    if (!op && d->n_args > 0 && d->args[0]->node_case == PG_QUERY__NODE__NODE_LIST) {
      const PgQuery__List* l = d->args[0]->list;
      for (size_t k = 0; k < l->n_items; ++k) {
        if (l->items[k]->node_case != PG_QUERY__NODE__NODE_FUNCTION_PARAMETER) continue;
        const PgQuery__TypeName* t = l->items[k]->function_parameter->arg_type;
        args.push_back(type_key(t));
        if (cause.empty() && dropped_type(t)) cause = "its argument type " + type_key(t) + " was dropped above";
      }
    }
    for (size_t k = 0; k < d->n_definition; ++k) {
      const PgQuery__DefElem* e = def_elem(d->definition[k]);
      if (e == nullptr || e->defname == nullptr) continue;
      std::string key = lower(e->defname);
      const PgQuery__TypeName* t = def_type_name(e);
      if (t == nullptr) continue;
      if (op && key == "leftarg") left = type_key(t);
      if (op && key == "rightarg") right = type_key(t);
      if (!op && key == "basetype" && lower(type_key(t)) != "\"any\"") args = {type_key(t)};
      bool type_arg = op ? key == "leftarg" || key == "rightarg" : aggregate_types.count(key) != 0;
      if (type_arg && cause.empty() && dropped_type(t))
        cause = "its " + key + " type " + type_key(t) + " was dropped above";
      bool function_arg = op ? operator_functions.count(key) != 0 : aggregate_functions.count(key) != 0;
      if (function_arg && cause.empty() && dropped_function_name(t))
        cause = "its " + key + " " + name_list(t->names, t->n_names) + " was dropped above";
    }
    if (cause.empty()) return;
    if (op) {
      remember_operator(d->defnames, d->n_defnames, left, right);
      std::string written;
      for (const std::string& part : node_strings(d->defnames, d->n_defnames)) written += (written.empty() ? "" : ".") + part;
      ctx.drop(i, at, "CREATE OPERATOR " + written + " (" + left + ", " + right + ")", Severity::Warning, cause);
    } else {
      Signature s = signature(d->defnames, d->n_defnames, args);
      functions_.insert(s.full);
      functions_.insert(s.bare);
      function_names_.insert(s.name);
      function_names_.insert(s.bare_name);
      if (const char* last = node_string(d->defnames[d->n_defnames - 1])) add_filter(last);
      ctx.drop(i, at, "CREATE AGGREGATE " + s.full, Severity::Warning, cause);
    }
  }

  // The bytes of a TypeName's name and modifiers (public.widget(42,13)),
  // without array bounds; nothing when the tokens do not line up.
  std::optional<std::pair<size_t, size_t>> type_span(const StatementContext& ctx, const PgQuery__TypeName* t) const {
    if (t == nullptr || t->location < 0 || t->n_names == 0 || t->setof || t->pct_type) return std::nullopt;
    const Tokens& tk = ctx.tokens();
    size_t k = tk.first_at_or_after(static_cast<size_t>(t->location));
    if (k >= tk.size() || tk[k].start != t->location) return std::nullopt;
    size_t last = k;
    for (size_t part = 1; part < t->n_names; ++part) {
      size_t dot = code_token(tk, last + 1);
      if (dot >= tk.size() || tk.text(dot) != ".") return std::nullopt;
      last = code_token(tk, dot + 1);
      if (last >= tk.size()) return std::nullopt;
    }
    if (t->n_typmods > 0) {
      size_t open = code_token(tk, last + 1);
      if (open >= tk.size() || tk.text(open) != "(") return std::nullopt;
      int depth = 0;
      size_t k2 = open;
      for (; k2 < tk.size(); ++k2) {
        if (is_comment(tk[k2])) continue;
        if (tk.text(k2) == "(") ++depth;
        if (tk.text(k2) == ")" && --depth == 0) break;
      }
      if (k2 >= tk.size()) return std::nullopt;
      last = k2;
    }
    return std::make_pair(static_cast<size_t>(t->location), token_end(ctx.text(), tk, last));
  }

  // A type as the statement writes it (integer, not pg_catalog.int4).
  std::string written_type(const StatementContext& ctx, const PgQuery__TypeName* t) const {
    auto span = type_span(ctx, t);
    if (span) return code_text(ctx, span->first, span->second);
    std::vector<std::string> parts = t != nullptr ? node_strings(t->names, t->n_names) : std::vector<std::string>{};
    if (parts.size() == 2 && parts[0] == "pg_catalog") return parts[1];  // integer is pg_catalog.int4
    return type_key(t);
  }

  // A statement that names a dropped type. Where only column types name it
  // (CREATE TABLE, CREATE TYPE AS, ALTER TABLE ADD COLUMN / ALTER COLUMN
  // TYPE), those columns become text; anything else is reported.
  void uses_dropped(StatementContext& ctx, size_t i) {
    if (!worth_a_look(ctx, i)) return;
    const PgQuery__Node* s = ctx.statement(i);
    // OWNER TO and GRANT are the owner and privileges rules' (and about()
    // and grant() take those of dropped objects with --keep-*). Calls of
    // dropped functions and indexes on dropped operator classes are the
    // cascade's (extension-dependents, through the model).
    if (s->node_case == PG_QUERY__NODE__NODE_ALTER_OWNER_STMT ||
        (s->node_case == PG_QUERY__NODE__NODE_GRANT_STMT && !ctx.options().keep_privileges))
      return;
    std::vector<const PgQuery__TypeName*> used;
    for (const PgQuery__TypeName* t : type_names_in(reinterpret_cast<const ProtobufCMessage*>(s)))
      if (dropped_type(t)) used.push_back(t);
    if (used.empty()) return;
    // The columns of this statement: TypeName -> column name.
    std::string object;
    std::vector<std::pair<const PgQuery__TypeName*, std::string>> columns;
    auto column = [&](const PgQuery__Node* n) {
      if (n != nullptr && n->node_case == PG_QUERY__NODE__NODE_COLUMN_DEF && n->column_def->type_name != nullptr)
        columns.emplace_back(n->column_def->type_name, n->column_def->colname ? n->column_def->colname : "?");
    };
    if (s->node_case == PG_QUERY__NODE__NODE_CREATE_STMT) {
      object = "CREATE TABLE " + qualified_name(s->create_stmt->relation);
      for (size_t k = 0; k < s->create_stmt->n_table_elts; ++k) column(s->create_stmt->table_elts[k]);
    } else if (s->node_case == PG_QUERY__NODE__NODE_COMPOSITE_TYPE_STMT) {
      object = "CREATE TYPE " + qualified_name(s->composite_type_stmt->typevar);
      for (size_t k = 0; k < s->composite_type_stmt->n_coldeflist; ++k) column(s->composite_type_stmt->coldeflist[k]);
    } else if (s->node_case == PG_QUERY__NODE__NODE_ALTER_TABLE_STMT) {
      const PgQuery__AlterTableStmt* a = s->alter_table_stmt;
      object = (a->objtype == PG_QUERY__OBJECT_TYPE__OBJECT_TYPE ? "ALTER TYPE " : "ALTER TABLE ") +
               qualified_name(a->relation);
      for (size_t k = 0; k < a->n_cmds; ++k) {
        if (a->cmds[k]->node_case != PG_QUERY__NODE__NODE_ALTER_TABLE_CMD) continue;
        const PgQuery__AlterTableCmd* c = a->cmds[k]->alter_table_cmd;
        if (c->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_AddColumn ||
            c->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_AlterColumnType)
          column(c->def);
      }
    }
    bool clean = !columns.empty();
    std::vector<std::pair<std::string, std::pair<size_t, size_t>>> edits;  // column, span
    for (const PgQuery__TypeName* t : used) {
      if (!clean) break;
      auto c = std::find_if(columns.begin(), columns.end(), [&](const auto& p) { return p.first == t; });
      auto span = c == columns.end() ? std::nullopt : type_span(ctx, t);
      if (!span) {
        clean = false;
        break;
      }
      edits.emplace_back(c->second, *span);
    }
    if (clean) {
      for (const auto& [name, span] : edits) {
        std::string written = code_text(ctx, span.first, span.second);
        ctx.rewrite(span.first, object + " column " + quote_ident(name), "type " + written + " → text",
                    {Edit{span.first, span.second, "text"}}, Severity::Warning,
                    "the type was dropped above (DB9 runs no C); the column keeps the values' text form");
      }
      return;
    }
    std::string names;
    std::set<std::string> seen;
    for (const PgQuery__TypeName* t : used) {
      std::string n = name_list(t->names, t->n_names);
      if (seen.insert(n).second) names += (names.empty() ? "" : ", ") + n;
    }
    std::string uses = "type " + names;
    if (object.empty()) object = text_before(ctx, i, "");
    ctx.note(ctx.statement_begin(i),
             object + " uses " + uses + ", dropped above: the import will fail here; edit this statement by hand",
             Severity::Error);
  }

  // ALTER TABLE t ENABLE / DISABLE TRIGGER x of a dropped trigger.
  void trigger_commands(StatementContext& ctx, size_t i) {
    const PgQuery__AlterTableStmt* a = ctx.statement(i)->alter_table_stmt;
    if (triggers_.empty() || a->relation == nullptr) return;
    std::string table = qualified_name(a->relation);
    std::vector<bool> remove(a->n_cmds, false);
    size_t n = 0;
    std::string names;
    for (size_t c = 0; c < a->n_cmds; ++c) {
      if (a->cmds[c]->node_case != PG_QUERY__NODE__NODE_ALTER_TABLE_CMD) continue;
      const PgQuery__AlterTableCmd* cmd = a->cmds[c]->alter_table_cmd;
      switch (cmd->subtype) {
        case PG_QUERY__ALTER_TABLE_TYPE__AT_EnableTrig:
        case PG_QUERY__ALTER_TABLE_TYPE__AT_EnableAlwaysTrig:
        case PG_QUERY__ALTER_TABLE_TYPE__AT_EnableReplicaTrig:
        case PG_QUERY__ALTER_TABLE_TYPE__AT_DisableTrig:
          if (dropped_trigger(table, cmd->name) || dropped_trigger(quote_ident(a->relation->relname), cmd->name)) {
            remove[c] = true;
            ++n;
            names += (names.empty() ? "" : ", ") + quote_ident(cmd->name);
          }
          break;
        default:
          break;
      }
    }
    if (n == 0) return;
    size_t at = ctx.statement_begin(i);
    std::string detail = "the trigger " + names + " was dropped above";
    if (n == a->n_cmds) {
      ctx.drop(i, at, statement_text(ctx, i), Severity::Note, detail);
      return;
    }
    std::vector<std::pair<size_t, size_t>> spans = alter_table_command_spans(ctx, i);
    if (spans.size() != a->n_cmds) {
      ctx.note(at, statement_text(ctx, i) + ": names the trigger " + names + ", dropped above: the import will fail here",
               Severity::Error);
      return;
    }
    ctx.rewrite(at, "ALTER TABLE " + table, "removed ENABLE/DISABLE TRIGGER " + names, remove_commands(spans, remove),
                Severity::Note, detail);
  }

  // Whether statement i may be this rule's, before its tree is unpacked:
  // statements about other objects matter only once something was dropped
  // (or when they name a kind of object DB9 lacks).
  bool worth_unpacking(const StatementContext& ctx, size_t i) const {
    bool dropped_any = !functions_.empty() || !foreign_tables_.empty() || !types_.empty() || !operators_.empty() ||
                       !triggers_.empty() || !opclasses_.empty();
    switch (ctx.statement_type(i)) {
      case PG_QUERY__NODE__NODE_ALTER_OWNER_STMT:
        return ctx.options().keep_owners;
      case PG_QUERY__NODE__NODE_GRANT_STMT:
        return ctx.options().keep_privileges;
      case PG_QUERY__NODE__NODE_ALTER_SEQ_STMT:
        return !foreign_tables_.empty();
      case PG_QUERY__NODE__NODE_ALTER_FUNCTION_STMT:
        return !functions_.empty();
      case PG_QUERY__NODE__NODE_ALTER_TABLE_STMT:
        return dropped_any || ctx.mentions(i, "foreign");
      case PG_QUERY__NODE__NODE_COMMENT_STMT:
      case PG_QUERY__NODE__NODE_SEC_LABEL_STMT:
      case PG_QUERY__NODE__NODE_RENAME_STMT:
      case PG_QUERY__NODE__NODE_ALTER_OBJECT_SCHEMA_STMT:
      case PG_QUERY__NODE__NODE_ALTER_OBJECT_DEPENDS_STMT:
      case PG_QUERY__NODE__NODE_DROP_STMT:
        if (dropped_any) return true;
        for (std::string_view w : {"foreign", "server", "wrapper", "mapping", "event", "language"})
          if (ctx.mentions(i, w)) return true;
        return false;
      default:
        return true;
    }
  }

  void one(StatementContext& ctx, size_t i) {
    if (!worth_unpacking(ctx, i)) return;
    const PgQuery__Node* s = ctx.statement(i);
    size_t at = ctx.statement_begin(i);
    bool keep_owners = ctx.options().keep_owners, keep_privileges = ctx.options().keep_privileges;
    switch (s->node_case) {
      // Foreign data wrappers, servers, user mappings, foreign tables.
      case PG_QUERY__NODE__NODE_CREATE_FDW_STMT:
        ctx.drop(i, at, "CREATE FOREIGN DATA WRAPPER " + quote_ident(s->create_fdw_stmt->fdwname), Severity::Warning,
                 kNoFdw);
        return;
      case PG_QUERY__NODE__NODE_ALTER_FDW_STMT:
        ctx.drop(i, at, "ALTER FOREIGN DATA WRAPPER " + quote_ident(s->alter_fdw_stmt->fdwname), Severity::Note,
                 kNoFdw);
        return;
      case PG_QUERY__NODE__NODE_CREATE_FOREIGN_SERVER_STMT: {
        const PgQuery__CreateForeignServerStmt* c = s->create_foreign_server_stmt;
        // Options are not shown: they may hold credentials.
        ctx.drop(i, at, "CREATE SERVER " + quote_ident(c->servername) + " FOREIGN DATA WRAPPER " + quote_ident(c->fdwname),
                 Severity::Warning, kNoFdw);
        return;
      }
      case PG_QUERY__NODE__NODE_ALTER_FOREIGN_SERVER_STMT:
        ctx.drop(i, at, "ALTER SERVER " + quote_ident(s->alter_foreign_server_stmt->servername), Severity::Note,
                 kNoFdw);
        return;
      case PG_QUERY__NODE__NODE_CREATE_USER_MAPPING_STMT:
        ctx.drop(i, at,
                 "CREATE USER MAPPING FOR " + role(s->create_user_mapping_stmt->user) + " SERVER " +
                     quote_ident(s->create_user_mapping_stmt->servername),
                 Severity::Warning, kNoFdw);
        return;
      case PG_QUERY__NODE__NODE_ALTER_USER_MAPPING_STMT:
        ctx.drop(i, at,
                 "ALTER USER MAPPING FOR " + role(s->alter_user_mapping_stmt->user) + " SERVER " +
                     quote_ident(s->alter_user_mapping_stmt->servername),
                 Severity::Note, kNoFdw);
        return;
      case PG_QUERY__NODE__NODE_DROP_USER_MAPPING_STMT:
        ctx.drop(i, at, statement_text(ctx, i), Severity::Note, kNoFdw);
        return;
      case PG_QUERY__NODE__NODE_CREATE_FOREIGN_TABLE_STMT: {
        const PgQuery__CreateForeignTableStmt* c = s->create_foreign_table_stmt;
        const PgQuery__RangeVar* r = c->base_stmt ? c->base_stmt->relation : nullptr;
        remember_foreign_table(r);
        ctx.drop(i, at, "CREATE FOREIGN TABLE " + qualified_name(r) + " SERVER " + quote_ident(c->servername), Severity::Warning,
                 std::string(kNoFdw) + "; copy its data into a regular table if the application reads it");
        return;
      }
      case PG_QUERY__NODE__NODE_IMPORT_FOREIGN_SCHEMA_STMT: {
        const PgQuery__ImportForeignSchemaStmt* m = s->import_foreign_schema_stmt;
        ctx.drop(i, at,
                 "IMPORT FOREIGN SCHEMA " + quote_ident(m->remote_schema) + " FROM SERVER " + quote_ident(m->server_name) + " INTO " +
                     quote_ident(m->local_schema),
                 Severity::Warning, kNoFdw);
        return;
      }
      case PG_QUERY__NODE__NODE_ALTER_TABLE_STMT: {
        const PgQuery__AlterTableStmt* a = s->alter_table_stmt;
        bool foreign = a->objtype == PG_QUERY__OBJECT_TYPE__OBJECT_FOREIGN_TABLE || dropped_foreign_table(a->relation);
        if (foreign) {
          bool all_owner = a->n_cmds > 0;
          for (size_t c = 0; c < a->n_cmds; ++c)
            all_owner = all_owner && a->cmds[c]->node_case == PG_QUERY__NODE__NODE_ALTER_TABLE_CMD &&
                        a->cmds[c]->alter_table_cmd->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_ChangeOwner;
          if (all_owner && !keep_owners) return;  // the owner rule's
          ctx.drop(i, at, statement_text(ctx, i), Severity::Note,
                   a->objtype == PG_QUERY__OBJECT_TYPE__OBJECT_FOREIGN_TABLE
                       ? kNoFdw
                       : qualified_name(a->relation) + " is a foreign table (see above)");
          return;
        }
        // ATTACH PARTITION of a foreign table.
        for (size_t c = 0; c < a->n_cmds; ++c) {
          if (a->cmds[c]->node_case != PG_QUERY__NODE__NODE_ALTER_TABLE_CMD) continue;
          const PgQuery__AlterTableCmd* cmd = a->cmds[c]->alter_table_cmd;
          if (cmd->subtype != PG_QUERY__ALTER_TABLE_TYPE__AT_AttachPartition || cmd->def == nullptr ||
              cmd->def->node_case != PG_QUERY__NODE__NODE_PARTITION_CMD)
            continue;
          const PgQuery__RangeVar* part = cmd->def->partition_cmd->name;
          if (!dropped_foreign_table(part)) continue;
          if (a->n_cmds == 1)
            ctx.drop(i, at, text_before(ctx, i, "for"), Severity::Warning,
                     "the partition " + qualified_name(part) + " is a foreign table (see above)");
          else
            ctx.note(at, statement_text(ctx, i) + ": attaches the foreign table " + qualified_name(part) +
                             " (see above); left unchanged");
          return;
        }
        trigger_commands(ctx, i);
        return;
      }
      case PG_QUERY__NODE__NODE_ALTER_SEQ_STMT: {
        // ALTER SEQUENCE s OWNED BY ft.col (a serial column of a foreign table).
        const PgQuery__AlterSeqStmt* a = s->alter_seq_stmt;
        if (a->n_options != 1 || a->options[0]->node_case != PG_QUERY__NODE__NODE_DEF_ELEM) return;
        const PgQuery__DefElem* d = a->options[0]->def_elem;
        if (d->defname == nullptr || std::strcmp(d->defname, "owned_by") != 0 || !dropped_foreign_column(d->arg))
          return;
        ctx.drop(i, at, statement_text(ctx, i), Severity::Note, "the column belongs to a foreign table (see above)");
        return;
      }
      case PG_QUERY__NODE__NODE_COPY_STMT: {
        // pg_dump --include-foreign-data: the engine refuses to drop this
        // with its data, which is what should happen.
        const PgQuery__CopyStmt* c = s->copy_stmt;
        if (c->is_from && dropped_foreign_table(c->relation))
          ctx.drop(i, at,
                   "COPY into the foreign table " + qualified_name(c->relation) +
                       " (see above; re-dump without --include-foreign-data)",
                   Severity::Warning);
        return;
      }

      // Event triggers.
      case PG_QUERY__NODE__NODE_CREATE_EVENT_TRIG_STMT: {
        const PgQuery__CreateEventTrigStmt* e = s->create_event_trig_stmt;
        ctx.drop(i, at, "CREATE EVENT TRIGGER " + quote_ident(e->trigname) + " ON " + e->eventname, Severity::Warning,
                 std::string(kNoEventTriggers) + "; it ran " + qlist(e->funcname, e->n_funcname) + "()");
        return;
      }
      case PG_QUERY__NODE__NODE_ALTER_EVENT_TRIG_STMT:
        ctx.drop(i, at, statement_text(ctx, i), Severity::Note, kNoEventTriggers);
        return;

      // Languages and the functions written in others than SQL and PL/pgSQL.
      case PG_QUERY__NODE__NODE_CREATE_PLANG_STMT: {
        const PgQuery__CreatePLangStmt* l = s->create_plang_stmt;
        bool kept = kept_language(lower(l->plname));
        ctx.drop(i, at, "CREATE LANGUAGE " + quote_ident(l->plname), kept ? Severity::Note : Severity::Warning,
                 kept ? std::string("DB9 has ") + l->plname + " already" : std::string(kLanguages));
        return;
      }
      case PG_QUERY__NODE__NODE_CREATE_EXTENSION_STMT: {
        // CREATE [OR REPLACE] [TRUSTED] [PROCEDURAL] LANGUAGE name, without
        // HANDLER, is parsed as CREATE EXTENSION name (PostgreSQL does the
        // same): only the words tell them apart.
        const Tokens& t = ctx.tokens();
        size_t end = ctx.statement_end(i);
        for (size_t k = t.first_at_or_after(at); k < t.size() && static_cast<size_t>(t[k].start) < end; ++k) {
          if (t[k].token == PG_QUERY__TOKEN__EXTENSION) return;
          if (t[k].token != PG_QUERY__TOKEN__LANGUAGE) continue;
          const char* name = s->create_extension_stmt->extname;
          bool kept = kept_language(lower(name));
          ctx.drop(i, at, "CREATE LANGUAGE " + quote_ident(name), kept ? Severity::Note : Severity::Warning,
                   kept ? std::string("DB9 has ") + name + " already" : std::string(kLanguages));
          return;
        }
        return;
      }
      case PG_QUERY__NODE__NODE_CREATE_FUNCTION_STMT:
        function(ctx, i);
        return;
      case PG_QUERY__NODE__NODE_DO_STMT: {
        const PgQuery__DoStmt* d = s->do_stmt;
        const char* language = def_string(d->args, d->n_args, "language");
        if (language != nullptr && !kept_language(lower(language)))
          ctx.drop(i, at, std::string("DO LANGUAGE ") + language + " block", Severity::Warning, kLanguages);
        return;
      }
      case PG_QUERY__NODE__NODE_ALTER_FUNCTION_STMT: {
        // ALTER FUNCTION's func is an ObjectWithArgs message, not a Node.
        if (s->alter_function_stmt->func == nullptr) return;
        PgQuery__Node n = PG_QUERY__NODE__INIT;
        n.node_case = PG_QUERY__NODE__NODE_OBJECT_WITH_ARGS;
        n.object_with_args = s->alter_function_stmt->func;
        if (dropped_routine(&n)) ctx.drop(i, at, statement_text(ctx, i), Severity::Note, "DB9 cannot have this function (see above)");
        return;
      }
      case PG_QUERY__NODE__NODE_CREATE_TRIG_STMT: {
        const PgQuery__CreateTrigStmt* t = s->create_trig_stmt;
        std::string fn = qlist(t->funcname, t->n_funcname);
        if (dropped_trigger_function(t->funcname, t->n_funcname) || dropped_foreign_table(t->relation))
          remember_trigger(t->relation, t->trigname);
        else if (t->relation != nullptr && t->trigname != nullptr)  // a new one of the same name is kept
          triggers_.erase(qualified_name(t->relation) + " " + quote_ident(t->trigname));
        if (dropped_trigger_function(t->funcname, t->n_funcname))
          ctx.drop(i, at, "CREATE TRIGGER " + quote_ident(t->trigname) + " ON " + qualified_name(t->relation),
                   Severity::Warning, "DB9 cannot have its function " + fn + " (see above)");
        else if (dropped_foreign_table(t->relation))
          ctx.drop(i, at, "CREATE TRIGGER " + quote_ident(t->trigname) + " ON " + qualified_name(t->relation),
                   Severity::Note, "its table is a foreign table (see above)");
        return;
      }

      // Types, operators, aggregates and casts that need a dropped function or type.
      case PG_QUERY__NODE__NODE_DEFINE_STMT:
        define(ctx, i);
        return;
      case PG_QUERY__NODE__NODE_CREATE_CAST_STMT: {
        const PgQuery__CreateCastStmt* c = s->create_cast_stmt;
        std::string cause;
        for (const PgQuery__TypeName* t : {c->sourcetype, c->targettype})
          if (cause.empty() && dropped_type(t)) cause = "the type " + type_key(t) + " was dropped above";
        if (cause.empty() && c->func != nullptr) {
          PgQuery__Node n = PG_QUERY__NODE__INIT;
          n.node_case = PG_QUERY__NODE__NODE_OBJECT_WITH_ARGS;
          n.object_with_args = c->func;
          if (dropped_routine(&n))
            cause = "its function " + name_list(c->func->objname, c->func->n_objname) + " was dropped above";
        }
        if (!cause.empty())
          ctx.drop(i, at, "CREATE CAST (" + written_type(ctx, c->sourcetype) + " AS " + written_type(ctx, c->targettype) + ")",
                   Severity::Warning, cause);
        return;
      }
      case PG_QUERY__NODE__NODE_CREATE_DOMAIN_STMT: {
        const PgQuery__CreateDomainStmt* d = s->create_domain_stmt;
        if (!dropped_type(d->type_name)) return;
        remember_type(node_strings(d->domainname, d->n_domainname));
        ctx.drop(i, at, "CREATE DOMAIN " + name_list(d->domainname, d->n_domainname), Severity::Warning,
                 "its type " + type_key(d->type_name) + " was dropped above");
        return;
      }
      case PG_QUERY__NODE__NODE_CREATE_RANGE_STMT: {
        const PgQuery__CreateRangeStmt* r = s->create_range_stmt;
        std::string cause;
        for (size_t k = 0; k < r->n_params && cause.empty(); ++k) {
          const PgQuery__DefElem* e = def_elem(r->params[k]);
          const PgQuery__TypeName* t = def_type_name(e);
          if (t == nullptr || e->defname == nullptr) continue;
          std::string key = lower(e->defname);
          if (key == "subtype" && dropped_type(t)) cause = "its subtype " + type_key(t) + " was dropped above";
          if ((key == "canonical" || key == "subtype_diff") && dropped_function_name(t))
            cause = "its " + key + " function " + name_list(t->names, t->n_names) + " was dropped above";
        }
        if (cause.empty()) return;
        std::vector<std::string> range = node_strings(r->type_name, r->n_type_name);
        remember_type(range);
        // Its multirange type: named, or the range's name with "range" made
        // "multirange", or "_multirange" appended (PostgreSQL's rule).
        std::vector<std::string> multi = range;
        for (size_t k = 0; k < r->n_params; ++k) {
          const PgQuery__DefElem* e = def_elem(r->params[k]);
          const PgQuery__TypeName* t = def_type_name(e);
          if (t != nullptr && e->defname != nullptr && lower(e->defname) == "multirange_type_name")
            multi = node_strings(t->names, t->n_names);
        }
        if (multi == range && !multi.empty()) {
          size_t p = multi.back().find("range");
          multi.back() = p == std::string::npos ? multi.back() + "_multirange" : multi.back().substr(0, p) + "multi" + multi.back().substr(p);
        }
        remember_type(multi);
        ctx.drop(i, at, "CREATE TYPE " + name_list(r->type_name, r->n_type_name) + " AS RANGE", Severity::Warning, cause);
        return;
      }
      case PG_QUERY__NODE__NODE_CREATE_OP_CLASS_STMT: {
        const PgQuery__CreateOpClassStmt* c = s->create_op_class_stmt;
        std::string cause;
        if (dropped_type(c->datatype)) cause = "its type " + type_key(c->datatype) + " was dropped above";
        for (size_t k = 0; k < c->n_items && cause.empty(); ++k) {
          if (c->items[k]->node_case != PG_QUERY__NODE__NODE_CREATE_OP_CLASS_ITEM) continue;
          const PgQuery__CreateOpClassItem* item = c->items[k]->create_op_class_item;
          if (item->name == nullptr) continue;
          PgQuery__Node n = PG_QUERY__NODE__INIT;
          n.node_case = PG_QUERY__NODE__NODE_OBJECT_WITH_ARGS;
          n.object_with_args = item->name;
          std::string what = name_list(item->name->objname, item->name->n_objname);
          if (item->itemtype == 2 && dropped_routine(&n)) cause = "its function " + what + " was dropped above";
          if (item->itemtype == 1 && dropped_operator(item->name, type_key(c->datatype)))
            cause = "its operator " + what + " was dropped above";
        }
        if (!cause.empty()) {
          opclasses_.insert(name_list(c->opclassname, c->n_opclassname));
          opclasses_.insert(name_list(c->opclassname + c->n_opclassname - 1, 1));
          if (const char* last = node_string(c->opclassname[c->n_opclassname - 1])) add_filter(last);
          ctx.drop(i, at, "CREATE OPERATOR CLASS " + name_list(c->opclassname, c->n_opclassname) + " USING " + c->amname,
                   Severity::Warning, cause);
        }
        return;
      }
      case PG_QUERY__NODE__NODE_ALTER_TYPE_STMT:
        if (dropped_type(node_strings(s->alter_type_stmt->type_name, s->alter_type_stmt->n_type_name)))
          ctx.drop(i, at, statement_text(ctx, i), Severity::Note, "the type was dropped above");
        return;
      case PG_QUERY__NODE__NODE_ALTER_DOMAIN_STMT:
        if (dropped_type(node_strings(s->alter_domain_stmt->type_name, s->alter_domain_stmt->n_type_name)))
          ctx.drop(i, at, statement_text(ctx, i), Severity::Note, "the domain was dropped above");
        return;

      // Statements about those objects.
      case PG_QUERY__NODE__NODE_COMMENT_STMT:
        about(ctx, i, s->comment_stmt->objtype, s->comment_stmt->object, text_before(ctx, i, "is"));
        return;
      case PG_QUERY__NODE__NODE_SEC_LABEL_STMT:
        about(ctx, i, s->sec_label_stmt->objtype, s->sec_label_stmt->object, text_before(ctx, i, "is"));
        return;
      case PG_QUERY__NODE__NODE_RENAME_STMT: {
        const PgQuery__RenameStmt* r = s->rename_stmt;
        if (r->rename_type == PG_QUERY__OBJECT_TYPE__OBJECT_TRIGGER) {
          if (r->relation != nullptr && dropped_trigger(qualified_name(r->relation), r->subname))
            ctx.drop(i, at, statement_text(ctx, i), Severity::Note, "the trigger was dropped above");
          return;
        }
        if (r->relation != nullptr && r->rename_type != PG_QUERY__OBJECT_TYPE__OBJECT_FOREIGN_TABLE &&
            dropped_foreign_table(r->relation))
          ctx.drop(i, at, statement_text(ctx, i), Severity::Note, "a foreign table (see above)");
        else if (r->rename_type == PG_QUERY__OBJECT_TYPE__OBJECT_FOREIGN_TABLE)
          ctx.drop(i, at, statement_text(ctx, i), Severity::Note, kNoFdw);
        else
          about(ctx, i, r->rename_type, r->object, statement_text(ctx, i));
        return;
      }
      case PG_QUERY__NODE__NODE_ALTER_OBJECT_SCHEMA_STMT: {
        const PgQuery__AlterObjectSchemaStmt* a = s->alter_object_schema_stmt;
        if (a->object_type == PG_QUERY__OBJECT_TYPE__OBJECT_FOREIGN_TABLE)
          ctx.drop(i, at, statement_text(ctx, i), Severity::Note, kNoFdw);
        else
          about(ctx, i, a->object_type, a->object, statement_text(ctx, i));
        return;
      }
      case PG_QUERY__NODE__NODE_ALTER_OBJECT_DEPENDS_STMT: {
        const PgQuery__AlterObjectDependsStmt* a = s->alter_object_depends_stmt;
        if (a->object_type == PG_QUERY__OBJECT_TYPE__OBJECT_TRIGGER) {
          const PgQuery__Node* o = a->object;
          const char* trigger = o != nullptr && o->node_case == PG_QUERY__NODE__NODE_LIST && o->list->n_items > 0
                                    ? node_string(o->list->items[o->list->n_items - 1])
                                    : node_string(o);
          if (a->relation != nullptr && dropped_trigger(qualified_name(a->relation), trigger))
            ctx.drop(i, at, statement_text(ctx, i), Severity::Note, "the trigger was dropped above");
          return;
        }
        about(ctx, i, a->object_type, a->object, statement_text(ctx, i));
        return;
      }
      case PG_QUERY__NODE__NODE_ALTER_OWNER_STMT: {
        // Without --keep-owners the owner rule drops every OWNER TO.
        if (!keep_owners) return;
        const PgQuery__AlterOwnerStmt* a = s->alter_owner_stmt;
        about(ctx, i, a->object_type, a->object, statement_text(ctx, i));
        return;
      }
      case PG_QUERY__NODE__NODE_DROP_STMT: {
        const PgQuery__DropStmt* d = s->drop_stmt;
        PgQuery__ObjectType t = d->remove_type;
        bool language = t == PG_QUERY__OBJECT_TYPE__OBJECT_LANGUAGE;
        if (language) {
          for (size_t k = 0; k < d->n_objects; ++k)
            if (kept_language(lower(object_name(d->objects[k])))) language = false;
        }
        if (fdw_object(t) || t == PG_QUERY__OBJECT_TYPE__OBJECT_EVENT_TRIGGER || language)
          ctx.drop(i, at, statement_text(ctx, i), Severity::Note, why(t));
        return;
      }
      case PG_QUERY__NODE__NODE_GRANT_STMT:
        // Without --keep-privileges the privileges rule drops every GRANT.
        if (keep_privileges) grant(ctx, i);
        return;

      // Settings and pg_dump 18 statistics.
      case PG_QUERY__NODE__NODE_VARIABLE_SET_STMT:
      case PG_QUERY__NODE__NODE_SELECT_STMT:
        settings(ctx, i);
        return;
      default:
        return;
    }
  }

  static std::string role(const PgQuery__RoleSpec* r) {
    if (r == nullptr) return "?";
    switch (r->roletype) {
      case PG_QUERY__ROLE_SPEC_TYPE__ROLESPEC_CSTRING: return quote_ident(r->rolename);
      case PG_QUERY__ROLE_SPEC_TYPE__ROLESPEC_CURRENT_ROLE: return "CURRENT_ROLE";
      case PG_QUERY__ROLE_SPEC_TYPE__ROLESPEC_CURRENT_USER: return "CURRENT_USER";
      case PG_QUERY__ROLE_SPEC_TYPE__ROLESPEC_SESSION_USER: return "SESSION_USER";
      default: return "PUBLIC";
    }
  }

  void function(StatementContext& ctx, size_t i) {
    const PgQuery__CreateFunctionStmt* f = ctx.statement(i)->create_function_stmt;
    const char* language = def_string(f->options, f->n_options, "language");
    std::string lang = language ? lower(language) : "sql";
    bool event_trigger = f->return_type != nullptr && f->return_type->n_names > 0 &&
                         lower(name_list(f->return_type->names + f->return_type->n_names - 1, 1)) == "event_trigger";
    Signature sig = signature(f);
    std::string uses;
    if (!type_bare_.empty()) {
      std::vector<const PgQuery__TypeName*> types;
      if (f->return_type != nullptr) types.push_back(f->return_type);
      for (size_t k = 0; k < f->n_parameters; ++k)
        if (f->parameters[k]->node_case == PG_QUERY__NODE__NODE_FUNCTION_PARAMETER)
          types.push_back(f->parameters[k]->function_parameter->arg_type);
      for (const PgQuery__TypeName* t : types)
        if (uses.empty() && dropped_type(t)) uses = type_key(t);
    }
    if (kept_language(lang) && !event_trigger && !uses.empty()) {
      remember_function(f);
      ctx.drop(i, ctx.statement_begin(i), (f->is_procedure ? "CREATE PROCEDURE " : "CREATE FUNCTION ") + routine_signature(ctx, i),
               Severity::Warning, "its signature uses the type " + uses + ", dropped above");
      return;
    }
    if (kept_language(lang) && !event_trigger) {
      kept_function_names_.insert(sig.name);
      kept_function_names_.insert(sig.bare_name);
      // CREATE OR REPLACE of one dropped earlier: it exists after all.
      functions_.erase(sig.full);
      functions_.erase(sig.bare);
      return;
    }
    remember_function(f);
    std::string what = (f->is_procedure ? "CREATE PROCEDURE " : "CREATE FUNCTION ") + routine_signature(ctx, i);
    if (!kept_language(lang))
      ctx.drop(i, ctx.statement_begin(i), what + " LANGUAGE " + lang, Severity::Warning,
               std::string(kLanguages) + (lang == "c" || lang == "internal" ? " (no server-side C code)" : ""));
    else
      ctx.drop(i, ctx.statement_begin(i), what + " RETURNS event_trigger", Severity::Warning,
               std::string(kNoEventTriggers) + ", and only an event trigger can call this function");
    ctx.findings().back().because = kept_language(lang) ? "an event-trigger function" : "LANGUAGE " + lang;
  }

  // COMMENT, SECURITY LABEL, RENAME, SET SCHEMA, DEPENDS ON EXTENSION and
  // OWNER TO of an object that is not on DB9.
  void about(StatementContext& ctx, size_t i, PgQuery__ObjectType t, const PgQuery__Node* object,
             const std::string& what) {
    size_t at = ctx.statement_begin(i);
    if (fdw_object(t) || t == PG_QUERY__OBJECT_TYPE__OBJECT_EVENT_TRIGGER) {
      ctx.drop(i, at, what, Severity::Note, why(t));
    } else if (t == PG_QUERY__OBJECT_TYPE__OBJECT_LANGUAGE) {
      if (!kept_language(lower(object_name(object)))) ctx.drop(i, at, what, Severity::Note, kLanguages);
    } else if (routine_object(t)) {
      if (dropped_routine(object)) ctx.drop(i, at, what, Severity::Note, "DB9 cannot have this function (see above)");
    } else if (t == PG_QUERY__OBJECT_TYPE__OBJECT_TYPE || t == PG_QUERY__OBJECT_TYPE__OBJECT_DOMAIN) {
      if (dropped_type(object)) ctx.drop(i, at, what, Severity::Note, "the type was dropped above");
    } else if (t == PG_QUERY__OBJECT_TYPE__OBJECT_OPERATOR) {
      if (dropped_operator(object)) ctx.drop(i, at, what, Severity::Note, "the operator was dropped above");
    } else if (t == PG_QUERY__OBJECT_TYPE__OBJECT_OPCLASS) {
      // [access method, name...]
      if (object != nullptr && object->node_case == PG_QUERY__NODE__NODE_LIST && object->list->n_items > 1 &&
          opclasses_.count(name_list(object->list->items + 1, object->list->n_items - 1)) != 0)
        ctx.drop(i, at, what, Severity::Note, "the operator class was dropped above");
    } else if (t == PG_QUERY__OBJECT_TYPE__OBJECT_TRIGGER) {
      if (dropped_trigger(object)) ctx.drop(i, at, what, Severity::Note, "the trigger was dropped above");
    } else if (t == PG_QUERY__OBJECT_TYPE__OBJECT_CAST) {
      bool gone = object != nullptr && object->node_case == PG_QUERY__NODE__NODE_LIST;
      bool any = false;
      for (size_t k = 0; gone && k < object->list->n_items; ++k) any = any || dropped_type(object->list->items[k]);
      if (gone && any) ctx.drop(i, at, what, Severity::Note, "the cast's type was dropped above");
    } else if (t == PG_QUERY__OBJECT_TYPE__OBJECT_COLUMN) {
      if (dropped_foreign_column(object)) ctx.drop(i, at, what, Severity::Note, "a column of a foreign table (see above)");
    } else if (t == PG_QUERY__OBJECT_TYPE__OBJECT_TABLE) {
      if (dropped_foreign_table(object_name(object))) ctx.drop(i, at, what, Severity::Note, "a foreign table (see above)");
    }
  }

  // With --keep-privileges: grants on objects that are not on DB9.
  void grant(StatementContext& ctx, size_t i) {
    const PgQuery__GrantStmt* g = ctx.statement(i)->grant_stmt;
    if (g->targtype != PG_QUERY__GRANT_TARGET_TYPE__ACL_TARGET_OBJECT || g->n_objects == 0) return;
    size_t gone = 0;
    for (size_t k = 0; k < g->n_objects; ++k) {
      const PgQuery__Node* o = g->objects[k];
      switch (g->objtype) {
        case PG_QUERY__OBJECT_TYPE__OBJECT_FDW:
        case PG_QUERY__OBJECT_TYPE__OBJECT_FOREIGN_SERVER:
          ++gone;
          break;
        case PG_QUERY__OBJECT_TYPE__OBJECT_LANGUAGE:
          gone += !kept_language(lower(object_name(o)));
          break;
        case PG_QUERY__OBJECT_TYPE__OBJECT_FUNCTION:
        case PG_QUERY__OBJECT_TYPE__OBJECT_PROCEDURE:
        case PG_QUERY__OBJECT_TYPE__OBJECT_ROUTINE:
          gone += dropped_routine(o);
          break;
        case PG_QUERY__OBJECT_TYPE__OBJECT_TABLE:
        case PG_QUERY__OBJECT_TYPE__OBJECT_FOREIGN_TABLE:
          gone += dropped_foreign_table(object_name(o));
          break;
        case PG_QUERY__OBJECT_TYPE__OBJECT_TYPE:
        case PG_QUERY__OBJECT_TYPE__OBJECT_DOMAIN:
          gone += dropped_type(o);
          break;
        default:
          break;
      }
    }
    if (gone == 0) return;
    std::string what = text_before(ctx, i, g->is_grant ? "to" : "from");
    std::string detail;
    switch (g->objtype) {
      case PG_QUERY__OBJECT_TYPE__OBJECT_FDW:
      case PG_QUERY__OBJECT_TYPE__OBJECT_FOREIGN_SERVER: detail = kNoFdw; break;
      case PG_QUERY__OBJECT_TYPE__OBJECT_LANGUAGE: detail = kLanguages; break;
      case PG_QUERY__OBJECT_TYPE__OBJECT_TABLE:
      case PG_QUERY__OBJECT_TYPE__OBJECT_FOREIGN_TABLE: detail = "a foreign table (see above)"; break;
      case PG_QUERY__OBJECT_TYPE__OBJECT_TYPE:
      case PG_QUERY__OBJECT_TYPE__OBJECT_DOMAIN: detail = "the type was dropped above"; break;
      default: detail = "DB9 cannot have this function (see above)"; break;
    }
    if (gone == g->n_objects)
      ctx.drop(i, ctx.statement_begin(i), what, Severity::Note, detail);
    else
      ctx.note(ctx.statement_begin(i), what + ": some of these objects are not on DB9 (see above); left unchanged");
  }

  void settings(StatementContext& ctx, size_t i) {
    const PgQuery__Node* s = ctx.statement(i);
    size_t at = ctx.statement_begin(i);
    if (std::optional<std::string> v = set_value(s, "session_replication_role")) {
      std::string value = lower(*v);
      bool off = value == "replica" || value == "local";
      ctx.drop(i, at, statement_text(ctx, i), off ? Severity::Warning : Severity::Note,
               off ? "DB9 cannot switch triggers off: triggers and foreign-key checks run while the data loads"
                   : "DB9 has no session_replication_role");
      return;
    }
    if (s->node_case != PG_QUERY__NODE__NODE_SELECT_STMT) return;
    if (lower(ctx.text().substr(at, ctx.statement_end(i) - at)).find("_stats") == std::string::npos) return;
    // SELECT * FROM pg_catalog.pg_restore_relation_stats('schemaname', 'public', 'relname', 't', ...)
    std::string function, object;
    walk(reinterpret_cast<const ProtobufCMessage*>(s), [&](const PgQuery__Node* n) {
      if (!function.empty() || n->node_case != PG_QUERY__NODE__NODE_FUNC_CALL) return;
      std::string name = catalog_function(n->func_call);
      if (name != "pg_restore_relation_stats" && name != "pg_restore_attribute_stats" &&
          name != "pg_clear_relation_stats" && name != "pg_clear_attribute_stats")
        return;
      function = name;
      object = stats_object(n->func_call);
    });
    if (function.empty()) return;
    ctx.drop(i, at, function + "(" + object + ")", Severity::Note,
             "pg_dump's planner statistics do not load into DB9; run ANALYZE after the import");
  }

  static std::string stats_object(const PgQuery__FuncCall* f) {
    std::string schema, rel, att, relation;
    for (size_t k = 0; k + 1 < f->n_args; k += 2) {
      const char* key = const_string(f->args[k]);
      const char* value = const_string(f->args[k + 1]);
      if (key == nullptr || value == nullptr) continue;
      std::string kk = key;
      if (kk == "schemaname") schema = value;
      else if (kk == "relname") rel = value;
      else if (kk == "attname") att = value;
      else if (kk == "relation") relation = value;
    }
    // pg_clear_*_stats take positional arguments: (schema, rel[, att, inherited]).
    if (rel.empty() && relation.empty() && f->n_args >= 2) {
      const char* a = const_string(f->args[0]);
      const char* b = const_string(f->args[1]);
      if (a && b) schema = a, rel = b;
      if (f->n_args >= 3)
        if (const char* c = const_string(f->args[2])) att = c;
    }
    std::string out = !relation.empty() ? relation : (schema.empty() ? "" : schema + ".") + rel;
    if (!att.empty()) out += "." + att;
    return out.empty() ? "..." : out;
  }
};

// ---- encoding -------------------------------------------------------------------

struct EncodingName {
  const char* key;    // lower case, letters and digits only (PostgreSQL's matching)
  const char* pg;     // PostgreSQL's name
  const char* iconv;  // iconv's name
};

constexpr EncodingName kEncodings[] = {
    {"sqlascii", "SQL_ASCII", nullptr},   {"latin1", "LATIN1", "LATIN1"},
    {"iso88591", "LATIN1", "LATIN1"},     {"latin2", "LATIN2", "LATIN2"},
    {"iso88592", "LATIN2", "LATIN2"},     {"latin3", "LATIN3", "LATIN3"},
    {"iso88593", "LATIN3", "LATIN3"},     {"latin4", "LATIN4", "LATIN4"},
    {"iso88594", "LATIN4", "LATIN4"},     {"latin5", "LATIN5", "LATIN5"},
    {"iso88599", "LATIN5", "LATIN5"},     {"latin6", "LATIN6", "LATIN6"},
    {"iso885910", "LATIN6", "LATIN6"},    {"latin7", "LATIN7", "LATIN7"},
    {"iso885913", "LATIN7", "LATIN7"},    {"latin8", "LATIN8", "LATIN8"},
    {"iso885914", "LATIN8", "LATIN8"},    {"latin9", "LATIN9", "LATIN9"},
    {"iso885915", "LATIN9", "LATIN9"},    {"latin10", "LATIN10", "LATIN10"},
    {"iso885916", "LATIN10", "LATIN10"},  {"iso88595", "ISO_8859_5", "ISO-8859-5"},
    {"iso88596", "ISO_8859_6", "ISO-8859-6"}, {"iso88597", "ISO_8859_7", "ISO-8859-7"},
    {"iso88598", "ISO_8859_8", "ISO-8859-8"}, {"win866", "WIN866", "CP866"},
    {"alt", "WIN866", "CP866"},           {"win874", "WIN874", "CP874"},
    {"win1250", "WIN1250", "CP1250"},     {"win1251", "WIN1251", "CP1251"},
    {"win", "WIN1251", "CP1251"},         {"win1252", "WIN1252", "CP1252"},
    {"win1253", "WIN1253", "CP1253"},     {"win1254", "WIN1254", "CP1254"},
    {"win1255", "WIN1255", "CP1255"},     {"win1256", "WIN1256", "CP1256"},
    {"win1257", "WIN1257", "CP1257"},     {"win1258", "WIN1258", "CP1258"},
    {"koi8", "KOI8R", "KOI8-R"},          {"koi8r", "KOI8R", "KOI8-R"},
    {"koi8u", "KOI8U", "KOI8-U"},         {"eucjp", "EUC_JP", "EUC-JP"},
    {"euccn", "EUC_CN", "EUC-CN"},        {"euckr", "EUC_KR", "EUC-KR"},
    {"euctw", "EUC_TW", "EUC-TW"},        {"eucjis2004", "EUC_JIS_2004", "EUC-JISX0213"},
    {"sjis", "SJIS", "SHIFT_JIS"},        {"shiftjis", "SJIS", "SHIFT_JIS"},
    {"mskanji", "SJIS", "SHIFT_JIS"},     {"win932", "SJIS", "SHIFT_JIS"},
    {"shiftjis2004", "SHIFT_JIS_2004", "SHIFT_JISX0213"}, {"big5", "BIG5", "BIG5"},
    {"win950", "BIG5", "BIG5"},           {"gbk", "GBK", "GBK"},
    {"win936", "GBK", "GBK"},             {"gb18030", "GB18030", "GB18030"},
    {"uhc", "UHC", "CP949"},              {"win949", "UHC", "CP949"},
    {"johab", "JOHAB", "JOHAB"},          {"muleinternal", "MULE_INTERNAL", nullptr},
};

std::string encoding_key(std::string_view name) {
  std::string k;
  for (char c : name)
    if (std::isalnum(static_cast<unsigned char>(c))) k += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  // PostgreSQL's own spellings: windows1252 is win1252, and so on.
  if (k.rfind("windows", 0) == 0) k = "win" + k.substr(7);
  return k;
}

bool is_utf8(std::string_view name) {
  std::string k = encoding_key(name);
  return k == "utf8" || k == "unicode";
}

// The detail for an encoding that is not UTF-8.
std::string encoding_advice(std::string_view name) {
  std::string k = encoding_key(name);
  const EncodingName* e = nullptr;
  for (const EncodingName& c : kEncodings)
    if (k == c.key) e = &c;
  if (e != nullptr && e->iconv == nullptr)
    return std::string("DB9 is UTF-8 only; ") + e->pg +
           " bytes are not checked, so make sure the data is UTF-8 and re-dump with pg_dump -E UTF8";
  std::string from = e != nullptr ? e->iconv : std::string(name);
  return "DB9 is UTF-8 only; re-dump with pg_dump -E UTF8, or re-encode this file with iconv -f " + from +
         " -t UTF-8 and set client_encoding to 'UTF8' here";
}

class Encoding : public Rule {
 public:
  void check(StatementContext& ctx) override {
    for (size_t i = 0; i < ctx.statement_count(); ++i) {
      // SET client_encoding / SET NAMES, or set_config('client_encoding', ...)
      PgQuery__Node__NodeCase type = ctx.statement_type(i);
      if (type != PG_QUERY__NODE__NODE_VARIABLE_SET_STMT &&
          (type != PG_QUERY__NODE__NODE_SELECT_STMT || !ctx.mentions(i, "client_encoding")))
        continue;
      std::optional<std::string> v = set_value(ctx.statement(i), "client_encoding");
      if (!v || v->empty() || is_utf8(*v)) continue;
      ctx.drop(i, ctx.statement_begin(i), statement_text(ctx, i), Severity::Warning, encoding_advice(*v));
    }
  }

  void check(MetaContext& ctx) override {
    if (ctx.command() != "encoding") return;
    std::string_view rest = ctx.line().substr(1 + ctx.command().size());
    while (!rest.empty() && std::isspace(static_cast<unsigned char>(rest.front()))) rest.remove_prefix(1);
    size_t n = 0;
    std::string name;
    if (!rest.empty() && (rest.front() == '\'' || rest.front() == '"')) {
      char q = rest.front();
      size_t close = rest.find(q, 1);
      name = std::string(rest.substr(1, close == std::string_view::npos ? std::string_view::npos : close - 1));
    } else {
      while (n < rest.size() && !std::isspace(static_cast<unsigned char>(rest[n])) && rest[n] != '\\') ++n;
      name = std::string(rest.substr(0, n));
    }
    if (name.empty() || is_utf8(name)) return;
    std::string what(ctx.line());
    while (!what.empty() && std::isspace(static_cast<unsigned char>(what.back()))) what.pop_back();
    ctx.drop(what, Severity::Warning, encoding_advice(name));
  }
};

}  // namespace

std::vector<RuleInfo> unsupported_rules() {
  return {
      {"unsupported",
       "drop foreign data wrappers, event triggers, languages, functions not in SQL or PL/pgSQL, "
       "session_replication_role, pg_dump 18 statistics",
       Action::Drop,
       "DB9 has no foreign data wrappers (CREATE FOREIGN DATA WRAPPER, SERVER, USER MAPPING, FOREIGN TABLE, "
       "IMPORT FOREIGN SCHEMA), no event triggers, no CREATE LANGUAGE, and runs only SQL and PL/pgSQL "
       "functions (C, internal, plpython3u, plperl ... are dropped, and so are functions returning "
       "event_trigger). Those statements are dropped, with the ALTER, COMMENT, SECURITY LABEL, RENAME, "
       "SET SCHEMA and DROP statements about them, the comments on a dropped foreign table's columns, "
       "and the triggers whose function was dropped (with their comments and ENABLE / DISABLE TRIGGER). A base "
       "type needs C input and output functions, so its shell and full CREATE TYPE are dropped, and so are "
       "the domains, ranges, casts, operators, aggregates, operator classes and SQL or PL/pgSQL functions "
       "that use it or a dropped function; a column of such a type becomes text (its values keep their "
       "text form), and any other statement naming it is reported as an error (the import fails there). "
       "OWNER TO and GRANT are left to the owner and "
       "privileges rules (and dropped here with --keep-owners / --keep-privileges). SET "
       "session_replication_role (pg_dump --disable-triggers) cannot be honoured, so the triggers it "
       "switched off run during the load; pg_dump 18's pg_restore_relation_stats / "
       "pg_restore_attribute_stats calls are dropped (run ANALYZE after the import). A user mapping's or "
       "server's options are never shown: they may hold passwords.",
       [] { return std::unique_ptr<Rule>(new Unsupported); }},
      {"encoding", "stop at SET client_encoding / SET NAMES / \\encoding other than UTF8", Action::Error,
       "DB9 stores and accepts UTF-8 only. A dump written in another client encoding (pg_dump -E LATIN1, or "
       "from a LATIN1 or SQL_ASCII database) must be re-dumped with pg_dump -E UTF8 or re-encoded with iconv "
       "before the import; the run stops at the statement that sets it (UTF8, utf-8 and Unicode are all "
       "UTF-8). With --action encoding=drop the setting is dropped and the bytes are passed on as they are.",
       [] { return std::unique_ptr<Rule>(new Encoding); }},
  };
}

}  // namespace db9
