// What a rule is, and what it may say about a statement or a meta-command.
//
// A rule looks at one item (a SQL statement, parsed; or a psql meta-command
// line) and reports Findings: "drop this statement", "rewrite these bytes",
// or "note this" (a warning that changes nothing). It never writes output
// itself: the engine (engine.cpp) applies the findings according to the
// rule's action (drop | comment | warn | error), checks that every rewritten
// statement still parses, and reports each change as a diagnostic.
//
// Edits are surgical: byte ranges of the item's text, found from node
// locations and pg_query_scan tokens, never from deparsed SQL.
#pragma once

#include <cstddef>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <pg_query.h>
#include <pg_query/pg_query.pb-c.h>

#include "ascii.hpp"  // find_ci, iequals: ASCII case folding
#include "diagnostics.hpp"
#include "splitter.hpp"
#include "statement.hpp"

namespace db9 {

class DumpModel;  // src/rules/model.hpp

// What happens when a rule finds something.
enum class Action {
  Drop,     // apply the rule's change: drop the statement, or rewrite it
  Comment,  // keep the statement as "-- " lines (a rewrite follows it, for rewriting rules)
  Warn,     // change nothing, warn
  Error,    // stop the run (exit 4) at this statement
};
const char* to_string(Action);
std::optional<Action> parse_action(std::string_view);  // drop|rewrite|comment|warn|error

// Settings rules read (from the command line).
struct RuleOptions {
  std::set<std::string> allow_extensions;   // --allow-extension, added to DB9's set
  std::set<std::string> deny_extensions;    // --deny-extension, removed from it
  std::map<std::string, std::string> map_schemas = {{"heroku_ext", "public"}};  // --map-schema FROM=TO
  bool keep_owners = false;                 // --keep-owners
  bool keep_privileges = false;             // --keep-privileges
  std::string target = "psql";              // --target psql|api
  std::string on_dependents = "rewrite";    // --on-dependents rewrite|drop|error
  bool extensions_removed = true;           // the extension rule is on and drops (or comments out) CREATE EXTENSION
};

struct Edit {
  size_t begin;  // item-relative byte range [begin, end)
  size_t end;
  std::string text;
};

struct Finding {
  enum class Kind { Drop, Rewrite, Note };
  Kind kind = Kind::Note;
  size_t at = 0;             // item-relative offset the diagnostic points at
  std::string what;          // the construct, e.g. "CREATE POLICY orders_tenant ON public.orders"
  std::string how;           // Rewrite: e.g. "SERIALIZABLE → REPEATABLE READ"
  std::string detail;        // more, appended after "; " (roles, expressions, ...)
  Severity severity = Severity::Note;  // of the diagnostic when the change is made
  size_t statement = 0;      // Drop: which statement of the item
  std::vector<Edit> edits;   // Rewrite
  bool with_copy_data = false;  // Drop of a COPY ... FROM stdin: its data goes too (the pipeline swallows it)
  std::string rule;          // filled in by the engine
  // Drop: statements already reviewed but still held back (src/hold.hpp)
  // whose subject is this table go too (a partition's CREATE TABLE, known
  // as one only at its ATTACH PARTITION).
  std::string retract;
  // With retract: nothing held about it is normal (no warning); set for a
  // view dropped on a second look, whose COMMENT or GRANT may be held.
  bool retract_if_held = false;
  // Counted as a change but not reported again: a repeat of one already
  // reported (every INSERT of an --inserts dump into the same partition).
  bool repeat = false;
  // Drop of a statement that creates something: why it is gone, in a few
  // words, for what depends on it ("LANGUAGE c"); the detail when empty.
  std::string because;
};

// What a statement is only about, for the output hold (src/hold.hpp): a
// rule that may later retract statements it has let through names their
// subject here; `begins` starts holding (a CREATE TABLE that may turn out to
// be a partition). Unused unless a rule sets it.
// `refs`: tables the statement reads that may still turn out to be
// partitions (a view over one, written before its ATTACH PARTITION): when
// one is retracted, the held statement is reviewed again by the rule.
struct HoldTag {
  std::string subject;  // a table key, as the rule spells it ("" : none)
  bool begins = false;
  std::vector<std::string> refs;
};

// The lexical tokens of a text, from pg_query_scan, on first use.
class Tokens {
 public:
  explicit Tokens(std::string_view text) : text_(text) {}
  ~Tokens();
  Tokens(const Tokens&) = delete;
  Tokens& operator=(const Tokens&) = delete;
  size_t size() const;
  const PgQuery__ScanToken& operator[](size_t i) const;
  std::string_view text(size_t i) const;  // the token's bytes
  // First token starting at or after `offset`.
  size_t first_at_or_after(size_t offset) const;

