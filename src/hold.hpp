// The output hold: a bounded buffer of schema statements already reviewed
// and ready to write, kept back so that a later statement can still take
// some of them out.
//
// pg_dump writes every partition as a standalone CREATE TABLE and only
// later, still before any data, the ALTER TABLE ... ATTACH PARTITION that
// says it is one (and it writes a partition after its parent). The
// partition rule (src/rules/partitions.cpp) tags each CREATE TABLE (and
// ALTER / COMMENT / GRANT / ... about a table) with its table; from the
// first partitioned table's CREATE TABLE on, output is held, in order, until
// the first data item (a COPY or INSERT), the end of input, or the cap
// (--max-hold-bytes, an error). An ATTACH retracts the held statements
// whose subject is the partition. COPY data is never held: the hold is
// flushed before the COPY statement that starts it is written. A dump
// without partitioned tables is never held.
//
// A held statement can also name tables it reads (HoldTag::refs): when one
// of those is retracted, the pipeline has the rule review that statement
// again (revisit), and its new text replaces the held one: a view over a
// table that turned out to be a partition is rewritten to read the root.
//
// With no rule that retracts enabled (--disable all, say) the hold is off
// and every write goes straight to the output.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "diagnostics.hpp"
#include "output.hpp"
#include "rules/rule.hpp"

namespace db9 {

// Where a held item's text[0] came from (stream offset, line, column).
struct HeldOrigin {
  uint64_t offset = 0, line = 1, column = 1;
};

class Hold {
 public:
  Hold(Output& out, Reporter& reporter, size_t max_bytes, bool enabled)
      : out_(out), reporter_(reporter), max_bytes_(max_bytes), enabled_(enabled) {}

  bool enabled() const { return enabled_; }
  bool holding() const { return holding_; }
  // The reviewed output of one item, in input order: held while a hold is
  // on (a tag that `begins` starts one), written through otherwise. `where`
  // is where the item's statement begins (for the diagnostic of a
  // retraction), `body` where in text it begins (the comment lines before
  // it stay when it is commented out, and go with it when dropped). Throws
  // Stop{kExitInput} past the cap, after reporting it.
  // `origin` is the item's own position (its text[0]), for a revisit.
  using Origin = HeldOrigin;
  void write(std::string_view text, const HoldTag& tag, const Location& where, size_t body, Origin origin = {});
  void write(std::string_view text) { write(text, HoldTag{}, Location{}, 0); }
  // Writes everything held and ends the hold (data begins, input ends).
  void flush();
  // Takes the held statements about `subject` out (drop), or turns them into
  // "-- " lines (comment), reporting each. Returns how many were held.
  size_t retract(const std::string& subject, Action action, const std::string& rule, const std::string& why);
  uint64_t changes() const { return changes_; }
  // The held statements that read `ref` and are still held, each offered
  // to `review`: a held statement's current text, where it begins (its
  // comment lines first, `body` the statement), and its origin. A returned
  // text replaces it ("" drops it). Returns how many were offered.
  struct Held {
    std::string_view text;
    size_t body;
    Origin origin;
  };
  template <class F>
  size_t revisit(const std::string& ref, F&& review) {
    auto it = by_ref_.find(ref);
    if (it == by_ref_.end()) return 0;
    std::vector<size_t> tags = std::move(it->second);
    by_ref_.erase(it);
    size_t n = 0;
    for (size_t k : tags) {
      if (tags_[k].retracted) continue;
      ++n;
      std::string current(text_of(k));
      if (std::optional<std::string> now = review(Held{current, tags_[k].body, tags_[k].origin})) {
        // The cap counts what is held now: the new text instead of the old.
        bytes_ = bytes_ - std::min(bytes_, current.size()) + now->size();
        tags_[k].replaced = true;
        tags_[k].replacement = std::move(*now);
        if (tags_[k].replacement.empty()) tags_[k].retracted = true;
      }
    }
    return n;
  }

 private:
  // Held bytes live in chunks of at least kChunk bytes (no reallocation
  // copies as the hold grows); consecutive untagged items share one run.
  static constexpr size_t kChunk = size_t{1} << 20;
  struct Run {
    size_t chunk, begin, end;
    size_t tag;  // index in tags_, or kNone
  };
  struct Tag {
    Location where;
    size_t body;
    size_t run = 0;  // its index in runs_
    bool replaced = false;
    bool retracted = false;   // taken out (dropped or commented out)
    std::string replacement;  // when replaced: the text to write instead
    Origin origin;
  };
  std::string_view text_of(size_t tag) const;
  static constexpr size_t kNone = ~size_t{0};
  void append(std::string_view text, size_t tag);

  Output& out_;
  Reporter& reporter_;
  size_t max_bytes_;
  bool enabled_;
  bool holding_ = false;
  size_t bytes_ = 0;
  std::vector<std::string> chunks_;
  std::vector<Run> runs_;
  std::vector<Tag> tags_;
  std::unordered_map<std::string, std::vector<size_t>> by_subject_;  // subject → tags_ indices
  std::unordered_map<std::string, std::vector<size_t>> by_ref_;      // a table read → tags_ indices
  uint64_t changes_ = 0;
};

}  // namespace db9
