// Rules: the catalogue of what db9-sanitize may change, and which of them
// this run has turned on. Each rule family lives in its own file beside this
// one (src/rules/<family>.cpp) and registers its ids here.
#pragma once

#include <set>
#include <stdexcept>
#include <string>
#include <vector>

namespace db9 {

struct RuleInfo {
  std::string id;
  std::string summary;
};

// Every rule this build knows, in the order --help lists them.
const std::vector<RuleInfo>& rule_catalogue();

struct UsageError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

class RuleSet {
 public:
  // All rules on.
  RuleSet();
  // "--disable a,b" / "--enable a,b"; "all" names every rule. Applied in
  // order given. Unknown ids throw UsageError listing the known ones.
  void disable(const std::string& list);
  void enable(const std::string& list);
  bool enabled(const std::string& id) const { return enabled_.count(id) != 0; }
  bool none_enabled() const { return enabled_.empty(); }

 private:
  std::vector<std::string> expand(const std::string& list) const;
  std::set<std::string> enabled_;
};

}  // namespace db9
