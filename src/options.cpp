#include "options.hpp"

#include <cxxopts.hpp>
#include <iostream>

#include <pg_query.h>

#include "config.hpp"
#include "formats.hpp"
#include "version.hpp"

namespace db9 {

namespace {

const char* kUsage = R"(db9-sanitize: make a PostgreSQL dump import into DB9.

Reads pg_dump plain-SQL output (or any psql script or schema file) statement
by statement, parses each with the PostgreSQL 15 parser, and writes it back
byte for byte, COPY data streamed untouched, in constant memory.

Usage:
  db9-sanitize [options] [FILE...]      FILEs in order, or stdin ("-")

Examples:
  pg_dump --no-owner "$SOURCE_URL" | db9-sanitize | psql -v ON_ERROR_STOP=1 "$DB9_URL"
  db9-sanitize -o clean.sql dump.sql.gz            gzip/zstd/bzip2/xz are read directly
  pg_restore -f - heroku.dump | db9-sanitize       custom-format (Heroku) backups
  db9-sanitize --disable all dump.sql | cmp - dump.sql    nothing changes
  db9-sanitize --report report.json dump.sql > /dev/null  statistics only
  db9-sanitize --check db/structure.sql             lint a schema file (CI, pre-commit)
  db9-sanitize --check --format=sarif --diagnostics db9.sarif db/*.sql
  db9-sanitize --report-md plan.md --verify-sql verify.sql dump.sql > clean.sql
  db9-sanitize --target api -o import.sql dump.sql && db9 db sql -f import.sql
                                     the HTTP import: COPY data as INSERT statements
  pg_dump "$SOURCE_URL" | db9-sanitize --copy-batch 1M | psql "$DB9_URL"
                                     big tables in COPY batches of about 1 MiB

Two import paths: psql (--target psql, the default) loads COPY data; a COPY
block over --copy-batch (2M) is cut into several, each committed on its
own. The HTTP import (db9 db sql -f, --target api) runs SQL only and takes
at most 50,000 rows or 16 MiB per table: COPY blocks become INSERT ...
VALUES statements (--insert-batch rows, --insert-batch-bytes each), and a
table over those limits is a warning that names psql as the way to load it.

Settings may also come from .db9-sanitize.toml, found in the current
directory or the nearest one above it (see db9-sanitize(1)); the command
line overrides it. One statement is exempted from a rule with a comment on
the line before it or at its end: -- db9-sanitize: ignore[rule,...]
)";

const char* kExitCodes = R"(
Diagnostics go to stderr as FILE:LINE:COL: note|warning|error: message [rule],
then one summary line (unless -q). Stdout carries only SQL.

Exit status:
  0  done
  1  --check: something would be changed, or an error-level finding
  2  usage error
  3  input or I/O error: unreadable, truncated or not plain SQL, write failed
  4  refused: an error-level finding stopped the run (e.g. --strict)

With stdout in a pipe, use "set -o pipefail" so psql's success does not hide
ours.
)";

}  // namespace

size_t parse_size(const std::string& text, bool allow_zero) {
  if (text.empty()) throw UsageError("empty size");
  size_t pos = 0;
  unsigned long long v = 0;
  try {
    v = std::stoull(text, &pos);
  } catch (const std::exception&) {
    throw UsageError("not a size: '" + text + "' (try 64M)");
  }
  std::string unit = text.substr(pos);
  unsigned shift = 0;
  if (unit.empty() || unit == "B") shift = 0;
  else if (unit == "K" || unit == "KiB" || unit == "k") shift = 10;
  else if (unit == "M" || unit == "MiB") shift = 20;
  else if (unit == "G" || unit == "GiB") shift = 30;
  else throw UsageError("not a size: '" + text + "' (units: K, M, G)");
  if (v == 0 && !allow_zero) throw UsageError("size must be positive: '" + text + "'");
  if (shift > 0 && v > (~0ULL >> shift)) throw UsageError("size too large: '" + text + "'");
  return static_cast<size_t>(v << shift);
}

namespace {

// One command line (the real one, or one config setting alone).
bool parse_args(const std::vector<std::string>& args, Options& out, int& exit_code, const std::string& context) {
  std::vector<char*> argv;
  for (const std::string& a : args) argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  int argc = static_cast<int>(args.size());
  cxxopts::Options opts("db9-sanitize", "");
  opts.custom_help("[options]");
  opts.positional_help("[FILE...]");
  // clang-format off
  opts.add_options()
    ("o,output", "write to FILE (atomically: a temporary file, renamed when complete) instead of stdout",
       cxxopts::value<std::string>(), "FILE")
    ("disable", "turn off rules (comma-separated ids; 'all' turns every rule off, and the output is then the input, byte for byte)",
       cxxopts::value<std::vector<std::string>>(), "RULES")
    ("enable", "turn rules back on (after --disable all, say)", cxxopts::value<std::vector<std::string>>(), "RULES")
    ("action", "what a rule does when it finds something: RULE=drop|comment|warn|error (comment keeps the statement as -- lines; error stops with exit 4)",
       cxxopts::value<std::vector<std::string>>(), "RULE=ACTION")
    ("allow-extension", "keep CREATE EXTENSION NAME although DB9's set lacks it", cxxopts::value<std::vector<std::string>>(), "NAME")
    ("deny-extension", "drop CREATE EXTENSION NAME although DB9's set has it", cxxopts::value<std::vector<std::string>>(), "NAME")
    ("map-schema", "move objects of schema FROM to TO (default heroku_ext=public)", cxxopts::value<std::vector<std::string>>(), "FROM=TO")
    ("on-dependents", "what uses a removed extension's objects: rewrite (default: columns of its types become text, its indexes, constraints and views go, defaults get a built-in equivalent or go), drop (every such statement goes, a table with its rows) or error (stop, exit 4)",
       cxxopts::value<std::string>()->default_value("rewrite"), "rewrite|drop|error")
    ("keep-owners", "keep ALTER ... OWNER TO (the roles must exist on the target)")
    ("keep-privileges", "keep GRANT, REVOKE and ALTER DEFAULT PRIVILEGES")
    ("target", "psql (default): COPY blocks larger than --copy-batch are cut into batches psql commits one by one; api: for db9 db sql -f, the HTTP import, which runs no psql and has no COPY: COPY data becomes INSERT statements, \\restrict and \\unrestrict go",
       cxxopts::value<std::string>()->default_value("psql"), "psql|api")
    ("copy-batch", "--target psql: write a COPY block larger than SIZE as several COPY ... FROM stdin blocks of the same table, cut at the first row end past SIZE (0: keep blocks whole; rule copy-batch)",
       cxxopts::value<std::string>()->default_value("2M"), "SIZE")
    ("insert-batch", "--target api: at most ROWS rows per INSERT statement",
       cxxopts::value<std::string>()->default_value("1000"), "ROWS")
    ("insert-batch-bytes", "--target api: at most SIZE bytes per INSERT statement (a single larger row goes alone)",
       cxxopts::value<std::string>()->default_value("1M"), "SIZE")
    ("strict", "a statement the PostgreSQL 15 parser rejects is an error (exit 4), not a warning")
    ("max-statement-bytes", "refuse a statement larger than this (memory bound; COPY data is never held)",
       cxxopts::value<std::string>()->default_value("64M"), "SIZE")
    ("partitions", "merge: a partitioned table becomes a plain table holding all its partitions' rows; error: refuse (--action partition=error)",
       cxxopts::value<std::string>()->default_value("merge"), "merge|error")
    ("inheritance", "detach: INHERITS removed, a child keeps the inherited columns and its own rows; error: refuse (--action inheritance=error)",
       cxxopts::value<std::string>()->default_value("detach"), "detach|error")
    ("max-hold-bytes", "the most schema output held back until the partitions' ATTACH PARTITION (COPY data is never held)",
       cxxopts::value<std::string>()->default_value("64M"), "SIZE")
    ("report", "write run statistics and per-rule counts as JSON to FILE", cxxopts::value<std::string>(), "FILE")
    ("check", "lint: write no SQL; exit 1 when a rule would change something or finds an error, 0 when clean; each FILE is checked on its own")
    ("format", "diagnostics as human (source line and caret; coloured on a terminal), gcc (FILE:LINE:COL: ...), json or sarif (SARIF 2.1.0); default human on a terminal (gcc when NO_COLOR is set), else gcc",
       cxxopts::value<std::string>(), "FORMAT")
    ("diagnostics", "write the diagnostics to FILE instead of stderr", cxxopts::value<std::string>(), "FILE")
    ("report-md", "write a Markdown migration report to FILE: every change by rule with its line, each table's COPY rows and bytes, tables too large for DB9's HTTP import",
       cxxopts::value<std::string>(), "FILE")
    ("verify-sql", "write a SQL script to FILE that, run against the target after the import, compares each table's row count with the dump's",
       cxxopts::value<std::string>(), "FILE")
    ("progress", "a live progress line on stderr (bytes, MB/s, percent, current table) when stderr is a terminal")
    ("config", "read settings from FILE instead of the nearest .db9-sanitize.toml", cxxopts::value<std::string>(), "FILE")
    ("no-config", "read no .db9-sanitize.toml")
    ("q,quiet", "no summary line (diagnostics are still printed)")
    ("h,help", "show this help")
    ("version", "show the version")
    ("files", "input files", cxxopts::value<std::vector<std::string>>());
  // clang-format on
  opts.parse_positional({"files"});

  cxxopts::ParseResult r;
  try {
    r = opts.parse(argc, argv.data());
  } catch (const cxxopts::exceptions::exception& e) {
    std::cerr << "db9-sanitize: error: " << context << e.what() << "\nTry 'db9-sanitize --help'.\n";
    exit_code = kExitUsage;
    return false;
  }
  if (r.count("help")) {
    std::string help = opts.help();
    // cxxopts prints its own usage line first; ours is above it.
    size_t blank = help.find("\n\n");
    std::cout << kUsage << "\nOptions:\n" << (blank == std::string::npos ? help : help.substr(blank + 2));
    std::cout << "\nRules (ids for --disable, --enable, --action; default action in brackets):\n";
    for (const RuleInfo& rule : rule_catalogue()) {
      std::string id = rule.id + std::string(rule.id.size() < 13 ? 13 - rule.id.size() : 1, ' ');
      std::string action = std::string("[") + to_string(rule.default_action) + "]";
      action += std::string(action.size() < 8 ? 8 - action.size() : 1, ' ');
      std::cout << "  " << id << action << rule.summary << "\n";
    }
    std::cout << "Actions: drop (apply the change: drop or rewrite), comment (keep the statement as -- lines,\n"
                 "a rewrite after it), warn (change nothing), error (stop, exit 4).\n";
    std::cout << kExitCodes;
    exit_code = kExitOk;
    return false;
  }
  if (r.count("version")) {
    std::cout << "db9-sanitize " << kVersion << " (PostgreSQL " << PG_VERSION << " parser, libpg_query)\n";
    exit_code = kExitOk;
    return false;
  }
  try {
    // In the order given: the command line's --enable after the config's
    // disable list wins, and the other way round.
    for (const cxxopts::KeyValue& kv : r.arguments()) {
      if (kv.key() == "disable") out.rules.disable(kv.value());
      if (kv.key() == "enable") out.rules.enable(kv.value());
    }
    if (r.count("action"))
      for (const std::string& a : r["action"].as<std::vector<std::string>>()) out.rules.set_action(a);
    RuleOptions& ro = out.rule_options;
    if (r.count("allow-extension"))
      for (const std::string& e : r["allow-extension"].as<std::vector<std::string>>()) ro.allow_extensions.insert(e);
    if (r.count("deny-extension"))
      for (const std::string& e : r["deny-extension"].as<std::vector<std::string>>()) ro.deny_extensions.insert(e);
    if (r.count("map-schema")) {
      for (const std::string& m : r["map-schema"].as<std::vector<std::string>>()) {
        size_t eq = m.find('=');
        if (eq == std::string::npos || eq == 0 || eq + 1 == m.size())
          throw UsageError("--map-schema takes FROM=TO, not '" + m + "'");
        ro.map_schemas[m.substr(0, eq)] = m.substr(eq + 1);
      }
    }
    ro.on_dependents = r["on-dependents"].as<std::string>();
    if (ro.on_dependents != "rewrite" && ro.on_dependents != "drop" && ro.on_dependents != "error")
      throw UsageError("--on-dependents is rewrite, drop or error, not '" + ro.on_dependents + "'");
    if (ro.on_dependents == "error") out.rules.set_action("extension-dependents=error");
    ro.extensions_removed = out.rules.enabled("extension") && (out.rules.action("extension") == Action::Drop ||
                                                              out.rules.action("extension") == Action::Comment);
    ro.keep_owners = r.count("keep-owners") > 0;
    ro.keep_privileges = r.count("keep-privileges") > 0;
    ro.target = r["target"].as<std::string>();
    if (ro.target != "psql" && ro.target != "api") throw UsageError("--target is psql or api, not '" + ro.target + "'");
    out.max_statement_bytes = parse_size(r["max-statement-bytes"].as<std::string>());
    out.copy_batch_bytes = parse_size(r["copy-batch"].as<std::string>(), true);
    out.insert_batch_bytes = parse_size(r["insert-batch-bytes"].as<std::string>());
    {
      std::string rows = r["insert-batch"].as<std::string>();
      size_t used = 0;
      unsigned long long v = 0;
      try {
        v = std::stoull(rows, &used);
      } catch (const std::exception&) {
        used = 0;
      }
      if (used != rows.size() || rows.empty() || rows[0] == '-' || v == 0)
        throw UsageError("--insert-batch takes a number of rows (1 or more), not '" + rows + "'");
      out.insert_batch_rows = static_cast<size_t>(v);
    }
    if (r.count("format")) {
      out.format = r["format"].as<std::string>();
      if (!parse_format(out.format)) throw UsageError("--format is human, gcc, json or sarif, not '" + out.format + "'");
    }
    out.max_hold_bytes = parse_size(r["max-hold-bytes"].as<std::string>());
    std::string partitions = r["partitions"].as<std::string>();
    if (partitions == "error") out.rules.set_action("partition=error");
    else if (partitions != "merge") throw UsageError("--partitions is merge or error, not '" + partitions + "'");
    std::string inheritance = r["inheritance"].as<std::string>();
    if (inheritance == "error") out.rules.set_action("inheritance=error");
    else if (inheritance != "detach") throw UsageError("--inheritance is detach or error, not '" + inheritance + "'");
  } catch (const UsageError& e) {
    std::cerr << "db9-sanitize: error: " << context << e.what() << "\nTry 'db9-sanitize --help'.\n";
    exit_code = kExitUsage;
    return false;
  }
  if (r.count("output")) out.output = r["output"].as<std::string>();
  if (r.count("report")) out.report_path = r["report"].as<std::string>();
  if (r.count("diagnostics")) out.diagnostics_path = r["diagnostics"].as<std::string>();
  if (r.count("report-md")) out.report_md_path = r["report-md"].as<std::string>();
  if (r.count("verify-sql")) out.verify_sql_path = r["verify-sql"].as<std::string>();
  out.check = r.count("check") > 0;
  out.progress = r.count("progress") > 0;
  out.strict = r.count("strict") > 0;
  out.quiet = r.count("quiet") > 0;
  if (r.count("files")) out.inputs = r["files"].as<std::vector<std::string>>();
  if (out.inputs.empty()) out.inputs.push_back("-");
  if (out.check && !out.output.empty()) {
    std::cerr << "db9-sanitize: error: --check writes no SQL; drop -o " << out.output << "\n";
    exit_code = kExitUsage;
    return false;
  }
  if (!out.output.empty() && out.output != "-") {
    for (const std::string& in : out.inputs) {
      if (in == out.output) {
        std::cerr << "db9-sanitize: error: -o " << out.output << " is also an input\n";
        exit_code = kExitUsage;
        return false;
      }
    }
  }
  return true;
}

}  // namespace

bool parse_command_line(int argc, char** argv, Options& out, int& exit_code) {
  std::vector<std::string> args(argv, argv + argc);
  // --config FILE / --no-config choose the config file before anything else.
  std::string config;
  bool no_config = false;
  for (size_t i = 1; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a == "--") break;
    if (a == "--no-config") no_config = true;
    if (a == "--config" && i + 1 < args.size()) config = args[i + 1];
    if (a.rfind("--config=", 0) == 0) config = a.substr(9);
  }
  if (!no_config) {
    if (config.empty()) {
      if (std::optional<std::string> found = discover_config(".")) config = *found;
    }
    if (!config.empty()) {
      std::vector<ConfigArg> settings;
      try {
        settings = load_config(config);
      } catch (const ConfigError& e) {
        std::cerr << "db9-sanitize: error: " << e.what() << "\n";
        exit_code = kExitUsage;
        return false;
      }
      // Each setting alone first, so that an error names its line.
      for (const ConfigArg& s : settings) {
        Options scratch;
        if (!parse_args({args[0], s.arg}, scratch, exit_code, config + ":" + std::to_string(s.line) + ": " + s.key + ": "))
          return false;
      }
      std::vector<std::string> merged{args[0]};
      for (const ConfigArg& s : settings) merged.push_back(s.arg);
      merged.insert(merged.end(), args.begin() + 1, args.end());
      args = std::move(merged);
      out.config_path = config;
    }
  }
  std::vector<std::string> given(argv + 1, argv + argc);
  if (!parse_args(args, out, exit_code, "")) return false;
  // An option of the other import path, given on the command line (a config
  // file may well set both), does nothing: say so, without stopping.
  auto named = [&](const std::string& option) {
    for (const std::string& a : given) {
      if (a == "--") break;
      if (a == option || a.rfind(option + "=", 0) == 0) return true;
    }
    return false;
  };
  bool api = out.rule_options.target == "api";
  if (api && named("--copy-batch"))
    std::cerr << "db9-sanitize: note: --copy-batch cuts COPY blocks for psql (--target psql); with --target api "
                 "COPY data becomes INSERTs, sized by --insert-batch and --insert-batch-bytes\n";
  for (const char* o : {"--insert-batch", "--insert-batch-bytes"})
    if (!api && named(o))
      std::cerr << "db9-sanitize: note: " << o << " sizes the INSERTs of --target api; with --target "
                << out.rule_options.target << " COPY data stays COPY (cut by --copy-batch)\n";
  return true;
}

}  // namespace db9
