// Partitioned and inherited tables (partition, inheritance). DB9 has neither
// partitioning nor table inheritance, so both are flattened into plain
// tables without losing a row:
//
// partition: a partitioned table (PARTITION BY) becomes a plain table; its
// partitions disappear and their rows go into the top root. pg_dump writes
// each partition as a standalone CREATE TABLE and says that it is one only
// later, in ALTER TABLE ONLY root ATTACH PARTITION child FOR VALUES ...; the
// rule tags every CREATE TABLE (and what is only about that table) for the
// output hold (src/hold.hpp), and the ATTACH takes the held statements
// about the child back. From then on the rule knows the child as a
// partition: COPY / INSERT into it load the root instead, and its indexes,
// index ATTACHes, constraints, triggers, comments, owners and grants go.
//
// inheritance: INHERITS (...) goes; the child gets the inherited columns
// (remembered from the parents' CREATE TABLE, at every level) and keeps its
// own rows, which queries on the parent no longer see.
//
// The rules remember tables by schema.name (public when a name is not
// qualified), for as long as the run lasts: schema metadata, never data.
#include <algorithm>
#include <cstring>
#include <optional>
#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "rules/partition_bounds.hpp"
#include "rules/registry.hpp"

namespace db9 {

namespace {

std::string table_key(const PgQuery__RangeVar* r) {
  if (r == nullptr) return "";
  std::string schema = r->schemaname != nullptr && r->schemaname[0] != '\0' ? r->schemaname : "public";
  return schema + "." + (r->relname ? r->relname : "");
}

// schema.name of a qualified name's parts (public when not qualified; a
// catalog name before the schema is left out), "" for none.
std::string parts_key(const std::vector<std::string>& parts) {
  if (parts.empty()) return "";
  return (parts.size() == 1 ? std::string("public") : parts[parts.size() - 2]) + "." + parts.back();
}

// schema.name from a list of String nodes naming a table (COMMENT ON TABLE),
// leaving out the last `drop_last` names (a column, constraint, trigger).
std::string key_from_names(const PgQuery__Node* object, size_t drop_last) {
  if (object == nullptr || object->node_case != PG_QUERY__NODE__NODE_LIST) return "";
  const PgQuery__List* l = object->list;
  if (l->n_items <= drop_last) return "";
  size_t n = l->n_items - drop_last;
  std::vector<std::string> names;
  for (size_t k = 0; k < n; ++k) {
    if (l->items[k]->node_case != PG_QUERY__NODE__NODE_STRING) return "";
    names.emplace_back(l->items[k]->string->sval);
  }
  return parts_key(names);
}

// schema.name of a function named by an ObjectWithArgs node.
std::string routine_key(const PgQuery__Node* n) {
  if (n == nullptr || n->node_case != PG_QUERY__NODE__NODE_OBJECT_WITH_ARGS) return "";
  std::vector<std::string> parts = node_strings(n->object_with_args->objname, n->object_with_args->n_objname);
  if (parts.size() != n->object_with_args->n_objname) return "";
  return parts_key(parts);
}

// The byte range of a relation's name as written (a.b.c), from its location.
std::pair<size_t, size_t> name_span(const StatementContext& ctx, const PgQuery__RangeVar* r) {
  const Tokens& t = ctx.tokens();
  size_t k = t.first_at_or_after(static_cast<size_t>(r->location));
  if (k >= t.size()) return {0, 0};
  size_t b = static_cast<size_t>(t[k].start), e = token_end(ctx.text(), t, k);
  while (k + 2 < t.size() && t[k + 1].token == PG_QUERY__TOKEN__ASCII_46) {
    k += 2;
    e = token_end(ctx.text(), t, k);
  }
  return {b, e};
}

// The end of the last code token that ends at or before `pos`.
size_t code_end_before(const StatementContext& ctx, size_t pos) {
  const Tokens& t = ctx.tokens();
  size_t k = t.first_at_or_after(pos);
  while (k > 0) {
    --k;
    if (!is_comment(t[k])) return token_end(ctx.text(), t, k);
  }
  return pos;
}

// From token k (a '('), the index of its matching ')' (t.size() if none).
size_t matching_paren(const Tokens& t, size_t k) {
  int depth = 0;
  for (; k < t.size(); ++k) {
    if (t[k].token == PG_QUERY__TOKEN__ASCII_40) ++depth;
    if (t[k].token == PG_QUERY__TOKEN__ASCII_41 && --depth == 0) return k;
  }
  return t.size();
}

// The items of the parenthesised list whose '(' is token k, split at its
// top-level commas: each as its exact source bytes, and the token when the
// item is a single one (MINVALUE, NULL, a literal). Empty if unbalanced.
struct ListItem {
  std::string text;
  int single = -1;  // PgQuery__Token of a one-token item
};
std::vector<ListItem> paren_items(const StatementContext& ctx, size_t k) {
  const Tokens& t = ctx.tokens();
  std::vector<ListItem> items;
  size_t close = matching_paren(t, k);
  if (close >= t.size()) return items;
  int depth = 0;
  size_t first = t.size(), last = t.size(), count = 0;
  auto end_item = [&] {
    if (first >= t.size()) return;
    size_t b = static_cast<size_t>(t[first].start), e = token_end(ctx.text(), t, last);
    items.push_back(ListItem{std::string(ctx.text().substr(b, e - b)), count == 1 ? static_cast<int>(t[first].token) : -1});
    first = last = t.size();
    count = 0;
  };
  for (size_t j = k + 1; j < close; ++j) {
    if (is_comment(t[j])) continue;
    if (t[j].token == PG_QUERY__TOKEN__ASCII_44 && depth == 0) {
      end_item();
      continue;
    }
    if (t[j].token == PG_QUERY__TOKEN__ASCII_40) ++depth;
    if (t[j].token == PG_QUERY__TOKEN__ASCII_41) --depth;
    if (first >= t.size()) first = j;
    last = j;
    ++count;
  }
  end_item();
  return items;
}

// The first code token at or after `from` (before `end`) that is `token`.
size_t find_token(const StatementContext& ctx, size_t from, size_t end, int token) {
  const Tokens& t = ctx.tokens();
  for (size_t k = t.first_at_or_after(from); k < t.size() && static_cast<size_t>(t[k].start) < end; ++k)
    if (t[k].token == token) return k;
  return t.size();
}

BoundDatum datum(const ListItem& item) {
  switch (item.single) {
    case PG_QUERY__TOKEN__MINVALUE: return {BoundDatum::MinValue, item.text};
    case PG_QUERY__TOKEN__MAXVALUE: return {BoundDatum::MaxValue, item.text};
    case PG_QUERY__TOKEN__NULL_P: return {BoundDatum::Null, item.text};
    default: break;
  }
  // A literal as it is; anything longer in parentheses, so that it stays
  // one operand whatever operator it holds.
  bool simple = item.single >= 0;
  return {BoundDatum::Value, simple ? item.text : "(" + item.text + ")"};
}

// FOR VALUES ... of a partition bound node, read from its source text
// [b->location, end). nullopt when its datums cannot be matched to the text.
std::optional<PartitionBound> read_bound(const StatementContext& ctx, const PgQuery__PartitionBoundSpec* b, size_t end) {
  PartitionBound out;
  out.is_default = b->is_default;
  out.strategy = b->strategy != nullptr ? b->strategy[0] : 0;
  out.modulus = b->modulus;
  out.remainder = b->remainder;
  if (out.is_default || out.strategy == 'h') return out;
  const Tokens& t = ctx.tokens();
  size_t from = static_cast<size_t>(b->location);
  auto list_after = [&](int keyword, size_t& at) -> std::optional<std::vector<BoundDatum>> {
    size_t k = find_token(ctx, at, end, keyword);
    if (k >= t.size()) return std::nullopt;
    size_t p = code_token(t, k + 1);
    if (p >= t.size() || t[p].token != PG_QUERY__TOKEN__ASCII_40) return std::nullopt;
    std::vector<BoundDatum> v;
    for (const ListItem& item : paren_items(ctx, p)) v.push_back(datum(item));
    size_t close = matching_paren(t, p);
    if (close < t.size()) at = static_cast<size_t>(t[close].end);
    return v;
  };
  if (out.strategy == 'l') {
    auto v = list_after(PG_QUERY__TOKEN__IN_P, from);
    if (!v || v->size() != b->n_listdatums) return std::nullopt;
    out.list = std::move(*v);
  } else if (out.strategy == 'r') {
    auto lo = list_after(PG_QUERY__TOKEN__FROM, from);
    auto hi = lo ? list_after(PG_QUERY__TOKEN__TO, from) : std::nullopt;
    if (!lo || !hi || lo->size() != b->n_lowerdatums || hi->size() != b->n_upperdatums) return std::nullopt;
    out.lower = std::move(*lo);
    out.upper = std::move(*hi);
  }
  return out;
}

// The RangeVars a statement reads rows from: FROM items (through joins),
// UPDATE ... FROM and DELETE ... USING, at any depth.
std::set<const PgQuery__RangeVar*> from_items(const PgQuery__Node* stmt) {
  std::set<const PgQuery__RangeVar*> out;
  std::vector<const PgQuery__Node*> work;
  auto add = [&](PgQuery__Node* const* items, size_t n) {
    for (size_t k = 0; k < n; ++k) work.push_back(items[k]);
  };
  walk_messages(stmt, [&](const ProtobufCMessage* m) {
    if (auto* s = message_as<PgQuery__SelectStmt>(m, pg_query__select_stmt__descriptor)) add(s->from_clause, s->n_from_clause);
    else if (auto* u = message_as<PgQuery__UpdateStmt>(m, pg_query__update_stmt__descriptor)) add(u->from_clause, u->n_from_clause);
    else if (auto* d = message_as<PgQuery__DeleteStmt>(m, pg_query__delete_stmt__descriptor)) add(d->using_clause, d->n_using_clause);
  });
  while (!work.empty()) {
    const PgQuery__Node* n = work.back();
    work.pop_back();
    if (n == nullptr) continue;
    if (n->node_case == PG_QUERY__NODE__NODE_RANGE_VAR) out.insert(n->range_var);
    else if (n->node_case == PG_QUERY__NODE__NODE_JOIN_EXPR) {
      work.push_back(n->join_expr->larg);
      work.push_back(n->join_expr->rarg);
    }
  }
  return out;
}

// Column names of a list of String nodes ("a,b"), "" if one is not a String.
std::string names_key(PgQuery__Node* const* items, size_t n) {
  std::vector<std::string> v = node_strings(items, n);
  if (v.size() != n) return "";
  std::string out;
  for (const std::string& x : v) out += (out.empty() ? "" : ",") + x;
  return out;
}
std::string sorted_key(std::string cols) {
  std::vector<std::string> v;
  for (size_t b = 0; b <= cols.size();) {
    size_t e = cols.find(',', b);
    if (e == std::string::npos) e = cols.size();
    v.push_back(cols.substr(b, e - b));
    b = e + 1;
  }
  std::sort(v.begin(), v.end());
  std::string out;
  for (const std::string& x : v) out += (out.empty() ? "" : ",") + x;
  return out;
}

// A clause "KEYWORD [BY] ( ... )" of CREATE TABLE statement i, after its
// element list: the range to cut to remove it, with the space before it.
std::optional<std::pair<size_t, size_t>> clause_span(const StatementContext& ctx, size_t i, size_t from,
                                                      PgQuery__Token keyword) {
  const Tokens& t = ctx.tokens();
  size_t end = ctx.statement_end(i);
  for (size_t k = t.first_at_or_after(from); k < t.size() && static_cast<size_t>(t[k].start) < end; ++k) {
    if (t[k].token != keyword) continue;
    size_t p = code_token(t, k + 1);
    if (keyword == PG_QUERY__TOKEN__PARTITION) {
      if (p >= t.size() || t[p].token != PG_QUERY__TOKEN__BY) continue;
      p = code_token(t, p + 1);  // the strategy
      p = code_token(t, p + 1);
    }
    if (p >= t.size() || t[p].token != PG_QUERY__TOKEN__ASCII_40) continue;
    size_t close = matching_paren(t, p);
    if (close >= t.size()) return std::nullopt;
    return std::make_pair(code_end_before(ctx, static_cast<size_t>(t[k].start)), static_cast<size_t>(t[close].end));
  }
  return std::nullopt;
}

// The element list of CREATE TABLE statement i: the byte offsets just
// inside its parentheses, and each element's span (in table_elts order).
struct Elements {
  size_t open = 0, close = 0;  // the '(' and ')' bytes
  std::vector<std::pair<size_t, size_t>> spans;
};

std::optional<Elements> element_list(const StatementContext& ctx, size_t i, const PgQuery__CreateStmt* c) {
  const Tokens& t = ctx.tokens();
  // CREATE TABLE name (...), or CREATE TABLE name PARTITION OF parent (...).
  const PgQuery__RangeVar* before = c->relation;
  if (c->partbound != nullptr && c->n_inh_relations == 1 &&
      c->inh_relations[0]->node_case == PG_QUERY__NODE__NODE_RANGE_VAR)
    before = c->inh_relations[0]->range_var;
  auto [nb, ne] = name_span(ctx, before);
  if (ne == 0) return std::nullopt;
  size_t k = code_token(t, t.first_at_or_after(ne));
  if (k >= t.size() || t[k].token != PG_QUERY__TOKEN__ASCII_40) return std::nullopt;
  size_t close = matching_paren(t, k);
  if (close >= t.size() || static_cast<size_t>(t[close].start) >= ctx.statement_end(i)) return std::nullopt;
  Elements el;
  el.open = static_cast<size_t>(t[k].start);
  el.close = static_cast<size_t>(t[close].start);
  int depth = 0;
  size_t seg = 0, last = 0;
  bool open = false;
  for (size_t j = k + 1; j < close; ++j) {
    if (is_comment(t[j])) continue;
    if (t[j].token == PG_QUERY__TOKEN__ASCII_44 && depth == 0) {
      if (open) el.spans.emplace_back(seg, last);
      open = false;
      continue;
    }
    if (!open) {
      seg = static_cast<size_t>(t[j].start);
      open = true;
    }
    if (t[j].token == PG_QUERY__TOKEN__ASCII_40) ++depth;
    if (t[j].token == PG_QUERY__TOKEN__ASCII_41) --depth;
    last = token_end(ctx.text(), t, j);
  }
  if (open) el.spans.emplace_back(seg, last);
  if (el.spans.size() != c->n_table_elts) return std::nullopt;
  return el;
}

std::string trim(std::string_view s) {
  size_t b = s.find_first_not_of(" \t\r\n"), e = s.find_last_not_of(" \t\r\n");
  return b == std::string_view::npos ? "" : std::string(s.substr(b, e - b + 1));
}

// What a child inherits from a parent: columns (name, type, collation,
// DEFAULT, NOT NULL, CHECK, generated expression; not keys, references or
// identity) and CHECK constraints that are not NO INHERIT.
struct Column {
  std::string name;  // as the parser has it
  std::string text;  // the definition to write in the child
};
struct Check {
  std::string name;  // "" when unnamed
  std::string text;  // the table constraint as written
};
struct TableShape {
  std::string display;  // as written
  std::vector<Column> columns;
  std::vector<Check> checks;
};

std::string serial_base(std::string type) {
  type = lower(type);
  if (type == "serial" || type == "serial4") return "integer";
  if (type == "bigserial" || type == "serial8") return "bigint";
  if (type == "smallserial" || type == "serial2") return "smallint";
  return "";
}

// The column definition a child inherits, from the parent's ColumnDef
// element [b, e).
std::string inherited_definition(const StatementContext& ctx, const PgQuery__ColumnDef* d, size_t b, size_t e,
                                 const std::string& table_key) {
  std::string_view text = ctx.text();
  // Cuts: the type, the collation, each constraint; kept pieces joined.
  std::vector<std::pair<size_t, bool>> cuts;  // (offset, keep)
  if (d->type_name != nullptr) cuts.emplace_back(static_cast<size_t>(d->type_name->location), true);
  if (d->coll_clause != nullptr) cuts.emplace_back(static_cast<size_t>(d->coll_clause->location), true);
  for (size_t k = 0; k < d->n_constraints; ++k) {
    if (d->constraints[k]->node_case != PG_QUERY__NODE__NODE_CONSTRAINT) continue;
    const PgQuery__Constraint* c = d->constraints[k]->constraint;
    bool keep = false;
    switch (c->contype) {
      case PG_QUERY__CONSTR_TYPE__CONSTR_NULL:
      case PG_QUERY__CONSTR_TYPE__CONSTR_NOTNULL:
      case PG_QUERY__CONSTR_TYPE__CONSTR_DEFAULT:
      case PG_QUERY__CONSTR_TYPE__CONSTR_GENERATED:
        keep = true;
        break;
      case PG_QUERY__CONSTR_TYPE__CONSTR_CHECK:
        keep = !c->is_no_inherit;
        break;
      default:
        break;
    }
    cuts.emplace_back(static_cast<size_t>(c->location), keep);
  }
  std::sort(cuts.begin(), cuts.end());
  std::string out = quote_ident(d->colname);
  for (size_t k = 0; k < cuts.size(); ++k) {
    if (cuts[k].first < b || cuts[k].first >= e) continue;
    size_t to = k + 1 < cuts.size() ? std::min(cuts[k + 1].first, e) : e;
    std::string piece = trim(text.substr(cuts[k].first, to - cuts[k].first));
    if (!cuts[k].second || piece.empty()) continue;
    if (k == 0 && d->type_name != nullptr && cuts[k].first == static_cast<size_t>(d->type_name->location)) {
      // serial in a parent: the child shares the parent's sequence.
      std::string base = serial_base(piece);
      if (!base.empty()) {
        std::string seq = table_key + "_" + std::string(d->colname) + "_seq";
        piece = base + " DEFAULT nextval('" + seq + "'::regclass) NOT NULL";
      }
    }
    out += " " + piece;
  }
  return out;
}

// Remembers the shape of every table created (for inheritance, and for the
// column lists of INSERTs into partitions).
TableShape shape_of(const StatementContext& ctx, const PgQuery__CreateStmt* c, const Elements& el) {
  TableShape s;
  s.display = qualified_name(c->relation);
  std::string key = table_key(c->relation);
  for (size_t k = 0; k < c->n_table_elts; ++k) {
    const PgQuery__Node* n = c->table_elts[k];
    auto [b, e] = el.spans[k];
    if (n->node_case == PG_QUERY__NODE__NODE_COLUMN_DEF) {
      s.columns.push_back(Column{n->column_def->colname, inherited_definition(ctx, n->column_def, b, e, key)});
    } else if (n->node_case == PG_QUERY__NODE__NODE_CONSTRAINT &&
               n->constraint->contype == PG_QUERY__CONSTR_TYPE__CONSTR_CHECK && !n->constraint->is_no_inherit) {
      s.checks.push_back(Check{n->constraint->conname ? n->constraint->conname : "", std::string(ctx.text().substr(b, e - b))});
    }
  }
  return s;
}

std::string column_list(const std::vector<std::string>& names) {
  std::string out;
  for (const std::string& n : names) out += (out.empty() ? "" : ", ") + quote_ident(n);
  return out;
}

// A statement's code on one line, for a message (at most 160 bytes).
std::string head(const StatementContext& ctx, size_t i) {
  std::string s = statement_code(ctx, i);
  if (s.size() > 160) s = s.substr(0, 157) + "...";
  return s;
}

// ---- partition ------------------------------------------------------------------

class Partitions : public Rule {
 public:
  void check(MetaContext& ctx) override {
    // \copy ... from stdin: data begins, the hold ends.
    if (meta_copy_from_stdin(ctx.line())) data_begins();
  }
  void check(StatementContext& ctx) override {
    for (size_t i = 0; i < ctx.statement_count(); ++i) {
      switch (ctx.statement_type(i)) {
        case PG_QUERY__NODE__NODE_CREATE_STMT: create_table(ctx, i); break;
        case PG_QUERY__NODE__NODE_ALTER_TABLE_STMT: alter_table(ctx, i); break;
        case PG_QUERY__NODE__NODE_INDEX_STMT: create_index(ctx, i); break;
        case PG_QUERY__NODE__NODE_CREATE_TRIG_STMT: about(ctx, i, ctx.statement(i)->create_trig_stmt->relation); break;
        case PG_QUERY__NODE__NODE_RULE_STMT:
          if (about(ctx, i, ctx.statement(i)->rule_stmt->relation)) references(ctx, i, "");
          break;
        case PG_QUERY__NODE__NODE_REFRESH_MAT_VIEW_STMT: about(ctx, i, ctx.statement(i)->refresh_mat_view_stmt->relation); break;
        case PG_QUERY__NODE__NODE_COMMENT_STMT: comment(ctx, i); break;
        case PG_QUERY__NODE__NODE_GRANT_STMT: grant(ctx, i); break;
        case PG_QUERY__NODE__NODE_COPY_STMT: copy(ctx, i); break;
        case PG_QUERY__NODE__NODE_INSERT_STMT:
          insert(ctx, i);
          if (insert_reads(ctx.statement(i)->insert_stmt)) references(ctx, i, "");
          break;
        case PG_QUERY__NODE__NODE_VIEW_STMT: view(ctx, i, ctx.statement(i)->view_stmt->view); break;
        case PG_QUERY__NODE__NODE_CREATE_TABLE_AS_STMT:
          if (ctx.statement(i)->create_table_as_stmt->into != nullptr)
            view(ctx, i, ctx.statement(i)->create_table_as_stmt->into->rel);
          break;
        case PG_QUERY__NODE__NODE_CREATE_FUNCTION_STMT: function(ctx, i); break;
        case PG_QUERY__NODE__NODE_SELECT_STMT:
        case PG_QUERY__NODE__NODE_UPDATE_STMT:
        case PG_QUERY__NODE__NODE_DELETE_STMT:
        case PG_QUERY__NODE__NODE_DECLARE_CURSOR_STMT:
        case PG_QUERY__NODE__NODE_EXPLAIN_STMT:
          references(ctx, i, "");
          break;
        default: break;
      }
    }
  }

