// Rules about transactions (serializable). DB9 has no SERIALIZABLE
// isolation: it is rewritten to REPEATABLE READ wherever a dump or script
// asks for it (transaction modes, default_transaction_isolation settings of
// the session, a database or a role). DEFERRABLE only means something for
// SERIALIZABLE READ ONLY transactions and DB9 rejects it: the transaction
// mode is removed, and settings of transaction_deferrable /
// default_transaction_deferrable are dropped.
#include <algorithm>
#include <cctype>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "rules/registry.hpp"

namespace db9 {

namespace {

constexpr const char* kIsolationDetail =
    "DB9 has no SERIALIZABLE isolation; REPEATABLE READ (snapshot isolation) allows anomalies such as write skew "
    "that SERIALIZABLE prevents";
constexpr const char* kDeferrableDetail =
    "DB9 does not take DEFERRABLE, which only matters for SERIALIZABLE READ ONLY transactions";

// The last token before index k that is not a comment (k if none).
size_t code_token_before(const Tokens& t, size_t k, size_t floor) {
  size_t j = k;
  while (j > floor) {
    --j;
    if (!is_comment(t[j])) return j;
  }
  return k;
}

// "repeatable read" in the case of `sample`: upper case when sample has no
// lower-case letter.
std::string repeatable_read_like(std::string_view sample) {
  for (char c : sample)
    if (std::islower(static_cast<unsigned char>(c))) return "repeatable read";
  return "REPEATABLE READ";
}

bool is_serializable(const PgQuery__Node* n) {
  return n != nullptr && n->node_case == PG_QUERY__NODE__NODE_A_CONST &&
         n->a_const->val_case == PG_QUERY__A__CONST__VAL_SVAL && n->a_const->sval != nullptr &&
         n->a_const->sval->sval != nullptr && lower(n->a_const->sval->sval) == "serializable";
}

bool is_isolation_setting(const std::string& name) {
  return name == "default_transaction_isolation" || name == "transaction_isolation";
}

bool is_deferrable_setting(const std::string& name) {
  return name == "default_transaction_deferrable" || name == "transaction_deferrable";
}

class Serializable : public Rule {
 public:
  void check(StatementContext& ctx) override {
    for (size_t i = 0; i < ctx.statement_count(); ++i) {
      switch (ctx.statement_type(i)) {
        case PG_QUERY__NODE__NODE_VARIABLE_SET_STMT:
          setting(ctx, i, ctx.statement(i)->variable_set_stmt, true);
          break;
        case PG_QUERY__NODE__NODE_TRANSACTION_STMT: {
          const PgQuery__TransactionStmt* t = ctx.statement(i)->transaction_stmt;
          if (t->kind == PG_QUERY__TRANSACTION_STMT_KIND__TRANS_STMT_BEGIN ||
              t->kind == PG_QUERY__TRANSACTION_STMT_KIND__TRANS_STMT_START)
            modes(ctx, i, t->options, t->n_options, true);
          break;
        }
        case PG_QUERY__NODE__NODE_ALTER_DATABASE_SET_STMT:
          // ALTER DATABASE ... RESET is the database rule's (it drops it).
          setting(ctx, i, ctx.statement(i)->alter_database_set_stmt->setstmt, false);
          break;
        case PG_QUERY__NODE__NODE_ALTER_ROLE_SET_STMT:
          setting(ctx, i, ctx.statement(i)->alter_role_set_stmt->setstmt, true);
          break;
        default:
          break;
      }
    }
  }

