#include "formats.hpp"

#include <cstdlib>
#include <map>
#include <nlohmann/json.hpp>
#include <unistd.h>
#include <vector>

#include "rules/registry.hpp"
#include "version.hpp"

namespace db9 {

namespace {

void put(std::FILE* out, const std::string& s) { std::fwrite(s.data(), 1, s.size(), out); }

// ---- gcc --------------------------------------------------------------------

class GccWriter : public DiagnosticWriter {
 public:
  explicit GccWriter(std::FILE* out) : out_(out) {}
  void write(const Diagnostic& d, std::string_view) override { put(out_, gcc_line(d) + "\n"); }

 private:
  std::FILE* out_;
};

// ---- human ------------------------------------------------------------------

class HumanWriter : public DiagnosticWriter {
 public:
  HumanWriter(std::FILE* out, bool colour) : out_(out), colour_(colour) {}
  bool wants_source_line() const override { return true; }

  void write(const Diagnostic& d, std::string_view source) override {
    const char* sev_colour = d.severity == Severity::Error ? "\033[1;31m"
                             : d.severity == Severity::Warning ? "\033[1;35m"
                                                               : "\033[1;36m";
    std::string text;
    std::string where = d.where.file;
    if (d.where.line > 0) {
      where += ':' + std::to_string(d.where.line);
      if (d.where.column > 0) where += ':' + std::to_string(d.where.column);
    }
    text += paint("\033[1m", where + ":") + " " + paint(sev_colour, std::string(to_string(d.severity)) + ":") + " " +
            d.message;
    if (!d.rule.empty()) text += " [" + paint("\033[1m", d.rule) + "]";
    text += '\n';
    if (d.where.line > 0 && !source.empty()) {
      std::string number = std::to_string(d.where.line);
      std::string gutter(number.size() < 5 ? 5 - number.size() : 0, ' ');
      text += gutter + number + " | " + std::string(source) + "\n";
      // The caret under the column (a byte column): tabs kept, UTF-8
      // continuation bytes take no place.
      std::string pad;
      size_t col = d.where.column > 0 ? d.where.column - 1 : 0;
      for (size_t i = 0; i < col && i < source.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(source[i]);
        if (c == '\t') pad += '\t';
        else if ((c & 0xC0) != 0x80) pad += ' ';
      }
      text += std::string(gutter.size() + number.size(), ' ') + " | " + pad + paint("\033[1;32m", "^") + "\n";
    }
    put(out_, text);
  }

 private:
  std::string paint(const char* code, const std::string& s) const {
    return colour_ ? std::string(code) + s + "\033[0m" : s;
  }
  std::FILE* out_;
  bool colour_;
};

// ---- shared by json and sarif ---------------------------------------------

struct Kept {
  Diagnostic d;
};

// Diagnostics that come from the tool rather than a rule of the catalogue.
struct ToolRule {
  const char* id;
  const char* summary;
  const char* description;
  const char* level;
};
const ToolRule kToolRules[] = {
    {"parse", "a statement the PostgreSQL 15 parser rejects",
     "The statement does not parse with the PostgreSQL 15 parser (PG16+ syntax, say, or a typo), or is nested deeper "
     "than PostgreSQL 15 takes (stack depth limit exceeded). It is passed through "
     "unchanged and no rule looked at it; with --strict it stops the run.",
     "warning"},
    {"input", "input that cannot be read completely",
     "The input is unreadable, truncated (an open quote, comment or COPY block at its end), not plain SQL, or has a "
     "statement over --max-statement-bytes.",
     "error"},
    {"framing", "psql would send several statements as one query",
     "psql's own splitter takes an unquoted identifier named begin, case or end for a block and sends everything up "
     "to the block's end as one query. Quote the identifier.",
     "warning"},
    {"copy", "COPY data that psql ends early",
     "A \\. line inside a quoted CSV field ends the COPY data in psql.", "warning"},
    {"suppression", "an inline suppression that suppresses nothing",
     "A '-- db9-sanitize: ignore[...]' or 'ignore-file[...]' comment names a rule that found nothing where it "
     "stands, names an unknown rule, stands where it applies to no statement, or is malformed.",
     "warning"},
    {"internal", "an internal error", "db9-sanitize failed on this input; please report it.", "error"},
};

const char* sarif_level(Severity s) {
  switch (s) {
    case Severity::Note: return "note";
    case Severity::Warning: return "warning";
    case Severity::Error: return "error";
  }
  return "none";
}

const char* default_level(Action a) { return a == Action::Error ? "error" : "warning"; }

// A relative URI reference for a path (RFC 3986: unreserved and '/' kept).
std::string path_uri(const std::string& path) {
  static const char* hex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : path) {
    if (std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~' || c == '/') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += hex[c >> 4];
      out += hex[c & 15];
    }
  }
  return out;
}

class JsonWriter : public DiagnosticWriter {
 public:
  explicit JsonWriter(std::FILE* out) : out_(out) {}
  void write(const Diagnostic& d, std::string_view) override {
    nlohmann::ordered_json j;
    j["file"] = d.where.file;
    j["line"] = d.where.line;
    j["column"] = d.where.column;
    j["severity"] = to_string(d.severity);
    j["rule"] = d.rule;
    j["message"] = d.message;
    all_.push_back(std::move(j));
  }
  void finish() override {
    nlohmann::ordered_json doc;
    doc["tool"] = "db9-sanitize";
    doc["version"] = kVersion;
    doc["diagnostics"] = std::move(all_);
    all_ = nlohmann::ordered_json::array();
    put(out_, doc.dump(2) + "\n");
  }

