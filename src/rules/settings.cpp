// Rule settings: configuration parameters PostgreSQL 15 does not have.
// pg_dump 17 and 18 begin every dump with SET transaction_timeout = 0, and
// PostgreSQL 15 and 16 (DB9 reports itself as one) stop there with
// "unrecognized configuration parameter". A parameter that PostgreSQL 16,
// 17 or 18 added is dropped wherever a dump sets it (SET, SET LOCAL, RESET,
// set_config(), ALTER DATABASE / ROLE ... SET / RESET); one that no version
// knows (a typo, an extension's foo.bar) is reported and left alone.
#include <algorithm>
#include <set>
#include <string>

#include "rules/registry.hpp"
#include "rules/settings.hpp"

namespace db9 {

namespace {

// Every parameter PostgreSQL 15 has (tools/pg15-settings.sh generates the
// list from the installed server; tests/meson.build checks it is current).
const std::set<std::string>& pg15_settings() {
  static const std::set<std::string> names = {
#include "rules/pg15_settings.inc"
  };
  return names;
}

// What PostgreSQL 16, 17 and 18 added, from their release notes and the
// "Server Configuration" chapters of their documentation (and checked
// against the pg_settings of real 17 and 18 servers: testdata/pg17/ and
// testdata/pg18/settings.txt, tests/newer_settings.sh).
struct Added {
  const char* name;
  int version;
};
constexpr Added kAdded[] = {
    // PostgreSQL 16
    {"createrole_self_grant", 16},
    {"debug_io_direct", 16},
    {"debug_logical_replication_streaming", 16},
    {"debug_parallel_query", 16},  // force_parallel_mode's new name
    {"enable_presorted_aggregate", 16},
    {"gss_accept_delegation", 16},
    {"icu_validation_level", 16},
    {"max_parallel_apply_workers_per_subscription", 16},
    {"reserved_connections", 16},
    {"scram_iterations", 16},
    {"send_abort_for_crash", 16},
    {"send_abort_for_kill", 16},
    {"vacuum_buffer_usage_limit", 16},
    // PostgreSQL 17
    {"allow_alter_system", 17},
    {"commit_timestamp_buffers", 17},
    {"enable_group_by_reordering", 17},
    {"event_triggers", 17},
    {"file_extend_method", 17},  // in 17 and 18 minor releases
    {"huge_pages_status", 17},
    {"io_combine_limit", 17},
    {"max_notify_queue_pages", 17},
    {"multixact_member_buffers", 17},
    {"multixact_offset_buffers", 17},
    {"notify_buffers", 17},
    {"serializable_buffers", 17},
    {"subtransaction_buffers", 17},
    {"summarize_wal", 17},
    {"sync_replication_slots", 17},
    {"synchronized_standby_slots", 17},
    {"trace_connection_negotiation", 17},
    {"transaction_buffers", 17},
    {"transaction_timeout", 17},
    {"wal_summary_keep_time", 17},
    // PostgreSQL 18
    {"autovacuum_vacuum_max_threshold", 18},
    {"autovacuum_worker_slots", 18},
    {"enable_distinct_reordering", 18},
    {"enable_self_join_elimination", 18},
    {"extension_control_path", 18},
    {"file_copy_method", 18},
    {"idle_replication_slot_timeout", 18},
    {"io_max_combine_limit", 18},
    {"io_max_concurrency", 18},
    {"io_method", 18},
    {"io_workers", 18},
    {"log_lock_failures", 18},
    {"max_active_replication_origins", 18},
    {"md5_password_warnings", 18},
    {"num_os_semaphores", 18},
    {"oauth_validator_libraries", 18},
    {"ssl_groups", 18},
    {"ssl_tls13_ciphers", 18},
    {"track_cost_delay_timing", 18},
    {"vacuum_max_eager_freeze_failure_rate", 18},
    {"vacuum_truncate", 18},
};

}  // namespace

SettingKind classify_setting(std::string_view name, int* added_in) {
  std::string n = lower(name);
  if (pg15_settings().count(n) != 0) return SettingKind::Known;
  for (const Added& a : kAdded)
    if (n == a.name) {
      if (added_in != nullptr) *added_in = a.version;
      return SettingKind::Newer;
    }
  return n.find('.') != std::string::npos ? SettingKind::Placeholder : SettingKind::Unknown;
}

std::vector<std::string> newer_settings() {
  std::vector<std::string> out;
  for (const Added& a : kAdded) out.push_back(a.name);
  return out;
}

namespace {

class Settings : public Rule {
 public:
  void check(StatementContext& ctx) override {
    for (size_t i = 0; i < ctx.statement_count(); ++i) {
      PgQuery__Node__NodeCase type = ctx.statement_type(i);
      switch (type) {
        case PG_QUERY__NODE__NODE_VARIABLE_SET_STMT:
        case PG_QUERY__NODE__NODE_ALTER_DATABASE_SET_STMT:
        case PG_QUERY__NODE__NODE_ALTER_ROLE_SET_STMT:
        case PG_QUERY__NODE__NODE_ALTER_SYSTEM_STMT:
          setting(ctx, i);
          break;
        case PG_QUERY__NODE__NODE_SELECT_STMT:
          if (ctx.mentions(i, "set_config")) set_config(ctx, i);
          break;
        case PG_QUERY__NODE__NODE_CREATE_FUNCTION_STMT:
          if (ctx.mentions(i, "set")) function_settings(ctx, i);
          break;
        default:
          break;
      }
    }
  }

