// Inline suppressions, in SQL comments:
//   -- db9-sanitize: ignore[rule,...]       on the line before a statement,
//                                           or after it on its last line
//   -- db9-sanitize: ignore-file[rule,...]  from there to the end of the file
// A suppressed rule does not look at the statement at all: the statement is
// written unchanged and nothing is reported for that rule. An ignore that
// suppresses nothing (or names an unknown rule, or stands where it applies
// to no statement, or is malformed) is itself reported [suppression].
#pragma once

#include <functional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "diagnostics.hpp"
#include "splitter.hpp"

namespace db9 {

class Suppressions {
 public:
  // Where an item-relative offset is, for reports.
  using Locate = std::function<Location(const Item&, size_t pos)>;
  Suppressions(Reporter& reporter, Locate locate) : reporter_(reporter), locate_(std::move(locate)) {}

  // The end of the input: unused ignore-file directives are reported.
  void end_file();

  // Before the rules look at a statement or meta-command item. `code_end`:
  // the offset just past the item's SQL (its ';'), from which a comment at
  // the statement's end may follow; npos when there is none to look at.
  void begin_item(const Item& item, size_t code_end);
  // Comments with no statement after them (the Trailing item).
  void trailing(const Item& item);
  // Whether `rule` is suppressed for the current item (marks the ignore used).
  bool ignores(const std::string& rule);
  // After the rules: the item's unused ignores are reported.
  void end_item();

 private:
  struct Directive {
    Location where;
    std::string text;                 // as written, for messages
    std::vector<std::string> rules;
    std::vector<bool> used;
  };
  // Directives in text[begin, end) (comments only); `file_level` gets
  // ignore-file ones, the others are returned with their offsets.
  std::vector<std::pair<size_t, Directive>> scan(const Item& item, size_t begin, size_t end);
  void report_unused(const Directive& d);
  void warn(const Location& where, std::string message);

  Reporter& reporter_;
  Locate locate_;
  std::vector<Directive> file_;
  std::vector<Directive> item_;
};

// The offset just past a parsed item's SQL and its ';' (see begin_item).
size_t code_end(std::string_view text, size_t last_stmt_location, size_t last_stmt_len);

}  // namespace db9
