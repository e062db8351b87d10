// libFuzzer harness for the framing lexer alone (grammar/psql_script.re →
// db9::Splitter). See tests/fuzz/README.md.
//
// Each input is split whole, in 1-byte reads, in reads of sizes drawn from a
// small PRNG seeded by the input, and cut once at an input-derived point.
// The sink follows COPY FROM stdin and standard_conforming_strings the way the
// pipeline does (parse with db9::Parser, fall back to the token scan when the
// parse fails, \copy for meta-commands). Checked:
//   * the item texts concatenated are the input;
//   * every way of feeding gives the same items (consecutive CopyData pieces
//     merged: their cut points depend on the reads) with the same fields;
//   * offset/line/column of every item agree with the input;
//   * body, open_at and parse patches point inside the item;
//   * StatementTooLarge is thrown for every way of feeding or for none, with
//     the same items delivered before it (checked with a small limit derived
//     from the input, beside the run with a 1 MiB limit that never trips).
#include <algorithm>
#include <cctype>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "splitter.hpp"
#include "statement.hpp"

using namespace db9;

namespace {

[[noreturn]] void fail(const char* what, const std::string& detail = "") {
  std::fprintf(stderr, "\n==== fuzz_splitter: ASSERTION FAILED: %s\n%s\n", what, detail.c_str());
  std::fflush(stderr);
  std::abort();
}

#define CHECK(cond, ...)                                  \
  do {                                                    \
    if (!(cond)) fail(#cond, std::string(__VA_ARGS__));   \
  } while (0)

struct Rec {
  ItemKind kind;
  std::string text;
  uint64_t offset, line, column;
  size_t body;
  bool terminated, interrupted;
  OpenConstruct open;
  size_t open_at;
  uint64_t copy_rows, copy_bytes;
  bool csv_end_in_quotes;
  std::vector<std::pair<size_t, char>> patches;
  // Statement/MetaCommand: the COPY data format it announced, if any.
  bool copy = false, csv = false;
  char quote = 0, escape = 0;
  bool operator==(const Rec&) const = default;
};

const char* kind_name(ItemKind k) {
  switch (k) {
    case ItemKind::Statement: return "stmt";
    case ItemKind::MetaCommand: return "meta";
    case ItemKind::CopyData: return "data";
    case ItemKind::CopyEnd: return "end";
    case ItemKind::Trailing: return "trail";
  }
  return "?";
}

std::string escaped(std::string_view s, size_t max = 200) {
  std::string o;
  for (size_t i = 0; i < s.size() && i < max; ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == '\\') o += "\\\\";
    else if (c >= 32 && c < 127) o += static_cast<char>(c);
    else if (c == '\n') o += "\\n";
    else {
      char b[8];
      std::snprintf(b, sizeof b, "\\x%02x", c);
      o += b;
    }
  }
  if (s.size() > max) o += "...";
  return o;
}

std::string show(const Rec& r) {
  std::string o = std::string(kind_name(r.kind)) + " @" + std::to_string(r.offset) + " " + std::to_string(r.line) +
                  ":" + std::to_string(r.column) + " body=" + std::to_string(r.body) +
                  (r.terminated ? "" : " unterminated") + (r.interrupted ? " interrupted" : "") +
                  " open=" + describe(r.open) + "@" + std::to_string(r.open_at) +
                  " rows=" + std::to_string(r.copy_rows) + " bytes=" + std::to_string(r.copy_bytes) +
                  (r.csv_end_in_quotes ? " csv_end_in_quotes" : "") + " patches=" +
                  std::to_string(r.patches.size()) + " [" + escaped(r.text) + "]";
  return o;
}

struct Result {
  std::vector<Rec> items;
  bool too_large = false;
  std::string what;
};

std::string show(const Result& r) {
  std::string o;
  for (const Rec& x : r.items) o += "  " + show(x) + "\n";
  if (r.too_large) o += "  StatementTooLarge: " + r.what + "\n";
  return o;
}

// The pipeline's view of a statement, cached per text: parsing dominates the
// cost and the answer depends only on the bytes.
struct StatementFacts {
  std::optional<CopyFormat> copy;
  std::optional<bool> std_strings;
};

class Facts {
 public:
  const StatementFacts& statement(const Item& it) {
    std::string key(it.text);
    for (const auto& [at, byte] : it.parse_patches) {
      key += '\0';
      key += std::to_string(at);
      key += byte;
    }
    auto found = cache_.find(key);
    if (found != cache_.end()) return found->second;
    StatementFacts f;
    if (std::memchr(it.text.data(), '\0', it.text.size()) != nullptr) {
      // The pipeline passes a statement with a NUL byte through unparsed,
      // but still looks for a COPY ... FROM stdin in it by tokens, with the
      // NULs blanked (Pipeline::on_statement).
      std::string blanked(it.text.substr(it.body));
      std::replace(blanked.begin(), blanked.end(), '\0', ' ');
      f.copy = copy_from_stdin_by_tokens(blanked);
      return cache_.emplace(std::move(key), f).first->second;
    }
    ParsedStatement p = parser_.parse(it.text, it.parse_patches);
    if (!p.ok()) {
      f.copy = copy_from_stdin_by_tokens(it.text.substr(it.body));
    } else {
      for (size_t i = 0; i < p.statement_count(); ++i) {
        PgQuery__Node__NodeCase type = p.statement_type(i);
        if (type != PG_QUERY__NODE__NODE_VARIABLE_SET_STMT && type != PG_QUERY__NODE__NODE_COPY_STMT) continue;
        if (auto s = sets_standard_conforming_strings(p.statement(i))) f.std_strings = s;
        if (auto c = copy_from_stdin(p.statement(i))) f.copy = c;
      }
    }
    return cache_.emplace(std::move(key), f).first->second;
  }
  void clear() { cache_.clear(); }

