#include "report_md.hpp"

#include <fstream>
#include <map>
#include <sstream>
#include <vector>

#include "rules/registry.hpp"
#include "rules/rule.hpp"
#include "version.hpp"

namespace db9 {

std::string grouped(uint64_t n) {
  std::string digits = std::to_string(n), out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

namespace {

std::string size_text(uint64_t n) {
  char buf[32];
  if (n < 1024) return grouped(n) + " B";
  if (n < (uint64_t{1} << 20)) std::snprintf(buf, sizeof buf, "%.1f KiB", static_cast<double>(n) / 1024);
  else if (n % (uint64_t{1} << 20) == 0 && n < (uint64_t{1} << 30)) std::snprintf(buf, sizeof buf, "%d MiB", static_cast<int>(n >> 20));
  else if (n < (uint64_t{1} << 30)) std::snprintf(buf, sizeof buf, "%.1f MiB", static_cast<double>(n) / (1 << 20));
  else std::snprintf(buf, sizeof buf, "%.2f GiB", static_cast<double>(n) / (1 << 30));
  return buf;
}

// Text in a Markdown table cell or list item, literally.
std::string md(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == '|' || c == '*' || c == '_' || c == '`' || c == '[' || c == ']' || c == '<' || c == '>' || c == '\\' ||
        c == '#')
      out += '\\';
    out += c == '\n' ? ' ' : c;
  }
  return out;
}

// COPY targets that are not a table the script can count.
bool countable(const std::string& table) { return !table.empty() && table[0] != '('; }

std::string sql_literal(std::string_view s) {
  std::string out = "'";
  for (char c : s) {
    if (c == '\'') out += '\'';
    out += c;
  }
  return out + "'";
}

// "schema.table" as COPY named it (unquoted) → a quoted name.
std::string sql_name(const std::string& table) {
  size_t dot = table.find('.');
  if (dot == std::string::npos) return quote_ident(table);
  return quote_ident(std::string_view(table).substr(0, dot)) + "." + quote_ident(std::string_view(table).substr(dot + 1));
}

void write_file(const std::string& path, const std::string& text, const char* what) {
  std::ofstream f(path, std::ios::binary | std::ios::trunc);
  if (!f) throw IoError(std::string("cannot write ") + what + " " + path);
  f << text;
  f.close();
  if (!f) throw IoError(std::string("cannot write ") + what + " " + path);
}

}  // namespace

bool over_http_import_limits(const CopyTableStats& t) {
  return t.rows > kHttpImportMaxRows || t.bytes > kHttpImportMaxBytes;
}

