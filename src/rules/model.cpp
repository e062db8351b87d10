#include "rules/model.hpp"

#include <algorithm>
#include <cctype>
#include <initializer_list>

#include "rules/extension_catalogue.hpp"

namespace db9 {

std::string DumpModel::Removal::chain() const {
  std::string out = shown;
  if (line != 0) out += ", dropped at line " + std::to_string(line);
  if (!why.empty()) out += " (" + why + ")";
  return out;
}

std::string DumpModel::mapped(const std::string& schema, const RuleOptions& o) {
  auto it = o.map_schemas.find(schema);
  return it == o.map_schemas.end() ? schema : it->second;
}

std::string DumpModel::key(const std::vector<std::string>& parts, const RuleOptions& o) const {
  if (parts.empty()) return "";
  std::string schema = parts.size() >= 2 ? mapped(parts[parts.size() - 2], o)
                                         : (search_path_.empty() ? "pg_catalog" : search_path_.front());
  return schema + "." + parts.back();
}

std::vector<std::string> DumpModel::parts(const PgQuery__RangeVar* r) {
  std::vector<std::string> out;
  if (r == nullptr || r->relname == nullptr) return out;
  if (r->schemaname && r->schemaname[0]) out.emplace_back(r->schemaname);
  out.emplace_back(r->relname);
  return out;
}

std::string DumpModel::key(const PgQuery__RangeVar* r, const RuleOptions& o) const { return key(parts(r), o); }

void DumpModel::set_search_path(const std::vector<std::string>& list, const RuleOptions& o) {
  search_path_.clear();
  for (const std::string& s : list)
    if (s != "$user" && s != "pg_catalog") search_path_.push_back(mapped(s, o));
}

std::vector<std::string> DumpModel::split_path(const std::string& s) {
  std::vector<std::string> out;
  std::string cur;
  bool quoted = false, was_quoted = false;
  auto flush = [&] {
    size_t b = cur.find_first_not_of(" \t\r\n"), e = cur.find_last_not_of(" \t\r\n");
    std::string v = b == std::string::npos ? "" : cur.substr(b, e - b + 1);
    if (!v.empty()) out.push_back(was_quoted ? v : lower(v));
    cur.clear();
    was_quoted = false;
  };
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c == '"') {
      if (quoted && i + 1 < s.size() && s[i + 1] == '"') {
        cur += '"';
        ++i;
      } else {
        quoted = !quoted;
        was_quoted = true;
      }
    } else if (c == ',' && !quoted) {
      flush();
    } else {
      cur += c;
    }
  }
  flush();
  return out;
}

void DumpModel::define(const std::string& key) {
  if (key.empty()) return;
  defined_.insert(key);
  if (removals_ == 0) return;
  size_t dot = key.find('.');
  std::string array = key.substr(0, dot + 1) + "_" + key.substr(dot + 1);
  for (size_t k = 0; k < removed_.size(); ++k) {
    if (k == static_cast<size_t>(Kind::Function)) continue;  // overloads are counted instead
    removals_ -= removed_[k].erase(key);
    if (k == static_cast<size_t>(Kind::Type)) removals_ -= removed_[k].erase(array);
  }
}

namespace {
// A column GENERATED ALWAYS AS (...) STORED, which COPY without a column
// list does not load.
bool generated_column(const PgQuery__ColumnDef* col) {
  for (size_t k = 0; k < col->n_constraints; ++k) {
    const PgQuery__Node* n = col->constraints[k];
    if (n->node_case == PG_QUERY__NODE__NODE_CONSTRAINT &&
        n->constraint->contype == PG_QUERY__CONSTR_TYPE__CONSTR_GENERATED)
      return true;
  }
  return false;
}

// Whether some `word` in text (ASCII, any case; inside a longer name too)
// is not followed by white space and one of `then` as a whole word.
// Conservative: true unless every occurrence is one of the harmless forms,
// so that "ADD CONSTRAINT" alone is told apart from "ADD [COLUMN]" without
// unpacking the tree.
bool occurs_other_than(std::string_view text, std::string_view word, std::initializer_list<std::string_view> then) {
  auto ident = [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '$' || static_cast<unsigned char>(c) >= 0x80;
  };
  for (size_t from = 0, p; (p = find_ci(text.substr(from), word)) != std::string_view::npos;) {
    p += from;
    from = p + 1;
    size_t q = p + word.size();
    size_t ws = q;
    while (ws < text.size() && (text[ws] == ' ' || text[ws] == '\t' || text[ws] == '\n' || text[ws] == '\r')) ++ws;
    bool harmless = false;
    if (ws > q)
      for (std::string_view t : then)
        if (starts_with_ci(text, ws, t) && (ws + t.size() == text.size() || !ident(text[ws + t.size()]))) harmless = true;
    if (!harmless) return true;
  }
  return false;
}
}  // namespace