 private:
  Parser parser_;
  std::map<std::string, StatementFacts> cache_;
};

Facts g_facts;

class Collect : public ItemSink {
 public:
  Splitter* splitter = nullptr;
  std::vector<Rec> items;
  std::optional<CopyFormat> on_item(const Item& it) override {
    if (it.kind == ItemKind::CopyData && it.text.empty()) fail("empty CopyData piece");
    if (it.kind == ItemKind::CopyData && !items.empty() && items.back().kind == ItemKind::CopyData) {
      Rec& last = items.back();
      CHECK(it.offset == last.offset + last.text.size(), "CopyData piece offset");
      last.text += std::string(it.text);
      return std::nullopt;
    }
    items.push_back(Rec{it.kind, std::string(it.text), it.offset, it.line, it.column, it.body, it.terminated,
                        it.interrupted, it.open, it.open_at, it.copy_rows, it.copy_bytes, it.csv_end_in_quotes,
                        it.parse_patches});
    std::optional<CopyFormat> copy;
    if (it.kind == ItemKind::MetaCommand) {
      copy = meta_copy_from_stdin(it.text.substr(it.body));
      if (holding_) {
        // As Pipeline::on_meta: \g and kin send psql's held query (a COPY
        // FROM stdin among them starts its data), \gdesc and \r clear it.
        std::string_view line = it.text.substr(it.body);
        size_t n = 1;
        while (n < line.size() && !std::isspace(static_cast<unsigned char>(line[n])) && line[n] != '\\') ++n;
        std::string_view cmd = line.substr(1, n - 1);
        bool sends = cmd == "g" || cmd == "gx" || cmd == "gset" || cmd == "gexec" || cmd == "watch" ||
                     cmd == "crosstabview";
        if (sends && !copy) copy = held_copy();
        if (sends || cmd == "gdesc" || cmd == "r" || cmd == "reset") {
          holding_ = false;
          held_.clear();
        }
      }
    } else if (it.kind == ItemKind::Statement) {
      const StatementFacts& f = g_facts.statement(it);
      if (f.std_strings) splitter->set_standard_conforming_strings(*f.std_strings);
      copy = f.copy;
      // As Pipeline::on_statement: a statement cut short by a meta-command
      // waits in psql's query buffer (no COPY data yet); the item that
      // completes it decides on the joined query too.
      if (it.interrupted) {
        holding_ = true;
        held_.append(it.text.substr(it.body)).append("\n");
        copy.reset();
      } else if (holding_) {
        held_.append(it.text.substr(it.body));
        if (std::optional<CopyFormat> c = held_copy()) copy = c;
        holding_ = false;
        held_.clear();
      }
    }
    if (copy) {
      Rec& r = items.back();
      r.copy = true;
      r.csv = copy->csv;
      r.quote = copy->quote;
      r.escape = copy->escape;
    }
    return copy;
  }

