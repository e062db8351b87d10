// The migration report for a person (--report-md) and the verify script
// (--verify-sql), both from one run's statistics and diagnostics.
#pragma once

#include <cstdint>
#include <string>

#include "diagnostics.hpp"
#include "pipeline.hpp"

namespace db9 {

// Limits of DB9's HTTP import (`db9 db sql -f`) per table: beyond either,
// load that table with psql.
constexpr uint64_t kHttpImportMaxRows = 50000;
constexpr uint64_t kHttpImportMaxBytes = uint64_t{16} << 20;  // 16 MiB
bool over_http_import_limits(const CopyTableStats& t);
// 1234567 → "1,234,567".
std::string grouped(uint64_t n);

// Throws IoError when the file cannot be written. Needs the Reporter to
// have kept every diagnostic (keep_all).
void write_markdown_report(const std::string& path, const RunStats& stats, const Reporter& reporter, int exit_code);

// A SQL script that, run with psql against the target after the import,
// prints one line per table whose row count differs from the dump's COPY
// data, then one verdict line.
std::string verify_sql(const RunStats& stats);
void write_verify_sql(const std::string& path, const RunStats& stats);

}  // namespace db9