 private:
  bool is_partition(const std::string& key) const { return parent_.count(key) != 0; }
  std::string top(std::string key) const {
    for (int guard = 0; guard < 64; ++guard) {
      auto it = parent_.find(key);
      if (it == parent_.end()) break;
      key = it->second;
    }
    return key;
  }
  std::string display(const std::string& key) const {
    auto it = display_.find(key);
    return it != display_.end() ? it->second : key;
  }
  // Tag a statement about `key` for the hold, when its CREATE TABLE may
  // still be held.
  // `begins`: a partitioned table's CREATE TABLE starts the hold (pg_dump
  // writes a partition after its parent).
  void tag(StatementContext& ctx, const std::string& key, bool begins) {
    if (ctx.statement_count() != 1 || key.empty()) return;
    if (!begins && created_since_data_.count(key) == 0) return;
    HoldTag& t = ctx.hold_tag();
    t.subject = key;
    t.begins = begins;
    if (begins) holding_ = true;
  }
  void data_begins() {
    created_since_data_.clear();
    holding_ = false;
  }
  void drop_about_partition(StatementContext& ctx, size_t i, const std::string& key) {
    ctx.drop(i, ctx.statement_begin(i), head(ctx, i), Severity::Note,
             "it is about partition " + display(key) + ", merged into " + display(top(key)));
  }
  // Statements about a view this rule dropped (it read a partition it
  // cannot stand for) go with it. Returns whether statement i was dropped.
  bool gone(StatementContext& ctx, size_t i, const std::string& key) {
    if (is_partition(key)) {
      drop_about_partition(ctx, i, key);
      return true;
    }
    if (dropped_rels_.count(key) == 0) return false;
    ctx.drop(i, ctx.statement_begin(i), head(ctx, i), Severity::Warning,
             "it is about " + display(key) + ", dropped above (it read a partition)");
    return true;
  }