void DumpModel::observe(const StatementContext& ctx, size_t i) {
  const RuleOptions& o = ctx.options();
  // Only the kinds that define something or set the search_path are
  // unpacked (statement_type reads the wire bytes).
  switch (ctx.statement_type(i)) {
    case PG_QUERY__NODE__NODE_CREATE_EXTENSION_STMT:
    case PG_QUERY__NODE__NODE_VARIABLE_SET_STMT:
    case PG_QUERY__NODE__NODE_SELECT_STMT:
    case PG_QUERY__NODE__NODE_CREATE_STMT:
    case PG_QUERY__NODE__NODE_CREATE_FOREIGN_TABLE_STMT:
    case PG_QUERY__NODE__NODE_VIEW_STMT:
    case PG_QUERY__NODE__NODE_CREATE_TABLE_AS_STMT:
    case PG_QUERY__NODE__NODE_CREATE_SEQ_STMT:
    case PG_QUERY__NODE__NODE_COMPOSITE_TYPE_STMT:
    case PG_QUERY__NODE__NODE_CREATE_ENUM_STMT:
    case PG_QUERY__NODE__NODE_CREATE_DOMAIN_STMT:
    case PG_QUERY__NODE__NODE_CREATE_RANGE_STMT:
    case PG_QUERY__NODE__NODE_DEFINE_STMT:
    case PG_QUERY__NODE__NODE_CREATE_FUNCTION_STMT:
      break;
    case PG_QUERY__NODE__NODE_ALTER_TABLE_STMT:
      // Only when it may change the columns of a table whose columns are
      // known (ADD / DROP [COLUMN], DROP EXPRESSION, INHERIT, ATTACH
      // PARTITION): the rest is not unpacked.
      if (columns_.empty()) return;
      if (ctx.mentions(i, "inherit") || ctx.mentions(i, "attach")) break;
      {
        // Constraints added or dropped, defaults and NOT NULL dropped, leave
        // the columns as they are (pg_dump's thousands of ADD CONSTRAINT).
        std::string_view t = ctx.text().substr(ctx.statement_begin(i), ctx.statement_end(i) - ctx.statement_begin(i));
        if (!occurs_other_than(t, "add", {"constraint", "primary", "unique", "check", "foreign"}) &&
            !occurs_other_than(t, "drop", {"constraint", "default", "not"}))
          return;
      }
      break;
    case PG_QUERY__NODE__NODE_RENAME_STMT:
    case PG_QUERY__NODE__NODE_ALTER_OBJECT_SCHEMA_STMT:
      if (columns_.empty()) return;  // a renamed or moved table, a renamed column
      break;
    default:
      return;
  }
  if (ctx.statement_type(i) == PG_QUERY__NODE__NODE_SELECT_STMT && !ctx.mentions(i, "set_config")) return;
  // A sequence matters only to tell a removed extension's own relations
  // from the dump's (extension_object): not worth unpacking otherwise.
  if (ctx.statement_type(i) == PG_QUERY__NODE__NODE_CREATE_SEQ_STMT && removed_ext_.empty()) return;
  const PgQuery__Node* s = ctx.statement(i);
  auto relation = [&](const PgQuery__RangeVar* r) {
    std::string k = key(r, o);
    define(k);
    if (!k.empty()) relations_.insert(k);
  };
  switch (s->node_case) {
    case PG_QUERY__NODE__NODE_CREATE_EXTENSION_STMT: {
      const PgQuery__CreateExtensionStmt* c = s->create_extension_stmt;
      std::string name = c->extname ? c->extname : "";
      created_.insert(name);
      if (name.empty() || is_create_language(ctx, i)) break;
      const PgQuery__DefElem* schema = node_option(c->options, c->n_options, "schema");
      const char* in = schema ? node_string(schema->arg) : nullptr;
      std::string where = in ? mapped(in, o) : (search_path_.empty() ? "public" : search_path_.front());
      if (!o.extensions_removed || db9_has_extension(o, name)) kept_ext_schemas_.insert(where);
      else removed_ext_[name] = where;
      break;
    }
    case PG_QUERY__NODE__NODE_VARIABLE_SET_STMT: {
      const PgQuery__VariableSetStmt* v = s->variable_set_stmt;
      if (v->name == nullptr || lower(v->name) != "search_path" || v->is_local) break;
      if (v->kind == PG_QUERY__VARIABLE_SET_KIND__VAR_SET_VALUE) {
        std::vector<std::string> list;
        for (size_t k = 0; k < v->n_args; ++k)
          if (const char* a = node_const_string(v->args[k])) list.emplace_back(a);
        set_search_path(list, o);
      } else if (v->kind == PG_QUERY__VARIABLE_SET_KIND__VAR_SET_DEFAULT ||
                 v->kind == PG_QUERY__VARIABLE_SET_KIND__VAR_RESET) {
        set_search_path({"$user", "public"}, o);
      }
      break;
    }
    case PG_QUERY__NODE__NODE_SELECT_STMT:
      walk_messages(s, [&](const ProtobufCMessage* m) {
        auto* f = message_as<PgQuery__FuncCall>(m, pg_query__func_call__descriptor);
        if (f == nullptr || f->n_args < 2) return;
        std::vector<std::string> name = node_strings(f->funcname, f->n_funcname);
        if (name.empty() || name.back() != "set_config") return;
        const char* setting = node_const_string(f->args[0]);
        const char* value = node_const_string(f->args[1]);
        if (setting && value && lower(setting) == "search_path") set_search_path(split_path(value), o);
      });
      break;
    case PG_QUERY__NODE__NODE_CREATE_STMT: {
      const PgQuery__CreateStmt* c = s->create_stmt;
      relation(c->relation);
      std::string k = key(c->relation, o);
      std::vector<Column> cols;
      bool known = c->n_inh_relations == 0 && c->partbound == nullptr && c->of_typename == nullptr;
      for (size_t e = 0; known && e < c->n_table_elts; ++e) {
        const PgQuery__Node* el = c->table_elts[e];
        if (el->node_case == PG_QUERY__NODE__NODE_TABLE_LIKE_CLAUSE) known = false;  // LIKE: another table's columns
        if (el->node_case != PG_QUERY__NODE__NODE_COLUMN_DEF) continue;
        cols.push_back(Column{el->column_def->colname ? el->column_def->colname : "", generated_column(el->column_def)});
      }
      if (known) columns_[k] = std::move(cols);
      else columns_.erase(k);
      break;
    }
    case PG_QUERY__NODE__NODE_ALTER_TABLE_STMT: {
      const PgQuery__AlterTableStmt* a = s->alter_table_stmt;
      if (a->relation == nullptr) break;
      std::string k = key(a->relation, o);
      auto it = columns_.find(k);
      for (size_t c = 0; c < a->n_cmds; ++c) {
        if (a->cmds[c]->node_case != PG_QUERY__NODE__NODE_ALTER_TABLE_CMD) continue;
        const PgQuery__AlterTableCmd* cmd = a->cmds[c]->alter_table_cmd;
        if (cmd->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_AttachPartition && cmd->def != nullptr &&
            cmd->def->node_case == PG_QUERY__NODE__NODE_PARTITION_CMD && cmd->def->partition_cmd->name != nullptr) {
          // A partition follows its root's columns from now on.
          columns_.erase(key(cmd->def->partition_cmd->name, o));
          it = columns_.find(k);
          continue;
        }
        if (it == columns_.end()) continue;
        std::vector<Column>& cols = it->second;
        std::string_view name = cmd->name != nullptr ? cmd->name : "";
        auto named = std::find_if(cols.begin(), cols.end(), [&](const Column& col) { return col.name == name; });
        switch (cmd->subtype) {
          case PG_QUERY__ALTER_TABLE_TYPE__AT_AddColumn:
            if (cmd->def != nullptr && cmd->def->node_case == PG_QUERY__NODE__NODE_COLUMN_DEF)
              cols.push_back(Column{cmd->def->column_def->colname ? cmd->def->column_def->colname : "",
                                    generated_column(cmd->def->column_def)});
            break;
          case PG_QUERY__ALTER_TABLE_TYPE__AT_DropColumn:
            if (named != cols.end()) cols.erase(named);
            break;
          case PG_QUERY__ALTER_TABLE_TYPE__AT_DropExpression:
            if (named != cols.end()) named->generated = false;
            break;
          case PG_QUERY__ALTER_TABLE_TYPE__AT_AddInherit:
            // An inheritance child gets the columns its parent gains later.
            columns_.erase(it);
            it = columns_.end();
            break;
          default:
            break;
        }
      }
      break;
    }
    case PG_QUERY__NODE__NODE_RENAME_STMT: {
      const PgQuery__RenameStmt* r = s->rename_stmt;
      if (r->relation == nullptr) break;
      auto it = columns_.find(key(r->relation, o));
      if (it == columns_.end()) break;
      if (r->rename_type == PG_QUERY__OBJECT_TYPE__OBJECT_COLUMN) {
        for (Column& col : it->second)
          if (r->subname != nullptr && col.name == r->subname) col.name = r->newname ? r->newname : "";
      } else if (r->rename_type == PG_QUERY__OBJECT_TYPE__OBJECT_TABLE) {
        columns_.erase(it);  // known under its old name only
      }
      break;
    }
    case PG_QUERY__NODE__NODE_ALTER_OBJECT_SCHEMA_STMT:
      if (s->alter_object_schema_stmt->relation != nullptr) columns_.erase(key(s->alter_object_schema_stmt->relation, o));
      break;
    case PG_QUERY__NODE__NODE_CREATE_FOREIGN_TABLE_STMT:
      if (s->create_foreign_table_stmt->base_stmt) relation(s->create_foreign_table_stmt->base_stmt->relation);
      break;
    case PG_QUERY__NODE__NODE_VIEW_STMT: relation(s->view_stmt->view); break;
    case PG_QUERY__NODE__NODE_CREATE_TABLE_AS_STMT:
      if (s->create_table_as_stmt->into) relation(s->create_table_as_stmt->into->rel);
      break;
    case PG_QUERY__NODE__NODE_CREATE_SEQ_STMT: relation(s->create_seq_stmt->sequence); break;
    case PG_QUERY__NODE__NODE_COMPOSITE_TYPE_STMT: define(key(s->composite_type_stmt->typevar, o)); break;
    case PG_QUERY__NODE__NODE_CREATE_ENUM_STMT:
      define(key(node_strings(s->create_enum_stmt->type_name, s->create_enum_stmt->n_type_name), o));
      break;
    case PG_QUERY__NODE__NODE_CREATE_DOMAIN_STMT:
      define(key(node_strings(s->create_domain_stmt->domainname, s->create_domain_stmt->n_domainname), o));
      break;
    case PG_QUERY__NODE__NODE_CREATE_RANGE_STMT:
      define(key(node_strings(s->create_range_stmt->type_name, s->create_range_stmt->n_type_name), o));
      break;
    case PG_QUERY__NODE__NODE_DEFINE_STMT:
      define(key(node_strings(s->define_stmt->defnames, s->define_stmt->n_defnames), o));
      break;
    case PG_QUERY__NODE__NODE_CREATE_FUNCTION_STMT: {
      std::string k = key(node_strings(s->create_function_stmt->funcname, s->create_function_stmt->n_funcname), o);
      define(k);
      // CREATE OR REPLACE of the same signature is one definition; counted
      // per statement all the same (a dump defines each once).
      if (!k.empty()) ++function_definitions_[k];
      break;
    }
    default:
      break;
  }
}

