// libFuzzer harness for the whole pipeline: framing, parse, rules, edits,
// output. See tests/fuzz/README.md.
//
// For each input, db9::Pipeline::run_in_memory runs with the default rules,
// whole and in reads of input-derived sizes. Checked (besides what ASan,
// UBSan and LeakSanitizer catch):
//   * the exit code, the output bytes and the diagnostics do not depend on
//     how the input is read;
//   * no diagnostic of rule "internal" (overlapping edits, a rewrite that no
//     longer parses) — the engine's own self-check;
//   * with every rule disabled, an exit code of 0 means output == input;
//   * when the default run exits 0, sanitizing its output again exits 0 and
//     gives the same bytes (idempotence);
//   * every statement a rule rewrote (or commented out) parses, checked here
//     with a parser of its own on the bytes the pipeline wrote for it;
//   * the same (no internal error, rewrites parse, idempotence) for one
//     other setting per input: every action comment, every action warn
//     (where exit 0 must also mean output == input), or --keep-owners
//     --keep-privileges --target api --map-schema legacy_ext=extensions
//     --allow-extension postgis;
//   * the nesting guard's token bound (src/nesting.hpp) bounds the depth of
//     the input's parse tree when the input parses as one text: depth <=
//     4 * bound + 32 protobuf messages.
// Everything runs on a db9::BigStack, as in the command.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "big_stack.hpp"
#include "diagnostics.hpp"
#include "nesting.hpp"
#include "options.hpp"
#include "output.hpp"
#include "pipeline.hpp"
#include "statement.hpp"

using namespace db9;

namespace {

std::string escaped(std::string_view s, size_t max = 2000) {
  std::string o;
  for (size_t i = 0; i < s.size() && i < max; ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == '\\') o += "\\\\";
    else if (c == '\n') o += "\\n\n";
    else if (c >= 32 && c < 127) o += static_cast<char>(c);
    else {
      char b[8];
      std::snprintf(b, sizeof b, "\\x%02x", c);
      o += b;
    }
  }
  if (s.size() > max) o += "...";
  return o;
}

struct Run {
  int code = 0;
  std::string out;
  std::vector<Diagnostic> diags;
  std::string unparsable;  // a rewritten statement that does not parse (empty: none)
};

// The pipeline, watching what it writes for each statement: when the bytes
// it writes for an item differ from the item's own and the item parsed, they
// must parse too (the engine checks this itself; this is a second,
// independent parser on the bytes handed to the output, before the partition
// hold or psql's query buffer delays them). Items with psql-level patches
// (`\;`, `\'`) are left to the engine's check: their text is not what the
// parser sees; so are statements cut short by a meta-command and the one
// that completes them (psql joins them into one query).
class Observed : public Pipeline {
 public:
  Observed(const Options& options, Output& out, Reporter& reporter) : Pipeline(options, out, reporter) {}
  std::string unparsable;

 protected:
  void on_statement_output(const Item& item, std::string_view wrote) override {
    bool held = held_ || item.interrupted;
    held_ = item.interrupted;
    if (held || !unparsable.empty() || !item.parse_patches.empty()) return;
    if (wrote == item.text || std::memchr(item.text.data(), '\0', item.text.size()) != nullptr) return;
    if (!parser_.parse(item.text).ok()) return;
    ParsedStatement again = parser_.parse(wrote);
    if (!again.ok())
      unparsable = "item at line " + std::to_string(item.line) + ": " + again.error_message() + "\nwritten:\n" +
                   std::string(wrote);
  }

 private:
  bool held_ = false;
  Parser parser_;
};

std::string show(const Run& r) {
  std::string o = "exit " + std::to_string(r.code) + "\n";
  for (const Diagnostic& d : r.diags)
    o += "  " + d.where.file + ":" + std::to_string(d.where.line) + ":" + std::to_string(d.where.column) + ": " +
         to_string(d.severity) + ": " + d.message + " [" + d.rule + "]\n";
  o += "output:\n" + escaped(r.out) + "\n";
  return o;
}

[[noreturn]] void fail(const char* what, const std::string& detail) {
  std::fprintf(stderr, "\n==== fuzz_pipeline: ASSERTION FAILED: %s\n%s\n", what, detail.c_str());
  std::fflush(stderr);
  std::abort();
}

bool same_diags(const std::vector<Diagnostic>& a, const std::vector<Diagnostic>& b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    const Diagnostic& x = a[i];
    const Diagnostic& y = b[i];
    if (x.severity != y.severity || x.where.file != y.where.file || x.where.line != y.where.line ||
        x.where.column != y.where.column || x.message != y.message || x.rule != y.rule)
      return false;
  }
  return true;
}

Run run(const Options& options, std::string_view data, size_t chunk) {
  Run r;
  Reporter reporter(nullptr);
  reporter.keep_all(true);
  {
    Output out(&r.out);
    Observed pipeline(options, out, reporter);
    r.code = pipeline.run_in_memory("<fuzz>", data, chunk);
    r.unparsable = pipeline.unparsable;
  }
  r.diags = reporter.kept();
  return r;
}

