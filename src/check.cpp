#include "check.hpp"

#include "output.hpp"

namespace db9 {

namespace {

void add(RunStats& total, const RunStats& s) {
  total.bytes_in += s.bytes_in;
  total.bytes_out += s.bytes_out;
  total.statements += s.statements;
  total.parse_errors += s.parse_errors;
  for (const auto& [rule, n] : s.recognised_by_words) total.recognised_by_words[rule] += n;
  total.meta_commands += s.meta_commands;
  total.copy_blocks += s.copy_blocks;
  total.copy_rows += s.copy_rows;
  total.copy_bytes += s.copy_bytes;
  total.changes += s.changes;
  for (const auto& [table, t] : s.copy_tables) {
    CopyTableStats& into = total.copy_tables[table];
    into.blocks += t.blocks;
    into.rows += t.rows;
    into.bytes += t.bytes;
  }
  total.inputs.insert(total.inputs.end(), s.inputs.begin(), s.inputs.end());
  total.seconds += s.seconds;
}

}  // namespace

CheckResult run_check(const Options& options, Reporter& reporter, Progress* progress) {
  CheckResult result;
  bool input_failed = false, refused = false;
  for (const std::string& path : options.inputs) {
    Options one = options;
    one.inputs = {path};
    uint64_t errors_before = reporter.count(Severity::Error);
    Output discard("/dev/null");
    Pipeline pipeline(one, discard, reporter);
    pipeline.set_progress(progress);
    int code = pipeline.run();
    ++result.files;
    add(result.stats, pipeline.stats());
    if (pipeline.stats().changes > 0) ++result.files_changed;
    if (reporter.count(Severity::Error) > errors_before) ++result.files_with_errors;
    if (code == kExitInput) input_failed = true;
    if (code == kExitRefused) refused = true;  // an internal error: the engine keeps going otherwise
  }
  if (input_failed) result.exit_code = kExitInput;
  else if (refused) result.exit_code = kExitRefused;
  else if (result.stats.changes > 0 || reporter.count(Severity::Error) > 0) result.exit_code = kExitFindings;
  return result;
}

std::string check_summary_line(const CheckResult& r, const Reporter& reporter) {
  auto n = [](uint64_t k, const char* one, const char* many) { return std::to_string(k) + " " + (k == 1 ? one : many); };
  std::string line = "db9-sanitize: --check: " + n(r.files, "file", "files") + ", " +
                     n(r.stats.statements, "statement", "statements") + "; ";
  if (r.files_changed == 0 && r.files_with_errors == 0 && r.exit_code == kExitOk) {
    line += "clean";
  } else {
    line += n(r.stats.changes, "change", "changes") + " in " + n(r.files_changed, "file", "files") + ", " +
            n(reporter.count(Severity::Error), "error", "errors") + " in " +
            n(r.files_with_errors, "file", "files");
  }
  line += "; " + n(reporter.count(Severity::Warning), "warning", "warnings");
  return line;
}

}  // namespace db9
