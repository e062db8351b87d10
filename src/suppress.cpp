#include "suppress.hpp"

#include <algorithm>

#include "rules/registry.hpp"

namespace db9 {

namespace {

constexpr std::string_view kMarker = "db9-sanitize:";

bool blank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }

std::string trim(std::string s) {
  while (!s.empty() && blank(s.front())) s.erase(s.begin());
  while (!s.empty() && blank(s.back())) s.pop_back();
  return s;
}

}  // namespace

size_t code_end(std::string_view text, size_t location, size_t len) {
  size_t end = len == 0 ? text.size() : std::min(text.size(), location + len);
  size_t p = end;
  while (p < text.size() && (blank(text[p]) || text[p] == '\n')) ++p;
  if (p < text.size() && text[p] == ';') return p + 1;
  return end;
}

void Suppressions::warn(const Location& where, std::string message) {
  reporter_.report(Diagnostic{Severity::Warning, where, std::move(message), "suppression"});
}

std::vector<std::pair<size_t, Suppressions::Directive>> Suppressions::scan(const Item& item, size_t begin,
                                                                            size_t end) {
  std::vector<std::pair<size_t, Directive>> found;
  std::string_view text = item.text.substr(0, std::min(end, item.text.size()));
  size_t pos = begin;
  for (;;) {
    // Only comments and white space are scanned: step over /* */ comments
    // (nested), look at -- comments.
    while (pos < text.size() && text.compare(pos, 2, "--") != 0) {
      if (text.compare(pos, 2, "/*") == 0) {
        int depth = 0;
        do {
          if (text.compare(pos, 2, "/*") == 0) {
            ++depth;
            pos += 2;
          } else if (text.compare(pos, 2, "*/") == 0) {
            --depth;
            pos += 2;
          } else {
            ++pos;
          }
        } while (depth > 0 && pos < text.size());
      } else {
        ++pos;
      }
    }
    if (pos >= text.size()) break;
    size_t line_end = text.find('\n', pos);
    if (line_end == std::string_view::npos) line_end = text.size();
    size_t p = pos + 2;
    while (p < line_end && blank(text[p])) ++p;
    if (text.compare(p, kMarker.size(), kMarker) != 0) {
      pos = line_end;
      continue;
    }
    p += kMarker.size();
    while (p < line_end && blank(text[p])) ++p;
    std::string_view rest = text.substr(p, line_end - p);
    std::string written = trim(std::string(text.substr(pos, line_end - pos)));
    Location where = locate_(item, pos);
    bool file_level = rest.substr(0, 12) == "ignore-file[";
    size_t open = file_level ? 11 : (rest.substr(0, 7) == "ignore[" ? 6 : std::string_view::npos);
    size_t close = open == std::string_view::npos ? std::string_view::npos : rest.find(']', open);
    if (close == std::string_view::npos) {
      warn(where, "malformed suppression '" + written +
                      "': write '-- db9-sanitize: ignore[rule,...]' or '-- db9-sanitize: ignore-file[rule,...]'");
      pos = line_end;
      continue;
    }
    Directive d;
    d.where = where;
    d.text = std::string(text.substr(pos, p - pos)) + std::string(rest.substr(0, close + 1));
    std::string list(rest.substr(open + 1, close - open - 1));
    size_t start = 0;
    while (start <= list.size()) {
      size_t comma = list.find(',', start);
      if (comma == std::string::npos) comma = list.size();
      std::string id = trim(list.substr(start, comma - start));
      start = comma + 1;
      if (id.empty()) continue;
      if (find_rule(id) == nullptr && id != "parse" && id != "framing" && id != "copy") {
        std::string known;
        for (const RuleInfo& r : rule_catalogue()) known += (known.empty() ? "" : ", ") + r.id;
        warn(where, "'" + d.text + "' names an unknown rule '" + id + "' (known: " + known + ", parse, framing, copy)");
        continue;
      }
      d.rules.push_back(id);
    }
    d.used.assign(d.rules.size(), false);
    if (d.rules.empty()) {
      if (close == open + 1) warn(where, "'" + d.text + "' names no rule");
    } else if (file_level) {
      file_.push_back(std::move(d));
    } else {
      found.emplace_back(pos, std::move(d));
    }
    pos = line_end;
  }
  return found;
}

void Suppressions::end_file() {
  for (const Directive& d : file_) report_unused(d);
  file_.clear();
}

void Suppressions::begin_item(const Item& item, size_t code_end) {
  item_.clear();
  // Before the statement: only the comment on the line right above it.
  for (auto& [at, d] : scan(item, 0, item.body)) {
    size_t nl = item.text.find('\n', at);
    bool adjacent = nl != std::string_view::npos && nl < item.body &&
                    item.text.substr(nl + 1, item.body - nl - 1).find('\n') == std::string_view::npos;
    if (adjacent) {
      item_.push_back(std::move(d));
    } else {
      warn(d.where, "'" + d.text +
                        "' suppresses nothing: it must stand on the line right before a statement or after the "
                        "statement on its last line");
    }
  }
  if (code_end != std::string::npos && code_end < item.text.size()) {
    for (auto& [at, d] : scan(item, code_end, item.text.size())) item_.push_back(std::move(d));
  }
}

void Suppressions::trailing(const Item& item) {
  for (auto& [at, d] : scan(item, 0, item.text.size()))
    warn(d.where, "'" + d.text + "' suppresses nothing: no statement follows it");
}

bool Suppressions::ignores(const std::string& rule) {
  bool hit = false;
  for (std::vector<Directive>* list : {&item_, &file_}) {
    for (Directive& d : *list) {
      for (size_t i = 0; i < d.rules.size(); ++i) {
        if (d.rules[i] == rule) {
          d.used[i] = true;
          hit = true;
        }
      }
    }
    if (hit) return true;  // the statement's own ignore is the one used
  }
  return false;
}

void Suppressions::end_item() {
  for (const Directive& d : item_) report_unused(d);
  item_.clear();
}

void Suppressions::report_unused(const Directive& d) {
  for (size_t i = 0; i < d.rules.size(); ++i) {
    if (d.used[i]) continue;
    warn(d.where, "'" + d.text + "': rule " + d.rules[i] + " found nothing " +
                      (d.text.find("ignore-file") != std::string::npos ? "in the rest of the file" : "here") +
                      " to suppress; remove it");
  }
}

}  // namespace db9