  // The rows of partition `key` as a condition on its root's columns (every
  // level's bound), or nullopt with the reason.
  std::optional<std::string> filter(const std::string& key, std::string* why) const {
    std::vector<std::string> conds;
    std::string k = key;
    for (int guard = 0; guard < 64 && is_partition(k); ++guard) {
      const std::string& parent = parent_.at(k);
      auto pk = keys_.find(parent);
      auto b = bounds_.find(k);
      std::string prefix = k == key ? "" : "its parent " + display(k) + ": ";
      if (pk == keys_.end()) {
        *why = prefix + "the partition key of " + display(parent) + " is not known";
        return std::nullopt;
      }
      if (b == bounds_.end()) {
        *why = prefix + "its bounds could not be read";
        return std::nullopt;
      }
      std::string w;
      std::optional<std::string> c = bound_condition(pk->second, b->second, &w);
      if (!c) {
        *why = prefix + w;
        return std::nullopt;
      }
      conds.push_back(*c);
      k = parent;
    }
    if (conds.size() == 1) return conds[0];
    std::string out;
    for (const std::string& c : conds) out += (out.empty() ? "(" : " AND (") + c + ")";
    return out;
  }

  // A partition's rows are read through its root: what it reads from a
  // partition (FROM, JOIN, UPDATE ... FROM, DELETE ... USING) becomes a
  // subquery on the root with the partition's bounds as its WHERE, under
  // the partition's name. A read that cannot be written so (a hash or
  // default partition), or of a view dropped for that: a view, materialized
  // view or SQL-standard function body (`self`) is dropped, anything else
  // reported. While the hold is on, the tables it reads that may still turn
  // out to be partitions go into its hold tag, for a second look at their
  // ATTACH. Returns false when statement i was dropped.
  bool references(StatementContext& ctx, size_t i, const std::string& self) {
    if (parent_.empty() && dropped_rels_.empty() && !holding_) return true;
    const PgQuery__Node* s = ctx.statement(i);
    std::set<const PgQuery__RangeVar*> from_set = from_items(s);
    std::vector<const PgQuery__RangeVar*> from(from_set.begin(), from_set.end());
    std::sort(from.begin(), from.end(), [](auto* a, auto* b) { return a->location < b->location; });
    const Tokens& t = ctx.tokens();
    std::vector<Edit> edits;
    std::vector<std::string> how;
    std::string fail;
    std::set<std::string> refs;
    for (const PgQuery__RangeVar* r : from) {
      std::string key = table_key(r);
      if (key == self || r->relname == nullptr) continue;
      if (dropped_rels_.count(key) != 0) {
        fail = "it reads " + display(key) + ", dropped above";
        break;
      }
      if (!is_partition(key)) {
        if (holding_ && created_since_data_.count(key) != 0) refs.insert(key);
        continue;
      }
      std::string why;
      std::optional<std::string> f = filter(key, &why);
      if (!f) {
        fail = "it reads partition " + display(key) + ", merged into " + display(top(key)) +
               ", and its rows cannot be told apart there: " + why;
        break;
      }
      auto [b, e] = name_span(ctx, r);
      size_t k = t.first_at_or_after(b);
      size_t before = k;
      while (before > 0 && is_comment(t[before - 1])) --before;
      if (before > 0 && t[before - 1].token == PG_QUERY__TOKEN__ONLY) {
        b = static_cast<size_t>(t[before - 1].start);
      } else if (before > 0 && t[before - 1].token == PG_QUERY__TOKEN__ASCII_40) {
        size_t p = before - 1;  // ONLY (name): not rewritten
        while (p > 0 && is_comment(t[p - 1])) --p;
        if (p > 0 && t[p - 1].token == PG_QUERY__TOKEN__ONLY) e = 0;
      }
      if (e == 0) {
        fail = "it reads partition " + display(key) + " in a form not rewritten here";
        break;
      }
      std::string root = display(top(key));
      std::string text = "(SELECT * FROM " + root + " WHERE " + *f + ")";
      if (r->alias == nullptr) text += " AS " + quote_ident(r->relname);
      edits.push_back(Edit{b, e, text});
      how.push_back(display(key) + " → " + root + " WHERE " + *f);
    }
    // Calls of functions this rule dropped (an SQL-standard body that read
    // a hash or default partition), or may still drop while held.
    if (fail.empty() && (!dropped_rels_.empty() || holding_)) {
      walk_messages(s, [&](const ProtobufCMessage* m) {
        const auto* call = message_as<PgQuery__FuncCall>(m, pg_query__func_call__descriptor);
        if (call == nullptr || !fail.empty()) return;
        std::vector<std::string> parts = node_strings(call->funcname, call->n_funcname);
        if (parts.empty() || parts.size() != call->n_funcname) return;
        std::string key = parts_key(parts);
        if (key == self) return;
        if (dropped_rels_.count(key) != 0) fail = "it calls " + display(key) + ", dropped above";
        else if (holding_ && created_since_data_.count(key) != 0) refs.insert(key);
      });
    }
    size_t at = ctx.statement_begin(i);
    if (!fail.empty()) {
      if (!self.empty()) {
        dropped_rels_.insert(self);
        display_.emplace(self, self);
        ctx.drop(i, at, head(ctx, i), Severity::Error,
                 fail + "; recreate it on DB9 over " + "the merged table");
        ctx.findings().back().retract = self;
        ctx.findings().back().retract_if_held = true;
        return false;
      }
      ctx.note(at, head(ctx, i) + ": " + fail + "; left unchanged, and DB9 will refuse it", Severity::Warning);
      return true;
    }
    if (s->node_case == PG_QUERY__NODE__NODE_UPDATE_STMT || s->node_case == PG_QUERY__NODE__NODE_DELETE_STMT) {
      const PgQuery__RangeVar* target =
          s->node_case == PG_QUERY__NODE__NODE_UPDATE_STMT ? s->update_stmt->relation : s->delete_stmt->relation;
      if (target != nullptr && is_partition(table_key(target)))
        ctx.note(at, head(ctx, i) + ": it changes partition " + display(table_key(target)) + ", merged into " +
                         display(top(table_key(target))) + "; left unchanged, and DB9 will refuse it",
                 Severity::Warning);
    }
    if (!edits.empty()) {
      std::string list;
      for (const std::string& h : how) list += (list.empty() ? "" : "; ") + h;
      ctx.rewrite(at, head(ctx, i), "reads " + list, std::move(edits), Severity::Note,
                  "the same rows as before: the partitions are merged into their root");
    }
    if (!refs.empty() && ctx.statement_count() == 1)
      for (const std::string& r : refs) ctx.hold_tag().refs.push_back(r);
    return true;
  }

