// What the common extensions provide, generated from their install scripts
// (tools/extension-catalogue.py → extension_catalogue.inc), and which
// extensions DB9 has.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "rules/rule.hpp"

namespace db9 {

struct ExtensionObject {
  const char* ext;
  // T type, D domain, F function, A aggregate, P operator, O operator class,
  // Y operator family, C cast, R table, V view, S text search dictionary.
  char kind;
  const char* name;   // lower case as the catalogs hold it; casts "source AS target"
  bool also_builtin;  // PostgreSQL itself has an object of this kind and name
};

// Every object, in the generated order (by extension, then kind and name).
const std::vector<ExtensionObject>& extension_catalogue();
// The objects of one kind and name (several extensions may have one).
std::vector<const ExtensionObject*> extension_objects(char kind, std::string_view name);
// Whether the catalogue knows the extension.
bool extension_catalogued(std::string_view ext);

// Whether DB9 has the extension, with --allow-extension / --deny-extension.
bool db9_has_extension(const RuleOptions& options, const std::string& ext);

}  // namespace db9
