#include "report.hpp"

#include <cstdio>
#include <fstream>
#include <nlohmann/json.hpp>

#include "report_md.hpp"
#include "rules/registry.hpp"
#include "version.hpp"

namespace db9 {

namespace {

std::string human_bytes(uint64_t n) {
  const char* units[] = {"B", "KiB", "MiB", "GiB", "TiB"};
  double v = static_cast<double>(n);
  int u = 0;
  while (v >= 1024 && u < 4) {
    v /= 1024;
    ++u;
  }
  char buf[32];
  std::snprintf(buf, sizeof buf, u == 0 ? "%.0f %s" : "%.1f %s", v, units[u]);
  return buf;
}

std::string plural(uint64_t n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

}  // namespace

std::string summary_line(const RunStats& s, const Reporter& r) {
  // What the output stage made of the COPY blocks, when it did anything.
  std::string made;
  if (s.insert_blocks > 0)
    made += "; " + std::to_string(s.insert_blocks) + " as " +
            plural(s.insert_statements, "INSERT statement", "INSERT statements");
  if (s.batched_blocks > 0)
    made += "; " + std::to_string(s.batched_blocks) + " cut into " + plural(s.copy_batches, "batch", "batches");
  std::string line = "db9-sanitize: " + plural(s.statements, "statement", "statements") + ", " +
                     plural(s.copy_blocks, "COPY block", "COPY blocks") + " (" +
                     plural(s.copy_rows, "row", "rows") + made + "), " +
                     plural(s.meta_commands, "meta-command", "meta-commands") + "; " +
                     plural(s.changes, "change", "changes") + ", " +
                     plural(r.count(Severity::Warning), "warning", "warnings") + ", " +
                     plural(r.count(Severity::Error), "error", "errors") + "; " + human_bytes(s.bytes_in) +
                     " in, " + human_bytes(s.bytes_out) + " out";
  char secs[32];
  std::snprintf(secs, sizeof secs, " in %.2f s", s.seconds);
  return line + secs;
}

void write_json_report(const std::string& path, const RunStats& s, const Reporter& r, int exit_code) {
  nlohmann::ordered_json j;
  j["tool"] = "db9-sanitize";
  j["version"] = kVersion;
  j["exit_code"] = exit_code;
  j["bytes_in"] = s.bytes_in;
  j["bytes_out"] = s.bytes_out;
  j["statements"] = s.statements;
  j["parse_errors"] = s.parse_errors;
  // Statements the PostgreSQL 15 parser rejects, dropped by the rule that
  // owns their kind, recognised by their words (not counted in parse_errors).
  nlohmann::ordered_json by_words = nlohmann::ordered_json::object();
  uint64_t words_total = 0;
  for (const auto& [rule, n] : s.recognised_by_words) {
    by_words[rule] = n;
    words_total += n;
  }
  j["recognised_by_words"] = {{"total", words_total}, {"rules", by_words}};
  j["meta_commands"] = s.meta_commands;
  j["copy_blocks"] = s.copy_blocks;
  j["copy_rows"] = s.copy_rows;
  j["copy_bytes"] = s.copy_bytes;
  j["changes"] = s.changes;
  // The import paths (src/copy_out.hpp): --target api's INSERTs, --target
  // psql's batches (blocks cut, and the COPY blocks written for them).
  j["copy_inserts"] = {{"blocks", s.insert_blocks}, {"rows", s.insert_rows}, {"statements", s.insert_statements}};
  j["copy_batches"] = {{"blocks_cut", s.batched_blocks}, {"batches", s.copy_batches}};
  j["seconds"] = s.seconds;
  j["inputs"] = nlohmann::ordered_json::array();
  for (const InputStats& in : s.inputs)
    j["inputs"].push_back({{"name", in.name}, {"compression", in.compression.empty() ? "none" : in.compression},
                           {"bytes", in.raw_bytes}});
  j["copy_tables"] = nlohmann::ordered_json::object();
  for (const auto& [table, t] : s.copy_tables)
    j["copy_tables"][table] = {{"blocks", t.blocks}, {"rows", t.rows}, {"bytes", t.bytes},
                               {"over_http_import_limits", over_http_import_limits(t)}};
  j["dropped_copy_tables"] = nlohmann::ordered_json::object();
  for (const auto& [table, t] : s.dropped_copy_tables)
    j["dropped_copy_tables"][table] = {{"blocks", t.blocks}, {"rows", t.rows}, {"bytes", t.bytes}};
  // What the objects of removed extensions took with them (the
  // extension-dependents rule's diagnostics), one entry each.
  j["lost_features"] = nlohmann::ordered_json::array();
  for (const Diagnostic& d : r.lost())
    j["lost_features"].push_back({{"severity", to_string(d.severity)}, {"file", d.where.file},
                                  {"line", d.where.line}, {"column", d.where.column}, {"message", d.message}});
  nlohmann::ordered_json rules = nlohmann::ordered_json::object();
  for (const RuleInfo& rule : rule_catalogue()) rules[rule.id] = 0;
  for (const auto& [rule, n] : r.by_rule()) rules[rule] = n;
  j["rules"] = rules;
  // Every finding, by rule, with its place (kept when a report is asked for).
  nlohmann::ordered_json findings = nlohmann::ordered_json::object();
  for (const Diagnostic& d : r.kept()) {
    nlohmann::ordered_json f = {{"file", d.where.file},
                                {"line", d.where.line},
                                {"column", d.where.column},
                                {"severity", to_string(d.severity)},
                                {"message", d.message}};
    // The statement it is about (where it begins) and what was done to it:
    // drop, rewrite, comment, keep (reported, left as it is) or stop.
    if (!d.verdict.empty()) {
      f["statement_line"] = d.statement.line;
      f["statement_column"] = d.statement.column;
      f["verdict"] = d.verdict;
    }
    findings[d.rule.empty() ? "input" : d.rule].push_back(std::move(f));
  }
  j["findings"] = findings;
  j["http_import_limits"] = {{"rows", kHttpImportMaxRows}, {"bytes", kHttpImportMaxBytes}};
  j["diagnostics"] = {{"notes", r.count(Severity::Note)},
                      {"warnings", r.count(Severity::Warning)},
                      {"errors", r.count(Severity::Error)}};

  std::string text = j.dump(2) + "\n";
  if (path == "-") {
    std::fwrite(text.data(), 1, text.size(), stderr);
    return;
  }
  std::ofstream f(path, std::ios::binary | std::ios::trunc);
  if (!f) throw IoError("cannot write report " + path);
  f << text;
  f.close();
  if (!f) throw IoError("cannot write report " + path);
}

}  // namespace db9