 private:
  bool holding_ = false;
  std::string held_;
  std::optional<CopyFormat> held_copy() const {
    std::string q = held_;
    std::replace(q.begin(), q.end(), '\0', ' ');
    return copy_from_stdin_by_tokens(q);
  }
};

// Feeds `data` in reads ending at `cuts` (increasing; others ignored).
Result split(std::string_view data, const std::vector<size_t>& cuts, size_t limit, bool zero_copy) {
  Collect sink;
  Splitter s(sink, limit);
  sink.splitter = &s;
  Result r;
  try {
    size_t pos = 0;
    auto put = [&](size_t n) {
      if (zero_copy) {
        std::memcpy(s.prepare(n), data.data() + pos, n);
        s.commit(n);
      } else {
        s.feed(data.data() + pos, n);
      }
      pos += n;
    };
    for (size_t c : cuts)
      if (c > pos && c <= data.size()) put(c - pos);
    if (pos < data.size()) put(data.size() - pos);
    s.finish();
  } catch (const StatementTooLarge& e) {
    r.too_large = true;
    r.what = e.what();
  }
  r.items = std::move(sink.items);
  return r;
}

// Checks that hold for one way of feeding, against the input itself.
void check_against_input(std::string_view data, const Result& r) {
  uint64_t offset = 0, line = 1, column = 1;
  for (size_t i = 0; i < r.items.size(); ++i) {
    const Rec& x = r.items[i];
#define where ("item " + std::to_string(i) + ": " + show(x))
    CHECK(x.offset == offset, where);
    CHECK(x.line == line, where + "\nexpected line " + std::to_string(line));
    CHECK(x.column == column, where + "\nexpected column " + std::to_string(column));
    CHECK(data.substr(offset, x.text.size()) == x.text, where);
    if (x.kind != ItemKind::CopyEnd) CHECK(!x.text.empty(), where);
    CHECK(x.body <= x.text.size(), where);
    if (x.open != OpenConstruct::None) CHECK(x.open_at < x.text.size(), where);
    for (const auto& [at, byte] : x.patches) {
      CHECK(at < x.text.size(), where);
      CHECK(x.text[at] == '\\', where);
    }
    if (x.kind == ItemKind::CopyEnd && x.terminated) {
      std::string_view t = x.text;
      CHECK(t == "\\.\n" || t == "\\.\r\n" || t == "\\.", where);
    }
    size_t nl = x.text.rfind('\n');
    if (nl == std::string::npos) {
      column += x.text.size();
    } else {
      line += static_cast<uint64_t>(std::count(x.text.begin(), x.text.end(), '\n'));
      column = x.text.size() - nl;
    }
    offset += x.text.size();
#undef where
  }
  if (!r.too_large) CHECK(offset == data.size(), "items do not cover the input:\n" + show(r));
}

void check_same(const char* how, const Result& a, const Result& b) {
  if (a.too_large == b.too_large && a.items == b.items) return;
  size_t i = 0;
  while (i < a.items.size() && i < b.items.size() && a.items[i] == b.items[i]) ++i;
  std::string d = "first difference at item " + std::to_string(i) + " (of " + std::to_string(a.items.size()) +
                  " whole, " + std::to_string(b.items.size()) + " " + how + ")\n";
  if (i > 0) d += "before:  " + show(a.items[i - 1]) + "\n";
  d += "whole:   " + (i < a.items.size() ? show(a.items[i]) : std::string("(none)")) + "\n";
  d += std::string(how) + ": " + (i < b.items.size() ? show(b.items[i]) : std::string("(none)")) + "\n";
  d += std::string("StatementTooLarge: whole ") + (a.too_large ? "yes (" + a.what + ")" : "no") + ", " + how + " " +
       (b.too_large ? "yes (" + b.what + ")" : "no") + "\n";
  fail("items differ by how the input is read", d);
}

uint64_t hash(std::string_view d) {
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : d) h = (h ^ c) * 1099511628211ull;
  return h;
}

struct Rng {
  uint64_t s;
  uint32_t next() {
    s ^= s << 13;
    s ^= s >> 7;
    s ^= s << 17;
    return static_cast<uint32_t>(s >> 11);
  }
};

std::vector<size_t> random_cuts(size_t n, uint64_t seed, uint32_t max_step) {
  Rng rng{seed | 1};
  std::vector<size_t> cuts;
  for (size_t p = 0; p < n;) {
    uint32_t r = rng.next();
    // Mostly short reads, now and then a long one.
    p += (r & 7) == 0 ? 1 + (r >> 3) % (max_step * 16) : 1 + (r >> 3) % max_step;
    cuts.push_back(p);
  }
  return cuts;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* bytes, size_t size) {
  std::string_view data(reinterpret_cast<const char*>(bytes), size);
  g_facts.clear();
  uint64_t h = hash(data);
  constexpr size_t kBig = size_t{1} << 20;  // never reached with -max_len=65536

  Result whole = split(data, {}, kBig, false);
  CHECK(!whole.too_large, "StatementTooLarge with a 1 MiB limit");
  check_against_input(data, whole);
  std::string joined;
  for (const Rec& x : whole.items) joined += x.text;
  CHECK(joined == data, "concatenated items differ from the input");

  // Every way of reading: checked against the input, and compared.
  auto compare = [&](const char* how, const Result& part) {
    CHECK(!part.too_large, std::string("StatementTooLarge with a 1 MiB limit: ") + how);
    check_against_input(data, part);
    check_same(how, whole, part);
  };
  std::vector<size_t> bytes1;
  for (size_t i = 1; i < size; ++i) bytes1.push_back(i);
  compare("1-byte reads", split(data, bytes1, kBig, true));

  uint32_t step = size > 0 ? 1 + static_cast<uint8_t>(data[0]) % 64 : 1;
  compare("random reads", split(data, random_cuts(size, h, step), kBig, h & 1));

  if (size > 1) compare("one cut", split(data, {1 + h % (size - 1)}, kBig, false));

  // A small limit: thrown for every way of feeding or for none, after the
  // same items.
  size_t limit = 16 + (h >> 32) % 2048;
  Result small_whole = split(data, {}, limit, false);
  if (!small_whole.too_large) {
    check_against_input(data, small_whole);
    check_same("whole (small limit)", whole, small_whole);
  }
  Result small_bytes1 = split(data, bytes1, limit, true);
  Result small_random = split(data, random_cuts(size, h >> 7, step), limit, false);
  check_same("1-byte reads (small limit)", small_whole, small_bytes1);
  check_same("random reads (small limit)", small_whole, small_random);
  return 0;
}
