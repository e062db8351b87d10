#include "rules/cascade.hpp"

#include <algorithm>

namespace db9 {

std::string joined(const std::vector<std::string>& parts) {
  std::string out;
  for (size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) out += '.';
    out += quote_ident(parts[i]);
  }
  return out;
}

const char* kind_word(char kind) {
  switch (kind) {
    case 'T': return "type";
    case 'D': return "domain";
    case 'F': return "function";
    case 'A': return "aggregate";
    case 'P': return "operator";
    case 'O': return "operator class";
    case 'R': return "table";
    case 'V': return "view";
    case 'X': return "relation";  // dropped by this rule
    case 'G': return "function";  // dropped by this rule
    case 'W': return "function";  // whose body uses a removed extension
    case 'Q': return "the default operator class";
    case 'K': return "constraint";  // dropped by this rule
    case 'Y': return "type";  // removed by a rule
    case 'S': return "text search dictionary";
    default: return "object";
  }
}

// One use, without the chain of what it needed in turn (for a removal's why).
std::string short_use(const Use& u) {
  if (u.removed != nullptr)
    return u.removed->shown + (u.removed->line != 0 ? ", dropped at line " + std::to_string(u.removed->line) : "");
  return std::string(kind_word(u.kind)) + " " + u.shown + (u.ext.empty() ? "" : " (extension " + u.ext + ")");
}

std::string describe_uses(const std::vector<Use>& uses) {
  std::vector<std::string> parts;
  for (const Use& u : uses) {
    std::string s = u.removed != nullptr ? u.removed->chain()
                    : std::string(kind_word(u.kind)) + " " + u.shown +
                    (u.kind == 'W'    ? std::string(" (its body uses a removed extension)")
                     : u.ext.empty() ? std::string(" (dropped above)")
                                     : " (extension " + u.ext + ")");
    if (std::find(parts.begin(), parts.end(), s) == parts.end()) parts.push_back(s);
  }
  std::string out;
  for (size_t i = 0; i < parts.size() && i < 6; ++i) out += (i ? ", " : "") + parts[i];
  if (parts.size() > 6) out += ", and " + std::to_string(parts.size() - 6) + " more";
  return out;
}

// Calls of functions whose bodies use a removed extension fail only when
// they run: not when a view or a default is created.
void without_body_calls(std::vector<Use>& uses) {
  uses.erase(std::remove_if(uses.begin(), uses.end(), [](const Use& u) { return u.kind == 'W'; }), uses.end());
}


// ---- name resolution --------------------------------------------------------------

// A relation removed (by this rule or another), or one an extension owns.
void Cascade::relation_use(const RuleOptions& o, const std::vector<std::string>& parts, long at, std::vector<Use>& uses) const {
  if (parts.empty()) return;
  if (const DumpModel::Removal* r = m_->removed(Kind::Relation, parts, o)) {
    uses.push_back({"", 'X', joined(parts), at, r});
    return;
  }
  for (char kind : {'R', 'V'})
    if (auto e = resolve(o, std::string(1, kind), parts)) {
      uses.push_back({*e, kind, joined(parts), at});
      return;
    }
  if (auto e = m_->extension_object(parts, o)) uses.push_back({*e, 'R', joined(parts), at});
}

void Cascade::function_use(const RuleOptions& o, const std::vector<std::string>& parts, long at, std::vector<Use>& uses) const {
  if (parts.empty()) return;
  if (tainted_funcs_.count(key(parts, o)) != 0 ||
      (parts.size() == 1 && tainted_funcs_.count("public." + parts[0]) != 0 && !search_path().empty())) {
    uses.push_back({"", 'W', joined(parts), at});
    return;
  }
  if (const DumpModel::Removal* r = m_->removed(Kind::Function, parts, o)) {
    uses.push_back({"", 'G', joined(parts), at, r});
    return;
  }
  if (auto e = resolve(o, "FA", parts)) uses.push_back({*e, 'F', joined(parts), at});
  else if (auto x = m_->extension_object(parts, o)) uses.push_back({*x, 'F', joined(parts), at});
}

