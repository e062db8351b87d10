#include "rules/engine.hpp"

#include <algorithm>

#include "options.hpp"
#include "rules/fallback.hpp"

namespace db9 {

std::string commented(std::string_view text) {
  std::string out;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    std::string_view line = text.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    out += line.empty() ? "--" : "-- ";
    // psql and PostgreSQL end a -- comment at a carriage return too.
    for (size_t i = 0; i < line.size(); ++i) {
      out += line[i];
      if (line[i] == '\r') out += "-- ";
    }
    out += '\n';
    if (nl == std::string_view::npos) break;
    pos = nl + 1;
  }
  return out;
}

namespace {

std::string message_for(const Finding& f, Action action) {
  std::string detail = f.detail.empty() ? "" : "; " + f.detail;
  bool drop = f.kind == Finding::Kind::Drop;
  switch (action) {
    case Action::Drop:
      return drop ? "dropped " + f.what + detail : f.what + ": " + f.how + detail;
    case Action::Comment:
      return drop ? "commented out " + f.what + detail
                  : f.what + ": " + f.how + detail + " (the original is kept above it as a comment)";
    case Action::Warn:
      return f.what + ": " + (drop ? std::string("DB9 cannot run this") : "DB9 needs it rewritten (" + f.how + ")") +
             detail + "; left unchanged (--action " + f.rule + "=warn)";
    case Action::Error:
      return f.what + ": " + (drop ? std::string("DB9 cannot run this") : "DB9 needs it rewritten (" + f.how + ")") +
             detail + "; stopping here (--action " + f.rule + "=error)";
  }
  return f.what;
}

}  // namespace

RuleEngine::RuleEngine(const RuleSet& rules, const RuleOptions& options) : options_(options) {
  for (const RuleInfo& info : rule_catalogue()) {
    if (!rules.enabled(info.id)) continue;
    rules_.push_back(Active{&info, rules.action(info.id), info.make()});
  }
}

template <class Context>
std::vector<Finding> RuleEngine::collect(Context& ctx) {
  // Every enabled rule's findings, in rule order, each tagged with its rule.
  std::vector<Finding> all;
  for (Active& a : rules_) {
    if (only_ != nullptr && a.info->id != *only_) continue;
    a.rule->check(ctx);
    if (!ctx.findings().empty() && ignored_ && ignored_(a.info->id)) {
      ctx.findings().clear();  // suppressed inline: the rule leaves this item alone
      continue;
    }
    for (Finding& f : ctx.findings()) {
      f.rule = a.info->id;
      all.push_back(std::move(f));
    }
    ctx.findings().clear();
  }
  return all;
}

std::optional<std::string> RuleEngine::review(const Item& item, const ParsedStatement& parsed,
                                              std::string_view parse_text, const Diagnose& diagnose) {
  copy_data_dropped_ = false;
  hold_tag_ = HoldTag{};
  retractions_.clear();
  if (rules_.empty()) return std::nullopt;
  StatementContext ctx(item, parse_text, parsed, options_);
  ctx.set_model(&model_);
  // The model learns what this item defines before any rule looks at it
  // (once: a held statement reviewed again was observed the first time).
  if (only_ == nullptr)
    for (size_t i = 0; i < ctx.statement_count(); ++i) model_.observe(ctx, i);
  std::vector<Finding> all = collect(ctx);
  hold_tag_ = std::move(ctx.hold_tag());
  if (all.empty()) return std::nullopt;
  return apply(item, &ctx, all, diagnose);
}

std::optional<std::string> RuleEngine::review_again(const std::string& rule, const Item& item,
                                                    const ParsedStatement& parsed, std::string_view parse_text,
                                                    const Diagnose& diagnose) {
  only_ = &rule;
  auto ignored = std::move(ignored_);
  ignored_ = nullptr;
  struct Restore {
    RuleEngine& e;
    std::function<bool(const std::string&)>& saved;
    ~Restore() {
      e.only_ = nullptr;
      e.ignored_ = std::move(saved);
    }
  } restore{*this, ignored};
  return review(item, parsed, parse_text, diagnose);
}

std::optional<std::string> RuleEngine::review(const Item& meta, const Diagnose& diagnose) {
  if (rules_.empty()) return std::nullopt;
  MetaContext ctx(meta, options_);
  std::vector<Finding> all = collect(ctx);
  if (all.empty()) return std::nullopt;
  return apply(meta, nullptr, all, diagnose);
}

std::optional<std::string> RuleEngine::review_unparsed(const Item& item, std::string_view parse_text,
                                                       const std::string& why, const Diagnose& diagnose,
                                                       std::string* rule) {
  copy_data_dropped_ = false;
  hold_tag_ = HoldTag{};
  retractions_.clear();
  if (rules_.empty()) return std::nullopt;
  std::optional<Recognised> r = recognise_by_words(parse_text, options_);
  if (!r) return std::nullopt;
  bool enabled = false;
  for (const Active& a : rules_) enabled = enabled || a.info->id == r->rule;
  if (!enabled || (ignored_ && ignored_(r->rule))) return std::nullopt;
  Finding f;
  f.kind = Finding::Kind::Drop;
  f.at = r->at;
  f.what = r->what;
  f.detail = "recognised by its words: the PostgreSQL 15 parser rejects this form (" + why + ")";
  f.severity = Severity::Note;
  f.rule = r->rule;
  std::vector<Finding> findings{std::move(f)};
  unparsed_ = true;
  struct Reset {
    bool& flag;
    ~Reset() { flag = false; }
  } reset{unparsed_};
  std::optional<std::string> out = apply(item, nullptr, findings, diagnose);
  if (out && rule != nullptr) *rule = r->rule;
  return out;
}

