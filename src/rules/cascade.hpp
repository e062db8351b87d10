// The one cascade: what a statement is about or uses that is gone, read
// from the dump's model (src/rules/model.hpp) whichever rule removed it:
// an object a rule dropped (a C function, a base or shell type, a view the
// cascade itself dropped ...), or an object of an extension DB9 will not
// have. The extension-dependents rule (src/rules/dependents.cpp) decides
// what to do with each statement; this is how it finds what is gone.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "rules/model.hpp"
#include "rules/rule.hpp"

namespace db9 {

// A use of something gone: an extension's object, or a removal (`removed`).
struct Use {
  std::string ext;    // "citext"; "" for an object a rule removed
  char kind;          // kind_word()'s letters
  std::string shown;  // public.citext
  long at;            // item offset or -1
  const DumpModel::Removal* removed = nullptr;  // removed by a rule: where and why
};

std::string joined(const std::vector<std::string>& parts);  // a.b, quoted where needed
const char* kind_word(char kind);
// One use, without the chain of what it needed in turn (for a removal's why).
std::string short_use(const Use& u);
// "function public.f(path), dropped at line 5 (LANGUAGE c), view ..." (at most six).
std::string describe_uses(const std::vector<Use>& uses);
// Calls of functions whose bodies use a removed extension fail only when
// they run: not when a view or a default is created.
void without_body_calls(std::vector<Use>& uses);

class Cascade {
 protected:
  DumpModel* m_ = nullptr;
  std::set<std::string> tainted_funcs_;  // schema.name of functions whose bodies use a removed extension
  using Kind = DumpModel::Kind;

  std::string key(const std::vector<std::string>& parts, const RuleOptions& o) const { return m_->key(parts, o); }
  std::string key(const PgQuery__RangeVar* r, const RuleOptions& o) const { return m_->key(r, o); }
  static std::vector<std::string> parts_of(const PgQuery__RangeVar* r) { return DumpModel::parts(r); }
  const std::vector<std::string>& search_path() const { return m_->search_path(); }
  std::optional<std::string> resolve(const RuleOptions& o, std::string_view kinds,
                                     const std::vector<std::string>& parts) const {
    return m_->extension_of(o, kinds, parts);
  }
  bool removed_ext(const std::string& ext) const { return m_->extensions_removed().count(ext) != 0; }

  // A relation removed (by any rule), or one an extension owns.
  void relation_use(const RuleOptions& o, const std::vector<std::string>& parts, long at, std::vector<Use>& uses) const;
  void function_use(const RuleOptions& o, const std::vector<std::string>& parts, long at, std::vector<Use>& uses) const;
  // Uses under a node: functions, operators, operator classes, relations,
  // and (with types) type names.
  void scan(const RuleOptions& o, const ProtobufCMessage* root, bool types, std::vector<Use>& uses) const;
  void scan(const RuleOptions& o, const PgQuery__Node* n, bool types, std::vector<Use>& uses) const;
  // A text search dictionary (or template) that is gone.
  void dictionary_use(const RuleOptions& o, const std::vector<std::string>& parts, std::vector<Use>& uses) const;
  // The object a COMMENT, SECURITY LABEL, ALTER ... OWNER or GRANT is about.
  void object_uses(const RuleOptions& o, PgQuery__ObjectType type, const PgQuery__Node* obj,
                   std::vector<Use>& uses) const;
  // What a statement is about that is gone (COMMENT, GRANT, OWNER, REFRESH,
  // COPY into it, ALTER TABLE of it, ...).
  void about_uses(const RuleOptions& o, const PgQuery__Node* s, std::vector<Use>& uses) const;
};

}  // namespace db9
