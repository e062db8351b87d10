#include "rules/extension_catalogue.hpp"

#include <algorithm>
#include <map>
#include <utility>

namespace db9 {

namespace {

const ExtensionObject kObjects[] = {
#include "rules/extension_catalogue.inc"
};

const char* const kDb9Extensions[] = {"http",     "uuid-ossp", "hstore", "fs9",       "pg_cron",
                                      "parquet",  "zhparser",  "vector", "embedding", "plpgsql"};

}  // namespace

const std::vector<ExtensionObject>& extension_catalogue() {
  static const std::vector<ExtensionObject> all(std::begin(kObjects), std::end(kObjects));
  return all;
}

std::vector<const ExtensionObject*> extension_objects(char kind, std::string_view name) {
  static const std::multimap<std::pair<char, std::string_view>, const ExtensionObject*> index = [] {
    std::multimap<std::pair<char, std::string_view>, const ExtensionObject*> m;
    for (const ExtensionObject& o : kObjects) m.emplace(std::make_pair(o.kind, std::string_view(o.name)), &o);
    return m;
  }();
  std::vector<const ExtensionObject*> out;
  auto [from, to] = index.equal_range({kind, name});
  for (auto it = from; it != to; ++it) out.push_back(it->second);
  return out;
}

bool extension_catalogued(std::string_view ext) {
  return std::any_of(std::begin(kObjects), std::end(kObjects), [&](const ExtensionObject& o) { return ext == o.ext; });
}

bool db9_has_extension(const RuleOptions& o, const std::string& ext) {
  if (o.deny_extensions.count(ext) != 0) return false;
  if (o.allow_extensions.count(ext) != 0) return true;
  for (const char* e : kDb9Extensions)
    if (ext == e) return true;
  return false;
}

}  // namespace db9