std::optional<std::string> RuleEngine::apply(const Item& item, const StatementContext* ctx,
                                             std::vector<Finding>& findings, const Diagnose& diagnose) {
  auto action_of = [&](const std::string& id) {
    for (const Active& a : rules_)
      if (a.info->id == id) return a.action;
    return Action::Drop;
  };
  size_t n_statements = ctx ? ctx->statement_count() : 1;
  std::vector<bool> dropped(n_statements, false), commented_out(n_statements, false);
  std::vector<Edit> edits;
  bool rewrite_commented = false;
  // Which statement an item offset falls in (rewrites inside a statement
  // that goes anyway are moot).
  auto statement_at = [&](size_t at) {
    size_t s = 0;
    if (ctx != nullptr)
      while (s + 1 < n_statements && ctx->statement_begin(s + 1) <= at) ++s;
    return s;
  };
  auto begin_of = [&](size_t stmt) { return ctx != nullptr ? ctx->statement_begin(stmt) : item.body; };
  // First decide which statements go (by the first rule that drops each),
  // then report, in the order the rules found things: a rewrite or another
  // drop of a statement that goes anyway is moot and not reported.
  std::vector<const Finding*> owner(n_statements, nullptr);
  for (const Finding& f : findings) {
    if (f.kind != Finding::Kind::Drop) continue;
    Action action = action_of(f.rule);
    size_t stmt = std::min(f.statement, n_statements - 1);
    if ((action == Action::Drop || action == Action::Comment) && owner[stmt] == nullptr) owner[stmt] = &f;
  }
  for (const Finding& f : findings) {
    if (f.kind == Finding::Kind::Note) {
      // One verdict per statement: what another rule says of a statement
      // that goes ("kept", "will fail") is moot.
      size_t stmt = statement_at(f.at);
      if (owner[stmt] != nullptr && owner[stmt]->rule != f.rule) continue;
      diagnose(f.severity, f.at, f.what, f.rule, Verdict{begin_of(stmt), owner[stmt] != nullptr ? "drop" : "keep"});
      continue;
    }
    size_t stmt = f.kind == Finding::Kind::Drop ? std::min(f.statement, n_statements - 1) : statement_at(f.at);
    if (owner[stmt] != nullptr && owner[stmt] != &f) continue;
    Action action = action_of(f.rule);
    std::string message = message_for(f, action);
    switch (action) {
      case Action::Warn:
        diagnose(Severity::Warning, f.at, message, f.rule, Verdict{begin_of(stmt), "keep"});
        continue;
      case Action::Error:
        diagnose(Severity::Error, f.at, message, f.rule, Verdict{begin_of(stmt), keep_going_ ? "keep" : "stop"});
        if (keep_going_) continue;
        throw Stop{kExitRefused};
      case Action::Drop:
      case Action::Comment:
        break;
    }
    bool copy_stdin = ctx != nullptr && f.kind == Finding::Kind::Drop &&
                      ctx->statement_type(stmt) == PG_QUERY__NODE__NODE_COPY_STMT && copy_from_stdin(ctx->statement(stmt));
    if (copy_stdin && f.with_copy_data && action == Action::Drop) {
      copy_data_dropped_ = true;  // the pipeline swallows the data that follows
    } else if (copy_stdin) {
      // Its data would be left behind as SQL: refuse rather than guess.
      diagnose(Severity::Error, f.at,
               f.what + ": a COPY ... FROM stdin cannot be dropped without its data; use --action " + f.rule +
                   "=error or warn",
               f.rule, Verdict{begin_of(stmt), keep_going_ ? "keep" : "stop"});
      if (keep_going_) continue;
      throw Stop{kExitRefused};
    }
    ++changes_;
    if (!f.repeat)
      diagnose(f.severity, f.at, message, f.rule,
               Verdict{begin_of(stmt), f.kind == Finding::Kind::Drop ? (action == Action::Drop ? "drop" : "comment")
                                                                      : (action == Action::Drop ? "rewrite" : "comment")});
    // What the statement created is gone, whichever rule dropped it; the
    // partition and inheritance rules merge tables rather than lose them,
    // and follow what reads them themselves.
    if (ctx != nullptr && f.kind == Finding::Kind::Drop && f.rule != "partition" && f.rule != "inheritance") {
      std::string why = f.because.empty() ? f.detail.substr(0, f.detail.find(';')) : f.because;
      if (std::optional<uint64_t> early = model_.statement_removed(*ctx, stmt, f.rule, std::move(why)))
        diagnose(Severity::Error, f.at,
                 f.what + ": what it creates is used at line " + std::to_string(*early) +
                     ", before it was created here; that statement was written as it was and will fail on DB9",
                 f.rule, Verdict{begin_of(stmt), "drop"});
    }
    if (f.kind == Finding::Kind::Drop && !f.retract.empty())
      retractions_.push_back(Retraction{f.retract, f.rule, action, f.what, f.retract_if_held});
    if (f.kind == Finding::Kind::Drop) {
      (action == Action::Drop ? dropped : commented_out)[stmt] = true;
    } else {
      edits.insert(edits.end(), f.edits.begin(), f.edits.end());
      if (action == Action::Comment) rewrite_commented = true;
    }
  }
  // Edits inside statements that go are moot (a rewrite whose bytes span
  // into a dropped statement is dropped with it).
  edits.erase(std::remove_if(edits.begin(), edits.end(),
                             [&](const Edit& e) {
                               size_t s = statement_at(e.begin);
                               return dropped[s] || commented_out[s];
                             }),
              edits.end());
  bool all_gone = true, any_gone = false, any_commented = false;
  for (size_t i = 0; i < n_statements; ++i) {
    bool gone = dropped[i] || commented_out[i];
    all_gone = all_gone && gone;
    any_gone = any_gone || gone;
    any_commented = any_commented || commented_out[i];
  }
  if (!any_gone && edits.empty()) return std::nullopt;

  std::string_view text = item.text;
  std::string leading(text.substr(0, item.body));
  std::string_view body = text.substr(item.body);
  if (all_gone) {
    // The whole item goes: as nothing, or as comments (after the comments
    // that led up to it).
    if (!any_commented && !rewrite_commented) {
      // A meta-command that began in the middle of a line (after a query
      // psql keeps in its buffer) leaves its line break, or psql would join
      // the two lines into one query.
      bool mid_line = ctx == nullptr && !unparsed_ && leading.find('\n') == std::string::npos && item.column + item.body > 1;
      // An ignore-file directive among the comments before it holds for the
      // rest of the file: it stays, or a second pass would not see it.
      std::string kept;
      if (leading.find("/*") == std::string::npos) {
        for (size_t at = 0; at < leading.size();) {
          size_t end = leading.find('\n', at);
          end = end == std::string::npos ? leading.size() : end + 1;
          std::string_view line = std::string_view(leading).substr(at, end - at);
          size_t first = line.find_first_not_of(" \t");
          if (first != std::string_view::npos && line.substr(first).starts_with("-- db9-sanitize: ignore-file["))
            kept.append(line);
          at = end;
        }
        if (!kept.empty() && kept.back() != '\n') kept += '\n';
      }
      return kept + std::string(mid_line ? "\n" : "");
    }
    std::string out = leading + commented(body);
    return out;
  }
  if (ctx != nullptr) {
    for (size_t i = 0; i < n_statements; ++i)
      if (dropped[i] || commented_out[i]) edits.push_back(Edit{ctx->statement_begin(i), ctx->statement_end(i), ""});
  }
  // An edit that lies wholly inside another one (of another rule: a schema
  // renamed inside a type name that is replaced) is moot; identical ones
  // count once.
  std::sort(edits.begin(), edits.end(), [](const Edit& a, const Edit& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
  });
  {
    std::vector<Edit> kept;
    for (const Edit& e : edits) {
      if (!kept.empty() && e.begin >= kept.back().begin && e.end <= kept.back().end &&
          (e.begin < kept.back().end || e.begin == kept.back().begin))
        continue;
      kept.push_back(e);
    }
    edits.swap(kept);
  }
  std::string out;
  size_t pos = 0;
  for (const Edit& e : edits) {
    if (e.begin < pos || e.end > text.size() || e.end < e.begin) {
      diagnose(Severity::Error, e.begin, "internal error: two rules edit overlapping bytes; please report this input",
               "internal", Verdict{});
      throw Stop{kExitRefused};
    }
    out.append(text.substr(pos, e.begin - pos));
    out += e.text;
    pos = e.end;
  }
  out.append(text.substr(pos));

  if (ctx != nullptr) {
    // Every rewritten statement must still parse (psql's edits re-applied).
    std::vector<std::pair<size_t, char>> patches;
    for (const auto& [at, byte] : item.parse_patches) {
      long shift = 0;
      bool inside = false;
      for (const Edit& e : edits) {
        if (e.end <= at) shift += static_cast<long>(e.text.size()) - static_cast<long>(e.end - e.begin);
        else if (e.begin <= at) inside = true;
      }
      if (!inside) patches.emplace_back(static_cast<size_t>(static_cast<long>(at) + shift), byte);
    }
    ParsedStatement again = reparser_.parse(out, patches);
    if (!again.ok()) {
      diagnose(Severity::Error, item.body,
               "internal error: a rewrite made this statement unparsable (" + again.error_message() +
                   "); nothing was written for it; please report this input",
               "internal", Verdict{});
      throw Stop{kExitRefused};
    }
  }
  if (rewrite_commented) return leading + commented(body) + out.substr(item.body);
  return out;
}

}  // namespace db9