  // Whether an INSERT reads a table (INSERT ... SELECT ... FROM): a plain
  // VALUES list, the bulk of an --inserts dump, is not walked.
  bool insert_reads(const PgQuery__InsertStmt* x) const {
    if (parent_.empty() && dropped_rels_.empty() && !holding_) return false;
    if (x->with_clause != nullptr) return true;
    if (x->select_stmt == nullptr || x->select_stmt->node_case != PG_QUERY__NODE__NODE_SELECT_STMT) return true;
    const PgQuery__SelectStmt* sel = x->select_stmt->select_stmt;
    return sel->n_values_lists == 0;
  }

  // CREATE VIEW / MATERIALIZED VIEW / TABLE AS: remembered while the hold
  // is on (statements about it are tagged with it), then its reads.
  void view(StatementContext& ctx, size_t i, const PgQuery__RangeVar* name) {
    if (name == nullptr) return;
    std::string key = table_key(name);
    display_[key] = qualified_name(name);
    if (holding_) created_since_data_.insert(key);
    references(ctx, i, key);
  }

  // CREATE FUNCTION: a SQL-standard body is read like a view; a quoted body
  // (checked only when called) is searched for names that are, or turn
  // out to be, partitions.
  void function(StatementContext& ctx, size_t i) {
    const PgQuery__CreateFunctionStmt* f = ctx.statement(i)->create_function_stmt;
    if (f->sql_body == nullptr && partition_names_.empty()) {
      // No partition known yet (pg_dump writes functions before tables):
      // the body is read only if one turns up (read_bodies).
      unread_bodies_.emplace_back(ctx.text().substr(ctx.statement_begin(i), ctx.statement_end(i) - ctx.statement_begin(i)));
      return;
    }
    body_names(ctx, i);
  }
  // The names in a quoted body (or a SQL-standard body read like a view).
  void body_names(StatementContext& ctx, size_t i) {
    const PgQuery__CreateFunctionStmt* f = ctx.statement(i)->create_function_stmt;
    std::string name = routine_signature(ctx, i);
    if (f->sql_body != nullptr) {
      std::vector<std::string> parts = node_strings(f->funcname, f->n_funcname);
      std::string key = parts_key(parts);
      if (!key.empty()) display_.emplace(key, name);
      if (holding_ && !key.empty()) created_since_data_.insert(key);
      references(ctx, i, key.empty() ? "?" : key);
      return;
    }
    const char* l = def_string(f->options, f->n_options, "language");
    std::string language = l ? lower(l) : "sql";
    const char* text = def_string(f->options, f->n_options, "as");
    if (text == nullptr || (language != "sql" && language != "plpgsql")) return;
    Tokens tokens(text);
    std::set<std::string> names;
    for (size_t k = 0; k < tokens.size(); ++k)
      if (std::optional<std::string> id = token_identifier(tokens[k], tokens.text(k))) names.insert(*id);
    for (const std::string& n : names) {
      body_names_[n].push_back(name);
      auto known = partition_names_.find(n);
      if (known != partition_names_.end())
        for (const std::string& part : known->second) body_names_partition(ctx, i, part, name);
    }
  }
  void body_names_partition(StatementContext& ctx, size_t i, const std::string& part, const std::string& function) {
    ctx.note(ctx.statement_begin(i),
             function + ": its body names " + display(part) + ", a partition merged into " + display(top(part)) +
                 "; it loads (bodies are checked when called) but a call reading " + display(part) +
                 " will fail: edit it to read " + display(top(part)),
             Severity::Warning);
  }
  // A table became known as a partition: the functions written before whose
  // quoted bodies name it.
  void partition_known(StatementContext& ctx, size_t i, const std::string& part) {
    if (partition_names_.empty()) read_bodies(ctx.options());
    partition_names_[part.substr(part.find('.') + 1)].insert(part);
    auto it = body_names_.find(part.substr(part.find('.') + 1));
    if (it == body_names_.end()) return;
    for (const std::string& function : it->second) body_names_partition(ctx, i, part, function);
  }

  // Unique keys (for foreign keys that referenced a partition).
  void unique(const std::string& table, const PgQuery__Constraint* c, const char* column) {
    if (c->contype != PG_QUERY__CONSTR_TYPE__CONSTR_PRIMARY && c->contype != PG_QUERY__CONSTR_TYPE__CONSTR_UNIQUE) return;
    std::string cols = column != nullptr ? std::string(column) : names_key(c->keys, c->n_keys);
    if (cols.empty()) return;
    uniques_[table].insert(sorted_key(cols));
    if (c->contype == PG_QUERY__CONSTR_TYPE__CONSTR_PRIMARY) primary_[table] = cols;
  }

