// Rules → edit: runs the enabled rules over an item and turns their
// findings into the bytes to write, by each rule's action.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "rules/model.hpp"
#include "rules/registry.hpp"
#include "rules/rule.hpp"

namespace db9 {

class RuleEngine {
 public:
  // Reports a diagnostic at an item-relative offset.
  // Reports a diagnostic at an item-relative offset, with the statement it
  // is about and what was done to it.
  using Diagnose = std::function<void(Severity, size_t at, const std::string& message, const std::string& rule,
                                      const Verdict& verdict)>;

  RuleEngine(const RuleSet& rules, const RuleOptions& options);

  // The text to write for a parsed statement item, or nullopt when no rule
  // changes it (write the item as it is). Throws Stop{kExitRefused} for a
  // finding whose action is error, or when a rewrite no longer parses.
  std::optional<std::string> review(const Item& item, const ParsedStatement& parsed, std::string_view parse_text,
                                    const Diagnose& diagnose);
  std::optional<std::string> review(const Item& meta, const Diagnose& diagnose);
  // A statement already reviewed and still held back (src/hold.hpp),
  // reviewed again by one rule only, which has learnt something since (a
  // table it reads turned out to be a partition). Its text is the output
  // of the first review; inline suppressions were applied then.
  std::optional<std::string> review_again(const std::string& rule, const Item& item, const ParsedStatement& parsed,
                                          std::string_view parse_text, const Diagnose& diagnose);

  // A statement the PostgreSQL 15 parser rejects (parse_text: as psql sends
  // it): when its words show a kind that an enabled rule drops whole
  // (src/rules/fallback.hpp), that rule's action applies to it. Returns the
  // text to write, or nullopt (pass it through); *rule names the rule that
  // dropped it.
  std::optional<std::string> review_unparsed(const Item& item, std::string_view parse_text, const std::string& why,
                                             const Diagnose& diagnose, std::string* rule);

  uint64_t changes() const { return changes_; }
  // Inline suppressions (src/suppress.cpp): a rule for which this returns
  // true finds nothing in the item under review.
  void set_ignore(std::function<bool(const std::string& rule)> ignored) { ignored_ = std::move(ignored); }
  // --check: an error-level finding is reported and the run goes on, so
  // that every finding is seen.
  void set_keep_going(bool on) { keep_going_ = on; }
  // Whether the last reviewed item was a COPY ... FROM stdin dropped with its
  // data (Finding::with_copy_data): the pipeline then swallows the data.
  bool copy_data_dropped() const { return copy_data_dropped_; }

  // For the output hold (src/hold.hpp): what the last reviewed statement is
  // about, and the held statements the last review's drops take along.
  struct Retraction {
    std::string subject;
    std::string rule;
    Action action;
    std::string why;  // the dropping finding's construct
    bool if_held = false;  // nothing held about it is normal
  };
  HoldTag take_hold_tag() { return std::move(hold_tag_); }
  std::vector<Retraction> take_retractions() { return std::move(retractions_); }
  bool active() const { return !rules_.empty(); }
  // What the dump defines so far (the output stage asks it about tables).
  const DumpModel& model() const { return model_; }

 private:
  struct Active {
    const RuleInfo* info;
    Action action;
    std::unique_ptr<Rule> rule;
  };
  template <class Context>
  std::vector<Finding> collect(Context& ctx);
  // Applies the findings of one item; returns the new text (nullopt: unchanged).
  std::optional<std::string> apply(const Item& item, const StatementContext* ctx, std::vector<Finding>& findings,
                                   const Diagnose& diagnose);
  std::vector<Active> rules_;
  const RuleOptions& options_;
  DumpModel model_;  // what the dump defines and what the rules removed
  Parser reparser_;
  uint64_t changes_ = 0;
  std::function<bool(const std::string&)> ignored_;
  const std::string* only_ = nullptr;  // review_again: the one rule that runs
  bool keep_going_ = false;
  bool copy_data_dropped_ = false;
  bool unparsed_ = false;  // apply() without a context for a statement, not a meta-command
  HoldTag hold_tag_;
  std::vector<Retraction> retractions_;
};

// Text kept as "-- " lines, so a reviewer sees it in place.
std::string commented(std::string_view text);

}  // namespace db9
