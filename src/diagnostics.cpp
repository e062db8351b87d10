#include "diagnostics.hpp"

#include <algorithm>

#include "splitter.hpp"

namespace db9 {

const char* to_string(Severity s) {
  switch (s) {
    case Severity::Note: return "note";
    case Severity::Warning: return "warning";
    case Severity::Error: return "error";
  }
  return "?";
}

void SourceMap::begin_file(std::string name, uint64_t stream_offset, uint64_t stream_line) {
  files_.push_back(File{std::move(name), stream_offset, stream_line});
}

const std::string& SourceMap::current_name() const {
  static const std::string none = "<input>";
  return files_.empty() ? none : files_.back().name;
}

Location SourceMap::locate(uint64_t stream_offset, uint64_t stream_line, uint64_t column) const {
  Location loc;
  loc.line = stream_line;
  loc.column = column;
  if (files_.empty()) {
    loc.file = "<input>";
    return loc;
  }
  // The last file that began at or before the offset.
  auto it = std::upper_bound(files_.begin(), files_.end(), stream_offset,
                             [](uint64_t off, const File& f) { return off < f.offset; });
  const File& f = it == files_.begin() ? files_.front() : *(it - 1);
  loc.file = f.name;
  loc.line = stream_line >= f.line ? stream_line - f.line + 1 : stream_line;
  return loc;
}

LineCol line_col(std::string_view text, uint64_t first_line, uint64_t first_column, size_t pos) {
  pos = std::min(pos, text.size());
  std::string_view before = text.substr(0, pos);
  size_t last_nl = before.rfind('\n');
  uint64_t line = first_line + count_newlines(before.data(), before.size());
  uint64_t column = last_nl == std::string_view::npos ? first_column + pos : pos - last_nl;
  return LineCol{line, column};
}

std::string gcc_line(const Diagnostic& d) {
  std::string line = d.where.file;
  if (d.where.line > 0) {
    line += ':' + std::to_string(d.where.line);
    if (d.where.column > 0) line += ':' + std::to_string(d.where.column);
  }
  line += ": ";
  line += to_string(d.severity);
  line += ": ";
  line += d.message;
  if (!d.rule.empty()) line += " [" + d.rule + "]";
  return line;
}

void Reporter::report(const Diagnostic& d, std::string_view source_line) {
  ++by_severity_[static_cast<int>(d.severity)];
  if (!d.rule.empty()) ++by_rule_[d.rule];
  if (keep_) kept_.push_back(d);
  if (d.rule == "extension-dependents") lost_.push_back(d);
  if (writer_ != nullptr) {
    writer_->write(d, source_line);
    return;
  }
  if (out_ == nullptr) return;
  std::string line = gcc_line(d) + '\n';
  std::fwrite(line.data(), 1, line.size(), out_);
}

}  // namespace db9