  // A foreign key referencing a partition references the merged table,
  // when that has a unique key on the same columns (the partition's own
  // were attached from it, as pg_dump's are); otherwise it goes. `alone`:
  // the constraint is all statement i does (ALTER TABLE ... ADD CONSTRAINT).
  // Returns false when statement i was dropped.
  bool foreign_key(StatementContext& ctx, size_t i, const std::string& table, const PgQuery__Constraint* c, bool alone) {
    if (c->contype != PG_QUERY__CONSTR_TYPE__CONSTR_FOREIGN || c->pktable == nullptr) return true;
    std::string part = table_key(c->pktable);
    if (!is_partition(part)) return true;
    std::string root = top(part);
    // Without a column list it references the partition's primary key: its
    // own, or the one it got from its parent.
    std::string cols = c->n_pk_attrs > 0 ? names_key(c->pk_attrs, c->n_pk_attrs) : "";
    for (std::string k = part; cols.empty() && !k.empty(); k = is_partition(k) ? parent_.at(k) : "") {
      auto p = primary_.find(k);
      if (p != primary_.end()) cols = p->second;
    }
    std::string name = c->conname != nullptr && c->conname[0] != '\0' ? std::string(c->conname) + " " : "";
    std::string what = "FOREIGN KEY " + name + "of " + display(table) + " REFERENCES " + display(part);
    if (cols.empty() || uniques_[root].count(sorted_key(cols)) == 0) {
      std::string why = "partition " + display(part) + " is merged into " + display(root) +
                        ", which has no unique key on (" + (cols.empty() ? "?" : cols) +
                        ") to check against; the constraint is not kept (the rows are)";
      if (alone) {
        ctx.drop(i, ctx.statement_begin(i), head(ctx, i), Severity::Warning, why);
        return false;
      }
      ctx.note(ctx.statement_begin(i), what + ": " + why.substr(0, why.find(';')) + "; left unchanged, and DB9 will refuse it");
      return true;
    }
    auto [b, e] = name_span(ctx, c->pktable);
    if (e == 0) return true;
    std::string text = display(root);
    if (c->n_pk_attrs == 0 && primary_[root] != cols) text += " (" + cols + ")";
    ctx.rewrite(b, what, "references " + display(root), {Edit{b, e, text}}, Severity::Warning,
                "partition " + display(part) + " is merged into it: the key is now checked against all of " +
                    display(root) + "'s rows");
    return true;
  }

  void create_table(StatementContext& ctx, size_t i) {
    const PgQuery__CreateStmt* c = ctx.statement(i)->create_stmt;
    if (c->relation == nullptr) return;
    std::string key = table_key(c->relation);
    display_[key] = qualified_name(c->relation);
    if (c->partbound != nullptr && c->n_inh_relations == 1 &&
        c->inh_relations[0]->node_case == PG_QUERY__NODE__NODE_RANGE_VAR) {
      // CREATE TABLE child PARTITION OF parent FOR VALUES ...
      const PgQuery__RangeVar* p = c->inh_relations[0]->range_var;
      std::string parent = table_key(p);
      if (display_.count(parent) == 0) display_[parent] = qualified_name(p);
      parent_[key] = parent;
      size_t b = static_cast<size_t>(c->partbound->location), e = ctx.statement_end(i);
      if (auto by = clause_span(ctx, i, b, PG_QUERY__TOKEN__PARTITION)) e = by->first;
      std::string bounds = code_text(ctx, b, e);
      if (!bounds.empty() && bounds.back() == ';') bounds.pop_back();
      if (!c->partbound->is_default) bounds = "FOR VALUES " + trim(bounds);
      if (std::optional<PartitionBound> pb = read_bound(ctx, c->partbound, e)) bounds_[key] = std::move(*pb);
      for (size_t k = 0; k < c->n_table_elts; ++k)
        if (c->table_elts[k]->node_case == PG_QUERY__NODE__NODE_CONSTRAINT) unique(key, c->table_elts[k]->constraint, nullptr);
      partition_known(ctx, i, key);
      std::string own;
      if (c->n_table_elts > 0) {
        if (std::optional<Elements> el = element_list(ctx, i, c))
          own = "; its own constraints and column options are not kept: (" +
                code_text(ctx, el->open + 1, el->close) + ")";
      }
      ctx.drop(i, ctx.statement_begin(i), "CREATE TABLE " + display(key) + " PARTITION OF " + display(parent),
               Severity::Note,
               "partition " + display(key) + " " + trim(bounds) + ": its rows go into " + display(top(key)) +
                   ", which is a plain table now" + own);
      return;
    }
    if (c->relation->relpersistence != nullptr && c->relation->relpersistence[0] == 't') return;
    // Its column names (for INSERTs into it without a column list).
    std::vector<std::string> names;
    for (size_t k = 0; k < c->n_table_elts; ++k)
      if (c->table_elts[k]->node_case == PG_QUERY__NODE__NODE_COLUMN_DEF)
        names.emplace_back(c->table_elts[k]->column_def->colname);
    columns_[key] = std::move(names);
    for (size_t k = 0; k < c->n_table_elts; ++k) {
      const PgQuery__Node* n = c->table_elts[k];
      if (n->node_case == PG_QUERY__NODE__NODE_CONSTRAINT) {
        unique(key, n->constraint, nullptr);
        foreign_key(ctx, i, key, n->constraint, false);
      } else if (n->node_case == PG_QUERY__NODE__NODE_COLUMN_DEF) {
        for (size_t j = 0; j < n->column_def->n_constraints; ++j)
          if (n->column_def->constraints[j]->node_case == PG_QUERY__NODE__NODE_CONSTRAINT) {
            unique(key, n->column_def->constraints[j]->constraint, n->column_def->colname);
            foreign_key(ctx, i, key, n->column_def->constraints[j]->constraint, false);
          }
      }
    }
    std::optional<Elements> el;
    if (c->partspec != nullptr) el = element_list(ctx, i, c);
    for (size_t k = 0; k < c->n_table_elts; ++k) {
      const PgQuery__Node* n = c->table_elts[k];
      if (n->node_case != PG_QUERY__NODE__NODE_COLUMN_DEF) continue;
      for (size_t j = 0; j < n->column_def->n_constraints; ++j) {
        const PgQuery__Node* x = n->column_def->constraints[j];
        if (x->node_case == PG_QUERY__NODE__NODE_CONSTRAINT &&
            x->constraint->contype == PG_QUERY__CONSTR_TYPE__CONSTR_IDENTITY &&
            std::strcmp(x->constraint->generated_when, "a") == 0)
          identity_always_.insert(key);
      }
    }
    // Held (so that a later ATTACH can take it back) once a partitioned
    // table has been seen since the last data.
    if (c->partspec != nullptr) tag(ctx, key, true);
    if (holding_) {
      created_since_data_.insert(key);
      if (c->partspec == nullptr) tag(ctx, key, false);
    }
    if (c->partspec != nullptr) {
      size_t from = el ? el->close : static_cast<size_t>(c->relation->location);
      std::optional<std::pair<size_t, size_t>> by = clause_span(ctx, i, from, PG_QUERY__TOKEN__PARTITION);
      if (!by) {
        ctx.note(ctx.statement_begin(i),
                 "CREATE TABLE " + display(key) + " is partitioned, but its PARTITION BY clause was not found; left "
                 "unchanged, and DB9 will refuse it");
        return;
      }
      keys_[key] = partition_key(ctx, c->partspec, by->first, by->second);
      std::string clause = code_text(ctx, by->first, by->second);
      ctx.rewrite(ctx.statement_begin(i), "CREATE TABLE " + display(key), clause + " removed", {Edit{by->first, by->second, ""}},
                  Severity::Warning,
                  "it is a plain table now, and its partitions' rows go into it");
    }
  }

  void alter_table(StatementContext& ctx, size_t i) {
    const PgQuery__AlterTableStmt* a = ctx.statement(i)->alter_table_stmt;
    if (a->relation == nullptr) return;
    std::string key = table_key(a->relation);
    bool attach = false, detach = false;
    for (size_t k = 0; k < a->n_cmds; ++k) {
      if (a->cmds[k]->node_case != PG_QUERY__NODE__NODE_ALTER_TABLE_CMD) continue;
      const PgQuery__AlterTableCmd* c = a->cmds[k]->alter_table_cmd;
      attach = attach || c->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_AttachPartition;
      detach = detach || c->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_DetachPartition;
      if (c->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_AddConstraint && c->def != nullptr &&
          c->def->node_case == PG_QUERY__NODE__NODE_CONSTRAINT) {
        unique(key, c->def->constraint, nullptr);
        if (!is_partition(key) && !foreign_key(ctx, i, key, c->def->constraint, a->n_cmds == 1)) return;
      }
      if (c->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_AddIdentity && c->def != nullptr &&
          c->def->node_case == PG_QUERY__NODE__NODE_CONSTRAINT &&
          std::strcmp(c->def->constraint->generated_when, "a") == 0)
        identity_always_.insert(key);
    }
    if (a->objtype == PG_QUERY__OBJECT_TYPE__OBJECT_INDEX) {
      // ALTER INDEX root_idx ATTACH PARTITION child_idx: no partitions, no index tree.
      if (attach) ctx.drop(i, ctx.statement_begin(i), head(ctx, i), Severity::Note,
                           "partition indexes are not kept: the merged table has the root's index");
      return;
    }
    if (attach && a->n_cmds == 1) {
      attach_partition(ctx, i, a);
      return;
    }
    if (gone(ctx, i, key)) return;
    if (attach || detach) {
      ctx.note(ctx.statement_begin(i),
               head(ctx, i) + (detach ? ": DETACH PARTITION (a script that moves rows between partitions) is not "
                                        "flattened"
                                      : ": ATTACH PARTITION together with other subcommands is not taken apart") +
                   "; left unchanged, and DB9 will refuse it");
      return;
    }
    tag(ctx, key, false);
  }