 private:
  // SET / RESET (alone or in ALTER DATABASE|ROLE ... SET).
  static void setting(StatementContext& ctx, size_t i, const PgQuery__VariableSetStmt* v, bool resets) {
    if (v == nullptr || v->name == nullptr) return;
    if (v->kind == PG_QUERY__VARIABLE_SET_KIND__VAR_SET_MULTI) {
      std::string name = v->name;
      if (name == "TRANSACTION" || name == "SESSION CHARACTERISTICS") modes(ctx, i, v->args, v->n_args, false);
      return;
    }
    std::string name = lower(v->name);
    bool reset = v->kind == PG_QUERY__VARIABLE_SET_KIND__VAR_RESET;
    if (is_deferrable_setting(name) && (resets || !reset)) {
      ctx.drop(i, ctx.statement_begin(i), statement_code(ctx, i), Severity::Note,
               "DB9 rejects the setting " + name + ", which only matters for SERIALIZABLE READ ONLY transactions");
      return;
    }
    if (is_isolation_setting(name) && v->kind == PG_QUERY__VARIABLE_SET_KIND__VAR_SET_VALUE && v->n_args == 1 &&
        is_serializable(v->args[0])) {
      const Tokens& t = ctx.tokens();
      size_t loc = static_cast<size_t>(v->args[0]->a_const->location);
      // "SET default_transaction_isolation" of "SET default_transaction_isolation TO 'serializable'".
      size_t first = t.first_at_or_after(ctx.statement_begin(i)), k = t.first_at_or_after(loc);
      size_t cut = loc, p = code_token_before(t, k, first);
      if (p != k && (t[p].token == PG_QUERY__TOKEN__TO || t[p].token == PG_QUERY__TOKEN__ASCII_61))
        cut = static_cast<size_t>(t[p].start);
      isolation_value(ctx, loc, code_text(ctx, ctx.statement_begin(i), cut), false);
    }
  }

  // The value token at `loc` (SERIALIZABLE, 'serializable', "serializable",
  // E'serializable', ...) becomes REPEATABLE READ in the same style. In a
  // transaction mode list the keyword is replaced by the two keywords; as a
  // setting's value a bare word becomes a quoted string.
  static void isolation_value(StatementContext& ctx, size_t loc, std::string what, bool mode_list) {
    const Tokens& t = ctx.tokens();
    std::string_view text = ctx.text();
    size_t k = t.first_at_or_after(loc);
    if (k >= t.size() || static_cast<size_t>(t[k].start) != loc) return;
    size_t begin = loc, end = token_end(text, t, k);
    std::string_view tok = text.substr(begin, end - begin);
    Edit edit{begin, end, ""};
    bool is_string = t[k].token == PG_QUERY__TOKEN__SCONST || t[k].token == PG_QUERY__TOKEN__USCONST;
    if (is_string || (!tok.empty() && tok.front() == '"') || t[k].token == PG_QUERY__TOKEN__UIDENT) {
      size_t at = lower(tok).find("serializable");
      if (at != std::string::npos) {
        edit = Edit{begin + at, begin + at + 12, repeatable_read_like(tok.substr(at, 12))};
      } else {
        // Written with escapes: the whole literal goes (with its UESCAPE clause).
        edit.text = is_string ? "'repeatable read'" : "\"repeatable read\"";
        size_t u = code_token(t, k + 1);
        if (u < t.size() && t[u].token == PG_QUERY__TOKEN__UESCAPE) {
          size_t v = code_token(t, u + 1);
          if (v < t.size()) edit.end = token_end(text, t, v);
        }
      }
    } else {
      edit.text = repeatable_read_like(tok);
      if (!mode_list) edit.text = "'" + edit.text + "'";
    }
    std::string after = edit.end <= end ? std::string(tok.substr(0, edit.begin - begin)) + edit.text +
                                              std::string(tok.substr(edit.end - begin))
                                        : edit.text;
    std::string how = std::string(text.substr(begin, std::max(end, edit.end) - begin)) + " → " + after;
    ctx.rewrite(begin, std::move(what), how, {edit}, Severity::Warning, kIsolationDetail);
  }

