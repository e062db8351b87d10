// The end of a run: the one-line summary on stderr and the --report JSON.
#pragma once

#include <string>

#include "diagnostics.hpp"
#include "pipeline.hpp"

namespace db9 {

std::string summary_line(const RunStats& stats, const Reporter& reporter);
// Throws IoError when the file cannot be written.
void write_json_report(const std::string& path, const RunStats& stats, const Reporter& reporter, int exit_code);

}  // namespace db9
