// Command line: what a run was asked to do.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "rules/registry.hpp"

namespace db9 {

// Exit codes (documented in --help and README.md).
enum ExitCode : int {
  kExitOk = 0,        // done
  kExitFindings = 1,  // reserved for --check: something would change
  kExitUsage = 2,     // bad command line
  kExitInput = 3,     // input or I/O error (unreadable, truncated, not SQL, write failed)
  kExitRefused = 4,   // an error-level finding stopped the run (--strict)
};

struct Options {
  std::vector<std::string> inputs;  // "-" is stdin
  std::string output;               // "" is stdout
  RuleSet rules;
  RuleOptions rule_options;
  bool strict = false;
  bool quiet = false;
  size_t max_statement_bytes = size_t{64} << 20;
  size_t max_hold_bytes = size_t{64} << 20;  // schema output held for ATTACH PARTITION (src/hold.hpp)
  // The two import paths' COPY data (src/copy_out.hpp).
  size_t insert_batch_rows = 1000;               // --target api: rows per INSERT
  size_t insert_batch_bytes = size_t{1} << 20;   // --target api: bytes per INSERT
  size_t copy_batch_bytes = size_t{2} << 20;     // --target psql: bytes per COPY block (0: whole)
  std::string report_path;
  // Lint and audit (issue 6).
  bool check = false;                 // --check: no SQL written; exit 1 on changes or errors
  std::string format;                 // --format human|gcc|json|sarif ("" : human on a terminal, else gcc)
  std::string diagnostics_path;       // --diagnostics FILE
  std::string report_md_path;         // --report-md FILE
  std::string verify_sql_path;        // --verify-sql FILE
  bool progress = false;              // --progress
  std::string config_path;            // the .db9-sanitize.toml used ("" : none)
};

// Parses argv. Prints --help / --version itself and returns false with
// exit_code set when the run should stop there (exit_code 0 or kExitUsage).
bool parse_command_line(int argc, char** argv, Options& out, int& exit_code);

// "64M", "1G", "4096" → bytes. Throws UsageError. With allow_zero, "0"
// is a size too.
size_t parse_size(const std::string& text, bool allow_zero = false);

}  // namespace db9
