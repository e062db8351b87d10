#include "hold.hpp"

#include "options.hpp"
#include "rules/engine.hpp"

namespace db9 {

void Hold::write(std::string_view text, const HoldTag& tag, const Location& where, size_t body) {
  if (!enabled_ || (!holding_ && !tag.begins)) {
    out_.write(text);
    return;
  }
  holding_ = true;
  bytes_ += text.size();
  if (bytes_ > max_bytes_) {
    reporter_.report(Diagnostic{
        Severity::Error, where,
        "the schema statements held back until the partitions' ATTACH PARTITION lines (or the first data) "
        "outgrow --max-hold-bytes (" + std::to_string(max_bytes_) +
            " bytes); raise it (e.g. --max-hold-bytes 1G) if the schema is that large, or --disable partition",
        "partition"});
    flush();
    throw Stop{kExitInput};
  }
  if (text.empty()) return;  // dropped by a rule: nothing to take back
  held_.push_back(Held{std::string(text), tag.subject, tag.what, where, body});
}

void Hold::flush() {
  for (const Held& h : held_) out_.write(h.text);
  held_.clear();
  bytes_ = 0;
  holding_ = false;
}

size_t Hold::retract(const std::string& subject, Action action, const std::string& rule, const std::string& why) {
  size_t n = 0;
  for (Held& h : held_) {
    if (h.subject != subject) continue;
    ++n;
    ++changes_;
    std::string done = action == Action::Comment ? "commented out " : "dropped ";
    reporter_.report(Diagnostic{Severity::Note, h.where, done + h.what + " (taken back: " + why + ")", rule});
    bytes_ -= h.text.size();
    if (action == Action::Comment) {
      std::string kept = h.text.substr(0, h.body) + commented(std::string_view(h.text).substr(h.body));
      bytes_ += kept.size();
      h.text = std::move(kept);
    } else {
      h.text.clear();
    }
    h.subject.clear();
  }
  return n;
}

}  // namespace db9
