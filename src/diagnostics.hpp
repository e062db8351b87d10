// Diagnostics: every finding and every change is reported on stderr as
//   FILE:LINE:COL: note|warning|error: message [rule]
// and counted for the summary line and the --report JSON.
#pragma once

#include <cstdint>
#include <cstdio>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace db9 {

enum class Severity { Note, Warning, Error };

// Thrown to stop a run after an error-level finding (exit 4) or bad input
// (exit 3) has been reported.
struct Stop {
  int exit_code;
};
const char* to_string(Severity);

struct Location {
  std::string file;
  uint64_t line = 0;  // 1-based; 0 when unknown
  uint64_t column = 0;
};

// What a rule's finding did to the statement it is about: each statement
// gets one verdict, and every finding about it says which statement (for
// the --report JSON; a test counts findings that contradict a drop).
struct Verdict {
  size_t statement_begin = 0;  // item offset of the statement's first byte
  const char* kind = nullptr;  // drop | rewrite | comment | keep | stop; nullptr: not about one statement
};

struct Diagnostic {
  Diagnostic(Severity s, Location w, std::string m, std::string r)
      : severity(s), where(std::move(w)), message(std::move(m)), rule(std::move(r)) {}
  Severity severity;
  Location where;
  std::string message;
  std::string rule;   // e.g. "parse", "input"
  Location statement = {};   // where the statement it is about begins (line 0: none)
  std::string verdict;       // Verdict::kind, or empty
};

// Where diagnostics go, in which format (src/formats.cpp). The Reporter
// writes the gcc form itself when it has no writer.
class DiagnosticWriter {
 public:
  virtual ~DiagnosticWriter() = default;
  // `source_line`: the line the diagnostic points into (without its line
  // end), when the writer wants it and it is known; else empty.
  virtual void write(const Diagnostic& d, std::string_view source_line) = 0;
  // After the run: formats that are one document (JSON, SARIF) write it here.
  virtual void finish() {}
  virtual bool wants_source_line() const { return false; }
};

// Where each input file begins in the concatenated stream, so that stream
// positions can be named as FILE:LINE:COL.
class SourceMap {
 public:
  void begin_file(std::string name, uint64_t stream_offset, uint64_t stream_line);
  // A position given as the stream line/column of a byte at `stream_offset`.
  Location locate(uint64_t stream_offset, uint64_t stream_line, uint64_t column) const;
  const std::string& current_name() const;

 private:
  struct File {
    std::string name;
    uint64_t offset;
    uint64_t line;
  };
  std::vector<File> files_;
};

// The stream line and column of byte `pos` of an item's text.
struct LineCol {
  uint64_t line;
  uint64_t column;
};
LineCol line_col(std::string_view text, uint64_t first_line, uint64_t first_column, size_t pos);

// FILE:LINE:COL: severity: message [rule], without a line end.
std::string gcc_line(const Diagnostic& d);

class Reporter {
 public:
  explicit Reporter(std::FILE* out) : out_(out) {}
  void report(const Diagnostic& d, std::string_view source_line = {});
  uint64_t count(Severity s) const { return by_severity_[static_cast<int>(s)]; }
  const std::map<std::string, uint64_t>& by_rule() const { return by_rule_; }
  const std::vector<Diagnostic>& kept() const { return kept_; }
  void keep_all(bool on) { keep_ = on; }
  void set_writer(DiagnosticWriter* w) { writer_ = w; }
  bool wants_source_line() const { return writer_ != nullptr && writer_->wants_source_line(); }
  // The diagnostics of the extension-dependents rule: features lost with the
  // removed extensions, for the --report JSON.
  const std::vector<Diagnostic>& lost() const { return lost_; }

 private:
  std::FILE* out_;
  DiagnosticWriter* writer_ = nullptr;
  uint64_t by_severity_[3] = {0, 0, 0};
  std::map<std::string, uint64_t> by_rule_;
  bool keep_ = false;
  std::vector<Diagnostic> kept_;
  std::vector<Diagnostic> lost_;
};

}  // namespace db9