// Uses under a node: functions, operators, operator classes, relations,
// and (with types) type names.
void Cascade::scan(const RuleOptions& o, const ProtobufCMessage* root, bool types, std::vector<Use>& uses) const {
  if (root == nullptr) return;
  walk_messages(root, [&](const ProtobufCMessage* m) {
    if (auto* t = message_as<PgQuery__TypeName>(m, pg_query__type_name__descriptor)) {
      if (!types || t->pct_type) return;
      std::vector<std::string> parts = node_strings(t->names, t->n_names);
      if (auto e = resolve(o, "TD", parts)) uses.push_back({*e, 'T', joined(parts), t->location});
      else if (const DumpModel::Removal* r = m_->removed(Kind::Type, parts, o))
        uses.push_back({"", 'Y', joined(parts), t->location, r});
      else if (const DumpModel::Removal* r2 = m_->removed(Kind::Relation, parts, o))
        uses.push_back({"", 'X', joined(parts) + "'s row type", t->location, r2});
    } else if (auto* f = message_as<PgQuery__FuncCall>(m, pg_query__func_call__descriptor)) {
      function_use(o, node_strings(f->funcname, f->n_funcname), f->location, uses);
    } else if (auto* e = message_as<PgQuery__IndexElem>(m, pg_query__index_elem__descriptor)) {
      std::vector<std::string> parts = node_strings(e->opclass, e->n_opclass);
      if (auto x = resolve(o, "O", parts)) uses.push_back({*x, 'O', joined(parts), -1});
      else if (const DumpModel::Removal* c = m_->removed(Kind::OpClass, parts, o))
        uses.push_back({"", 'O', joined(parts), -1, c});
    } else if (auto* r = message_as<PgQuery__RangeVar>(m, pg_query__range_var__descriptor)) {
      relation_use(o, parts_of(r), r->location, uses);
    } else if (auto* a = message_as<PgQuery__AExpr>(m, pg_query__a__expr__descriptor)) {
      std::vector<std::string> parts = node_strings(a->name, a->n_name);
      if (auto x = resolve(o, "P", parts)) {
        std::string shown = parts.back();
        if (parts.size() == 2) shown = "OPERATOR(" + quote_ident(parts[0]) + "." + parts[1] + ")";
        uses.push_back({*x, 'P', shown, a->location});
      }
    } else if (auto* w = message_as<PgQuery__ObjectWithArgs>(m, pg_query__object_with_args__descriptor)) {
      function_use(o, node_strings(w->objname, w->n_objname), -1, uses);
    }
  });
}
void Cascade::scan(const RuleOptions& o, const PgQuery__Node* n, bool types, std::vector<Use>& uses) const {
  if (n != nullptr) scan(o, &n->base, types, uses);
}


// A text search dictionary (or template) that is gone.
void Cascade::dictionary_use(const RuleOptions& o, const std::vector<std::string>& parts, std::vector<Use>& uses) const {
  if (const DumpModel::Removal* r = m_->removed(Kind::Dictionary, parts, o))
    uses.push_back({"", 'S', joined(parts), -1, r});
  else if (auto e = resolve(o, "S", parts))
    uses.push_back({*e, 'S', joined(parts), -1});
}


