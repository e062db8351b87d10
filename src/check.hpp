// --check: lint files (schema files, migrations, dumps) without writing SQL.
// Each file is read on its own (its own framing state and ignore-file
// scope); the exit status is 1 when a rule would change something or an
// error-level finding exists, 0 when every file is clean, 3 when a file
// could not be read.
#pragma once

#include <string>

#include "diagnostics.hpp"
#include "options.hpp"
#include "pipeline.hpp"

namespace db9 {

class Progress;

struct CheckResult {
  int exit_code = kExitOk;
  size_t files = 0;
  size_t files_changed = 0;   // a rule would change something
  size_t files_with_errors = 0;
  RunStats stats;             // all files together
};

CheckResult run_check(const Options& options, Reporter& reporter, Progress* progress);
std::string check_summary_line(const CheckResult& result, const Reporter& reporter);

}  // namespace db9