const std::vector<DumpModel::Column>* DumpModel::columns(const std::string& key) const {
  auto it = columns_.find(key);
  return it == columns_.end() ? nullptr : &it->second;
}

std::optional<size_t> DumpModel::column_count(const std::string& key) const {
  const std::vector<Column>* cols = columns(key);
  if (cols == nullptr) return std::nullopt;
  return cols->size();
}

void DumpModel::used_before_defined(Kind kind, const std::string& key, uint64_t line) {
  if (!key.empty() && !defined(key)) early_uses_[static_cast<size_t>(kind)].emplace(key, line);
}

std::optional<uint64_t> DumpModel::statement_removed(const StatementContext& ctx, size_t i, const std::string& rule,
                                                     std::string why) {
  const RuleOptions& o = ctx.options();
  Kind kind;
  std::string k, shown;
  auto name = [&](PgQuery__Node* const* names, size_t n) {
    std::vector<std::string> parts = node_strings(names, n);
    k = key(parts, o);
    shown = name_list(const_cast<PgQuery__Node**>(names), n);
  };
  switch (ctx.statement_type(i)) {
    case PG_QUERY__NODE__NODE_CREATE_FUNCTION_STMT:
    case PG_QUERY__NODE__NODE_CREATE_STMT:
    case PG_QUERY__NODE__NODE_CREATE_FOREIGN_TABLE_STMT:
    case PG_QUERY__NODE__NODE_VIEW_STMT:
    case PG_QUERY__NODE__NODE_CREATE_TABLE_AS_STMT:
    case PG_QUERY__NODE__NODE_CREATE_SEQ_STMT:
    case PG_QUERY__NODE__NODE_COMPOSITE_TYPE_STMT:
    case PG_QUERY__NODE__NODE_CREATE_ENUM_STMT:
    case PG_QUERY__NODE__NODE_CREATE_DOMAIN_STMT:
    case PG_QUERY__NODE__NODE_CREATE_RANGE_STMT:
    case PG_QUERY__NODE__NODE_DEFINE_STMT:
    case PG_QUERY__NODE__NODE_CREATE_OP_CLASS_STMT:
    case PG_QUERY__NODE__NODE_CREATE_TRIG_STMT:
    case PG_QUERY__NODE__NODE_INDEX_STMT:
      break;
    default:
      return std::nullopt;
  }
  const PgQuery__Node* s = ctx.statement(i);
  switch (s->node_case) {
    case PG_QUERY__NODE__NODE_CREATE_FUNCTION_STMT: {
      const PgQuery__CreateFunctionStmt* f = s->create_function_stmt;
      kind = Kind::Function;
      name(f->funcname, f->n_funcname);
      shown = (f->is_procedure ? "procedure " : "function ") + routine_signature(ctx, i);
      break;
    }
    case PG_QUERY__NODE__NODE_CREATE_STMT:
    case PG_QUERY__NODE__NODE_CREATE_FOREIGN_TABLE_STMT: {
      const PgQuery__CreateStmt* c = s->node_case == PG_QUERY__NODE__NODE_CREATE_STMT
                                         ? s->create_stmt
                                         : s->create_foreign_table_stmt->base_stmt;
      if (c == nullptr) return std::nullopt;
      kind = Kind::Relation;
      k = key(c->relation, o);
      shown = (s->node_case == PG_QUERY__NODE__NODE_CREATE_STMT ? "table " : "foreign table ") + qualified_name(c->relation);
      break;
    }
    case PG_QUERY__NODE__NODE_VIEW_STMT:
      kind = Kind::Relation;
      k = key(s->view_stmt->view, o);
      shown = "view " + qualified_name(s->view_stmt->view);
      break;
    case PG_QUERY__NODE__NODE_CREATE_TABLE_AS_STMT:
      if (s->create_table_as_stmt->into == nullptr) return std::nullopt;
      kind = Kind::Relation;
      k = key(s->create_table_as_stmt->into->rel, o);
      shown = (s->create_table_as_stmt->objtype == PG_QUERY__OBJECT_TYPE__OBJECT_MATVIEW ? "materialized view " : "table ") +
              qualified_name(s->create_table_as_stmt->into->rel);
      break;
    case PG_QUERY__NODE__NODE_CREATE_SEQ_STMT:
      kind = Kind::Relation;
      k = key(s->create_seq_stmt->sequence, o);
      shown = "sequence " + qualified_name(s->create_seq_stmt->sequence);
      break;
    case PG_QUERY__NODE__NODE_COMPOSITE_TYPE_STMT:
      kind = Kind::Type;
      k = key(s->composite_type_stmt->typevar, o);
      shown = "type " + qualified_name(s->composite_type_stmt->typevar);
      break;
    case PG_QUERY__NODE__NODE_CREATE_ENUM_STMT:
      kind = Kind::Type;
      name(s->create_enum_stmt->type_name, s->create_enum_stmt->n_type_name);
      shown = "type " + shown;
      break;
    case PG_QUERY__NODE__NODE_CREATE_DOMAIN_STMT:
      kind = Kind::Type;
      name(s->create_domain_stmt->domainname, s->create_domain_stmt->n_domainname);
      shown = "domain " + shown;
      break;
    case PG_QUERY__NODE__NODE_CREATE_RANGE_STMT:
      kind = Kind::Type;
      name(s->create_range_stmt->type_name, s->create_range_stmt->n_type_name);
      shown = "type " + shown;
      break;
    case PG_QUERY__NODE__NODE_DEFINE_STMT: {
      const PgQuery__DefineStmt* d = s->define_stmt;
      name(d->defnames, d->n_defnames);
      switch (d->kind) {
        case PG_QUERY__OBJECT_TYPE__OBJECT_TYPE: kind = Kind::Type; shown = "type " + shown; break;
        case PG_QUERY__OBJECT_TYPE__OBJECT_AGGREGATE: kind = Kind::Function; shown = "aggregate " + shown; break;
        case PG_QUERY__OBJECT_TYPE__OBJECT_OPERATOR: kind = Kind::Operator; shown = "operator " + shown; break;
        case PG_QUERY__OBJECT_TYPE__OBJECT_COLLATION: return std::nullopt;
        default: kind = Kind::Dictionary; shown = "text search object " + shown; break;
      }
      break;
    }
    case PG_QUERY__NODE__NODE_CREATE_OP_CLASS_STMT:
      kind = Kind::OpClass;
      name(s->create_op_class_stmt->opclassname, s->create_op_class_stmt->n_opclassname);
      shown = "operator class " + shown;
      break;
    case PG_QUERY__NODE__NODE_CREATE_TRIG_STMT:
      if (s->create_trig_stmt->trigname == nullptr) return std::nullopt;
      kind = Kind::Trigger;
      k = key(s->create_trig_stmt->relation, o) + "." + s->create_trig_stmt->trigname;
      shown = "trigger " + quote_ident(s->create_trig_stmt->trigname);
      break;
    case PG_QUERY__NODE__NODE_INDEX_STMT: {
      const PgQuery__IndexStmt* x = s->index_stmt;
      if (x->idxname == nullptr || x->idxname[0] == '\0') return std::nullopt;
      kind = Kind::Relation;  // an index lives in its table's schema
      std::string t = key(x->relation, o);
      k = t.substr(0, t.find('.') + 1) + x->idxname;
      shown = "index " + quote_ident(x->idxname);
      break;
    }
    default:
      return std::nullopt;
  }
  if (kind == Kind::Type) {  // and its array type
    size_t dot = k.find('.');
    remove(kind, k.substr(0, dot + 1) + "_" + k.substr(dot + 1), Removal{shown + "[]", why, ctx.statement_line(i), rule});
  }
  remove(kind, k, Removal{std::move(shown), std::move(why), ctx.statement_line(i), rule});
  auto early = early_uses_[static_cast<size_t>(kind)].find(k);
  if (early == early_uses_[static_cast<size_t>(kind)].end()) return std::nullopt;
  return early->second;
}