// The object a COMMENT, SECURITY LABEL, ALTER ... OWNER or GRANT is
// about, when it is gone: removed by a rule (any kind the model knows), or
// an extension's object that DB9 will not have.
void Cascade::object_uses(const RuleOptions& o, PgQuery__ObjectType type, const PgQuery__Node* obj,
                 std::vector<Use>& uses) const {
  if (obj == nullptr) return;
  using T = PgQuery__ObjectType;
  if (obj->node_case == PG_QUERY__NODE__NODE_RANGE_VAR) {  // GRANT ON TABLE
    relation_use(o, parts_of(obj->range_var), -1, uses);
    return;
  }
  if (obj->node_case == PG_QUERY__NODE__NODE_OBJECT_WITH_ARGS) {
    std::vector<std::string> parts = node_strings(obj->object_with_args->objname, obj->object_with_args->n_objname);
    if (type == T::PG_QUERY__OBJECT_TYPE__OBJECT_OPERATOR) {
      if (const DumpModel::Removal* r = m_->removed(Kind::Operator, parts, o))
        uses.push_back({"", 'P', joined(parts), -1, r});
      else if (auto e = resolve(o, "P", parts))
        uses.push_back({*e, 'P', joined(parts), -1});
      return;
    }
    function_use(o, parts, -1, uses);
    return;
  }
  if (obj->node_case == PG_QUERY__NODE__NODE_TYPE_NAME) {  // COMMENT ON TYPE / DOMAIN
    std::vector<std::string> parts = node_strings(obj->type_name->names, obj->type_name->n_names);
    if (const DumpModel::Removal* r = m_->removed(Kind::Type, parts, o)) uses.push_back({"", 'Y', joined(parts), -1, r});
    else if (auto e = resolve(o, "TD", parts)) uses.push_back({*e, 'T', joined(parts), -1});
    return;
  }
  if (obj->node_case != PG_QUERY__NODE__NODE_LIST) return;
  std::vector<std::string> parts = node_strings(obj->list->items, obj->list->n_items);
  if (parts.empty()) return;
  switch (type) {
    case T::PG_QUERY__OBJECT_TYPE__OBJECT_COLUMN:
      parts.pop_back();
      relation_use(o, parts, -1, uses);
      break;
    case T::PG_QUERY__OBJECT_TYPE__OBJECT_TABCONSTRAINT: {
      if (parts.size() < 2) break;
      std::string con = parts.back();
      parts.pop_back();
      if (const DumpModel::Removal* r = m_->removed_key(Kind::Constraint, key(parts, o) + "." + con))
        uses.push_back({"", 'K', quote_ident(con) + " on " + joined(parts), -1, r});
      else
        relation_use(o, parts, -1, uses);
      break;
    }
    case T::PG_QUERY__OBJECT_TYPE__OBJECT_TRIGGER:
    case T::PG_QUERY__OBJECT_TYPE__OBJECT_RULE: {
      // name, then table: COMMENT ON TRIGGER t ON tbl
      std::string trig = parts.back();
      parts.pop_back();
      if (const DumpModel::Removal* r = m_->removed_key(Kind::Trigger, key(parts, o) + "." + trig))
        uses.push_back({"", 'X', quote_ident(trig) + " on " + joined(parts), -1, r});
      else
        relation_use(o, parts, -1, uses);
      break;
    }
    case T::PG_QUERY__OBJECT_TYPE__OBJECT_INDEX:
    case T::PG_QUERY__OBJECT_TYPE__OBJECT_VIEW:
    case T::PG_QUERY__OBJECT_TYPE__OBJECT_MATVIEW:
    case T::PG_QUERY__OBJECT_TYPE__OBJECT_TABLE:
    case T::PG_QUERY__OBJECT_TYPE__OBJECT_SEQUENCE:
    case T::PG_QUERY__OBJECT_TYPE__OBJECT_FOREIGN_TABLE:
      relation_use(o, parts, -1, uses);
      break;
    case T::PG_QUERY__OBJECT_TYPE__OBJECT_TYPE:
    case T::PG_QUERY__OBJECT_TYPE__OBJECT_DOMAIN:  // GRANT ON TYPE: a name list
      if (const DumpModel::Removal* r = m_->removed(Kind::Type, parts, o)) uses.push_back({"", 'Y', joined(parts), -1, r});
      else if (auto e = resolve(o, "TD", parts)) uses.push_back({*e, 'T', joined(parts), -1});
      break;
    case T::PG_QUERY__OBJECT_TYPE__OBJECT_OPCLASS:
    case T::PG_QUERY__OBJECT_TYPE__OBJECT_OPFAMILY:  // access method first
      parts.erase(parts.begin());
      if (const DumpModel::Removal* r = m_->removed(Kind::OpClass, parts, o)) uses.push_back({"", 'O', joined(parts), -1, r});
      else if (auto e = resolve(o, type == T::PG_QUERY__OBJECT_TYPE__OBJECT_OPCLASS ? "O" : "Y", parts))
        uses.push_back({*e, 'O', joined(parts), -1});
      break;
    case T::PG_QUERY__OBJECT_TYPE__OBJECT_TSDICTIONARY:
    case T::PG_QUERY__OBJECT_TYPE__OBJECT_TSCONFIGURATION:
    case T::PG_QUERY__OBJECT_TYPE__OBJECT_TSTEMPLATE:
    case T::PG_QUERY__OBJECT_TYPE__OBJECT_TSPARSER:
      if (const DumpModel::Removal* r = m_->removed(Kind::Dictionary, parts, o))
        uses.push_back({"", 'S', joined(parts), -1, r});
      else if (type == T::PG_QUERY__OBJECT_TYPE__OBJECT_TSDICTIONARY)
        if (auto e = resolve(o, "S", parts)) uses.push_back({*e, 'S', joined(parts), -1});
      break;
    default:
      break;
  }
}