 private:
  static const PgQuery__VariableSetStmt* set_stmt(const PgQuery__Node* s) {
    switch (s->node_case) {
      case PG_QUERY__NODE__NODE_VARIABLE_SET_STMT: return s->variable_set_stmt;
      case PG_QUERY__NODE__NODE_ALTER_DATABASE_SET_STMT: return s->alter_database_set_stmt->setstmt;
      case PG_QUERY__NODE__NODE_ALTER_ROLE_SET_STMT: return s->alter_role_set_stmt->setstmt;
      case PG_QUERY__NODE__NODE_ALTER_SYSTEM_STMT: return s->alter_system_stmt->setstmt;
      default: return nullptr;
    }
  }

  // "PostgreSQL 17 added transaction_timeout; PostgreSQL 15 and 16 ... reject it: ..."
  static std::string added_text(const std::vector<std::pair<std::string, int>>& names) {
    std::string out;
    int lowest = 99;
    for (size_t k = 0; k < names.size(); ++k) {
      if (k > 0) out += k + 1 == names.size() ? " and " : ", ";
      bool same = k + 1 < names.size() && names[k + 1].second == names[k].second;
      out += names[k].first;
      if (!same) out += " (PostgreSQL " + std::to_string(names[k].second) + ")";
      lowest = std::min(lowest, names[k].second);
    }
    std::string them = names.size() == 1 ? "it" : "them";
    std::string added = names.size() == 1 ? "PostgreSQL " + std::to_string(names[0].second) + " added " + names[0].first
                                          : "newer parameters: " + out;
    if (lowest == 16)
      return added + "; PostgreSQL 15 (DB9 reports itself as 15 or 16) rejects " + them +
             ": unrecognized configuration parameter";
    return added + "; PostgreSQL 15 and 16 (DB9 reports itself as one) reject " + them +
           ": unrecognized configuration parameter";
  }

  void report_unknown(StatementContext& ctx, size_t at, const std::string& what, const std::string& name,
                      SettingKind kind) {
    if (kind == SettingKind::Placeholder)
      ctx.note(at, what + ": " + name + " is no PostgreSQL parameter but a custom or extension one; "
               "PostgreSQL takes it as a placeholder unless its extension is loaded and knows no such name; left unchanged",
               Severity::Note);
    else
      ctx.note(at, what + ": PostgreSQL 15 to 18 know no parameter " + name +
               " (a typo, one an older version had, or another product's?); left unchanged, and the server will reject it",
               Severity::Warning);
  }

  void setting(StatementContext& ctx, size_t i) {
    const PgQuery__VariableSetStmt* v = set_stmt(ctx.statement(i));
    if (v == nullptr || v->name == nullptr) return;
    switch (v->kind) {
      case PG_QUERY__VARIABLE_SET_KIND__VAR_SET_VALUE:
      case PG_QUERY__VARIABLE_SET_KIND__VAR_SET_DEFAULT:
      case PG_QUERY__VARIABLE_SET_KIND__VAR_SET_CURRENT:
      case PG_QUERY__VARIABLE_SET_KIND__VAR_RESET:
        break;
      default:
        return;  // SET TRANSACTION ..., RESET ALL
    }
    std::string name = lower(v->name);
    int version = 0;
    SettingKind kind = classify_setting(name, &version);
    size_t at = ctx.statement_begin(i);
    std::string what = statement_code(ctx, i);
    if (what.size() > 120) what = what.substr(0, 117) + "...";
    if (kind == SettingKind::Newer) {
      ctx.drop(i, at, what, Severity::Note, added_text({{name, version}}));
      return;
    }
    if (kind != SettingKind::Known) report_unknown(ctx, at, what, name, kind);
  }