 private:
  std::FILE* out_;
  nlohmann::ordered_json all_ = nlohmann::ordered_json::array();
};

class SarifWriter : public DiagnosticWriter {
 public:
  explicit SarifWriter(std::FILE* out) : out_(out) {
    // Every rule of the catalogue and every tool rule, in a fixed order, so
    // that ruleIndex is stable from run to run.
    for (const RuleInfo& r : rule_catalogue()) {
      nlohmann::ordered_json rule;
      rule["id"] = r.id;
      rule["name"] = r.id;
      rule["shortDescription"] = {{"text", r.summary}};
      rule["fullDescription"] = {{"text", r.description.empty() ? r.summary : r.description}};
      rule["help"] = {{"text", r.summary + ". Default action: " + to_string(r.default_action) +
                                   "; change it with --action " + r.id +
                                   "=drop|comment|warn|error, or suppress one statement with "
                                   "'-- db9-sanitize: ignore[" + r.id + "]'."}};
      rule["defaultConfiguration"] = {{"level", default_level(r.default_action)}};
      rule["properties"] = {{"defaultAction", to_string(r.default_action)}};
      add_rule(r.id, std::move(rule));
    }
    for (const ToolRule& t : kToolRules) {
      nlohmann::ordered_json rule;
      rule["id"] = t.id;
      rule["name"] = t.id;
      rule["shortDescription"] = {{"text", t.summary}};
      rule["fullDescription"] = {{"text", t.description}};
      rule["help"] = {{"text", t.description}};
      rule["defaultConfiguration"] = {{"level", t.level}};
      add_rule(t.id, std::move(rule));
    }
  }

  // Columns in SARIF count Unicode code points (columnKind below); ours
  // count bytes: convert with the source line when there is one.
  bool wants_source_line() const override { return true; }

  void write(const Diagnostic& d, std::string_view source) override {
    nlohmann::ordered_json r;
    std::string id = d.rule.empty() ? "input" : d.rule;
    auto it = index_.find(id);
    if (it == index_.end()) {
      nlohmann::ordered_json rule;
      rule["id"] = id;
      rule["shortDescription"] = {{"text", id}};
      add_rule(id, std::move(rule));
      it = index_.find(id);
    }
    r["ruleId"] = id;
    r["ruleIndex"] = it->second;
    r["level"] = sarif_level(d.severity);
    r["message"] = {{"text", d.message}};
    if (d.where.line > 0) {
      nlohmann::ordered_json region;
      region["startLine"] = d.where.line;
      if (d.where.column > 0) {
        uint64_t column = d.where.column;
        if (!source.empty()) {
          column = 1;
          for (size_t i = 0; i + 1 < d.where.column && i < source.size(); ++i)
            if ((static_cast<unsigned char>(source[i]) & 0xC0) != 0x80) ++column;
        }
        region["startColumn"] = column;
      }
      nlohmann::ordered_json loc;
      loc["physicalLocation"] = {{"artifactLocation", {{"uri", path_uri(d.where.file)}}}, {"region", region}};
      r["locations"] = nlohmann::ordered_json::array({loc});
    }
    results_.push_back(std::move(r));
  }

  void finish() override {
    nlohmann::ordered_json doc;
    doc["$schema"] = "https://json.schemastore.org/sarif-2.1.0.json";
    doc["version"] = "2.1.0";
    nlohmann::ordered_json driver;
    driver["name"] = "db9-sanitize";
    driver["version"] = kVersion;
    driver["semanticVersion"] = kVersion;
    driver["rules"] = rules_;
    nlohmann::ordered_json run;
    run["tool"] = {{"driver", driver}};
    run["columnKind"] = "unicodeCodePoints";
    run["results"] = std::move(results_);
    results_ = nlohmann::ordered_json::array();
    doc["runs"] = nlohmann::ordered_json::array({run});
    put(out_, doc.dump(2) + "\n");
  }

 private:
  void add_rule(const std::string& id, nlohmann::ordered_json rule) {
    index_[id] = rules_.size();
    rules_.push_back(std::move(rule));
  }
  std::FILE* out_;
  nlohmann::ordered_json rules_ = nlohmann::ordered_json::array();
  nlohmann::ordered_json results_ = nlohmann::ordered_json::array();
  std::map<std::string, size_t> index_;
};

}  // namespace

std::optional<Format> parse_format(std::string_view name) {
  if (name == "human") return Format::Human;
  if (name == "gcc") return Format::Gcc;
  if (name == "json") return Format::Json;
  if (name == "sarif") return Format::Sarif;
  return std::nullopt;
}

const char* to_string(Format f) {
  switch (f) {
    case Format::Human: return "human";
    case Format::Gcc: return "gcc";
    case Format::Json: return "json";
    case Format::Sarif: return "sarif";
  }
  return "?";
}

std::unique_ptr<DiagnosticWriter> make_writer(Format format, std::FILE* out, bool colour) {
  switch (format) {
    case Format::Human: return std::make_unique<HumanWriter>(out, colour);
    case Format::Gcc: return std::make_unique<GccWriter>(out);
    case Format::Json: return std::make_unique<JsonWriter>(out);
    case Format::Sarif: return std::make_unique<SarifWriter>(out);
  }
  return nullptr;
}

bool colour_terminal(std::FILE* f) {
  const char* no_colour = std::getenv("NO_COLOR");
  if (no_colour != nullptr && no_colour[0] != '\0') return false;
  return ::isatty(::fileno(f)) == 1;
}

}  // namespace db9