// Objects a statement is about that are gone: relations this rule
// dropped, an extension's own tables and views (COPY, GRANT, COMMENT).
void Cascade::about_uses(const RuleOptions& o, const PgQuery__Node* s, std::vector<Use>& uses) const {
  switch (s->node_case) {
    case PG_QUERY__NODE__NODE_COPY_STMT:
      if (s->copy_stmt->relation) relation_use(o, parts_of(s->copy_stmt->relation), s->copy_stmt->relation->location, uses);
      break;
    case PG_QUERY__NODE__NODE_INSERT_STMT:
      if (s->insert_stmt->relation)
        relation_use(o, parts_of(s->insert_stmt->relation), s->insert_stmt->relation->location, uses);
      break;
    case PG_QUERY__NODE__NODE_ALTER_TABLE_STMT: {
      const PgQuery__AlterTableStmt* a = s->alter_table_stmt;
      relation_use(o, parts_of(a->relation), a->relation->location, uses);
      // ALTER TABLE t CLUSTER ON idx (pg_dump), for a dropped index.
      std::string table = key(a->relation, o);
      for (size_t k = 0; k < a->n_cmds; ++k)
        if (a->cmds[k]->node_case == PG_QUERY__NODE__NODE_ALTER_TABLE_CMD &&
            a->cmds[k]->alter_table_cmd->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_ClusterOn &&
            a->cmds[k]->alter_table_cmd->name &&
            m_->removed_key(Kind::Relation, table.substr(0, table.find('.') + 1) + a->cmds[k]->alter_table_cmd->name))
          uses.push_back({"", 'X', quote_ident(a->cmds[k]->alter_table_cmd->name), -1,
                          m_->removed_key(Kind::Relation,
                                          table.substr(0, table.find('.') + 1) + a->cmds[k]->alter_table_cmd->name)});
      break;
    }
    case PG_QUERY__NODE__NODE_INDEX_STMT:
      relation_use(o, parts_of(s->index_stmt->relation), s->index_stmt->relation->location, uses);
      break;
    case PG_QUERY__NODE__NODE_REFRESH_MAT_VIEW_STMT:
      relation_use(o, parts_of(s->refresh_mat_view_stmt->relation), -1, uses);
      break;
    case PG_QUERY__NODE__NODE_CREATE_TRIG_STMT:
      relation_use(o, parts_of(s->create_trig_stmt->relation), -1, uses);
      break;
    case PG_QUERY__NODE__NODE_GRANT_STMT: {
      const PgQuery__GrantStmt* g = s->grant_stmt;
      if (g->targtype != PG_QUERY__GRANT_TARGET_TYPE__ACL_TARGET_OBJECT) break;
      for (size_t k = 0; k < g->n_objects; ++k) object_uses(o, g->objtype, g->objects[k], uses);
      without_body_calls(uses);  // a kept function whose body breaks is still there
      return;  // whatever it is about counts
    }
    case PG_QUERY__NODE__NODE_COMMENT_STMT:
      object_uses(o, s->comment_stmt->objtype, s->comment_stmt->object, uses);
      without_body_calls(uses);  // a kept function whose body breaks is still there
      return;
    case PG_QUERY__NODE__NODE_ALTER_OWNER_STMT:
      object_uses(o, s->alter_owner_stmt->object_type, s->alter_owner_stmt->object, uses);
      without_body_calls(uses);  // a kept function whose body breaks is still there
      return;
    case PG_QUERY__NODE__NODE_SEC_LABEL_STMT:
      object_uses(o, s->sec_label_stmt->objtype, s->sec_label_stmt->object, uses);
      without_body_calls(uses);  // a kept function whose body breaks is still there
      return;
    case PG_QUERY__NODE__NODE_ALTER_SEQ_STMT: {
      const PgQuery__DefElem* owned = node_option(s->alter_seq_stmt->options, s->alter_seq_stmt->n_options, "owned_by");
      if (owned && owned->arg && owned->arg->node_case == PG_QUERY__NODE__NODE_LIST) {
        std::vector<std::string> parts = node_strings(owned->arg->list->items, owned->arg->list->n_items);
        if (parts.size() >= 2) {
          parts.pop_back();
          relation_use(o, parts, -1, uses);
        }
      }
      break;
    }
    default:
      break;
  }
  // Only what this rule dropped and an extension's own tables count here;
  // an extension's view in an ALTER TABLE or index is not "about" it.
  uses.erase(std::remove_if(uses.begin(), uses.end(),
                            [&](const Use& u) {
                              return !(u.kind == 'X' || u.kind == 'G' || u.kind == 'R' || u.kind == 'V' ||
                                       u.kind == 'K');
                            }),
             uses.end());
}


}  // namespace db9