 private:
  void load() const;
  std::string_view text_;
  mutable std::string z_;
  mutable PgQuery__ScanResult* result_ = nullptr;
  mutable bool loaded_ = false;
};

// One parsed SQL item, as the rules see it.
class StatementContext {
 public:
  StatementContext(const Item& item, std::string_view parse_text, const ParsedStatement& parsed,
                   const RuleOptions& options);
  const Item& item() const { return item_; }
  // The item's text as the parser saw it (psql's edits applied; same offsets).
  std::string_view text() const { return parse_text_; }
  const RuleOptions& options() const { return options_; }
  size_t statement_count() const { return parsed_.statement_count(); }
  // Cheap: read without unpacking the tree. Look at the type first and
  // unpack (statement(i)) only the statements the rule is about.
  PgQuery__Node__NodeCase statement_type(size_t i) const { return parsed_.statement_type(i); }
  const PgQuery__Node* statement(size_t i) const { return parsed_.statement(i); }
  // Whether statement i's text contains `word` (ASCII, any case): a cheap
  // filter before unpacking, e.g. "owner" before looking at an ALTER TABLE.
  bool mentions(size_t i, std::string_view word) const;
  // Byte range of statement i in the item (without leading trivia for the
  // first; up to and including its ';' when it has one).
  size_t statement_begin(size_t i) const;
  size_t statement_end(size_t i) const;
  // The input line statement i begins on.
  uint64_t statement_line(size_t i) const;
  const Tokens& tokens() const { return tokens_; }
  // What the dump defines and what rules removed (src/rules/model.hpp).
  DumpModel& model() const { return *model_; }
  void set_model(DumpModel* m) { model_ = m; }

  void drop(size_t statement, size_t at, std::string what, Severity severity, std::string detail = "");
  void rewrite(size_t at, std::string what, std::string how, std::vector<Edit> edits, Severity severity,
               std::string detail = "");
  void note(size_t at, std::string message, Severity severity = Severity::Warning);

  std::vector<Finding>& findings() { return findings_; }
  HoldTag& hold_tag() { return hold_tag_; }

 private:
  const Item& item_;
  std::string_view parse_text_;
  const ParsedStatement& parsed_;
  const RuleOptions& options_;
  Tokens tokens_;
  DumpModel* model_ = nullptr;
  std::vector<Finding> findings_;
  HoldTag hold_tag_;
};

// One psql meta-command line.
class MetaContext {
 public:
  MetaContext(const Item& item, const RuleOptions& options) : item_(item), options_(options) {}
  const Item& item() const { return item_; }
  // The command word without the backslash ("connect", "restrict", "!" ...).
  std::string_view command() const;
  // The whole line from the backslash, without its line end.
  std::string_view line() const;
  const RuleOptions& options() const { return options_; }
  void drop(std::string what, Severity severity, std::string detail = "");
  std::vector<Finding>& findings() { return findings_; }

