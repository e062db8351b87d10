// The dump's object model, one for every rule: what the dump defines (by
// kind and schema-qualified name, resolved through the search_path it sets),
// which extensions it creates and which of them are removed, and every
// object a rule removed, with where and why. Rules consult it instead of
// keeping their own sets, so that a statement about or using something
// removed is decided the same way whichever rule removed it (the cascade:
// src/rules/cascade.cpp finds what is gone, the extension-dependents rule in
// src/rules/dependents.cpp decides).
//
// The engine feeds it every statement before the rules see it (observe);
// a rule that drops the statement defining an object says so (remove).
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "rules/rule.hpp"

namespace db9 {

class DumpModel {
 public:
  enum class Kind : uint8_t {
    Relation,    // table, view, materialized view, sequence, foreign table, index
    Function,    // function, procedure, aggregate (by schema.name; overloads counted)
    Type,        // base, shell, composite, enum, domain, range types
    Operator,    // by schema.name
    OpClass,     // operator classes and families
    Trigger,     // schema.table.trigger
    Constraint,  // schema.table.constraint
    Dictionary,  // text search dictionaries (and templates, parsers, configurations)
    Count
  };
  // Why an object is gone: shown in every diagnostic of what goes with it.
  struct Removal {
    std::string shown;  // "function public.interpt_pp(path, path)"
    std::string why;    // "LANGUAGE c", "extension pgcrypto", ...
    uint64_t line = 0;  // where it was dropped (0: never in the dump: an extension's object)
    std::string rule;
    // "function public.f(path), dropped at line 12 (LANGUAGE c)"
    std::string chain() const;
  };

  // ---- fed by the engine, once per statement, before the rules ------------------
  void observe(const StatementContext& ctx, size_t i);

  // A rule dropped statement i: what it creates is gone (the engine calls
  // this for every statement a rule drops). Returns the line of a statement
  // written before it that used it (a hand-written script), which stays and
  // will fail: the engine reports it.
  std::optional<uint64_t> statement_removed(const StatementContext& ctx, size_t i, const std::string& rule,
                                            std::string why);
  // A statement at `line` uses `key` before the dump defines it.
  void used_before_defined(Kind kind, const std::string& key, uint64_t line);

  // ---- names -----------------------------------------------------------------------
  const std::vector<std::string>& search_path() const { return search_path_; }
  void set_search_path(const std::vector<std::string>& list, const RuleOptions& o);
  void restore_search_path(std::vector<std::string> saved) { search_path_ = std::move(saved); }
  // A schema as the output will have it (--map-schema applied).
  static std::string mapped(const std::string& schema, const RuleOptions& o);
  // schema.name of a name as written (unqualified: the creation schema, the
  // first of the search_path).
  std::string key(const std::vector<std::string>& parts, const RuleOptions& o) const;
  std::string key(const PgQuery__RangeVar* r, const RuleOptions& o) const;
  static std::vector<std::string> parts(const PgQuery__RangeVar* r);
  // Splits a search_path value ('"$user", public') as PostgreSQL does.
  static std::vector<std::string> split_path(const std::string& s);

  // ---- what the dump creates ---------------------------------------------------------
  bool defined(const std::string& key) const { return defined_.count(key) != 0; }
  // Whether the dump creates a relation of this schema.name (a COPY into one
  // it never creates loads an extension's configuration table, or a table of
  // a data-only dump).
  bool creates_relation(const std::string& key) const { return relations_.count(key) != 0; }
  bool creates_any_relation() const { return !relations_.empty(); }

  // ---- tables' shapes, for the output stage (--target api: COPY → INSERT) ----------
  struct Column {
    std::string name;
    bool generated = false;  // GENERATED ALWAYS AS (...) STORED: COPY without a column list skips it
  };
  // The columns a CREATE TABLE gave the table, in order, as later ALTER
  // TABLE ... ADD / DROP COLUMN, DROP EXPRESSION and RENAME COLUMN left them
  // (nullptr: not created here, or INHERITS / OF / PARTITION OF / LIKE, or
  // attached or inherited later, renamed or moved: its columns come from
  // elsewhere).
  const std::vector<Column>* columns(const std::string& key) const;
  // How many columns that is (nullopt: not known).
  std::optional<size_t> column_count(const std::string& key) const;

  // ---- extensions ----------------------------------------------------------------------
  const std::set<std::string>& extensions_created() const { return created_; }
  // Removed extension → the schema (mapped) it was created in.
  const std::map<std::string, std::string>& extensions_removed() const { return removed_ext_; }
  // The removed extensions ("a or b") created in `schema`, when no kept
  // extension was created there too.
  std::optional<std::string> removed_extension_schema(const std::string& schema) const;
  // A schema-qualified name the dump never defines, in the schema of removed
  // extensions (not public): theirs, though the catalogue does not know them
  // (vault.secrets, pgsodium.crypto_aead_det_decrypt).
  std::optional<std::string> extension_object(const std::vector<std::string>& parts, const RuleOptions& o) const;
  // The removed extension an object of one of `kinds` (the catalogue's
  // letters, extension_catalogue.hpp) named `parts` resolves to.
  std::optional<std::string> extension_of(const RuleOptions& o, std::string_view kinds,
                                          const std::vector<std::string>& parts) const;

  // ---- removals ------------------------------------------------------------------------
  void remove(Kind kind, const std::string& key, Removal why);
  // The removal a name resolves to: qualified, its schema.name; unqualified,
  // through the search_path. A function counts as removed only when every
  // overload the dump defined under that name was removed.
  const Removal* removed(Kind kind, const std::vector<std::string>& parts, const RuleOptions& o) const;
  const Removal* removed_key(Kind kind, const std::string& key) const;
  bool any_removed() const { return removals_ != 0; }

 private:
  // The dump creates `key`: a removal of the same name is undone (a range
  // type made where a shell type was dropped, CREATE OR REPLACE VIEW).
  void define(const std::string& key);
  std::vector<std::string> search_path_ = {"public"};
  std::set<std::string> defined_;
  std::unordered_map<std::string, int> function_definitions_;  // schema.name → CREATE FUNCTION count
  std::set<std::string> relations_;
  std::unordered_map<std::string, std::vector<Column>> columns_;
  std::set<std::string> created_;
  std::map<std::string, std::string> removed_ext_;
  std::set<std::string> kept_ext_schemas_;
  std::array<std::unordered_map<std::string, Removal>, static_cast<size_t>(Kind::Count)> removed_;
  std::unordered_map<std::string, int> function_removals_;
  std::array<std::unordered_map<std::string, uint64_t>, static_cast<size_t>(Kind::Count)> early_uses_;
  size_t removals_ = 0;
};

}  // namespace db9
