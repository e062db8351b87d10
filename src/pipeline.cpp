#include "pipeline.hpp"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstring>
#include <functional>

#include "input.hpp"
#include "progress.hpp"
#include "report_md.hpp"
#include "rules/fallback.hpp"

namespace db9 {

Pipeline::Pipeline(const Options& options, Output& out, Reporter& reporter)
    : options_(options),
      out_(out),
      reporter_(reporter),
      splitter_(*this, options.max_statement_bytes),
      engine_(options.rules, options.rule_options),
      hold_(out, reporter, options.max_hold_bytes,
            options.rules.enabled("partition") &&
                (options.rules.action("partition") == Action::Drop ||
                 options.rules.action("partition") == Action::Comment)),
      suppress_(reporter, [this](const Item& item, size_t pos) { return locate(item, pos); }) {
  engine_.set_ignore([this](const std::string& rule) { return suppress_.ignores(rule); });
  engine_.set_keep_going(options.check);
}

Location Pipeline::locate(const Item& item, size_t pos) const {
  LineCol lc = line_col(item.text, item.line, item.column, pos);
  return sources_.locate(item.offset + pos, lc.line, lc.column);
}

void Pipeline::diagnose(Severity s, const Item& item, size_t pos, std::string message, std::string rule,
                        const Verdict& verdict, const Location* statement) {
  // The engine's rules are suppressed before they find anything; these
  // are the pipeline's own warnings.
  if (s != Severity::Error && (rule == "parse" || rule == "framing" || rule == "copy") && suppress_.ignores(rule))
    return;
  Diagnostic d{s, locate(item, pos), std::move(message), std::move(rule)};
  if (verdict.kind != nullptr) {
    d.statement = statement != nullptr ? *statement : locate(item, verdict.statement_begin);
    d.verdict = verdict.kind;
  }
  std::string source_line;
  if (reporter_.wants_source_line()) {
    size_t at = std::min(pos, item.text.size());
    size_t begin = item.text.rfind('\n', at == 0 ? 0 : at - 1);
    begin = (begin == std::string_view::npos || (at > 0 && begin >= at)) ? 0 : begin + 1;
    if (at > 0 && at <= item.text.size() && item.text[at - 1] == '\n') begin = at;
    size_t end = item.text.find('\n', at);
    std::string_view line = item.text.substr(begin, end == std::string_view::npos ? std::string_view::npos : end - begin);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    // An item that begins mid-line: the line began with earlier items.
    std::string prefix;
    if (begin == 0 && item.column > 1)
      prefix = line_before_.size() == item.column - 1 ? line_before_ : std::string(item.column - 1, ' ');
    source_line = prefix + std::string(line.substr(0, 500));
  }
  reporter_.report(d, source_line);
}

void Pipeline::fatal(const Item& item, size_t pos, std::string message, std::string rule, int exit_code) {
  diagnose(Severity::Error, item, pos, std::move(message), std::move(rule));
  throw Stop{exit_code};
}

std::optional<CopyFormat> Pipeline::on_item(const Item& item) {
  std::optional<CopyFormat> copy = dispatch(item);
  if (reporter_.wants_source_line()) {
    constexpr size_t kMax = 500;
    size_t nl = item.text.rfind('\n');
    if (nl != std::string_view::npos) line_before_.assign(item.text.substr(nl + 1, kMax));
    else if (line_before_.size() < kMax) line_before_.append(item.text.substr(0, kMax - line_before_.size()));
  }
  return copy;
}

std::optional<CopyFormat> Pipeline::dispatch(const Item& item) {
  switch (item.kind) {
    case ItemKind::Statement: return on_statement(item);
    case ItemKind::MetaCommand: return on_meta(item);
    case ItemKind::CopyData:
      if (swallow_copy_) return std::nullopt;
      if (inserts_) inserts_->feed(item.text);
      else if (batcher_) batcher_->feed(item.text);
      else out_.write(item.text);
      copy_data_ends_line_ = item.text.back() == '\n';
      return std::nullopt;
    case ItemKind::CopyEnd:
      on_copy_end(item);
      return std::nullopt;
    case ItemKind::Trailing:
      if (item.open != OpenConstruct::None)
        fatal(item, item.open_at,
              std::string("input ends inside a ") + describe(item.open) + " that begins here; the file looks truncated",
              "input", kExitInput);
      suppress_.trailing(item);
      release_held();
      hold_.write(item.text);
      return std::nullopt;
  }
  return std::nullopt;
}

namespace {
// What a meta-command does to psql's query buffer: \g and kin send it
// (\gdesc only describes it), \r clears it, the others leave it be.
enum class BufferEffect { Keeps, Sends, Clears };
BufferEffect buffer_effect(std::string_view command) {
  for (std::string_view c : {"g", "gx", "gset", "gexec", "watch", "crosstabview"})
    if (command == c) return BufferEffect::Sends;
  for (std::string_view c : {"gdesc", "r", "reset"})
    if (command == c) return BufferEffect::Clears;
  return BufferEffect::Keeps;
}

// Whether the query psql sends is a COPY ... FROM stdin, by tokens (the
// parts of a held query do not parse one by one), NULs blanked.
std::optional<CopyFormat> held_copy(std::string query) {
  std::replace(query.begin(), query.end(), '\0', ' ');
  return copy_from_stdin_by_tokens(query);
}
}  // namespace

std::optional<CopyFormat> Pipeline::on_statement(const Item& item) {
  ++stats_.statements;
  if (item.open != OpenConstruct::None) {
    // Never hand psql half a statement.
    fatal(item, item.open_at,
          std::string("input ends inside a ") + describe(item.open) +
              " that begins here; the file looks truncated, and this last statement is not written",
          "input", kExitInput);
  }
  std::optional<CopyFormat> copy;
  std::optional<std::string> rewritten;
  CopyPlan plan;
  bool dropped_header = false;  // HEADER of a COPY a rule dropped with its data
  plan.repeatable = true;  // one COPY, even when it does not parse
  HoldTag tag;
  bool data = false;  // an INSERT: the data part of a dump begins
  if (const void* nul = std::memchr(item.text.data(), '\0', item.text.size())) {
    size_t at = static_cast<size_t>(static_cast<const char*>(nul) - item.text.data());
    suppress_.begin_item(item, std::string::npos);
    ++stats_.parse_errors;
    diagnose(options_.strict ? Severity::Error : Severity::Warning, item, at,
             "NUL byte in a statement: PostgreSQL rejects it; passed through unparsed", "parse");
    if (options_.strict && !options_.check) throw Stop{kExitRefused};
    // Still find out whether a COPY's data follows, or the data would be
    // read as SQL: the text with its NULs blanked, by tokens.
    std::string blanked(item.text.substr(item.body));
    for (char& c : blanked)
      if (c == '\0') c = ' ';
    copy = copy_from_stdin_by_tokens(blanked);
    if (copy) copy_table_ = "(unparsed COPY)";
  } else {
    ParsedStatement parsed = parser_.parse(item.text, item.parse_patches);
    // Newer syntax pg_dump writes into statements the rules read (an
    // identity sequence's LOGGED): parsed from a copy with it blanked out,
    // offsets kept; the output keeps the original bytes.
    Item blanked_item;
    const Item* reviewed = &item;
    if (!parsed.ok()) {
      std::vector<std::pair<size_t, char>> blanks = newer_syntax_blanks(item.text);
      if (!blanks.empty()) {
        blanked_item = item;
        blanked_item.parse_patches.insert(blanked_item.parse_patches.end(), blanks.begin(), blanks.end());
        ParsedStatement again = parser_.parse(item.text, blanked_item.parse_patches);
        if (again.ok()) {
          parsed = std::move(again);
          reviewed = &blanked_item;
        } else {
          parsed = parser_.parse(item.text, item.parse_patches);
        }
      }
    }
    if (parsed.ok() && parsed.statement_count() > 0) {
      auto [location, length] = parsed.statement_span(parsed.statement_count() - 1);
      suppress_.begin_item(item, code_end(parser_.text(), location, length));
    } else {
      suppress_.begin_item(item, std::string::npos);
    }
    std::string unparsed_rule;
    if (!parsed.ok() && !item.interrupted && !query_held_) {
      // A statement whose kind a rule drops whole goes, recognised by its
      // words (not a part of a query psql holds across a meta-command).
      std::string patched(parser_.text());
      rewritten = engine_.review_unparsed(item, patched, parsed.error_message(), rule_diagnose(item), &unparsed_rule);
    }
    if (!parsed.ok() && rewritten) {
      ++stats_.recognised_by_words[unparsed_rule];
    } else if (!parsed.ok()) {
      ++stats_.parse_errors;
      diagnose(options_.strict ? Severity::Error : Severity::Warning, item, parsed.error_offset().value_or(item.body),
               parsed.too_deep()
                   ? "statement nested too deeply to parse (" + parsed.error_message() +
                         "); PostgreSQL 15 refuses it too (stack depth limit exceeded); passed through unchanged"
                   : "the PostgreSQL 15 parser rejects this statement (" + parsed.error_message() +
                         "); passed through unchanged",
               "parse");
      if (options_.strict && !options_.check) throw Stop{kExitRefused};
      copy = copy_from_stdin_by_tokens(item.text.substr(item.body));
      if (copy) copy_table_ = "(unparsed COPY)";
    } else {
      check_one_query(item, parsed);
      std::optional<size_t> copy_at;  // which of them is the COPY ... FROM stdin
      for (size_t i = 0; i < parsed.statement_count(); ++i) {
        PgQuery__Node__NodeCase type = parsed.statement_type(i);
        if (type == PG_QUERY__NODE__NODE_INSERT_STMT) data = true;
        if (type != PG_QUERY__NODE__NODE_VARIABLE_SET_STMT && type != PG_QUERY__NODE__NODE_COPY_STMT) continue;
        const PgQuery__Node* stmt = parsed.statement(i);
        if (std::optional<bool> std_strings = sets_standard_conforming_strings(stmt))
          splitter_.set_standard_conforming_strings(*std_strings);
        if (std::optional<CopyFormat> c = copy_from_stdin(stmt)) {
          copy = c;
          copy_table_ = copy_target(stmt);
          copy_at = i;
        }
      }
      rewritten = engine_.review(*reviewed, parsed, parser_.text(), rule_diagnose(item));
      tag = engine_.take_hold_tag();
      retract(item, engine_.take_retractions());
      // What the output stage needs to know of the COPY as it is written.
      auto read_copy = [&](const ParsedStatement& p, size_t i) {
        plan.spec = copy_spec(p.statement(i));
        plan.repeatable = p.statement_count() == 1;
        if (const PgQuery__RangeVar* r = p.statement(i)->copy_stmt->relation)
          plan.shape_key = engine_.model().key(r, options_.rule_options);
      };
      if (copy_at && !rewritten) read_copy(parsed, *copy_at);
      // The COPY's rows are counted under the table they load into: a
      // rule may have redirected them (a partition's rows go to its root).
      if (copy_at && rewritten) {
        // Dropped with its data, the block's first line may still be a header.
        if (std::optional<CopySpec> spec = copy_spec(parsed.statement(*copy_at))) dropped_header = spec->header;
        ParsedStatement now = parser_.parse(*rewritten);
        plan.repeatable = false;
        for (size_t i = 0; now.ok() && i < now.statement_count(); ++i)
          if (now.statement_type(i) == PG_QUERY__NODE__NODE_COPY_STMT && copy_from_stdin(now.statement(i))) {
            copy_table_ = copy_target(now.statement(i));
            read_copy(now, i);
          }
      }
    }
  }
  // A COPY's ignores also cover its data block (ignore[copy]): they end
  // with the block.
  if (!copy) suppress_.end_item();
  if (item.interrupted) {
    // psql has not sent it yet: a COPY it begins has no data before then.
    if (!query_held_) {
      query_held_ = true;
      held_line_ = item.line;
    }
    held_query_.append(item.text.substr(item.body)).append("\n");
    copy.reset();
  } else if (query_held_) {
    // This completes the query psql held: that whole query decides.
    if (std::optional<CopyFormat> c = held_copy(held_query_ + std::string(item.text.substr(item.body)))) {
      copy = c;
      copy_table_ = "(unparsed COPY)";
      plan = CopyPlan{};  // psql joins it from parts: nothing to repeat or read
    }
    held_query_.clear();
  }
  std::string_view text = rewritten ? std::string_view(*rewritten) : item.text;
  bool copy_dropped = copy && rewritten && engine_.copy_data_dropped();
  std::optional<std::string> replaced;
  if (copy && !copy_dropped) replaced = plan_copy_output(item, text, plan);
  if (copy_dropped) copy_header_ = dropped_header;
  if (replaced) text = *replaced;
  on_statement_output(item, text);
  if (query_held_ || !hold_.enabled() || (!hold_.holding() && !tag.begins)) {
    write(text);
  } else {
    LineCol lc = line_col(item.text, item.line, item.column, item.body);
    hold_.write(text, tag, sources_.locate(item.offset + item.body, lc.line, lc.column), item.body,
                Hold::Origin{item.offset, item.line, item.column});
  }
  if (!item.interrupted) release_held();
  if (copy || data) hold_.flush();  // COPY data is never held
  if (copy) copy_block_begins(item, copy_table_);
  swallow_copy_ = copy_dropped;
  if (copy) begin_copy_output(*copy);
  return copy;
}

void Pipeline::retract(const Item& item, std::vector<RuleEngine::Retraction> work) {
  for (size_t w = 0; w < work.size(); ++w) {
    RuleEngine::Retraction r = work[w];
    size_t taken = hold_.retract(r.subject, r.action, r.rule, r.why);
    size_t reviewed = hold_.revisit(r.subject, [&](const Hold::Held& h) -> std::optional<std::string> {
      Item again;
      again.text = h.text;
      again.offset = h.origin.offset;
      again.line = h.origin.line;
      again.column = h.origin.column;
      again.body = h.body;
      ParsedStatement parsed = reviser_.parse(h.text);
      if (!parsed.ok()) {  // newer syntax pg_dump writes, blanked as on the first review
        again.parse_patches = newer_syntax_blanks(h.text);
        if (again.parse_patches.empty()) return std::nullopt;
        parsed = reviser_.parse(h.text, again.parse_patches);
      }
      if (!parsed.ok()) return std::nullopt;
      std::optional<std::string> now = engine_.review_again(r.rule, again, parsed, reviser_.text(), rule_diagnose(again));
      std::vector<RuleEngine::Retraction> more = engine_.take_retractions();
      for (RuleEngine::Retraction& m : more) m.if_held = true;
      work.insert(work.end(), more.begin(), more.end());
      return now;
    });
    if (taken == 0 && reviewed == 0 && !r.if_held)
      diagnose(Severity::Warning, item, item.body,
               r.why + ": nothing about " + r.subject +
                   " was still held back (the hold ends where data begins), so what was written about it stays",
               r.rule);
  }
}

void Pipeline::write(std::string_view bytes) {
  if (!query_held_) {
    hold_.write(bytes);
    return;
  }
  held_out_.append(bytes);
  if (held_out_.size() > options_.max_statement_bytes)
    throw StatementTooLarge(held_line_, options_.max_statement_bytes);
}

void Pipeline::release_held() {
  query_held_ = false;
  hold_.write(held_out_);
  held_out_.clear();
}

void Pipeline::copy_block_begins(const Item& item, std::string table) {
  copy_table_ = std::move(table);
  copy_line_ = item.line;
  copy_offset_ = item.offset;
  copy_statement_ = locate(item, item.body);
  copy_data_ends_line_ = true;
}

void Pipeline::check_one_query(const Item& item, const ParsedStatement& parsed) {
  // psql sends one item as one query. Several statements in it are expected
  // only where the script wrote "\;" between them; otherwise psql's splitter
  // took an unquoted identifier named begin, case or end for a block
  // (pg_dump does not quote these unreserved keywords), and everything up
  // to the block's end, COPY data included, becomes one query that fails.
  size_t separators = 0;
  for (const auto& [at, byte] : item.parse_patches)
    if (at + 1 < item.text.size() && item.text[at + 1] == ';') ++separators;
  if (parsed.statement_count() <= separators + 1) return;
  const PgQuery__RawStmt* second = parsed.tree()->stmts[1];
  diagnose(Severity::Warning, item, static_cast<size_t>(second->stmt_location),
           "psql sends " + std::to_string(parsed.statement_count()) +
               " statements from here on as one query: its splitter took a word in the statement before "
               "for BEGIN ... END (an identifier named begin, case or end needs double quotes)",
           "framing");
}

RuleEngine::Diagnose Pipeline::rule_diagnose(const Item& item) {
  return [this, &item](Severity s, size_t at, const std::string& message, const std::string& rule,
                       const Verdict& verdict) { diagnose(s, item, at, message, rule, verdict); };
}

std::optional<CopyFormat> Pipeline::on_meta(const Item& item) {
  ++stats_.meta_commands;
  std::optional<CopyFormat> copy = meta_copy_from_stdin(item.text.substr(item.body));
  std::string table = "(\\copy)";
  suppress_.begin_item(item, std::string::npos);
  std::optional<std::string> rewritten = engine_.review(item, rule_diagnose(item));
  if (!copy) suppress_.end_item();
  if (copy && rewritten)
    fatal(item, item.body, "a \\copy ... from stdin cannot be dropped without its data", "meta-command",
          kExitRefused);
  const BufferEffect effect =
      query_held_ ? buffer_effect(MetaContext(item, options_.rule_options).command()) : BufferEffect::Keeps;
  if (query_held_ && rewritten && effect == BufferEffect::Sends) {
    // \g and kin end the statement before them (psql sends it): without
    // the command a ';' ends it there, so that it still runs on its own.
    bool line_end = rewritten->empty() && !item.text.empty() && item.text.back() == '\n';
    rewritten = (line_end ? ";\n" : ";") + *rewritten;
  } else if (query_held_ && rewritten && effect == BufferEffect::Clears) {
    // \r and kin throw the statement before them away: without the
    // command it would run, or join the lines after it.
    fatal(item, item.body,
          "this meta-command clears psql's query buffer: the statement before it never runs; without the command "
          "it would: edit the input",
          "meta-command", kExitRefused);
  } else if (query_held_ && rewritten) {
    // psql keeps the statement before it in its query buffer and joins it
    // with the lines after the command: without the command the output
    // frames (and a second pass reviews) a statement this run never saw.
    fatal(item, item.body,
          "this meta-command interrupts a statement that psql keeps in its query buffer and continues after it; "
          "it cannot be dropped or commented out without changing that statement: edit the input",
          "meta-command", kExitRefused);
  }
  std::optional<std::string> replaced;
  if (copy && !rewritten) replaced = plan_copy_output(item, item.text, meta_copy_plan(item.text.substr(item.body)));
  write(replaced ? std::string_view(*replaced) : rewritten ? std::string_view(*rewritten) : item.text);
  switch (effect) {
    case BufferEffect::Keeps:
      break;
    case BufferEffect::Sends:
      // The held query goes now: when it is a COPY FROM stdin, its data follows.
      if (!copy) {
        copy = held_copy(held_query_);
        table = "(unparsed COPY)";
      }
      [[fallthrough]];
    case BufferEffect::Clears:
      held_query_.clear();
      release_held();
      break;
  }
  if (copy) {
    // COPY data is never held in memory: what is held goes out first.
    hold_.write(held_out_);
    held_out_.clear();
    hold_.flush();
    copy_block_begins(item, table);
    begin_copy_output(*copy);
  }
  return copy;
}

void Pipeline::on_copy_end(const Item& item) {
  // HEADER: the first line is no row (the summary, the report and
  // --verify-sql count rows).
  uint64_t rows = item.copy_rows;
  if (copy_header_ && rows > 0) --rows;
  copy_header_ = false;
  if (swallow_copy_) {
    // The COPY statement was dropped with its data: count what goes.
    swallow_copy_ = false;
    CopyTableStats& t = stats_.dropped_copy_tables[copy_table_];
    ++t.blocks;
    t.rows += rows;
    t.bytes += item.copy_bytes;
    if (!item.terminated)
      fatal(item, 0, "input ends inside the (dropped) COPY data of " + copy_table_ + " with no \\. line: the dump looks truncated",
            "input", kExitInput);
    diagnose(Severity::Note, item, 0,
             "dropped the COPY data of " + copy_table_ + " with its COPY statement: " + std::to_string(rows) +
                 (rows == 1 ? " row" : " rows"),
             "extension-dependents", Verdict{0, "drop"}, &copy_statement_);
    return;
  }
  ++stats_.copy_blocks;
  stats_.copy_rows += rows;
  stats_.copy_bytes += item.copy_bytes;
  CopyTableStats& t = stats_.copy_tables[copy_table_];
  ++t.blocks;
  t.rows += rows;
  t.bytes += item.copy_bytes;
  if (options_.rule_options.target == "api" && over_http_import_limits(t) && item.terminated &&
      over_limit_warned_.insert(copy_table_).second) {
    // Once per table, at the COPY that takes it over.
    char size[32];
    std::snprintf(size, sizeof size, "%.1f MiB", static_cast<double>(t.bytes) / (1 << 20));
    reporter_.report(Diagnostic{Severity::Warning, copy_statement_,
                                copy_table_ + " has " + grouped(t.rows) + (t.rows == 1 ? " row (" : " rows (") + size +
                                    ") of COPY data: over the HTTP import's limits (" + grouped(kHttpImportMaxRows) +
                                    " rows or 16 MiB per table); load this table with psql (db9-sanitize "
                                    "--target psql | psql) instead",
                                "copy-insert"});
  }
  if (item.csv_end_in_quotes)
    diagnose(Severity::Warning, item, 0,
             "this \\. line ends the COPY data of " + copy_table_ +
                 " although it stands inside a quoted CSV field: psql ends the data here",
             "copy");
  if (!item.terminated) {
    // psql would end the COPY at the end of input and commit the rows it
    // got, the last one perhaps cut short. A line that starts with "\." and
    // goes on is refused by the server ("end-of-copy marker corrupt"), in
    // text and CSV format alike, so the whole block fails instead. Under
    // --target api the INSERT being written is left open and this line
    // ends it as a statement that fails (the batches before it are loaded).
    bool inserting = inserts_ != nullptr;  // the output ends in a row of an open INSERT, not in data
    if (inserts_) inserts_->abandon();
    inserts_.reset();
    batcher_.reset();
    if (item.copy_bytes > 0 && (!copy_data_ends_line_ || inserting)) out_.write("\n");
    out_.write("\\.db9-sanitize: the input ended inside this COPY block; refusing to load part of a table\n");
    Location at = sources_.locate(copy_offset_, copy_line_, 1);
    fatal(item, 0,
          "input ends inside the COPY data of " + copy_table_ + " (COPY at " + at.file + ":" +
              std::to_string(at.line) + ") with no \\. line: the dump looks truncated",
          "input", kExitInput);
  }
  if (inserts_) {
    // The \. line goes with the COPY statement: the INSERTs are complete.
    if (!inserts_->finish())
      diagnose(Severity::Warning, item, 0,
               "the COPY data of " + copy_table_ +
                   " ends inside a quoted CSV field: its last row is not written (the server would refuse it)",
               "copy-insert");
    ++stats_.insert_blocks;
    stats_.insert_rows += inserts_->rows();
    stats_.insert_statements += inserts_->statements();
    inserts_.reset();
    suppress_.end_item();
    return;
  }
  if (batcher_) {
    if (batcher_->batches() > 1) {
      ++stats_.batched_blocks;
      stats_.copy_batches += batcher_->batches();
      ++output_changes_;
    }
    batcher_.reset();
  } else if (batch_check_ && item.copy_bytes > options_.copy_batch_bytes) {
    bool stop = *batch_check_ == Action::Error;
    reporter_.report(Diagnostic{stop ? Severity::Error : Severity::Warning, copy_statement_,
                                "this COPY block of " + copy_table_ + " holds " + std::to_string(item.copy_bytes) +
                                    " bytes, more than --copy-batch (" + std::to_string(options_.copy_batch_bytes) +
                                    "): psql loads it as one transaction; left whole (--action copy-batch=" +
                                    (stop ? "error" : "warn") + ")",
                                "copy-batch"});
    if (stop && !options_.check) {
      out_.write(item.text);
      throw Stop{kExitRefused};
    }
  }
  batch_check_.reset();
  out_.write(item.text);
  suppress_.end_item();
}

namespace {
// Where the SQL of a text begins: past blanks, -- and (nested) /* */
// comments (the comment lines a statement item carries before it).
size_t code_start(std::string_view t) {
  size_t i = 0;
  while (i < t.size()) {
    char c = t[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
      ++i;
    } else if (c == '-' && i + 1 < t.size() && t[i + 1] == '-') {
      size_t nl = t.find('\n', i);
      i = nl == std::string_view::npos ? t.size() : nl + 1;
    } else if (c == '/' && i + 1 < t.size() && t[i + 1] == '*') {
      int depth = 0;
      while (i < t.size()) {
        if (t.compare(i, 2, "/*") == 0) {
          ++depth;
          i += 2;
        } else if (t.compare(i, 2, "*/") == 0) {
          i += 2;
          if (--depth == 0) break;
        } else {
          ++i;
        }
      }
    } else {
      break;
    }
  }
  return i;
}
}  // namespace

std::optional<std::string> Pipeline::plan_copy_output(const Item& item, std::string_view text, const CopyPlan& plan) {
  next_insert_spec_.reset();
  next_batch_statement_.clear();
  batch_check_.reset();
  copy_header_ = plan.spec && plan.spec->header;
  size_t code = code_start(text);
  if (options_.rule_options.target == "api") {
    if (!options_.rules.enabled("copy-insert")) return std::nullopt;
    std::string why = !plan.spec         ? "the PostgreSQL 15 parser cannot read this COPY statement"
                      : !plan.repeatable ? "the statement is not a COPY alone"
                                         : plan.spec->unsupported;
    if (!why.empty()) {
      diagnose(Severity::Warning, item, item.body,
               "COPY ... FROM stdin left as it is (" + why +
                   "): the HTTP import (--target api) cannot load it; load this table with psql",
               "copy-insert");
      return std::nullopt;
    }
    if (suppress_.ignores("copy-insert")) return std::nullopt;
    Action action = options_.rules.action("copy-insert");
    if (action == Action::Warn || action == Action::Error) {
      bool stop = action == Action::Error;
      diagnose(stop ? Severity::Error : Severity::Warning, item, item.body,
               "COPY ... FROM stdin: the HTTP import (--target api) has no COPY and needs its rows as INSERT "
               "statements; " +
                   std::string(stop ? "stopping here (--action copy-insert=error)"
                                    : "left unchanged (--action copy-insert=warn)"),
               "copy-insert");
      if (stop && !options_.check) throw Stop{kExitRefused};
      return std::nullopt;
    }
    next_insert_spec_ = *plan.spec;
    next_shape_key_ = plan.shape_key;
    // pg_dump writes "COPY %s %s FROM stdin;" with an empty column list
    // only for a table with no columns COPY loads (all dropped or
    // generated): that tells a table the dump does not create.
    std::string_view statement = text.substr(code);
    while (!statement.empty() && (statement.back() == '\n' || statement.back() == '\r')) statement.remove_suffix(1);
    next_pg_dump_no_columns_ = !plan.spec->column_list && item.kind == ItemKind::Statement &&
                               statement.size() > 13 && statement.substr(statement.size() - 13) == "  FROM stdin;";
    ++output_changes_;
    // The statement goes (its data becomes INSERTs); the comments before it stay.
    std::string out(text.substr(0, code));
    if (action == Action::Comment) out += commented(text.substr(code));
    return out;
  }
  // Batches need the statement alone, whose options are known (HEADER is
  // repeated; binary data has no row ends to cut at).
  if (!options_.rules.enabled("copy-batch") || options_.copy_batch_bytes == 0 || !plan.repeatable || !plan.spec ||
      plan.spec->format == CopySpec::Format::Binary)
    return std::nullopt;
  if (suppress_.ignores("copy-batch")) return std::nullopt;
  Action action = options_.rules.action("copy-batch");
  if (action == Action::Warn || action == Action::Error) {
    batch_check_ = action;  // told at the \. line, when the size is known
    return std::nullopt;
  }
  next_batch_statement_ = std::string(text.substr(code));
  next_batch_header_ = plan.spec->header;
  if (next_batch_statement_.empty() || next_batch_statement_.back() != '\n') next_batch_statement_ += '\n';
  return std::nullopt;
}

void Pipeline::begin_copy_output(const CopyFormat& f) {
  inserts_.reset();
  batcher_.reset();
  if (swallow_copy_) {
    next_insert_spec_.reset();
    next_batch_statement_.clear();
    return;
  }
  if (next_insert_spec_) {
    const DumpModel& model = engine_.model();
    InsertWriter::Limits limits{options_.insert_batch_rows, options_.insert_batch_bytes};
    InsertWriter::Table table;  // (only a COPY without a column list needs it)
    const std::vector<DumpModel::Column>* columns =
        next_insert_spec_->column_list ? nullptr : model.columns(next_shape_key_);
    if (columns != nullptr) {
      table.columns.emplace();
      for (const DumpModel::Column& c : *columns) {
        if (c.generated) table.generated = true;
        else table.columns->push_back(quote_ident(c.name));
      }
    }
    table.pg_dump_no_columns = next_pg_dump_no_columns_;
    inserts_ = std::make_unique<InsertWriter>(out_, std::move(*next_insert_spec_), limits, std::move(table));
    next_insert_spec_.reset();
  } else if (!next_batch_statement_.empty()) {
    const std::string& st = next_batch_statement_;
    bool crlf = st.size() >= 2 && st[st.size() - 2] == '\r';
    batcher_ = std::make_unique<CopyBatcher>(out_, std::move(next_batch_statement_), crlf ? "\\.\r\n" : "\\.\n",
                                             options_.copy_batch_bytes, f.csv, f.quote, f.escape,
                                             next_batch_header_);
    next_batch_statement_.clear();
  }
}

Pipeline::CopyPlan Pipeline::meta_copy_plan(std::string_view line) {
  // psql sends "\copy ARGS from stdin ..." as "COPY ARGS FROM STDIN ...":
  // read that query as the server would.
  CopyPlan plan;
  plan.repeatable = true;
  size_t at = line.find_first_of(" \t", 1);
  if (at == std::string_view::npos) return plan;
  std::string sql = "COPY " + std::string(line.substr(at));
  // pstdin: psql's own stdin, the script here.
  for (size_t k = 0; k + 6 <= sql.size(); ++k) {
    if (lower(sql.substr(k, 6)) != "pstdin") continue;
    bool before = k == 0 || !(std::isalnum(static_cast<unsigned char>(sql[k - 1])) || sql[k - 1] == '_');
    bool after = k + 6 == sql.size() || !(std::isalnum(static_cast<unsigned char>(sql[k + 6])) || sql[k + 6] == '_');
    if (before && after) sql.replace(k, 6, "stdin");
  }
  ParsedStatement parsed = parser_.parse(sql);
  if (!parsed.ok() || parsed.statement_count() != 1 || parsed.statement_type(0) != PG_QUERY__NODE__NODE_COPY_STMT)
    return plan;
  plan.spec = copy_spec(parsed.statement(0));
  if (const PgQuery__RangeVar* r = parsed.statement(0)->copy_stmt->relation)
    plan.shape_key = engine_.model().key(r, options_.rule_options);
  return plan;
}

int Pipeline::run() {
  return guarded([this] {
    for (const std::string& path : options_.inputs) {
      std::unique_ptr<InputFile> in = InputFile::open(path);
      sources_.begin_file(in->name(), stats_.bytes_in, splitter_.line());
      for (;;) {
        constexpr size_t kRead = 1 << 20;
        char* dst = splitter_.prepare(kRead);
        size_t n = in->read(dst, kRead);
        if (n == 0) break;
        stats_.bytes_in += n;
        splitter_.commit(n);
        if (progress_ != nullptr) progress_->update(in->raw_bytes(), stats_.bytes_in, copy_table_);
      }
      if (progress_ != nullptr) progress_->file_done(in->raw_bytes());
      stats_.inputs.push_back(InputStats{in->name(), in->compression(), in->raw_bytes()});
    }
  });
}

int Pipeline::run_in_memory(std::string_view name, std::string_view data, size_t chunk) {
  return guarded([&] {
    sources_.begin_file(std::string(name), stats_.bytes_in, splitter_.line());
    for (size_t pos = 0; pos < data.size();) {
      size_t n = std::min(chunk == 0 ? data.size() : chunk, data.size() - pos);
      std::memcpy(splitter_.prepare(n), data.data() + pos, n);
      stats_.bytes_in += n;
      splitter_.commit(n);
      pos += n;
    }
    stats_.inputs.push_back(InputStats{std::string(name), "", data.size()});
  });
}

int Pipeline::guarded(const std::function<void()>& read_inputs) {
  auto t0 = std::chrono::steady_clock::now();
  int code = kExitOk;
  try {
    read_inputs();
    splitter_.finish();
    release_held();  // psql sends what its query buffer holds at the end
    hold_.flush();
    // Files read as one stream are one file to ignore-file (--check reads
    // each on its own).
    suppress_.end_file();
    out_.commit();
  } catch (const Stop& s) {
    code = s.exit_code;
  } catch (const StatementTooLarge& e) {
    Location at = sources_.locate(splitter_.offset(), e.line, 1);
    reporter_.report(Diagnostic{Severity::Error, at,
                                std::string("the statement that begins here is larger than --max-statement-bytes (") +
                                    std::to_string(options_.max_statement_bytes) +
                                    " bytes); raise the limit if it is real",
                                "input"});
    code = kExitInput;
  } catch (const InputError& e) {
    reporter_.report(Diagnostic{Severity::Error, Location{"db9-sanitize", 0, 0}, e.what(), ""});
    code = kExitInput;
  } catch (const IoError& e) {
    reporter_.report(Diagnostic{Severity::Error, Location{"db9-sanitize", 0, 0}, e.what(), ""});
    code = kExitInput;
  }
  if (code != kExitOk) {
    // Stdout gets exactly the items before the one that stopped the run:
    // those held back too.
    try {
      hold_.flush();
    } catch (const IoError&) {
    }
    out_.abandon();
  }
  stats_.bytes_out = out_.bytes_written();
  stats_.changes = engine_.changes() + hold_.changes() + output_changes_;
  stats_.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  return code;
}

}  // namespace db9