  // SELECT pg_catalog.set_config('transaction_timeout', '0', false): dropped
  // when every target is such a call; otherwise reported.
  void set_config(StatementContext& ctx, size_t i) {
    const PgQuery__SelectStmt* sel = ctx.statement(i)->select_stmt;
    std::vector<std::pair<std::string, int>> newer;
    std::vector<std::pair<std::string, SettingKind>> unknown;
    walk(reinterpret_cast<const ProtobufCMessage*>(sel), [&](const PgQuery__Node* n) {
      if (n->node_case != PG_QUERY__NODE__NODE_FUNC_CALL) return;
      const PgQuery__FuncCall* f = n->func_call;
      std::vector<std::string> fname = node_strings(f->funcname, f->n_funcname);
      if (fname.empty() || fname.back() != "set_config" || (fname.size() == 2 && fname[0] != "pg_catalog") ||
          f->n_args < 1)
        return;
      const char* param = node_const_string(f->args[0]);
      if (param == nullptr) return;
      int v = 0;
      SettingKind kind = classify_setting(param, &v);
      if (kind == SettingKind::Newer) {
        newer.emplace_back(lower(param), v);
      } else if (kind != SettingKind::Known) {
        unknown.emplace_back(lower(param), kind);
      }
    });
    size_t at = ctx.statement_begin(i);
    std::string what = statement_code(ctx, i);
    if (what.size() > 120) what = what.substr(0, 117) + "...";
    for (const auto& [name, kind] : unknown) report_unknown(ctx, at, what, name, kind);
    if (newer.empty()) return;
    // Only calls of set_config in the target list, and nothing else: FROM,
    // WHERE and the like make it a query of its own.
    bool only = sel->n_target_list > 0 && sel->n_from_clause == 0 && sel->where_clause == nullptr &&
                sel->n_values_lists == 0 && sel->larg == nullptr;
    for (size_t k = 0; only && k < sel->n_target_list; ++k) {
      const PgQuery__Node* t = sel->target_list[k];
      const PgQuery__Node* val = t->node_case == PG_QUERY__NODE__NODE_RES_TARGET ? t->res_target->val : nullptr;
      std::vector<std::string> fname;
      if (val != nullptr && val->node_case == PG_QUERY__NODE__NODE_FUNC_CALL)
        fname = node_strings(val->func_call->funcname, val->func_call->n_funcname);
      const char* param = (val != nullptr && val->node_case == PG_QUERY__NODE__NODE_FUNC_CALL &&
                           val->func_call->n_args >= 1)
                              ? node_const_string(val->func_call->args[0])
                              : nullptr;
      only = !fname.empty() && fname.back() == "set_config" && param != nullptr &&
             classify_setting(param) == SettingKind::Newer;
    }
    if (only) {
      ctx.drop(i, at, what, Severity::Note, added_text(newer));
      return;
    }
    ctx.note(at, what + ": left unchanged, as the statement does more than set_config(); " + added_text(newer),
             Severity::Warning);
  }

  // CREATE FUNCTION ... SET transaction_timeout = ...: the function is
  // created with the setting, so PostgreSQL 15 refuses it; reported.
  void function_settings(StatementContext& ctx, size_t i) {
    const PgQuery__CreateFunctionStmt* f = ctx.statement(i)->create_function_stmt;
    for (size_t k = 0; k < f->n_options; ++k) {
      const PgQuery__Node* o = f->options[k];
      if (o->node_case != PG_QUERY__NODE__NODE_DEF_ELEM || o->def_elem->defname == nullptr ||
          std::string_view(o->def_elem->defname) != "set" || o->def_elem->arg == nullptr ||
          o->def_elem->arg->node_case != PG_QUERY__NODE__NODE_VARIABLE_SET_STMT)
        continue;
      const PgQuery__VariableSetStmt* v = o->def_elem->arg->variable_set_stmt;
      if (v->name == nullptr) continue;
      int version = 0;
      if (classify_setting(v->name, &version) != SettingKind::Newer) continue;
      ctx.note(ctx.statement_begin(i),
               routine_signature(ctx, i) + ": its SET " + lower(v->name) +
                   " clause is left unchanged (remove it by hand); " + added_text({{lower(v->name), version}}),
               Severity::Warning);
    }
  }
};

}  // namespace

std::vector<RuleInfo> settings_rules() {
  return {
      {"settings",
       "drop SET / RESET / set_config() / ALTER DATABASE|ROLE ... SET of parameters PostgreSQL 16-18 added "
       "(pg_dump 17+'s SET transaction_timeout); report unknown ones",
       Action::Drop,
       "pg_dump 17 and 18 begin every dump with SET transaction_timeout = 0, which PostgreSQL 15 and 16 (DB9 "
       "reports itself as one) refuse: unrecognized configuration parameter. A parameter PostgreSQL 15 does not "
       "have but 16, 17 or 18 added (a table in the code, from their documentation) is dropped wherever it is "
       "set: SET, SET LOCAL, RESET, a SELECT of set_config() calls, ALTER DATABASE / ROLE ... SET or RESET. A "
       "parameter no version knows (a typo) is a warning, and a custom one (foo.bar) a note; both are left "
       "unchanged. A function's SET clause naming a newer parameter is reported.",
       [] { return std::unique_ptr<Rule>(new Settings); }},
  };
}

}  // namespace db9
