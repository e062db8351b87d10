// Rules about who may see and do what: row-level security (rls), object
// owners (owner), privileges (privileges) and the roles themselves (roles,
// from pg_dumpall). DB9 has no row-level security, and its users are
// tenant.role, so the source's roles, owners and grants do not apply there.
#include <cctype>
#include <set>
#include <string>

#include "rules/registry.hpp"

namespace db9 {

namespace {

bool is_rls_command(const PgQuery__Node* n) {
  if (n->node_case != PG_QUERY__NODE__NODE_ALTER_TABLE_CMD) return false;
  switch (n->alter_table_cmd->subtype) {
    case PG_QUERY__ALTER_TABLE_TYPE__AT_EnableRowSecurity:
    case PG_QUERY__ALTER_TABLE_TYPE__AT_DisableRowSecurity:
    case PG_QUERY__ALTER_TABLE_TYPE__AT_ForceRowSecurity:
    case PG_QUERY__ALTER_TABLE_TYPE__AT_NoForceRowSecurity:
      return true;
    default:
      return false;
  }
}

const char* rls_command_text(const PgQuery__AlterTableCmd* c) {
  switch (c->subtype) {
    case PG_QUERY__ALTER_TABLE_TYPE__AT_EnableRowSecurity: return "ENABLE ROW LEVEL SECURITY";
    case PG_QUERY__ALTER_TABLE_TYPE__AT_DisableRowSecurity: return "DISABLE ROW LEVEL SECURITY";
    case PG_QUERY__ALTER_TABLE_TYPE__AT_ForceRowSecurity: return "FORCE ROW LEVEL SECURITY";
    default: return "NO FORCE ROW LEVEL SECURITY";
  }
}

std::string role_list(PgQuery__Node** roles, size_t n) {
  if (n == 0) return "PUBLIC";
  std::string out;
  for (size_t i = 0; i < n; ++i) {
    if (i > 0) out += ", ";
    if (roles[i]->node_case != PG_QUERY__NODE__NODE_ROLE_SPEC) {
      out += "?";
      continue;
    }
    const PgQuery__RoleSpec* r = roles[i]->role_spec;
    switch (r->roletype) {
      case PG_QUERY__ROLE_SPEC_TYPE__ROLESPEC_CSTRING: out += r->rolename ? quote_ident(r->rolename) : "?"; break;
      case PG_QUERY__ROLE_SPEC_TYPE__ROLESPEC_CURRENT_ROLE: out += "CURRENT_ROLE"; break;
      case PG_QUERY__ROLE_SPEC_TYPE__ROLESPEC_CURRENT_USER: out += "CURRENT_USER"; break;
      case PG_QUERY__ROLE_SPEC_TYPE__ROLESPEC_SESSION_USER: out += "SESSION_USER"; break;
      default: out += "PUBLIC"; break;
    }
  }
  return out;
}

// One role, as role_list writes it.
std::string role_name(const PgQuery__RoleSpec* r) {
  if (r == nullptr) return "?";
  PgQuery__Node n = PG_QUERY__NODE__INIT;
  n.node_case = PG_QUERY__NODE__NODE_ROLE_SPEC;
  n.role_spec = const_cast<PgQuery__RoleSpec*>(r);
  PgQuery__Node* list[] = {&n};
  return role_list(list, 1);
}

// The source text of the parenthesised expression after USING or WITH CHECK
// in a policy statement, exactly as written.
std::string clause_text(const StatementContext& ctx, size_t begin, size_t end, bool with_check) {
  const Tokens& t = ctx.tokens();
  for (size_t k = t.first_at_or_after(begin); k < t.size() && static_cast<size_t>(t[k].start) < end; ++k) {
    bool hit = with_check ? (t[k].token == PG_QUERY__TOKEN__CHECK && k > 0 && lower(t.text(k - 1)) == "with")
                          : lower(t.text(k)) == "using";
    if (!hit || k + 1 >= t.size() || t[k + 1].token != PG_QUERY__TOKEN__ASCII_40) continue;
    int depth = 0;
    for (size_t j = k + 1; j < t.size(); ++j) {
      if (t[j].token == PG_QUERY__TOKEN__ASCII_40) ++depth;
      if (t[j].token == PG_QUERY__TOKEN__ASCII_41 && --depth == 0)
        return std::string(ctx.text().substr(static_cast<size_t>(t[k + 1].start),
                                             static_cast<size_t>(t[j].end - t[k + 1].start)));
    }
  }
  return "";
}

class RowLevelSecurity : public Rule {
 public:
  void check(StatementContext& ctx) override {
    for (size_t i = 0; i < ctx.statement_count(); ++i) {
      switch (ctx.statement_type(i)) {
        case PG_QUERY__NODE__NODE_CREATE_POLICY_STMT:
        case PG_QUERY__NODE__NODE_ALTER_POLICY_STMT:
          break;
        case PG_QUERY__NODE__NODE_COMMENT_STMT:
          if (!ctx.mentions(i, "policy")) continue;
          break;
        case PG_QUERY__NODE__NODE_ALTER_TABLE_STMT:
          if (ctx.mentions(i, "security")) alter_table(ctx, i);
          continue;
        default:
          continue;
      }
      const PgQuery__Node* s = ctx.statement(i);
      size_t at = ctx.statement_begin(i);
      switch (s->node_case) {
        case PG_QUERY__NODE__NODE_CREATE_POLICY_STMT: {
          const PgQuery__CreatePolicyStmt* p = s->create_policy_stmt;
          std::string table = qualified_name(p->table);
          ctx.drop(i, at, "CREATE POLICY " + quote_ident(p->policy_name) + " ON " + table, Severity::Warning,
                   policy_detail(ctx, i, p->cmd_name, p->permissive, p->roles, p->n_roles, p->qual != nullptr,
                                 p->with_check != nullptr, table));
          break;
        }
        case PG_QUERY__NODE__NODE_ALTER_POLICY_STMT: {
          const PgQuery__AlterPolicyStmt* p = s->alter_policy_stmt;
          std::string table = qualified_name(p->table);
          ctx.drop(i, at, "ALTER POLICY " + quote_ident(p->policy_name) + " ON " + table, Severity::Warning,
                   policy_detail(ctx, i, nullptr, true, p->roles, p->n_roles, p->qual != nullptr,
                                 p->with_check != nullptr, table));
          break;
        }
        case PG_QUERY__NODE__NODE_COMMENT_STMT:
          if (s->comment_stmt->objtype == PG_QUERY__OBJECT_TYPE__OBJECT_POLICY)
            ctx.drop(i, at, text_before(ctx, i, "is"), Severity::Note);
          break;
        default:
          break;
      }
    }
  }