  void attach_partition(StatementContext& ctx, size_t i, const PgQuery__AlterTableStmt* a) {
    const PgQuery__AlterTableCmd* c = a->cmds[0]->alter_table_cmd;
    if (c->def == nullptr || c->def->node_case != PG_QUERY__NODE__NODE_PARTITION_CMD ||
        c->def->partition_cmd->name == nullptr)
      return;
    const PgQuery__PartitionCmd* pc = c->def->partition_cmd;
    std::string parent = table_key(a->relation), child = table_key(pc->name);
    if (display_.count(parent) == 0) display_[parent] = qualified_name(a->relation);
    if (display_.count(child) == 0) display_[child] = qualified_name(pc->name);
    parent_[child] = parent;
    std::string root = top(child);
    std::string bounds = "DEFAULT";
    if (pc->bound != nullptr) {
      size_t e = ctx.statement_end(i);
      if (e > 0 && ctx.text()[e - 1] == ';') --e;
      bounds = code_text(ctx, static_cast<size_t>(pc->bound->location), e);
      if (!pc->bound->is_default) bounds = "FOR VALUES " + bounds;
    }
    if (pc->bound != nullptr) {
      if (std::optional<PartitionBound> pb = read_bound(ctx, pc->bound, ctx.statement_end(i))) bounds_[child] = std::move(*pb);
    }
    partition_known(ctx, i, child);
    std::string what = "ALTER TABLE " + display(parent) + " ATTACH PARTITION " + display(child);
    std::string detail = "partition " + display(child) + " " + bounds + ": its rows go into " + display(root);
    if (created_since_data_.count(child) != 0) {
      ctx.drop(i, ctx.statement_begin(i), what, Severity::Note,
               detail + "; its CREATE TABLE and the statements about it are taken back");
      ctx.findings().back().retract = child;
      return;
    }
    // Its CREATE TABLE went out before data did: move its rows and drop it.
    auto cols = columns_.find(child);
    std::string list = cols != columns_.end() && !cols->second.empty() ? column_list(cols->second) : "";
    std::string text = list.empty() ? "INSERT INTO " + display(root) + " SELECT * FROM ONLY " + display(child)
                                    : "INSERT INTO " + display(root) + " (" + list + ") SELECT " + list +
                                          " FROM ONLY " + display(child);
    text += "; DROP TABLE " + display(child) + ";";
    size_t b = ctx.statement_begin(i), e = ctx.statement_end(i);
    ctx.rewrite(b, what, "its rows moved into " + display(root) + " and the table dropped", {Edit{b, e, text}},
                Severity::Warning, detail + " (its CREATE TABLE was written before this ATTACH)");
  }

  void create_index(StatementContext& ctx, size_t i) {
    const PgQuery__IndexStmt* x = ctx.statement(i)->index_stmt;
    if (x->relation == nullptr) return;
    std::string key = table_key(x->relation);
    if (gone(ctx, i, key)) return;
    if (x->unique && x->where_clause == nullptr) {
      std::string cols;
      for (size_t k = 0; k < x->n_index_params; ++k) {
        const PgQuery__Node* n = x->index_params[k];
        if (n->node_case != PG_QUERY__NODE__NODE_INDEX_ELEM || n->index_elem->name == nullptr) {
          cols.clear();
          break;
        }
        cols += (cols.empty() ? "" : ",") + std::string(n->index_elem->name);
      }
      if (!cols.empty()) uniques_[key].insert(sorted_key(cols));
    }
    if (!x->relation->inh) {
      // CREATE INDEX ... ON ONLY root: a plain table has no partitions to skip.
      const Tokens& t = ctx.tokens();
      size_t k = t.first_at_or_after(static_cast<size_t>(x->relation->location));
      while (k > 0) {
        --k;
        if (!is_comment(t[k])) break;
      }
      if (k < t.size() && t[k].token == PG_QUERY__TOKEN__ONLY) {
        size_t b = static_cast<size_t>(t[k].start);
        size_t e = static_cast<size_t>(t[t.first_at_or_after(static_cast<size_t>(x->relation->location))].start);
        ctx.rewrite(b, head(ctx, i), "ON ONLY → ON", {Edit{b, e, ""}}, Severity::Note,
                    display(key) + " is a plain table now");
        return;
      }
    }
    tag(ctx, key, false);
  }

  bool about(StatementContext& ctx, size_t i, const PgQuery__RangeVar* r) {
    if (r == nullptr) return true;
    std::string key = table_key(r);
    if (gone(ctx, i, key)) return false;
    tag(ctx, key, false);
    return true;
  }

  void comment(StatementContext& ctx, size_t i) {
    const PgQuery__CommentStmt* c = ctx.statement(i)->comment_stmt;
    std::string key;
    switch (c->objtype) {
      case PG_QUERY__OBJECT_TYPE__OBJECT_TABLE:
      case PG_QUERY__OBJECT_TYPE__OBJECT_VIEW:
      case PG_QUERY__OBJECT_TYPE__OBJECT_MATVIEW:
        key = key_from_names(c->object, 0);
        break;
      case PG_QUERY__OBJECT_TYPE__OBJECT_FUNCTION:
      case PG_QUERY__OBJECT_TYPE__OBJECT_PROCEDURE:
      case PG_QUERY__OBJECT_TYPE__OBJECT_ROUTINE:
        key = routine_key(c->object);
        break;
      case PG_QUERY__OBJECT_TYPE__OBJECT_COLUMN:
      case PG_QUERY__OBJECT_TYPE__OBJECT_TABCONSTRAINT:
      case PG_QUERY__OBJECT_TYPE__OBJECT_TRIGGER:
      case PG_QUERY__OBJECT_TYPE__OBJECT_RULE:
        key = key_from_names(c->object, 1);
        break;
      default: return;
    }
    if (key.empty()) return;
    if (!gone(ctx, i, key)) tag(ctx, key, false);
  }

  void grant(StatementContext& ctx, size_t i) {
    const PgQuery__GrantStmt* g = ctx.statement(i)->grant_stmt;
    if ((g->objtype == PG_QUERY__OBJECT_TYPE__OBJECT_FUNCTION || g->objtype == PG_QUERY__OBJECT_TYPE__OBJECT_ROUTINE ||
         g->objtype == PG_QUERY__OBJECT_TYPE__OBJECT_PROCEDURE) &&
        g->n_objects == 1) {
      std::string key = routine_key(g->objects[0]);
      if (!key.empty() && !gone(ctx, i, key)) tag(ctx, key, false);
      return;
    }
    if (g->objtype != PG_QUERY__OBJECT_TYPE__OBJECT_TABLE ||
        g->targtype != PG_QUERY__GRANT_TARGET_TYPE__ACL_TARGET_OBJECT || g->n_objects == 0)
      return;
    size_t partitions = 0;
    std::string key;
    for (size_t k = 0; k < g->n_objects; ++k) {
      if (g->objects[k]->node_case != PG_QUERY__NODE__NODE_RANGE_VAR) return;
      key = table_key(g->objects[k]->range_var);
      partitions += is_partition(key) || dropped_rels_.count(key) != 0;
    }
    if (partitions == g->n_objects) gone(ctx, i, key);
    else if (g->n_objects == 1) tag(ctx, key, false);
  }

  void copy(StatementContext& ctx, size_t i) {
    const PgQuery__Node* s = ctx.statement(i);
    const PgQuery__CopyStmt* c = s->copy_stmt;
    if (copy_from_stdin(s)) data_begins();
    if (c->relation == nullptr || !c->is_from) return;
    std::string key = table_key(c->relation);
    if (!is_partition(key)) return;
    std::string root = top(key);
    auto [b, e] = name_span(ctx, c->relation);
    if (e == 0) return;
    ctx.rewrite(b, "COPY " + display(key), "rows loaded into " + display(root), {Edit{b, e, display(root)}},
                Severity::Note, "partition " + display(key) + " is merged into it (columns by name)");
  }

