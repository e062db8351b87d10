#include "rules/registry.hpp"

#include <sstream>

namespace db9 {

const std::vector<RuleInfo>& rule_catalogue() {
  static const std::vector<RuleInfo> rules = [] {
    std::vector<RuleInfo> all;
    for (auto family : {extension_rules, dependents_rules, security_rules, replication_rules, transaction_rules, settings_rules, database_rules,
                        psql_rules, unsupported_rules, partition_rules}) {
      std::vector<RuleInfo> some = family();
      for (RuleInfo& r : some) all.push_back(std::move(r));
    }
    return all;
  }();
  return rules;
}

const RuleInfo* find_rule(const std::string& id) {
  for (const RuleInfo& r : rule_catalogue())
    if (r.id == id) return &r;
  return nullptr;
}

RuleSet::RuleSet() {
  for (const RuleInfo& r : rule_catalogue()) enabled_.insert(r.id);
}

std::vector<std::string> RuleSet::expand(const std::string& list) const {
  std::vector<std::string> ids;
  std::stringstream in(list);
  std::string id;
  while (std::getline(in, id, ',')) {
    while (!id.empty() && id.front() == ' ') id.erase(id.begin());
    while (!id.empty() && id.back() == ' ') id.pop_back();
    if (id.empty()) continue;
    if (id == "all") {
      for (const RuleInfo& r : rule_catalogue()) ids.push_back(r.id);
      continue;
    }
    if (find_rule(id) == nullptr) {
      std::string names;
      for (const RuleInfo& r : rule_catalogue()) names += (names.empty() ? "" : ", ") + r.id;
      throw UsageError("unknown rule '" + id + "' (known: " + (names.empty() ? "none in this build" : names) +
                       "; 'all' names every rule)");
    }
    ids.push_back(id);
  }
  return ids;
}

void RuleSet::disable(const std::string& list) {
  for (const std::string& id : expand(list)) enabled_.erase(id);
}

void RuleSet::enable(const std::string& list) {
  for (const std::string& id : expand(list)) enabled_.insert(id);
}

void RuleSet::set_action(const std::string& assignment) {
  size_t eq = assignment.find('=');
  if (eq == std::string::npos)
    throw UsageError("--action takes RULE=ACTION (drop, comment, warn or error), not '" + assignment + "'");
  std::string value = assignment.substr(eq + 1);
  std::optional<Action> a = parse_action(value);
  if (!a) throw UsageError("unknown action '" + value + "' in --action " + assignment + " (drop, comment, warn, error)");
  for (const std::string& id : expand(assignment.substr(0, eq))) actions_[id] = *a;
}

Action RuleSet::action(const std::string& id) const {
  auto it = actions_.find(id);
  if (it != actions_.end()) return it->second;
  const RuleInfo* r = find_rule(id);
  return r ? r->default_action : Action::Drop;
}

}  // namespace db9
