// parse_baseline: the reference rate for db9-sanitize's statements per second.
//
//   parse_baseline FILE [REPS]
//
// Reads FILE (plain SQL, uncompressed) into memory, frames it with the
// project's own splitter (db9::Splitter), keeps a NUL-terminated copy of
// every statement's text — exactly the bytes db9-sanitize hands the parser,
// leading comments included, psql's own edits (Item::parse_patches) applied —
// and then times, REPS times (default 3):
//
//   parse         pg_query_parse_protobuf + pg_query_free_protobuf_parse_result
//   parse+unpack  the same plus pg_query__parse_result__unpack and
//                 pg_query__parse_result__free_unpacked (what db9-sanitize
//                 does to read a statement's tree)
//
// and, for reference, the splitter alone over the in-memory bytes. The best
// repetition of each is printed as "key value" lines for run.sh:
//
//   statements N
//   parse_errors N
//   bytes N
//   split_seconds S          split_stmts_per_sec R
//   parse_seconds S          parse_stmts_per_sec R
//   unpack_seconds S         unpack_stmts_per_sec R
//
// COPY ... FROM stdin blocks are honoured (the statement is parsed during
// framing to learn the data format, and the data is skipped), so any dump
// works; the schema-only dump run.sh feeds it has none. Only the timed loops
// are measured: reading, framing and copying happen before the clock starts.
// pg_query_exit() is never called.
#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <pg_query.h>
#include <pg_query/pg_query.pb-c.h>

#include "splitter.hpp"
#include "statement.hpp"

namespace {

using Clock = std::chrono::steady_clock;

bool starts_with_word(std::string_view s, std::string_view word) {
  if (s.size() < word.size()) return false;
  for (size_t i = 0; i < word.size(); ++i) {
    char c = s[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != word[i]) return false;
  }
  return s.size() == word.size() || !(std::isalnum(static_cast<unsigned char>(s[word.size()])) || s[word.size()] == '_');
}

// Collects statement texts. Statements that could start a COPY block or
// change standard_conforming_strings are parsed here (untimed) so the
// framing matches db9-sanitize's.
class Collector : public db9::ItemSink {
 public:
  explicit Collector(bool keep) : keep_(keep) {}
  db9::Splitter* splitter = nullptr;
  std::vector<std::string> statements;
  size_t count = 0;

  std::optional<db9::CopyFormat> on_item(const db9::Item& item) override {
    if (item.kind == db9::ItemKind::MetaCommand) {
      return db9::meta_copy_from_stdin(item.text.substr(item.body));
    }
    if (item.kind != db9::ItemKind::Statement) return std::nullopt;
    ++count;
    if (keep_) {
      // The bytes psql would send, as db9-sanitize hands them to the parser.
      std::string& text = statements.emplace_back(item.text);
      for (const auto& [at, byte] : item.parse_patches)
        if (at < text.size()) text[at] = byte;
    }
    std::string_view body = item.text.substr(item.body);
    if (!starts_with_word(body, "copy") && !starts_with_word(body, "set") && !starts_with_word(body, "reset"))
      return std::nullopt;
    std::optional<db9::CopyFormat> copy;
    db9::ParsedStatement parsed = parser_.parse(item.text, item.parse_patches);
    if (!parsed.ok()) return db9::copy_from_stdin_by_tokens(body);
    for (size_t i = 0; i < parsed.statement_count(); ++i) {
      const PgQuery__Node* stmt = parsed.statement(i);
      if (std::optional<bool> on = db9::sets_standard_conforming_strings(stmt))
        splitter->set_standard_conforming_strings(*on);
      if (std::optional<db9::CopyFormat> c = db9::copy_from_stdin(stmt)) copy = c;
    }
    return copy;
  }

 private:
  bool keep_;
  db9::Parser parser_;
};

size_t split(const std::string& data, Collector& sink) {
  db9::Splitter splitter(sink, size_t{1} << 30);
  sink.splitter = &splitter;
  constexpr size_t kChunk = 1 << 20;
  for (size_t at = 0; at < data.size(); at += kChunk) {
    size_t n = std::min(kChunk, data.size() - at);
    splitter.feed(data.data() + at, n);
  }
  splitter.finish();
  return sink.count;
}

double seconds_since(Clock::time_point t0) {
  return std::chrono::duration<double>(Clock::now() - t0).count();
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2 || argc > 3) {
    std::fprintf(stderr, "usage: %s FILE [REPS]\n", argv[0]);
    return 2;
  }
  int reps = argc == 3 ? std::atoi(argv[2]) : 3;
  if (reps < 1) reps = 1;

  std::ifstream in(argv[1], std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "parse_baseline: cannot open %s\n", argv[1]);
    return 2;
  }
  std::string data((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());

  Collector collector(true);
  try {
    split(data, collector);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "parse_baseline: %s\n", e.what());
    return 2;
  }
  // Prepared before timing: std::string keeps its bytes NUL-terminated.
  const std::vector<std::string>& stmts = collector.statements;

  // Warm up the parser (its memory contexts are set up on first use).
  {
    PgQueryProtobufParseResult r = pg_query_parse_protobuf("SELECT 1");
    pg_query_free_protobuf_parse_result(r);
  }

  double best_split = 1e300, best_parse = 1e300, best_unpack = 1e300;
  size_t errors = 0;
  for (int rep = 0; rep < reps; ++rep) {
    {
      Collector counter(false);
      auto t0 = Clock::now();
      split(data, counter);
      best_split = std::min(best_split, seconds_since(t0));
    }
    {
      size_t e = 0;
      auto t0 = Clock::now();
      for (const std::string& s : stmts) {
        PgQueryProtobufParseResult r = pg_query_parse_protobuf(s.c_str());
        e += r.error != nullptr;
        pg_query_free_protobuf_parse_result(r);
      }
      best_parse = std::min(best_parse, seconds_since(t0));
      errors = e;
    }
    {
      auto t0 = Clock::now();
      for (const std::string& s : stmts) {
        PgQueryProtobufParseResult r = pg_query_parse_protobuf(s.c_str());
        if (r.error == nullptr) {
          PgQuery__ParseResult* tree = pg_query__parse_result__unpack(
              nullptr, r.parse_tree.len, reinterpret_cast<const uint8_t*>(r.parse_tree.data));
          if (tree != nullptr) pg_query__parse_result__free_unpacked(tree, nullptr);
        }
        pg_query_free_protobuf_parse_result(r);
      }
      best_unpack = std::min(best_unpack, seconds_since(t0));
    }
  }

  double n = static_cast<double>(stmts.size());
  std::printf("statements %zu\n", stmts.size());
  std::printf("parse_errors %zu\n", errors);
  std::printf("bytes %zu\n", data.size());
  std::printf("reps %d\n", reps);
  std::printf("split_seconds %.6f\nsplit_stmts_per_sec %.0f\n", best_split, n / best_split);
  std::printf("parse_seconds %.6f\nparse_stmts_per_sec %.0f\n", best_parse, n / best_parse);
  std::printf("unpack_seconds %.6f\nunpack_stmts_per_sec %.0f\n", best_unpack, n / best_unpack);
  return 0;
}
