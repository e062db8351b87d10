// Rules: the catalogue of what db9-sanitize may change, and which of them
// this run has turned on. Each rule family lives in its own file beside this
// one (src/rules/<family>.cpp) and is listed in registry.cpp.
#pragma once

#include <map>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

#include "rules/rule.hpp"

namespace db9 {

// Every rule this build knows, in the order --help lists them.
const std::vector<RuleInfo>& rule_catalogue();
const RuleInfo* find_rule(const std::string& id);

struct UsageError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

class RuleSet {
 public:
  // All rules on, with their default actions.
  RuleSet();
  // "--disable a,b" / "--enable a,b"; "all" names every rule. Applied in
  // order given. Unknown ids throw UsageError listing the known ones.
  void disable(const std::string& list);
  void enable(const std::string& list);
  // "RULE=ACTION".
  void set_action(const std::string& assignment);
  bool enabled(const std::string& id) const { return enabled_.count(id) != 0; }
  Action action(const std::string& id) const;

 private:
  std::vector<std::string> expand(const std::string& list) const;
  std::set<std::string> enabled_;
  std::map<std::string, Action> actions_;
};

// The families (one file each).
std::vector<RuleInfo> extension_rules();     // extension.cpp: extension, heroku-ext
std::vector<RuleInfo> dependents_rules();    // dependents.cpp: extension-dependents
std::vector<RuleInfo> security_rules();      // security.cpp: rls, owner, privileges
std::vector<RuleInfo> replication_rules();   // replication.cpp: publication, notify
std::vector<RuleInfo> transaction_rules();   // transaction.cpp: serializable
std::vector<RuleInfo> settings_rules();      // settings.cpp: settings
std::vector<RuleInfo> database_rules();      // database.cpp: database
std::vector<RuleInfo> psql_rules();          // psql.cpp: meta-command, copy-program
std::vector<RuleInfo> unsupported_rules();   // unsupported.cpp: unsupported
std::vector<RuleInfo> partition_rules();     // partitions.cpp: partition, inheritance

}  // namespace db9