void write_markdown_report(const std::string& path, const RunStats& s, const Reporter& r, int exit_code) {
  std::ostringstream o;
  std::string inputs;
  for (const InputStats& in : s.inputs) {
    if (!inputs.empty()) inputs += ", ";
    inputs += md(in.name);
  }
  o << "# db9-sanitize migration report\n\n";
  o << "Input: " << (inputs.empty() ? "(none)" : inputs) << " — " << size_text(s.bytes_in) << " of SQL, "
    << grouped(s.statements) << " statements, " << grouped(s.copy_blocks) << " COPY blocks (" << grouped(s.copy_rows)
    << " rows).  \n";
  auto count = [](uint64_t n, const char* one, const char* many) { return grouped(n) + " " + (n == 1 ? one : many); };
  o << "Result: " << count(s.changes, "change", "changes") << ", "
    << count(r.count(Severity::Warning), "warning", "warnings") << ", "
    << count(r.count(Severity::Error), "error", "errors") << "; ";
  switch (exit_code) {
    case kExitOk: o << "the run finished (exit 0)."; break;
    case kExitFindings: o << "--check found something to change or an error (exit 1)."; break;
    case kExitRefused: o << "**the run stopped at an error-level finding (exit 4): the output is incomplete.**"; break;
    default: o << "**the run failed (exit " << exit_code << "): the output is incomplete.**"; break;
  }
  o << "  \ndb9-sanitize " << kVersion << ".\n\n";

  // Changes and findings, by rule, in catalogue order, then the rest.
  std::map<std::string, std::vector<const Diagnostic*>> by_rule;
  for (const Diagnostic& d : r.kept()) by_rule[d.rule.empty() ? "input" : d.rule].push_back(&d);
  std::vector<std::string> order;
  for (const RuleInfo& rule : rule_catalogue())
    if (by_rule.count(rule.id)) order.push_back(rule.id);
  for (const auto& [id, list] : by_rule)
    if (find_rule(id) == nullptr) order.push_back(id);

  o << "## Changes and findings by rule\n\n";
  if (order.empty()) o << "Nothing to change: every statement passes unchanged.\n\n";
  if (!order.empty()) {
    o << "| rule | findings | what the rule does |\n|---|---:|---|\n";
    for (const std::string& id : order) {
      const RuleInfo* info = find_rule(id);
      o << "| `" << id << "` | " << grouped(by_rule[id].size()) << " | "
        << md(info ? info->summary + " (action: " + to_string(info->default_action) + " by default)"
                   : std::string("db9-sanitize's own check"))
        << " |\n";
    }
    o << "\n";
  }
  for (const std::string& id : order) {
    const RuleInfo* info = find_rule(id);
    o << "### `" << id << "` (" << grouped(by_rule[id].size()) << ")\n\n";
    if (info != nullptr && !info->description.empty()) o << md(info->description) << "\n\n";
    for (const Diagnostic* d : by_rule[id]) {
      o << "- " << md(d->where.file);
      if (d->where.line > 0) o << " line " << d->where.line;
      o << " (" << to_string(d->severity) << "): " << md(d->message) << "\n";
    }
    o << "\n";
  }

  o << "## Tables\n\n";
  std::vector<std::string> large;
  if (s.copy_tables.empty()) {
    o << "The input has no COPY data.\n\n";
  } else {
    o << "Rows and bytes of each table's COPY data. DB9's HTTP import (`db9 db sql -f`) takes at most "
      << grouped(kHttpImportMaxRows) << " rows or " << size_text(kHttpImportMaxBytes) << " per table.\n\n";
    o << "| table | rows | bytes | HTTP import |\n|---|---:|---:|---|\n";
    for (const auto& [table, t] : s.copy_tables) {
      bool over = over_http_import_limits(t);
      if (over) large.push_back(table);
      o << "| " << md(table) << " | " << grouped(t.rows) << " | " << size_text(t.bytes) << " | "
        << (t.rows > kHttpImportMaxRows    ? "**over " + grouped(kHttpImportMaxRows) + " rows: use psql**"
            : t.bytes > kHttpImportMaxBytes ? "**over " + size_text(kHttpImportMaxBytes) + ": use psql**"
                                            : std::string("fits"))
        << " |\n";
    }
    o << "\n";
  }
  o << "## How to import\n\n";
  if (exit_code != kExitOk && exit_code != kExitFindings) {
    o << "Not yet: the run stopped (exit " << exit_code << "). Fix what the errors above name and run db9-sanitize "
      << "again.\n";
    write_file(path, o.str(), "report");
    return;
  }
  if (!large.empty()) {
    o << grouped(large.size()) << (large.size() == 1 ? " table is" : " tables are")
      << " over the HTTP import's limits, so load this dump with psql, not `db9 db sql -f`:\n\n"
      << "```sh\nset -o pipefail\ndb9-sanitize dump.sql | psql -v ON_ERROR_STOP=1 \"$DB9_URL\"\n```\n\n";
  } else {
    o << "Every table fits the HTTP import's limits; psql works too:\n\n"
      << "```sh\nset -o pipefail\ndb9-sanitize dump.sql | psql -v ON_ERROR_STOP=1 \"$DB9_URL\"\n```\n\n";
  }
  o << "After the import, `--verify-sql FILE` writes a script that compares every table's row count on the target "
       "with this dump: `psql -X -At -f FILE \"$DB9_URL\"` prints the tables that differ and a verdict.\n";
  write_file(path, o.str(), "report");
}

std::string verify_sql(const RunStats& s) {
  std::ostringstream o;
  uint64_t tables = 0, rows = 0;
  std::vector<std::pair<std::string, uint64_t>> list;
  std::vector<std::string> skipped;
  for (const auto& [table, t] : s.copy_tables) {
    if (!countable(table)) {
      skipped.push_back(table);
      continue;
    }
    list.emplace_back(table, t.rows);
    ++tables;
    rows += t.rows;
  }
  o << "-- db9-sanitize " << kVersion << ": row counts of the dump's COPY data, to compare with the target after\n"
    << "-- the import. Run: psql -X -At -f THIS_FILE \"$DB9_URL\"\n"
    << "-- Prints one line per table whose count differs, then one verdict line. A table that is missing\n"
    << "-- on the target stops the script with \"relation ... does not exist\".\n";
  for (const std::string& t : skipped) o << "-- Not counted: " << t << " (no table name known).\n";
  if (list.empty()) {
    o << "SELECT 'db9-sanitize verify: OK: the dump has no COPY data to compare' AS verdict;\n";
    return o.str();
  }
  o << "WITH counts(table_name, expected, actual) AS (VALUES\n";
  for (size_t i = 0; i < list.size(); ++i) {
    o << "  (" << sql_literal(list[i].first) << ", " << list[i].second << "::bigint, (SELECT count(*) FROM "
      << sql_name(list[i].first) << "))" << (i + 1 < list.size() ? ",\n" : "\n");
  }
  o << "),\n"
    << "mismatches AS (SELECT * FROM counts WHERE actual <> expected)\n"
    << "SELECT line FROM (\n"
    << "  SELECT 1 AS part, table_name AS sort_key,\n"
    << "         format('mismatch: %s: the dump has %s rows, the target has %s', table_name, expected, actual) AS line\n"
    << "  FROM mismatches\n"
    << "  UNION ALL\n"
    << "  SELECT 2, '', CASE WHEN count(*) = 0\n"
    << "    THEN 'db9-sanitize verify: OK: all " << tables << " tables have the dump''s row counts (" << rows
    << " rows)'\n"
    << "    ELSE format('db9-sanitize verify: FAILED: %s of " << tables
    << " tables differ from the dump', count(*)) END\n"
    << "  FROM mismatches\n"
    << ") AS report ORDER BY part, sort_key;\n";
  return o.str();
}

void write_verify_sql(const std::string& path, const RunStats& stats) {
  write_file(path, verify_sql(stats), "verify script");
}

}  // namespace db9
