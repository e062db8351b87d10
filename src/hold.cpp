#include "hold.hpp"

#include <algorithm>

#include "options.hpp"
#include "rules/engine.hpp"

namespace db9 {

namespace {

// A held statement, named for a message: its first line (a CREATE TABLE's
// up to its column list), without the ';', at most 160 bytes.
std::string what(std::string_view statement) {
  // The first line that is not a comment (a rewrite may follow its
  // commented-out original).
  std::string_view line;
  for (size_t pos = 0; pos < statement.size();) {
    size_t nl = statement.find('\n', pos);
    line = statement.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.substr(0, 2) != "--" && !line.empty()) break;
    if (nl == std::string_view::npos) break;
    pos = nl + 1;
  }
  std::string head(line.substr(0, 12));
  for (char& c : head) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 32 : c);
  size_t paren = line.find(" (");
  if (head == "CREATE TABLE" && paren != std::string_view::npos) line = line.substr(0, paren);
  while (!line.empty() && (line.back() == ';' || line.back() == ' ')) line.remove_suffix(1);
  std::string out(line.substr(0, 160));
  if (line.size() > 160) out += "...";
  return out;
}

// The line a held statement begins on, for formats that show it.
std::string source_line(std::string_view text, size_t body, const HeldOrigin& origin) {
  size_t begin = body == 0 ? 0 : text.rfind('\n', body - 1);
  begin = begin == std::string_view::npos || body == 0 ? 0 : begin + 1;
  size_t end = text.find('\n', body);
  std::string_view line = text.substr(begin, end == std::string_view::npos ? std::string_view::npos : end - begin);
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  std::string prefix = begin == 0 && origin.column > 1 ? std::string(origin.column - 1, ' ') : "";
  return prefix + std::string(line.substr(0, 500));
}

}  // namespace

void Hold::write(std::string_view text, const HoldTag& tag, const Location& where, size_t body, Origin origin) {
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
  if (tag.subject.empty() && tag.refs.empty()) {
    append(text, kNone);
    return;
  }
  tags_.push_back(Tag{where, body, 0, false, false, "", origin});
  if (!tag.subject.empty()) by_subject_[tag.subject].push_back(tags_.size() - 1);
  for (const std::string& r : tag.refs) by_ref_[r].push_back(tags_.size() - 1);
  append(text, tags_.size() - 1);
  tags_.back().run = runs_.size() - 1;  // a tagged item always starts a run
}

void Hold::append(std::string_view text, size_t tag) {
  if (chunks_.empty() || chunks_.back().capacity() - chunks_.back().size() < text.size()) {
    chunks_.emplace_back();
    chunks_.back().reserve(std::max(kChunk, text.size()));
  }
  std::string& c = chunks_.back();
  size_t begin = c.size();
  c.append(text);
  if (tag == kNone && !runs_.empty() && runs_.back().tag == kNone && runs_.back().chunk == chunks_.size() - 1 &&
      runs_.back().end == begin) {
    runs_.back().end = c.size();
    return;
  }
  runs_.push_back(Run{chunks_.size() - 1, begin, c.size(), tag});
}

void Hold::flush() {
  for (const Run& r : runs_) {
    if (r.tag != kNone && tags_[r.tag].replaced) out_.write(tags_[r.tag].replacement);
    else out_.write(std::string_view(chunks_[r.chunk]).substr(r.begin, r.end - r.begin));
  }
  runs_.clear();
  tags_.clear();
  by_subject_.clear();
  by_ref_.clear();
  chunks_.clear();
  bytes_ = 0;
  holding_ = false;
}

size_t Hold::retract(const std::string& subject, Action action, const std::string& rule, const std::string& why) {
  auto it = by_subject_.find(subject);
  if (it == by_subject_.end()) return 0;
  std::vector<size_t> tags = std::move(it->second);
  by_subject_.erase(it);
  size_t n = 0;
  for (size_t k : tags) {
    Tag& t = tags_[k];
    if (t.retracted) continue;  // already gone (a revisit dropped it)
    ++n;
    std::string text(text_of(k));
    ++changes_;
    std::string done = action == Action::Comment ? "commented out " : "dropped ";
    Diagnostic d{Severity::Note, t.where, done + what(text.substr(t.body)) + " (taken back: " + why + ")", rule};
    d.statement = t.where;  // the held statement itself, and its one verdict
    d.verdict = action == Action::Comment ? "comment" : "drop";
    reporter_.report(d, source_line(text, t.body, t.origin));
    t.replaced = true;
    t.retracted = true;
    t.replacement = action == Action::Comment
                        ? text.substr(0, t.body) + commented(std::string_view(text).substr(t.body))
                        : std::string();
  }
  return n;
}

std::string_view Hold::text_of(size_t tag) const {
  const Tag& t = tags_[tag];
  if (t.replaced) return t.replacement;
  const Run& r = runs_[t.run];
  return std::string_view(chunks_[r.chunk]).substr(r.begin, r.end - r.begin);
}

}  // namespace db9