std::optional<std::string> DumpModel::removed_extension_schema(const std::string& schema) const {
  if (kept_ext_schemas_.count(schema) != 0) return std::nullopt;
  std::string out;
  for (const auto& [ext, in] : removed_ext_)
    if (in == schema) out += (out.empty() ? "" : " or ") + ext;
  if (out.empty()) return std::nullopt;
  return out;
}

std::optional<std::string> DumpModel::extension_object(const std::vector<std::string>& parts, const RuleOptions& o) const {
  if (parts.size() < 2 || relations_.empty()) return std::nullopt;  // a data-only dump creates nothing
  std::string schema = mapped(parts[parts.size() - 2], o);
  if (schema == "public" || schema == "pg_catalog" || defined(schema + "." + parts.back())) return std::nullopt;
  return removed_extension_schema(schema);
}

std::optional<std::string> DumpModel::extension_of(const RuleOptions& o, std::string_view kinds,
                                                   const std::vector<std::string>& parts) const {
  if (parts.empty() || parts.size() > 3) return std::nullopt;
  const std::string& name = parts.back();
  std::vector<const ExtensionObject*> objs;
  for (char k : kinds)
    for (const ExtensionObject* x : extension_objects(k, name)) objs.push_back(x);
  if (objs.empty()) return std::nullopt;
  auto in_schema = [&](const std::string& schema) -> std::optional<std::string> {
    if (defined_.count(schema + "." + name) != 0) return std::nullopt;
    for (const ExtensionObject* x : objs) {
      auto d = removed_ext_.find(x->ext);
      if (d != removed_ext_.end() && d->second == schema) return std::string(x->ext);
    }
    return std::nullopt;
  };
  if (parts.size() >= 2) {
    const std::string& written = parts[parts.size() - 2];
    std::string schema = mapped(written, o);
    if (schema == "pg_catalog") return std::nullopt;
    if (auto e = in_schema(schema)) return e;
    // heroku_ext.citext where the dump never created citext (a dump of
    // one schema): an extension DB9 lacks all the same.
    if (o.extensions_removed && o.map_schemas.count(written) != 0 && defined_.count(schema + "." + name) == 0)
      for (const ExtensionObject* x : objs)
        if (!db9_has_extension(o, x->ext) && created_.count(x->ext) == 0) return std::string(x->ext);
    return std::nullopt;
  }
  // Unqualified: pg_catalog comes first.
  for (const ExtensionObject* x : objs)
    if (x->also_builtin) return std::nullopt;
  for (const std::string& schema : search_path_) {
    if (defined_.count(schema + "." + name) != 0) return std::nullopt;
    if (auto e = in_schema(schema)) return e;
  }
  return std::nullopt;
}