 private:
  static std::string policy_detail(const StatementContext& ctx, size_t i, const char* cmd, bool permissive,
                                   PgQuery__Node** roles, size_t n_roles, bool has_using, bool has_check,
                                   const std::string& table) {
    std::string d = "access control on " + table + " moves to the application: ";
    if (cmd != nullptr) {  // CREATE POLICY; ALTER POLICY changes only what it names
      d += permissive ? "permissive" : "restrictive";
      d += std::string(" for ") + (cmd[0] == '\0' || std::string(cmd) == "*" ? "ALL" : upper(cmd)) + ", ";
    }
    if (n_roles > 0 || cmd != nullptr) d += "to " + role_list(roles, n_roles);
    size_t b = ctx.statement_begin(i), e = ctx.statement_end(i);
    if (has_using) d += ", USING " + clause_text(ctx, b, e, false);
    if (has_check) d += ", WITH CHECK " + clause_text(ctx, b, e, true);
    return d;
  }
  static std::string upper(std::string s) {
    for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return s;
  }

  static void alter_table(StatementContext& ctx, size_t i) {
    const PgQuery__AlterTableStmt* a = ctx.statement(i)->alter_table_stmt;
    size_t rls = 0;
    for (size_t c = 0; c < a->n_cmds; ++c) rls += is_rls_command(a->cmds[c]);
    if (rls == 0) return;
    std::string table = qualified_name(a->relation);
    size_t at = ctx.statement_begin(i);
    if (rls == a->n_cmds) {
      std::string what = "ALTER TABLE " + table + " " + rls_command_text(a->cmds[0]->alter_table_cmd);
      ctx.drop(i, at, what, Severity::Warning, "DB9 has no row-level security");
      return;
    }
    // Only the row-security subcommands go; the others stay as written.
    std::vector<std::pair<size_t, size_t>> spans = alter_table_command_spans(ctx, i);
    if (spans.size() != a->n_cmds) {
      ctx.note(at, "ALTER TABLE " + table + " mixes row-level security with other changes in a form this rule "
                   "cannot take apart; left unchanged");
      return;
    }
    std::vector<bool> remove(a->n_cmds, false);
    std::string removed;
    for (size_t c = 0; c < a->n_cmds; ++c) {
      if (!is_rls_command(a->cmds[c])) continue;
      remove[c] = true;
      removed += std::string(removed.empty() ? "" : ", ") + rls_command_text(a->cmds[c]->alter_table_cmd);
    }
    ctx.rewrite(at, "ALTER TABLE " + table, "removed " + removed, remove_commands(spans, remove), Severity::Warning,
                "DB9 has no row-level security");
  }
};

class Owner : public Rule {
 public:
  void check(StatementContext& ctx) override {
    if (ctx.options().keep_owners) return;
    for (size_t i = 0; i < ctx.statement_count(); ++i) {
      PgQuery__Node__NodeCase type = ctx.statement_type(i);
      if (type != PG_QUERY__NODE__NODE_ALTER_OWNER_STMT &&
          !(type == PG_QUERY__NODE__NODE_ALTER_TABLE_STMT && ctx.mentions(i, "owner")))
        continue;
      const PgQuery__Node* s = ctx.statement(i);
      if (s->node_case == PG_QUERY__NODE__NODE_ALTER_OWNER_STMT) {
        ctx.drop(i, ctx.statement_begin(i), text_before(ctx, i, "owner", "to") + " OWNER TO " + role(s->alter_owner_stmt->newowner),
                 Severity::Note);
      } else if (s->node_case == PG_QUERY__NODE__NODE_ALTER_TABLE_STMT) {
        const PgQuery__AlterTableStmt* a = s->alter_table_stmt;
        std::vector<bool> owner(a->n_cmds, false);
        size_t n_owner = 0;
        const PgQuery__RoleSpec* to = nullptr;
        for (size_t c = 0; c < a->n_cmds; ++c) {
          if (a->cmds[c]->node_case == PG_QUERY__NODE__NODE_ALTER_TABLE_CMD &&
              a->cmds[c]->alter_table_cmd->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_ChangeOwner) {
            owner[c] = true;
            ++n_owner;
            to = a->cmds[c]->alter_table_cmd->newowner;
          }
        }
        if (n_owner == 0) continue;
        if (n_owner == a->n_cmds) {
          ctx.drop(i, ctx.statement_begin(i), text_before(ctx, i, "owner", "to") + " OWNER TO " + role(to),
                   Severity::Note);
          continue;
        }
        std::vector<std::pair<size_t, size_t>> spans = alter_table_command_spans(ctx, i);
        if (spans.size() == a->n_cmds)
          ctx.rewrite(ctx.statement_begin(i), "ALTER TABLE " + qualified_name(a->relation),
                      "removed OWNER TO " + role(to), remove_commands(spans, owner), Severity::Note);
      }
    }
  }