  // A transaction mode list (BEGIN / START TRANSACTION / SET TRANSACTION /
  // SET SESSION CHARACTERISTICS AS TRANSACTION).
  static void modes(StatementContext& ctx, size_t i, PgQuery__Node** opts, size_t n, bool may_be_empty) {
    if (n == 0) return;
    const Tokens& t = ctx.tokens();
    size_t stmt_begin = ctx.statement_begin(i), stmt_end = ctx.statement_end(i);
    size_t first = t.first_at_or_after(stmt_begin);
    size_t stop = first;
    while (stop < t.size() && static_cast<size_t>(t[stop].start) < stmt_end && t[stop].token != PG_QUERY__TOKEN__ASCII_59)
      ++stop;
    std::vector<size_t> starts;
    std::vector<const PgQuery__DefElem*> defs;
    for (size_t c = 0; c < n; ++c) {
      if (opts[c]->node_case != PG_QUERY__NODE__NODE_DEF_ELEM || opts[c]->def_elem->location < 0) return;
      const PgQuery__DefElem* d = opts[c]->def_elem;
      size_t k = t.first_at_or_after(static_cast<size_t>(d->location));
      if (k >= stop || static_cast<size_t>(t[k].start) != static_cast<size_t>(d->location)) return;
      if (!starts.empty() && k <= starts.back()) return;
      starts.push_back(k);
      defs.push_back(d);
    }
    // Each mode's bytes: its first token to its last (not the comma after).
    std::vector<std::pair<size_t, size_t>> spans;
    for (size_t c = 0; c < n; ++c) {
      size_t boundary = c + 1 < n ? starts[c + 1] : stop;
      size_t j = boundary - 1;
      while (j > starts[c] && (is_comment(t[j]) || t[j].token == PG_QUERY__TOKEN__ASCII_44)) --j;
      spans.emplace_back(static_cast<size_t>(t[starts[c]].start), static_cast<size_t>(t[j].end));
    }
    // "BEGIN", "SET TRANSACTION", ...: the words before the modes.
    std::string head = code_text(ctx, stmt_begin, spans[0].first);
    std::vector<bool> remove(n, false);
    size_t removed = 0, removed_at = 0;
    std::string removed_text;
    for (size_t c = 0; c < n; ++c) {
      if (std::string(defs[c]->defname ? defs[c]->defname : "") != "transaction_deferrable") continue;
      if (removed++ == 0) removed_at = spans[c].first;
      remove[c] = true;
      removed_text += (removed_text.empty() ? "" : ", ") + code_text(ctx, spans[c].first, spans[c].second);
    }
    if (removed == n && !may_be_empty) {
      // SET TRANSACTION DEFERRABLE: nothing would be left.
      ctx.drop(i, stmt_begin, statement_code(ctx, i), Severity::Note, kDeferrableDetail);
      return;
    }
    std::vector<Edit> edits;
    if (removed == n) {
      // BEGIN DEFERRABLE → BEGIN: from the end of the word before the modes.
      size_t p = code_token_before(t, starts[0], first);
      if (p == starts[0]) return;
      edits.push_back(Edit{static_cast<size_t>(t[p].end), spans.back().second, ""});
    } else if (removed > 0) {
      edits = remove_commands(spans, remove);
    }
    bool removal_reported = removed == 0;
    for (size_t c = 0; c < n; ++c) {
      // Findings in the order of their positions.
      if (!removal_reported && spans[c].first >= removed_at) {
        ctx.rewrite(removed_at, head, "removed " + removed_text, edits, Severity::Note, kDeferrableDetail);
        removal_reported = true;
      }
      if (std::string(defs[c]->defname ? defs[c]->defname : "") == "transaction_isolation" &&
          is_serializable(defs[c]->arg)) {
        size_t loc = static_cast<size_t>(defs[c]->arg->a_const->location);
        isolation_value(ctx, loc, head + " " + code_text(ctx, spans[c].first, loc), true);
      }
    }
  }
};

}  // namespace

std::vector<RuleInfo> transaction_rules() {
  return {
      {"serializable",
       "SERIALIZABLE → REPEATABLE READ (transaction modes, default_transaction_isolation); drop DEFERRABLE",
       Action::Drop,
       "DB9 has no SERIALIZABLE isolation. SERIALIZABLE becomes REPEATABLE READ in SET TRANSACTION, SET SESSION "
       "CHARACTERISTICS AS TRANSACTION, BEGIN and START TRANSACTION, and as the value of default_transaction_isolation "
       "or transaction_isolation in SET and ALTER DATABASE / ALTER ROLE ... SET; only the value's bytes change, in "
       "the same quoting. REPEATABLE READ is snapshot isolation: transactions that relied on SERIALIZABLE to prevent "
       "write skew need another guard (SELECT ... FOR UPDATE, a constraint). The DEFERRABLE and NOT DEFERRABLE modes "
       "are removed, and SET / RESET of transaction_deferrable or default_transaction_deferrable (also in ALTER "
       "DATABASE / ALTER ROLE ... SET) are dropped: DB9 rejects them.",
       [] { return std::unique_ptr<Rule>(new Serializable); }},
  };
}

}  // namespace db9
