// Which configuration parameters PostgreSQL 15 has (src/rules/settings.cpp).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace db9 {

enum class SettingKind {
  Known,        // PostgreSQL 15 has it
  Newer,        // PostgreSQL 16, 17 or 18 added it
  Placeholder,  // foo.bar: a custom or extension parameter
  Unknown,      // no version knows it
};
// added_in receives the version for Newer.
SettingKind classify_setting(std::string_view name, int* added_in = nullptr);
// The names of the table of parameters 16, 17 and 18 added.
std::vector<std::string> newer_settings();

}  // namespace db9