  void insert(StatementContext& ctx, size_t i) {
    data_begins();
    if (parent_.empty()) return;  // no partition known: no need to unpack the tree
    const PgQuery__InsertStmt* x = ctx.statement(i)->insert_stmt;
    if (x->relation == nullptr) return;
    std::string key = table_key(x->relation);
    if (!is_partition(key)) return;
    std::string root = top(key);
    auto [b, e] = name_span(ctx, x->relation);
    if (e == 0) return;
    std::vector<Edit> edits{Edit{b, e, display(root)}};
    std::string how = "rows inserted into " + display(root);
    if (x->n_cols == 0 && x->relation->alias == nullptr) {
      // Without a column list the values are in the partition's column
      // order, which need not be the root's: name the columns.
      auto cols = columns_.find(key);
      if (cols != columns_.end() && !cols->second.empty()) edits[0].text += " (" + column_list(cols->second) + ")";
    }
    if (x->override == PG_QUERY__OVERRIDING_KIND__OVERRIDING_NOT_SET && identity_always_.count(root) != 0 &&
        x->select_stmt != nullptr) {
      // The root's GENERATED ALWAYS identity would refuse the partition's
      // ids: after the column list, if there is one.
      const Tokens& t = ctx.tokens();
      size_t k = code_token(t, t.first_at_or_after(e));
      if (x->n_cols == 0 || k >= t.size() || t[k].token != PG_QUERY__TOKEN__ASCII_40) {
        edits[0].text += " OVERRIDING SYSTEM VALUE";
      } else {
        size_t close = matching_paren(t, k);
        if (close < t.size()) {
          size_t at = static_cast<size_t>(t[close].end);
          edits.push_back(Edit{at, at, " OVERRIDING SYSTEM VALUE"});
        }
      }
    }
    ctx.rewrite(b, "INSERT INTO " + display(key), how, std::move(edits), Severity::Note,
                "partition " + display(key) + " is merged into it; later INSERTs into it likewise, not reported again");
    if (!inserts_reported_.insert(key).second) ctx.findings().back().repeat = true;
  }

  // PARTITION BY strategy (...) as the key of a condition; [b, e) is the
  // clause in statement text.
  PartitionKey partition_key(const StatementContext& ctx, const PgQuery__PartitionSpec* spec, size_t b, size_t e) {
    PartitionKey pk;
    pk.strategy = spec->strategy != nullptr ? spec->strategy[0] : 0;
    const Tokens& t = ctx.tokens();
    size_t k = find_token(ctx, b, e, PG_QUERY__TOKEN__ASCII_40);
    std::vector<ListItem> items = k < t.size() ? paren_items(ctx, k) : std::vector<ListItem>{};
    if (items.size() != spec->n_part_params) {
      pk.unusable = "its parent's partition key could not be read";
      return pk;
    }
    for (size_t j = 0; j < spec->n_part_params; ++j) {
      const PgQuery__Node* n = spec->part_params[j];
      if (n->node_case == PG_QUERY__NODE__NODE_PARTITION_ELEM && n->partition_elem->n_opclass > 0) {
        pk.unusable = "its parent's partition key uses an operator class of its own";
        return pk;
      }
      pk.exprs.push_back(items[j].text);
    }
    return pk;
  }

  std::map<std::string, std::string> parent_;   // partition → its parent
  std::map<std::string, std::string> display_;  // key → name as written
  std::map<std::string, std::vector<std::string>> columns_;  // column names
  std::set<std::string> identity_always_;       // roots with GENERATED ALWAYS AS IDENTITY
  std::set<std::string> created_since_data_;    // CREATE TABLEs the hold still has
  bool holding_ = false;                        // the hold is on (a partitioned table since the last data)
  std::set<std::string> inserts_reported_;
  std::map<std::string, PartitionKey> keys_;      // partitioned table → PARTITION BY
  std::map<std::string, PartitionBound> bounds_;  // partition → FOR VALUES
  std::set<std::string> dropped_rels_;            // views (and functions) this rule dropped
  std::map<std::string, std::set<std::string>> uniques_;  // table → its unique keys (sorted columns)
  std::map<std::string, std::string> primary_;            // table → its primary key's columns
  std::map<std::string, std::vector<std::string>> body_names_;  // a name in a quoted body → functions
  std::vector<std::string> unread_bodies_;  // CREATE FUNCTION text, before any partition was known
  Parser parser_;
  // The first partition is known: the functions written before it are read
  // now, each parsed again on its own.
  void read_bodies(const RuleOptions& options) {
    std::vector<std::string> texts = std::move(unread_bodies_);
    unread_bodies_.clear();
    for (const std::string& text : texts) {
      Item item;
      item.text = text;
      ParsedStatement parsed = parser_.parse(text);
      if (!parsed.ok() || parsed.statement_count() != 1 ||
          parsed.statement_type(0) != PG_QUERY__NODE__NODE_CREATE_FUNCTION_STMT)
        continue;
      StatementContext ctx(item, parser_.text(), parsed, options);
      body_names(ctx, 0);  // no partition is known yet: it only records names
    }
  }
  std::map<std::string, std::set<std::string>> partition_names_;  // a partition's name → its keys
};

// ---- inheritance ----------------------------------------------------------------

class Inheritance : public Rule {
 public:
  void check(StatementContext& ctx) override {
    for (size_t i = 0; i < ctx.statement_count(); ++i) {
      switch (ctx.statement_type(i)) {
        case PG_QUERY__NODE__NODE_CREATE_STMT: create_table(ctx, i); break;
        case PG_QUERY__NODE__NODE_COMPOSITE_TYPE_STMT: composite_type(ctx, i); break;
        case PG_QUERY__NODE__NODE_ALTER_TABLE_STMT:
          if (ctx.mentions(i, "inherit")) alter_table(ctx, i);
          break;
        default: break;
      }
    }
  }

 private:
  // CREATE TYPE t AS (a int, b text): the columns a typed table (CREATE
  // TABLE x OF t) gets, and so a child of x inherits.
  void composite_type(const StatementContext& ctx, size_t i) {
    const PgQuery__CompositeTypeStmt* c = ctx.statement(i)->composite_type_stmt;
    if (c->typevar == nullptr) return;
    const Tokens& t = ctx.tokens();
    std::vector<Column> cols;
    for (size_t k = 0; k < c->n_coldeflist; ++k) {
      if (c->coldeflist[k]->node_case != PG_QUERY__NODE__NODE_COLUMN_DEF) return;
      const PgQuery__ColumnDef* d = c->coldeflist[k]->column_def;
      if (d->colname == nullptr || d->type_name == nullptr || d->type_name->location < 0) return;
      // The type (and COLLATE) up to the ',' or ')' at its depth.
      size_t b = static_cast<size_t>(d->type_name->location), e = b;
      int depth = 0;
      for (size_t j = t.first_at_or_after(b); j < t.size(); ++j) {
        if (is_comment(t[j])) continue;
        if (depth == 0 && (t[j].token == PG_QUERY__TOKEN__ASCII_44 || t[j].token == PG_QUERY__TOKEN__ASCII_41)) break;
        if (t[j].token == PG_QUERY__TOKEN__ASCII_40) ++depth;
        if (t[j].token == PG_QUERY__TOKEN__ASCII_41) --depth;
        e = token_end(ctx.text(), t, j);
      }
      cols.push_back(Column{d->colname, quote_ident(d->colname) + " " + trim(ctx.text().substr(b, e - b))});
    }
    types_[table_key(c->typevar)] = std::move(cols);
  }