 private:
  static std::string role(const PgQuery__RoleSpec* r) { return role_name(r); }
};

class Privileges : public Rule {
 public:
  void check(StatementContext& ctx) override {
    if (ctx.options().keep_privileges) return;
    for (size_t i = 0; i < ctx.statement_count(); ++i) {
      PgQuery__Node__NodeCase type = ctx.statement_type(i);
      if (type != PG_QUERY__NODE__NODE_GRANT_STMT && type != PG_QUERY__NODE__NODE_GRANT_ROLE_STMT &&
          type != PG_QUERY__NODE__NODE_ALTER_DEFAULT_PRIVILEGES_STMT)
        continue;
      const PgQuery__Node* s = ctx.statement(i);
      size_t at = ctx.statement_begin(i);
      switch (s->node_case) {
        case PG_QUERY__NODE__NODE_GRANT_STMT: {
          const PgQuery__GrantStmt* g = s->grant_stmt;
          ctx.drop(i, at, std::string(g->is_grant ? "GRANT" : "REVOKE") + " on " + objects(ctx, i), Severity::Note,
                   std::string(g->is_grant ? "to " : "from ") + role_list(g->grantees, g->n_grantees));
          break;
        }
        case PG_QUERY__NODE__NODE_GRANT_ROLE_STMT:
          ctx.drop(i, at, text_before(ctx, i, ""), Severity::Note);
          break;
        case PG_QUERY__NODE__NODE_ALTER_DEFAULT_PRIVILEGES_STMT:
          ctx.drop(i, at, text_before(ctx, i, ""), Severity::Note);
          break;
        default:
          break;
      }
    }
  }