 private:
  const Item& item_;
  const RuleOptions& options_;
  std::vector<Finding> findings_;
};

class Rule {
 public:
  virtual ~Rule() = default;
  virtual void check(StatementContext&) {}
  virtual void check(MetaContext&) {}
};

struct RuleInfo {
  std::string id;
  std::string summary;      // one line, for --help
  Action default_action;
  std::string description;  // a paragraph, for the report and SARIF help
  std::unique_ptr<Rule> (*make)();
};

// Text helpers for rules.
// quote_ident (statement.hpp): "My Table", "user", orders
std::string qualified_name(const PgQuery__RangeVar* r);   // schema.name, quoted where needed
std::string name_list(PgQuery__Node** names, size_t n);    // a.b.c from a list of String nodes
std::string lower(std::string_view s);
// The bare words of text[begin, end) (keywords and unquoted identifiers),
// quotes and comments stepped over: a cheap scanner for messages and
// filters; rules that edit use Tokens (pg_query_scan).
struct Word {
  size_t begin;
  size_t end;
  bool after_dot;  // qualifies something: schema.owner
};
std::vector<Word> words(std::string_view text, size_t begin, size_t end);
// The statement's source text up to the first token `word` (any case; not
// after a '.', and followed by the token `next` when one is given), on one
// line, at most 200 bytes: for messages ("ALTER FUNCTION public.f(integer)"
// before OWNER TO). An empty `word` gives the whole statement.
std::string text_before(const StatementContext& ctx, size_t i, std::string_view word, std::string_view next = "");
// The byte ranges of the subcommands of ALTER TABLE statement i, in order
// (empty when the text cannot be taken apart).
std::vector<std::pair<size_t, size_t>> alter_table_command_spans(const StatementContext& ctx, size_t i);
// Edits removing the marked subcommands (and the commas between) from spans.
std::vector<Edit> remove_commands(const std::vector<std::pair<size_t, size_t>>& spans, const std::vector<bool>& remove);

// Tokens: comments (pg_query_scan reports them), the first code token at
// or after k, a token's true end (U&'...' tokens carry their decoded length),
// and the code of [begin, end) on one line without comments, for messages.
bool is_comment(const PgQuery__ScanToken& t);
size_t code_token(const Tokens& t, size_t k);
size_t token_end(std::string_view text, const Tokens& t, size_t k);
std::string code_text(const StatementContext& ctx, size_t begin, size_t end);
// The name a token stands for: a plain identifier or a keyword used as a
// name (lower-cased), or a quoted identifier (unquoted); nullopt otherwise.
std::optional<std::string> token_identifier(const PgQuery__ScanToken& t, std::string_view text);
// CREATE [OR REPLACE] [TRUSTED] [PROCEDURAL] LANGUAGE name without HANDLER
// parses as CREATE EXTENSION name: only the words tell them apart.
bool is_create_language(const StatementContext& ctx, size_t i);
// Statement i without its ';', on one line, without comments (messages).
std::string statement_code(const StatementContext& ctx, size_t i);
// "public.f(a integer)": a routine's name and parameters, after FUNCTION or
// PROCEDURE, as written (one line, at most 200 bytes); "?" if not found.
std::string routine_signature(const StatementContext& ctx, size_t i);
// A DefElem option's string value (a String, or a one-item list of one), by
// name: LANGUAGE, AS, ... of CREATE FUNCTION and DO.
const char* def_string(PgQuery__Node** options, size_t n, const char* name);
// Whether psql would take more than plain words from a meta-command's
// arguments (`backquotes`, or an unquoted backslash starting another command).
bool meta_runs_more(std::string_view args);

// Every message under root (Nodes, and the messages fields hold directly,
// such as a ColumnDef's TypeName), depth first, without recursion
// (expressions can nest deeply). Walks protobuf-c's field descriptors, so
// every node type is covered; for a oneof (Node itself), only the member
// that is set.
template <class F>
void walk_messages(const ProtobufCMessage* root, F&& visit) {
  std::vector<const ProtobufCMessage*> stack;
  if (root != nullptr) stack.push_back(root);
  while (!stack.empty()) {
    const ProtobufCMessage* m = stack.back();
    stack.pop_back();
    visit(m);
    const ProtobufCMessageDescriptor* d = m->descriptor;
    const char* base = reinterpret_cast<const char*>(m);
    for (unsigned f = d->n_fields; f-- > 0;) {
      const ProtobufCFieldDescriptor& fd = d->fields[f];
      if (fd.type != PROTOBUF_C_TYPE_MESSAGE) continue;
      if (fd.label == PROTOBUF_C_LABEL_REPEATED) {
        size_t n = *reinterpret_cast<const size_t*>(base + fd.quantifier_offset);
        ProtobufCMessage* const* items = *reinterpret_cast<ProtobufCMessage* const* const*>(base + fd.offset);
        for (size_t k = n; k-- > 0;)
          if (items[k] != nullptr) stack.push_back(items[k]);
        continue;
      }
      if ((fd.flags & PROTOBUF_C_FIELD_FLAG_ONEOF) != 0 &&
          *reinterpret_cast<const uint32_t*>(base + fd.quantifier_offset) != fd.id)
        continue;
      const ProtobufCMessage* sub = *reinterpret_cast<const ProtobufCMessage* const*>(base + fd.offset);
      if (sub != nullptr) stack.push_back(sub);
    }
  }
}

template <class F>
void walk_messages(const PgQuery__Node* n, F&& visit) {
  if (n != nullptr) walk_messages(&n->base, visit);
}

// Every Node under a message, depth first.
template <class F>
void walk(const ProtobufCMessage* root, F&& visit) {
  walk_messages(root, [&](const ProtobufCMessage* m) {
    if (m->descriptor == &pg_query__node__descriptor) visit(reinterpret_cast<const PgQuery__Node*>(m));
  });
}

// The message as a T when it is one (descriptor d), else nullptr.
template <class T>
const T* message_as(const ProtobufCMessage* m, const ProtobufCMessageDescriptor& d) {
  return m->descriptor == &d ? reinterpret_cast<const T*>(m) : nullptr;
}
// A String node's value, else nullptr.
const char* node_string(const PgQuery__Node* n);
// The values of a list of String nodes ("public", "widget"); empty when an
// element is not a String.
std::vector<std::string> node_strings(PgQuery__Node* const* nodes, size_t n);
// A string constant's value ('x'), else nullptr.
const char* node_const_string(const PgQuery__Node* n);
// The DefElem called `name` among options, if any.
const PgQuery__DefElem* node_option(PgQuery__Node* const* options, size_t n, std::string_view name);

template <class F>
void walk(const PgQuery__Node* n, F&& visit) {
  walk(reinterpret_cast<const ProtobufCMessage*>(n), visit);
}

}  // namespace db9