void DumpModel::remove(Kind kind, const std::string& key, Removal why) {
  if (key.empty()) return;
  if (kind == Kind::Function) ++function_removals_[key];
  auto& table = removed_[static_cast<size_t>(kind)];
  if (table.emplace(key, std::move(why)).second) ++removals_;
}

const DumpModel::Removal* DumpModel::removed_key(Kind kind, const std::string& key) const {
  const auto& table = removed_[static_cast<size_t>(kind)];
  if (table.empty()) return nullptr;
  auto it = table.find(key);
  if (it == table.end()) return nullptr;
  if (kind == Kind::Function) {
    // An overload the dump keeps under the same name: calls may mean it.
    auto defs = function_definitions_.find(key);
    auto gone = function_removals_.find(key);
    if (defs != function_definitions_.end() && gone != function_removals_.end() && gone->second < defs->second)
      return nullptr;
  }
  return &it->second;
}

const DumpModel::Removal* DumpModel::removed(Kind kind, const std::vector<std::string>& parts,
                                             const RuleOptions& o) const {
  if (parts.empty() || removed_[static_cast<size_t>(kind)].empty()) return nullptr;
  if (parts.size() >= 2) return removed_key(kind, key(parts, o));
  for (const std::string& schema : search_path_) {
    if (const Removal* r = removed_key(kind, schema + "." + parts.back())) return r;
    if (defined_.count(schema + "." + parts.back()) != 0) return nullptr;  // a kept one comes first
  }
  return nullptr;
}

}  // namespace db9
