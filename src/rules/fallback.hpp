// For statements the PostgreSQL 15 parser rejects (src/rules/fallback.cpp).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "rules/rule.hpp"

namespace db9 {

// A statement whose kind a rule drops whole, recognised from its
// pg_query_scan tokens alone: role memberships written with PostgreSQL 16's
// options, policies, publications, subscriptions, event triggers, pg_dump's
// statistics calls.
struct Recognised {
  std::string rule;  // the rule that drops the kind when it parses
  std::string what;  // "GRANT data_analyst TO antoine WITH INHERIT TRUE GRANTED BY daniel"
  size_t at = 0;     // where the statement's code begins
};
// text: one item as psql sends it (its leading comments included). Nothing
// when the item holds more than one statement or its kind is none of these.
std::optional<Recognised> recognise_by_words(std::string_view text, const RuleOptions& options);

// Newer syntax that pg_dump itself writes into statements the rules read,
// as byte patches that blank it out (spaces of the same length, so offsets
// stay): LOGGED / UNLOGGED among an identity column's sequence options
// (pg_dump 15.20, 17, 18). Empty when there is none.
std::vector<std::pair<size_t, char>> newer_syntax_blanks(std::string_view text);

}  // namespace db9
