// The pipeline, top to bottom:
//   input (src/input.cpp) → framing (src/splitter.cpp + grammar/) →
//   parse (src/statement.cpp) → rules (src/rules/) → edit → output
//   (src/output.cpp), with diagnostics (src/diagnostics.cpp) and the
//   summary / JSON report (src/report.cpp) on the side.
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <string_view>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "copy_out.hpp"
#include "diagnostics.hpp"
#include "hold.hpp"
#include "options.hpp"
#include "output.hpp"
#include "rules/engine.hpp"
#include "splitter.hpp"
#include "statement.hpp"
#include "suppress.hpp"

namespace db9 {

struct CopyTableStats {
  uint64_t blocks = 0;
  uint64_t rows = 0;
  uint64_t bytes = 0;
};

struct InputStats {
  std::string name;
  std::string compression;
  uint64_t raw_bytes = 0;
};

struct RunStats {
  uint64_t bytes_in = 0;     // SQL bytes after decompression
  uint64_t bytes_out = 0;
  uint64_t statements = 0;
  uint64_t parse_errors = 0;
  // Statements the PostgreSQL 15 parser rejects that a rule dropped,
  // recognised by their words (src/rules/fallback.hpp), by rule.
  std::map<std::string, uint64_t> recognised_by_words;
  uint64_t meta_commands = 0;
  uint64_t copy_blocks = 0;
  uint64_t copy_rows = 0;
  uint64_t copy_bytes = 0;
  uint64_t changes = 0;
  // --target api: COPY blocks written as INSERT statements.
  uint64_t insert_blocks = 0;
  uint64_t insert_rows = 0;
  uint64_t insert_statements = 0;
  // --target psql: COPY blocks cut into batches, and the blocks written for them.
  uint64_t batched_blocks = 0;
  uint64_t copy_batches = 0;
  std::map<std::string, CopyTableStats> copy_tables;
  std::map<std::string, CopyTableStats> dropped_copy_tables;  // COPY data a rule dropped with its COPY
  std::vector<InputStats> inputs;
  double seconds = 0;
};

class Progress;  // src/progress.hpp

class Pipeline : public ItemSink {
 public:
  Pipeline(const Options& options, Output& out, Reporter& reporter);
  // Reads every input through to the output. Returns the exit code; the
  // output is committed only when it is 0.
  int run();
  // The same over bytes in memory, fed in reads of `chunk` bytes (0: all at
  // once), as one input named `name`: for tests and fuzzing harnesses.
  int run_in_memory(std::string_view name, std::string_view data, size_t chunk);
  const RunStats& stats() const { return stats_; }
  // --progress: told after every read.
  void set_progress(Progress* p) { progress_ = p; }

  std::optional<CopyFormat> on_item(const Item& item) override;

 protected:
  // What a statement item writes (its text, or the rules' rewrite), before
  // any hold delays it: for harnesses that check every rewrite parses.
  virtual void on_statement_output(const Item&, std::string_view /*text*/) {}

 private:
  int guarded(const std::function<void()>& read_inputs);
  std::optional<CopyFormat> dispatch(const Item& item);
  std::optional<CopyFormat> on_statement(const Item& item);
  std::optional<CopyFormat> on_meta(const Item& item);
  void on_copy_end(const Item& item);
  // A COPY ... FROM stdin (or \copy) item: its data block follows.
  void copy_block_begins(const Item& item, std::string table);
  // The output stage's part of a COPY ... FROM stdin (src/copy_out.hpp):
  // what replaces its statement text (`text`, written by the caller) under
  // --target api, and the writer its data goes through.
  struct CopyPlan {
    std::optional<CopySpec> spec;  // nullopt: the statement could not be read
    std::string shape_key;         // the table in the dump's model
    bool repeatable = false;       // the text is this one COPY, to repeat for batches
  };
  std::optional<std::string> plan_copy_output(const Item& item, std::string_view text, const CopyPlan& plan);
  void begin_copy_output(const CopyFormat& format);
  CopyPlan meta_copy_plan(std::string_view line);
  void write(std::string_view bytes);  // to the output, or held back while query_held_
  void release_held();
  void check_one_query(const Item& item, const ParsedStatement& parsed);
  // Applies a rule's retractions to the hold, and has the rule review again
  // the held statements that read what was retracted (and so on, for what
  // those reviews retract in turn).
  void retract(const Item& item, std::vector<RuleEngine::Retraction> retractions);
  RuleEngine::Diagnose rule_diagnose(const Item& item);
  // `verdict`: the statement of `item` a rule's finding is about; or, with
  // `statement`, a statement of an earlier item (a dropped COPY, for its data).
  void diagnose(Severity s, const Item& item, size_t pos, std::string message, std::string rule,
                const Verdict& verdict = {}, const Location* statement = nullptr);
  void fatal(const Item& item, size_t pos, std::string message, std::string rule, int exit_code);
  Location locate(const Item& item, size_t pos) const;

  const Options& options_;
  Output& out_;
  Reporter& reporter_;
  Splitter splitter_;
  Parser parser_;
  Parser reviser_;  // held statements reviewed again (retract)
  RuleEngine engine_;
  Hold hold_;  // schema output held back until data begins (src/hold.hpp)
  SourceMap sources_;
  RunStats stats_;
  std::string copy_table_;   // the COPY block in progress
  uint64_t copy_line_ = 0;   // and the stream line of its COPY statement
  uint64_t copy_offset_ = 0;
  Location copy_statement_;  // where that COPY statement begins
  bool copy_data_ends_line_ = true;  // the last COPY data byte written was '\n'
  bool swallow_copy_ = false;        // the COPY in progress was dropped: its data is not written
  // The writer the COPY data in progress goes through (none: written as it is).
  std::unique_ptr<InsertWriter> inserts_;
  std::unique_ptr<CopyBatcher> batcher_;
  // Set by plan_copy_output, made by begin_copy_output once the statement is out.
  std::optional<CopySpec> next_insert_spec_;
  std::string next_shape_key_;
  bool next_pg_dump_no_columns_ = false;
  bool copy_header_ = false;  // the COPY being read says HEADER: its first line is no row  // "COPY t  FROM stdin;": pg_dump's empty column list
  std::string next_batch_statement_;
  bool next_batch_header_ = false;
  std::set<std::string> over_limit_warned_;  // tables warned about the HTTP import's limits
  uint64_t output_changes_ = 0;              // COPY blocks converted or cut
  std::optional<Action> batch_check_;        // copy-batch=warn|error: a block over the size is told
  Suppressions suppress_;
  Progress* progress_ = nullptr;
  // The text on the current line before the next item (for formats that
  // show the source line of an item that begins mid-line).
  std::string line_before_;
  // A statement cut short by a meta-command waits in psql's query buffer
  // until a later item completes it: its output (and that of the items in
  // between) is held back too, so that a run stopped there has written no
  // part of it.
  bool query_held_ = false;
  std::string held_out_;     // at most --max-statement-bytes
  std::string held_query_;   // the held statement's parts, as psql joins them
  uint64_t held_line_ = 0;   // where the held statement begins
};

}  // namespace db9