  void create_table(StatementContext& ctx, size_t i) {
    const PgQuery__CreateStmt* c = ctx.statement(i)->create_stmt;
    if (c->relation == nullptr || c->partbound != nullptr) return;
    std::string key = table_key(c->relation);
    if (c->of_typename != nullptr && c->n_inh_relations == 0) {
      // A typed table: its columns are its type's.
      auto it = types_.find(parts_key(node_strings(c->of_typename->names, c->of_typename->n_names)));
      if (it != types_.end()) tables_[key] = TableShape{qualified_name(c->relation), it->second, {}};
      return;
    }
    if (c->n_inh_relations == 0) {
      // Most tables have no children: their shape is worked out (tokens and
      // all) only when a child names them (shape()).
      tables_.erase(key);
      unread_[key] = std::string(ctx.text().substr(ctx.statement_begin(i), ctx.statement_end(i) - ctx.statement_begin(i)));
      return;
    }
    std::optional<Elements> el = element_list(ctx, i, c);
    if (!el) {
      if (c->n_inh_relations > 0)
        ctx.note(ctx.statement_begin(i), "CREATE TABLE " + qualified_name(c->relation) +
                                             " INHERITS: its column list was not found; left unchanged, and DB9 "
                                             "will refuse it");
      return;
    }
    TableShape own = shape_of(ctx, c, *el);
    std::vector<std::string> parents;
    std::string parent_names;
    for (size_t k = 0; k < c->n_inh_relations; ++k) {
      if (c->inh_relations[k]->node_case != PG_QUERY__NODE__NODE_RANGE_VAR) return;
      const PgQuery__RangeVar* p = c->inh_relations[k]->range_var;
      std::string pk = table_key(p);
      parent_names += (parent_names.empty() ? "" : ", ") + qualified_name(p);
      if (!shape(pk, ctx.options())) {
        ctx.note(ctx.statement_begin(i), "CREATE TABLE " + own.display + " INHERITS (" + qualified_name(p) +
                                             "): the parent's CREATE TABLE was not seen before, so its columns are "
                                             "unknown; left unchanged, and DB9 will refuse it");
        return;
      }
      parents.push_back(pk);
    }
    std::optional<std::pair<size_t, size_t>> inh = clause_span(ctx, i, el->close, PG_QUERY__TOKEN__INHERITS);
    if (!inh) return;
    // Columns: the parents' in order (a column the child also defines, or
    // that two parents share, once, where PostgreSQL puts it), then the
    // child's own; then the child's constraints and the inherited CHECKs.
    TableShape merged;
    merged.display = own.display;
    std::set<std::string> seen;
    std::map<std::string, const Column*> own_cols;
    for (const Column& col : own.columns) own_cols[col.name] = &col;
    std::vector<std::string> inherited_names;
    std::vector<std::string> elements;
    for (const std::string& pk : parents) {
      for (const Column& col : tables_[pk].columns) {
        if (!seen.insert(col.name).second) continue;
        inherited_names.push_back(quote_ident(col.name));
        merged.columns.push_back(col);
      }
    }
    std::string_view text = ctx.text();
    for (size_t k = 0; k < c->n_table_elts; ++k) {
      const PgQuery__Node* n = c->table_elts[k];
      std::string own_text(text.substr(el->spans[k].first, el->spans[k].second - el->spans[k].first));
      if (n->node_case == PG_QUERY__NODE__NODE_COLUMN_DEF && seen.count(n->column_def->colname) != 0) {
        // Defined again by the child: its definition, at the parent's place.
        for (Column& col : merged.columns)
          if (col.name == n->column_def->colname) col.text = own_text;
        continue;
      }
      if (n->node_case == PG_QUERY__NODE__NODE_COLUMN_DEF) {
        const Column* oc = own_cols[n->column_def->colname];
        merged.columns.push_back(Column{n->column_def->colname, oc ? oc->text : own_text});
        elements.push_back(own_text);
        continue;
      }
      elements.push_back(own_text);
    }
    // The column definitions to write: merged order; the child's own
    // columns as written.
    std::vector<std::string> out;
    std::set<std::string> own_names;
    for (size_t k = 0; k < c->n_table_elts; ++k)
      if (c->table_elts[k]->node_case == PG_QUERY__NODE__NODE_COLUMN_DEF)
        own_names.insert(c->table_elts[k]->column_def->colname);
    for (const Column& col : merged.columns) {
      if (own_names.count(col.name) != 0 && seen.count(col.name) == 0) continue;  // written below, in place
      out.push_back(col.text);
    }
    for (const std::string& e : elements) out.push_back(e);
    // An inherited CHECK once: PostgreSQL merges constraints of one name
    // (pg_dump writes a merged one in the child too, as its own), and the
    // same unnamed text from two parents.
    std::set<std::string> names_taken, texts;
    for (const Check& chk : own.checks)
      if (!chk.name.empty()) names_taken.insert(chk.name);
    for (const std::string& pk : parents) {
      for (const Check& chk : tables_[pk].checks) {
        if (chk.name.empty() ? !texts.insert(chk.text).second : !names_taken.insert(chk.name).second) continue;
        out.push_back(chk.text);
        merged.checks.push_back(chk);
      }
    }
    for (const Check& chk : own.checks) merged.checks.push_back(chk);
    std::string list = "\n";
    for (size_t k = 0; k < out.size(); ++k) list += "    " + out[k] + (k + 1 < out.size() ? ",\n" : "\n");
    std::vector<Edit> edits{Edit{el->open + 1, el->close, list}, Edit{inh->first, inh->second, ""}};
    std::string names;
    for (const std::string& n : inherited_names) names += (names.empty() ? "" : ", ") + n;
    ctx.rewrite(ctx.statement_begin(i), "CREATE TABLE " + own.display + " INHERITS (" + parent_names + ")",
                "INHERITS removed; the inherited columns (" + names + ") are its own now", std::move(edits),
                Severity::Warning,
                "it keeps its own rows, which queries on " + parent_names + " no longer see");
    tables_[key] = std::move(merged);
  }

  void alter_table(StatementContext& ctx, size_t i) {
    const PgQuery__AlterTableStmt* a = ctx.statement(i)->alter_table_stmt;
    if (a->relation == nullptr) return;
    std::vector<bool> remove(a->n_cmds, false);
    size_t n = 0;
    for (size_t k = 0; k < a->n_cmds; ++k) {
      if (a->cmds[k]->node_case != PG_QUERY__NODE__NODE_ALTER_TABLE_CMD) continue;
      auto st = a->cmds[k]->alter_table_cmd->subtype;
      remove[k] = st == PG_QUERY__ALTER_TABLE_TYPE__AT_AddInherit || st == PG_QUERY__ALTER_TABLE_TYPE__AT_DropInherit;
      n += remove[k];
    }
    if (n == 0) return;
    std::string what = head(ctx, i);
    std::string detail = qualified_name(a->relation) + " stays a standalone table";
    if (n == a->n_cmds) {
      ctx.drop(i, ctx.statement_begin(i), what, Severity::Warning, detail);
      return;
    }
    std::vector<Edit> edits = remove_commands(alter_table_command_spans(ctx, i), remove);
    if (edits.empty()) return;
    ctx.rewrite(ctx.statement_begin(i), what, "[NO] INHERIT removed", std::move(edits), Severity::Warning, detail);
  }

  // The shape of a parent: remembered, or worked out now from its CREATE
  // TABLE's text, parsed again on its own.
  bool shape(const std::string& key, const RuleOptions& options) {
    if (tables_.count(key) != 0) return true;
    auto it = unread_.find(key);
    if (it == unread_.end()) return false;
    std::string text = std::move(it->second);
    unread_.erase(it);
    Item item;
    item.text = text;
    ParsedStatement parsed = parser_.parse(text);
    if (!parsed.ok() || parsed.statement_count() != 1 || parsed.statement_type(0) != PG_QUERY__NODE__NODE_CREATE_STMT)
      return false;
    StatementContext ctx(item, parser_.text(), parsed, options);
    const PgQuery__CreateStmt* c = ctx.statement(0)->create_stmt;
    std::optional<Elements> el = element_list(ctx, 0, c);
    if (!el) return false;
    tables_[key] = shape_of(ctx, c, *el);
    return true;
  }

  std::map<std::string, TableShape> tables_;
  std::map<std::string, std::string> unread_;  // CREATE TABLE text of tables no child has named yet
  Parser parser_;
  std::map<std::string, std::vector<Column>> types_;  // composite types, for typed tables
};

}  // namespace

std::vector<RuleInfo> partition_rules() {
  return {
      {"partition",
       "partitioned tables become plain tables holding every partition's rows (--partitions merge|error)",
       Action::Drop,
       "DB9 has no table partitioning. A partitioned table loses its PARTITION BY and becomes a plain table; its "
       "partitions are not created: pg_dump's standalone CREATE TABLE of each (held back until its ATTACH "
       "PARTITION, see --max-hold-bytes) and everything only about it (indexes, index ATTACH, constraints, "
       "triggers, comments, owners, grants) are dropped, and its rows are loaded into the top root instead "
       "(COPY and INSERT, columns by name). CREATE INDEX ... ON ONLY becomes plain. Each partition is reported "
       "with its bounds. A view, materialized view, SQL-standard function body or query that reads a partition "
       "reads (SELECT * FROM root WHERE <the partition's bounds>) under the partition's name instead: the same "
       "rows (views pg_dump writes before the ATTACH are held and reviewed again at it). A read of a hash or "
       "DEFAULT partition cannot be written so: such a view is dropped, error-level, with the views over it and "
       "what is only about it. A foreign key referencing a partition references the root when the root has the "
       "same unique key, else it is dropped; a quoted function body naming a partition is reported.",
       [] { return std::unique_ptr<Rule>(new Partitions()); }},
      {"inheritance",
       "INHERITS removed; children keep the inherited columns and their own rows (--inheritance detach|error)",
       Action::Drop,
       "DB9 has no table inheritance. CREATE TABLE ... INHERITS (parent) loses the INHERITS clause and gets the "
       "inherited columns (name, type, collation, default, NOT NULL, CHECK; remembered from the parents' CREATE "
       "TABLE at every level) and CHECK constraints as its own; ALTER TABLE ... [NO] INHERIT is dropped. Each "
       "child keeps its own rows, which queries on the parent no longer see.",
       [] { return std::unique_ptr<Rule>(new Inheritance()); }},
  };
}

}  // namespace db9
