#include "rules/registry.hpp"

namespace db9 {

std::vector<RuleInfo> unsupported_rules() { return {}; }  // WIP: being written this session

}  // namespace db9
