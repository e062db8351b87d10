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
//   * the same (no internal error, idempotence) for one other setting per
//     input: every action comment, every action warn (where exit 0 must
//     also mean output == input), or --keep-owners --keep-privileges
//     --target api --map-schema legacy_ext=extensions --allow-extension postgis.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diagnostics.hpp"
#include "options.hpp"
#include "output.hpp"
#include "pipeline.hpp"

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
  bool meta_cuts_statement = false;  // a meta-command cut a statement short
};

// The pipeline, watching the items go by.
class Observed : public Pipeline {
 public:
  using Pipeline::Pipeline;
  bool meta_cuts_statement = false;
  std::optional<CopyFormat> on_item(const Item& item) override {
    if (item.kind == ItemKind::Statement && item.interrupted) meta_cuts_statement = true;
    return Pipeline::on_item(item);
  }
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
    r.meta_cuts_statement = pipeline.meta_cuts_statement;
  }
  r.diags = reporter.kept();
  return r;
}

void check_no_internal(const char* which, const Run& r, std::string_view input) {
  for (const Diagnostic& d : r.diags)
    if (d.rule == "internal")
      fail("an internal error diagnostic", std::string(which) + "\ninput:\n" + escaped(input) + "\n" + show(r));
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
  bool comment = false;
};

const std::vector<Variant>& variants() {
  static const std::vector<Variant> v = [] {
    std::vector<Variant> all(3);
    all[0].name = "--action all=comment";
    all[0].options.rules.set_action("all=comment");
    all[0].comment = true;
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

// Known finding F2 (tests/fuzz/README.md; see fuzz_splitter.cpp): the
// framing of a word of 256 bytes or more depends on where reads end. Inputs
// with such a run of word bytes are left out of the chunking comparison;
// build with -DDB9_FUZZ_STRICT_WORDS to include them.
bool long_word_run(std::string_view d) {
#ifdef DB9_FUZZ_STRICT_WORDS
  (void)d;
  return false;
#else
  size_t run = 0;
  for (unsigned char c : d) {
    bool word = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
                c == '$' || c >= 0x80;
    run = word ? run + 1 : 0;
    if (run >= 256) return true;
  }
  return false;
#endif
}

uint64_t hash(std::string_view d) {
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : d) h = (h ^ c) * 1099511628211ull;
  return h;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* bytes, size_t size) {
  std::string_view data(reinterpret_cast<const char*>(bytes), size);
  uint64_t h = hash(data);

  // Default rules, whole and chunked.
  Run whole = run(default_options(), data, 0);
  check_no_internal("default rules", whole, data);
  std::vector<size_t> chunks = {1 + h % 97};
  if (size <= 8192) chunks.push_back(1);
  for (size_t chunk : chunks) {
    Run part = run(default_options(), data, chunk);
    check_no_internal("default rules, chunked", part, data);
    if (long_word_run(data)) continue;  // known finding F2
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
  // Known finding P1 (tests/fuzz/README.md): a statement cut short by a
  // meta-command ("SELECT 1\\c\n2;") is reviewed as two items that psql
  // sends as one query; once a rule drops the meta-command, the second pass
  // sees the whole statement (and the halves are joined without the line
  // break psql puts between them). Until that is fixed such inputs are left
  // out of this check; build with -DDB9_FUZZ_STRICT_META to include them.
#ifdef DB9_FUZZ_STRICT_META
  bool check_idempotence = true;
#else
  bool check_idempotence = !whole.meta_cuts_statement;
#endif
  // Known finding P3 (tests/fuzz/README.md): a NUL byte anywhere in a
  // statement item, even in the comments before it, keeps the pipeline
  // from parsing it, so a COPY ... FROM stdin after such a comment is not
  // seen and its data is read as SQL. A first pass can move such a comment
  // from one item to the next (by commenting out a meta-command). Until
  // fixed, inputs with a NUL byte are left out of the idempotence checks;
  // build with -DDB9_FUZZ_STRICT_NUL to include them.
#ifndef DB9_FUZZ_STRICT_NUL
  if (data.find('\0') != std::string_view::npos) check_idempotence = false;
#endif
  if (whole.code == kExitOk && check_idempotence) {
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
#ifdef DB9_FUZZ_STRICT_META
  bool alt_idempotence = true;
#else
  bool alt_idempotence = !alt.meta_cuts_statement;
#endif
  // Known finding P2 (tests/fuzz/README.md): the comment action starts a
  // "-- " after each '\n' only, but a bare '\r' ends a -- comment too, so
  // the rest of that line becomes SQL. Until fixed, left out for inputs
  // with a bare CR; build with -DDB9_FUZZ_STRICT_CR to include them.
#ifndef DB9_FUZZ_STRICT_CR
  if (v.comment) {
    for (size_t i = 0; i < size; ++i)
      if (data[i] == '\r' && (i + 1 == size || data[i + 1] != '\n')) alt_idempotence = false;
  }
#endif
#ifndef DB9_FUZZ_STRICT_NUL
  if (data.find('\0') != std::string_view::npos) alt_idempotence = false;
#endif
  if (alt.code == kExitOk && alt_idempotence) {
    Run again = run(v.options, alt.out, 0);
    check_no_internal(v.name, again, alt.out);
    if (again.code != kExitOk || again.out != alt.out)
      fail("sanitizing the output again changes it",
           std::string(v.name) + "\ninput:\n" + escaped(data) + "\nfirst: " + show(alt) + "\nsecond: " + show(again));
  }
  return 0;
}