 private:
  // The text between ON and TO/FROM, as written ("TABLE public.orders").
  static std::string objects(const StatementContext& ctx, size_t i) {
    std::vector<Word> w = words(ctx.text(), ctx.statement_begin(i), ctx.statement_end(i));
    size_t from = 0, to = 0;
    for (const Word& x : w) {
      std::string word = lower(ctx.text().substr(x.begin, x.end - x.begin));
      if (from == 0 && word == "on") from = x.end;
      else if (from != 0 && (word == "to" || word == "from")) {
        to = x.begin;
        break;
      }
    }
    if (from == 0 || to <= from) return "?";
    std::string_view v = ctx.text().substr(from, to - from);
    while (!v.empty() && std::isspace(static_cast<unsigned char>(v.front()))) v.remove_prefix(1);
    while (!v.empty() && std::isspace(static_cast<unsigned char>(v.back()))) v.remove_suffix(1);
    return std::string(v);
  }
};

// CREATE / ALTER / DROP ROLE, as pg_dumpall writes them for every role of
// the source cluster (with its password hash).
class Roles : public Rule {
 public:
  void check(StatementContext& ctx) override {
    for (size_t i = 0; i < ctx.statement_count(); ++i) {
      PgQuery__Node__NodeCase type = ctx.statement_type(i);
      if (type != PG_QUERY__NODE__NODE_CREATE_ROLE_STMT && type != PG_QUERY__NODE__NODE_ALTER_ROLE_STMT &&
          type != PG_QUERY__NODE__NODE_DROP_ROLE_STMT && type != PG_QUERY__NODE__NODE_ALTER_ROLE_SET_STMT)
        continue;
      const PgQuery__Node* s = ctx.statement(i);
      if (s->node_case == PG_QUERY__NODE__NODE_ALTER_ROLE_SET_STMT) {
        // A setting of one of the source's roles (pg_dump --create writes
        // them as DATABASE PROPERTIES), or of every role: that role is not
        // on DB9. The importing user's own (CURRENT_USER) stays.
        // --keep-owners says the source's roles exist on DB9: their settings stay.
        const PgQuery__RoleSpec* r = s->alter_role_set_stmt->role;
        if (ctx.options().keep_owners || (r != nullptr && r->roletype != PG_QUERY__ROLE_SPEC_TYPE__ROLESPEC_CSTRING)) continue;
        ctx.drop(i, ctx.statement_begin(i), statement_code(ctx, i), Severity::Warning,
                 r == nullptr ? "a setting of every role of the source cluster, which DB9 does not take from a dump; "
                                "set it on your DB9 role if the application needs it"
                              : "DB9 users are tenant.role, so the source's role " + role_name(r) +
                                    " is not there; set it on your DB9 role if the application needs it");
        continue;
      }
      std::string name, password;
      const char* what = "ALTER ROLE";
      switch (s->node_case) {
        case PG_QUERY__NODE__NODE_CREATE_ROLE_STMT:
          name = quote_ident(s->create_role_stmt->role);
          what = s->create_role_stmt->stmt_type == PG_QUERY__ROLE_STMT_TYPE__ROLESTMT_USER    ? "CREATE USER"
                 : s->create_role_stmt->stmt_type == PG_QUERY__ROLE_STMT_TYPE__ROLESTMT_GROUP ? "CREATE GROUP"
                                                                                             : "CREATE ROLE";
          if (node_option(s->create_role_stmt->options, s->create_role_stmt->n_options, "password"))
            password = "; its password goes with it";
          break;
        case PG_QUERY__NODE__NODE_ALTER_ROLE_STMT:
          name = role_name(s->alter_role_stmt->role);
          what = "ALTER ROLE";
          if (node_option(s->alter_role_stmt->options, s->alter_role_stmt->n_options, "password"))
            password = "; its password goes with it";
          break;
        default:
          name = role_list(s->drop_role_stmt->roles, s->drop_role_stmt->n_roles);
          what = "DROP ROLE";
          break;
      }
      ctx.drop(i, ctx.statement_begin(i), std::string(what) + " " + name, Severity::Note,
               "DB9 users are tenant.role, made in DB9, not by the dump" + password);
    }
  }