void check_no_internal(const char* which, const Run& r, std::string_view input) {
  for (const Diagnostic& d : r.diags)
    if (d.rule == "internal")
      fail("an internal error diagnostic", std::string(which) + "\ninput:\n" + escaped(input) + "\n" + show(r));
  if (!r.unparsable.empty())
    fail("a rewritten statement does not parse",
         std::string(which) + "\ninput:\n" + escaped(input) + "\n" + escaped(r.unparsable) + "\n" + show(r));
}

const Options& default_options() {
  static const Options o;
  return o;
}

const Options& disabled_options() {
  static const Options o = [] {
    Options x;
    x.rules.disable("all");
    return x;
  }();
  return o;
}

// The other settings, one per input (chosen by its hash): every action
// comment, every action warn, or the keep/target/map options.
struct Variant {
  const char* name;
  Options options;
  bool identity = false;  // warn changes nothing: exit 0 means output == input
};

const std::vector<Variant>& variants() {
  static const std::vector<Variant> v = [] {
    std::vector<Variant> all(3);
    all[0].name = "--action all=comment";
    all[0].options.rules.set_action("all=comment");
    all[1].name = "--action all=warn";
    all[1].options.rules.set_action("all=warn");
    all[1].identity = true;
    all[2].name = "--keep-owners --keep-privileges --target api --map-schema legacy_ext=extensions --allow-extension postgis";
    all[2].options.rule_options.keep_owners = true;
    all[2].options.rule_options.keep_privileges = true;
    all[2].options.rule_options.target = "api";
    all[2].options.rule_options.map_schemas["legacy_ext"] = "extensions";  // not chained: idempotent
    all[2].options.rule_options.allow_extensions.insert("postgis");
    return all;
  }();
  return v;
}

uint64_t hash(std::string_view d) {
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : d) h = (h ^ c) * 1099511628211ull;
  return h;
}

}  // namespace

namespace {

// The token bound of the nesting guard is an upper bound of the depth.
void check_nesting_bound(std::string_view data) {
  std::string text(data);
  if (text.find('\0') != std::string::npos) return;
  NestingLimits limits = nesting_limits();
  size_t bound = nesting_bound(text, limits.tokens);
  if (bound > limits.tokens) return;  // the guard would not parse it
  PgQueryProtobufParseResult r = pg_query_parse_protobuf(text.c_str());
  if (r.error == nullptr) {
    size_t depth = message_depth(reinterpret_cast<const uint8_t*>(r.parse_tree.data), r.parse_tree.len,
                                 &pg_query__parse_result__descriptor);
    if (depth > 4 * bound + 32)
      fail("the nesting bound is below the parse tree's depth",
           "bound " + std::to_string(bound) + ", depth " + std::to_string(depth) + "\ninput:\n" + escaped(data));
  }
  pg_query_free_protobuf_parse_result(r);
}

void one_input(std::string_view data);

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* bytes, size_t size) {
  static BigStack stack;
  std::string_view data(reinterpret_cast<const char*>(bytes), size);
  stack.run([&] { one_input(data); });
  return 0;
}

namespace {

void one_input(std::string_view data) {
  size_t size = data.size();
  uint64_t h = hash(data);
  check_nesting_bound(data);

  // Default rules, whole and chunked.
  Run whole = run(default_options(), data, 0);
  check_no_internal("default rules", whole, data);
  std::vector<size_t> chunks = {1 + h % 97};
  if (size <= 8192) chunks.push_back(1);
  for (size_t chunk : chunks) {
    Run part = run(default_options(), data, chunk);
    check_no_internal("default rules, chunked", part, data);
    if (part.code != whole.code || part.out != whole.out || !same_diags(part.diags, whole.diags))
      fail("the result depends on how the input is read",
           "chunk " + std::to_string(chunk) + "\nwhole: " + show(whole) + "\nchunked: " + show(part));
  }

  // Every rule off: the identity whenever the run succeeds.
  Run off = run(disabled_options(), data, 0);
  check_no_internal("all rules disabled", off, data);
  if (off.code == kExitOk && off.out != data)
    fail("with every rule disabled the output differs from the input",
         "input:\n" + escaped(data) + "\n" + show(off));

  // Idempotence.
  if (whole.code == kExitOk) {
    Run again = run(default_options(), whole.out, 0);
    check_no_internal("second pass", again, whole.out);
    if (again.code != kExitOk || again.out != whole.out)
      fail("sanitizing the output again changes it",
           "input:\n" + escaped(data) + "\nfirst: " + show(whole) + "\nsecond: " + show(again));
  }

  // One other setting: no internal error, idempotent, and for warn the
  // identity.
  const Variant& v = variants()[(h >> 17) % variants().size()];
  Run alt = run(v.options, data, 0);
  check_no_internal(v.name, alt, data);
  if (alt.code == kExitOk && v.identity && alt.out != data)
    fail("with every action warn the output differs from the input", "input:\n" + escaped(data) + "\n" + show(alt));
  if (alt.code == kExitOk) {
    Run again = run(v.options, alt.out, 0);
    check_no_internal(v.name, again, alt.out);
    if (again.code != kExitOk || again.out != alt.out)
      fail("sanitizing the output again changes it",
           std::string(v.name) + "\ninput:\n" + escaped(data) + "\nfirst: " + show(alt) + "\nsecond: " + show(again));
  }
}

}  // namespace
