#include "rules/registry.hpp"

#include <sstream>

namespace db9 {

const std::vector<RuleInfo>& rule_catalogue() {
  // The streaming core changes nothing; rule families add themselves here.
  static const std::vector<RuleInfo> rules = {};
  return rules;
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
    bool known = false;
    for (const RuleInfo& r : rule_catalogue()) known = known || r.id == id;
    if (!known) {
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

}  // namespace db9