 private:
};

}  // namespace

std::vector<RuleInfo> security_rules() {
  return {
      {"rls", "drop row-level security: CREATE/ALTER POLICY, COMMENT ON POLICY, [NO] FORCE/ENABLE/DISABLE ROW LEVEL SECURITY",
       Action::Drop,
       "DB9 has no row-level security. Policies and the ALTER TABLE subcommands that switch it on are dropped "
       "(only those subcommands when an ALTER TABLE carries others). Each dropped policy is reported with its "
       "table, roles and USING / WITH CHECK expressions: that access control must move to the application.",
       [] { return std::unique_ptr<Rule>(new RowLevelSecurity); }},
      {"owner", "drop ALTER ... OWNER TO (the source's roles do not exist on DB9; --keep-owners keeps them)",
       Action::Drop,
       "DB9 users are tenant.role, so the roles that owned objects in the source do not exist there and "
       "ALTER ... OWNER TO fails. The objects end up owned by the importing user.",
       [] { return std::unique_ptr<Rule>(new Owner); }},
      {"privileges", "drop GRANT, REVOKE and ALTER DEFAULT PRIVILEGES (--keep-privileges keeps them)", Action::Drop,
       "The grantees are the source's roles, which do not exist on DB9. Grant what the application needs "
       "after the import, to the DB9 roles.",
       [] { return std::unique_ptr<Rule>(new Privileges); }},
      {"roles", "drop CREATE / ALTER / DROP ROLE (pg_dumpall's roles of the source cluster, passwords included)",
       Action::Drop,
       "DB9 users are tenant.role, made in DB9: the source cluster's roles that pg_dumpall writes (CREATE ROLE, "
       "ALTER ROLE ... WITH ... PASSWORD, DROP ROLE) do not apply there, and a role that "
       "exists already stops psql with ON_ERROR_STOP. Each is reported; the password hashes are not carried "
       "over. Role memberships (GRANT role TO role) are the privileges rule's. Settings of a source role "
       "(ALTER ROLE r [IN DATABASE d] SET, which pg_dump --create writes as database properties) and of ALL "
       "roles are dropped too, with the setting reported (with --keep-owners they stay, rewritten by the "
       "database and serializable rules); the importing user's own (ALTER ROLE CURRENT_USER SET) stay.",
       [] { return std::unique_ptr<Rule>(new Roles); }},
  };
}

}  // namespace db9
