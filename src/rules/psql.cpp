// Rules about what a dump may make psql or the server do beyond SQL
// (meta-command, restrict-key, copy-program). A dump is data: it must never
// run a shell command, read or write a file, or steer psql itself. pg_dump
// writes only \restrict / \unrestrict (15.14+) and \connect (with
// --create, the database rule's), and COPY ... FROM stdin for data; anything
// else that would reach psql or the server's file system stops the run by
// default.
#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>

#include "rules/registry.hpp"

namespace db9 {

namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

// The meta-command line for messages.
std::string shown(std::string_view line) {
  std::string out(trim(line));
  if (out.size() > 200) out = out.substr(0, 197) + "...";
  return out;
}

// The line's arguments: what follows the command word.
std::string_view arguments(const MetaContext& m) {
  std::string_view line = m.line();
  size_t n = 1 + m.command().size();
  return n <= line.size() ? line.substr(n) : std::string_view();
}

// "\restrict KEY" / "\unrestrict KEY" exactly as pg_dump writes them: one
// alphanumeric key and nothing else on the line.
bool is_restrict_line(const MetaContext& m) {
  std::string_view cmd = m.command();
  if (cmd != "restrict" && cmd != "unrestrict") return false;
  std::string_view args = arguments(m);
  if (args.empty() || (args.front() != ' ' && args.front() != '\t')) return false;
  args = trim(args);
  if (args.empty()) return false;
  return std::all_of(args.begin(), args.end(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; });
}

constexpr const char* kGeneric = "psql would run this meta-command";

// What psql would do with a meta-command, for the message.
std::string consequence(std::string_view cmd, std::string_view args) {
  std::string a = lower(trim(args));
  bool pipe = !a.empty() && a.front() == '|';
  if (cmd == "!") return "psql would run this shell command on the machine that runs the import";
  if (cmd == "o" || cmd == "out" || cmd == "g" || cmd == "gx" || cmd == "w" || cmd == "write") {
    if (pipe) return "psql would send output to this shell command";
    if (!a.empty()) return "psql would write output to this file";
    return cmd == "o" || cmd == "out" ? "psql would redirect its query output" : "psql would send the query buffer";
  }
  if (cmd == "copy") {
    if (a.find(" program ") != std::string::npos) return "psql would run a shell command for this client-side COPY";
    if (a.find(" stdin") != std::string::npos || a.find(" pstdin") != std::string::npos)
      return "psql would read the rows that follow for this client-side COPY; a dump loads data with COPY ... FROM "
             "stdin";
    return "psql would read or write a file on the machine that runs the import";
  }
  if (cmd == "i" || cmd == "include" || cmd == "ir" || cmd == "include_relative")
    return "psql would read and run another script file";
  if (cmd == "gexec") return "psql would run every value of the last query's result as a statement";
  if (cmd == "gset") return "psql would set variables from the last query's result";
  if (cmd == "setenv") return "psql would change an environment variable";
  if (cmd == "set" || cmd == "unset") return "psql would change a psql variable (ON_ERROR_STOP, AUTOCOMMIT, ...)";
  if (cmd == "cd") return "psql would change its working directory";
  if (cmd == "lo_import" || cmd == "lo_export") return "psql would read or write a file on the machine that runs the import";
  if (cmd == "e" || cmd == "edit" || cmd == "ef" || cmd == "ev") return "psql would start an editor";
  if (cmd == "if" || cmd == "elif" || cmd == "else" || cmd == "endif")
    return "psql would run or skip what follows by a condition";
  if (cmd == "prompt") return "psql would wait for input";
  if (cmd == "password") return "psql would change a password";
  if (cmd == "q" || cmd == "quit") return "psql would stop reading the dump here";
  if (cmd == "encoding") return "psql would change its client encoding; a dump sets client_encoding with SET";
  if (cmd == "echo" || cmd == "qecho" || cmd == "warn") return "psql would print this text";
  // psql reads an unknown "\xyz" as "\x yz" ("\!ls" runs ls); a known
  // command is never taken apart.
  static const char* const known[] = {"a", "bind", "c", "connect", "C", "cd", "conninfo", "copyright", "crosstabview",
                                       "d", "da", "db", "dc", "dd", "df", "dn", "do", "dp", "dt", "du", "dv", "errverbose",
                                       "f", "getenv", "H", "h", "help", "l", "list", "pset", "r", "reset", "s", "sf", "sv",
                                       "t", "T", "timing", "x", "z", "restrict", "unrestrict"};
  for (const char* k : known)
    if (cmd == k) return kGeneric;
  if (cmd.size() > 1) {
    std::string rest = std::string(cmd.substr(1)) + std::string(args);
    std::string one = consequence(cmd.substr(0, 1), rest);
    if (one != kGeneric) return one;
  }
  return kGeneric;
}

class MetaCommand : public Rule {
 public:
  void check(MetaContext& m) override {
    std::string_view cmd = m.command();
    std::string_view args = arguments(m);
    if (cmd == "restrict" || cmd == "unrestrict") {
      if (is_restrict_line(m)) return;  // passes; with --target api the restrict-key rule drops it
    } else if (cmd == "connect" || cmd == "c") {
      if (!meta_runs_more(args)) return;  // the database rule's
    } else if (cmd == "encoding" && lower(trim(args)) == "sql_ascii") {
      return;  // pg_dump's, before a \connect: the database rule's
    }
    bool allowed = cmd == "restrict" || cmd == "unrestrict" || cmd == "connect" || cmd == "c" || cmd == "encoding";
    std::string detail;
    if (allowed && meta_runs_more(args))
      detail = "psql would take more than plain words from this line: a backslash starts another meta-command and "
               "backquotes run a shell command";
    else if (cmd == "restrict" || cmd == "unrestrict")
      detail = "this is not the \\" + std::string(cmd) + " KEY line pg_dump writes";
    else
      detail = consequence(cmd, args);
    detail += "; a dump needs only \\restrict, \\unrestrict and \\connect";
    m.drop(shown(m.line()), Severity::Warning, detail);
  }
};

class RestrictKey : public Rule {
 public:
  void check(MetaContext& m) override {
    if (m.options().target != "api" || !is_restrict_line(m)) return;
    m.drop(shown(m.line()), Severity::Note,
           "the HTTP import (--target api) runs no psql, and this psql meta-command is not SQL");
  }
};

class CopyProgram : public Rule {
 public:
  void check(StatementContext& ctx) override {
    for (size_t i = 0; i < ctx.statement_count(); ++i) {
      if (ctx.statement_type(i) != PG_QUERY__NODE__NODE_COPY_STMT) continue;
      const PgQuery__CopyStmt* c = ctx.statement(i)->copy_stmt;
      if (c->filename == nullptr || c->filename[0] == '\0') continue;  // FROM stdin / TO stdout
      std::string detail;
      if (c->is_program)
        detail = c->is_from ? "the database server would run this shell command and load its output; load the data "
                              "with COPY ... FROM stdin instead"
                            : "the database server would run this shell command and write the rows to it";
      else
        detail = c->is_from ? "the database server would read this file from its own file system; load the data "
                              "with COPY ... FROM stdin instead"
                            : "the database server would write this file on its own file system";
      ctx.drop(i, ctx.statement_begin(i), what(ctx, i), Severity::Warning, detail);
    }
  }

 private:
  // "COPY public.t FROM PROGRAM 'gunzip < /tmp/t.gz'": the statement up to
  // and including the file name or command.
  static std::string what(const StatementContext& ctx, size_t i) {
    const Tokens& t = ctx.tokens();
    size_t begin = ctx.statement_begin(i), end = ctx.statement_end(i);
    size_t stop = end;
    int depth = 0;
    bool after = false;
    for (size_t k = t.first_at_or_after(begin); k < t.size() && static_cast<size_t>(t[k].start) < end; ++k) {
      if (is_comment(t[k])) continue;
      if (t[k].token == PG_QUERY__TOKEN__ASCII_40) ++depth;
      if (t[k].token == PG_QUERY__TOKEN__ASCII_41) --depth;
      if (depth == 0 && (t[k].token == PG_QUERY__TOKEN__FROM || t[k].token == PG_QUERY__TOKEN__TO)) after = true;
      if (after && t[k].token == PG_QUERY__TOKEN__SCONST) {
        stop = static_cast<size_t>(t[k].end);
        break;
      }
    }
    if (stop == end && end > begin && ctx.text()[end - 1] == ';') --stop;
    std::string out;
    bool space = false;
    size_t last = begin;
    for (size_t k = t.first_at_or_after(begin); k < t.size() && static_cast<size_t>(t[k].start) < stop; ++k) {
      if (is_comment(t[k])) continue;
      size_t b = static_cast<size_t>(t[k].start), e = std::min(static_cast<size_t>(t[k].end), stop);
      space = !out.empty() && b > last;
      if (space) out += ' ';
      out += ctx.text().substr(b, e - b);
      last = e;
    }
    for (char& ch : out)
      if (ch == '\n' || ch == '\r' || ch == '\t') ch = ' ';
    if (out.size() > 200) out = out.substr(0, 197) + "...";
    return out;
  }
};

// copy-insert and copy-batch change COPY data, which never reaches a rule:
// the output stage applies them (src/copy_out.cpp, src/pipeline.cpp) as
// these rules' state and action say. The engine has nothing to check.
class OutputStageRule : public Rule {};

}  // namespace

std::vector<RuleInfo> psql_rules() {
  return {
      {"meta-command",
       "stop at psql meta-commands other than \\restrict, \\unrestrict and \\connect (\\! \\o \\copy \\i \\gexec ...)",
       Action::Error,
       "A dump must not make psql run a shell command (\\!, \\o |cmd, \\copy ... program, backquotes), read or write "
       "files (\\o, \\w, \\i, \\ir, \\copy, \\lo_import), or change how it runs the rest (\\set, \\gexec, \\if, "
       "\\setenv, \\cd, \\q). pg_dump writes only \\restrict and \\unrestrict (each with one key and nothing else on "
       "the line: these pass), and \\connect with --create (left to the database rule, as is the \\encoding "
       "SQL_ASCII pg_dump writes before it). Any other meta-command line stops the run; with --action "
       "meta-command=drop it is dropped instead (except a \\copy ... from stdin, whose data would be left "
       "behind). Under --target api the restrict-key rule, not this one, drops \\restrict and \\unrestrict.",
       [] { return std::unique_ptr<Rule>(new MetaCommand); }},
      {"restrict-key", "with --target api, drop \\restrict and \\unrestrict (the HTTP import runs no psql)",
       Action::Drop,
       "pg_dump 15.14 and later write \\restrict KEY at the top of a plain dump and \\unrestrict KEY at the end "
       "(and around each \\connect): psql then refuses any other meta-command in between. The HTTP import "
       "(--target api) runs no psql and would take these lines for SQL, so this rule drops them there; with "
       "--target psql (the default) it does nothing and they pass. It is a rule of its own so that the "
       "meta-command rule's default action (error) does not apply to them.",
       [] { return std::unique_ptr<Rule>(new RestrictKey); }},
      {"copy-program", "stop at COPY ... FROM/TO PROGRAM and server-side COPY ... FROM/TO 'file'", Action::Error,
       "COPY ... FROM PROGRAM / TO PROGRAM makes the database server run a shell command, and COPY ... FROM / TO "
       "'file' makes it read or write its own file system. A dump loads data with COPY ... FROM stdin (which is "
       "left alone, as is COPY ... TO stdout); anything else stops the run. With --action copy-program=drop the "
       "statement is dropped instead, and its data is not loaded.",
       [] { return std::unique_ptr<Rule>(new CopyProgram); }},
      {"copy-insert",
       "with --target api, COPY ... FROM stdin blocks become multi-row INSERT statements (the HTTP import has no COPY)",
       Action::Drop,
       "The HTTP import (db9 db sql -f, --target api) sends SQL text and has no COPY sub-protocol, so a COPY ... "
       "FROM stdin block (SQL COPY or psql's \\copy ... from stdin) cannot load there. With --target api its "
       "statement is replaced and its rows are written as INSERT INTO table (columns) VALUES (...), (...); "
       "statements of at most --insert-batch rows and --insert-batch-bytes bytes (a single larger row goes alone), "
       "streamed. The text and CSV formats are decoded as the server decodes them (\\N, every backslash escape, a "
       "custom DELIMITER and NULL, QUOTE, ESCAPE, HEADER, FORCE_NULL, FORCE_NOT_NULL, quoted fields over several "
       "lines); each value is written as a literal that reads back as the same value whatever "
       "standard_conforming_strings is (E'...' when it holds a backslash or control character), NULL as NULL. A "
       "table with a GENERATED ALWAYS identity column gets OVERRIDING SYSTEM VALUE; a table without columns gets "
       "INSERT INTO t SELECT FROM generate_series(1, n). Binary COPY, an ENCODING other than UTF-8 and a COPY the "
       "parser cannot read stay as they are, with a warning. A table over the HTTP import's limits (50,000 rows or "
       "16 MiB) gets one warning that names psql as the way to load it. warn leaves every COPY as it is with a "
       "warning, error stops at the first, comment keeps the COPY statement as a comment above its INSERTs.",
       [] { return std::unique_ptr<Rule>(new OutputStageRule); }},
      {"copy-batch",
       "with --target psql, a COPY block larger than --copy-batch (2M) is cut into several, each loaded and "
       "committed on its own",
       Action::Drop,
       "psql loads one COPY ... FROM stdin block as one transaction; DB9 advises loading big tables in batches of "
       "0.5 to 2 MB. A block of more than --copy-batch bytes of data is written as several COPY blocks of the same "
       "table and columns: the COPY statement (or \\copy line) is repeated byte for byte, and each batch ends at "
       "the first row end at or past --copy-batch bytes (text format: a newline no backslash escapes; CSV: a "
       "newline outside quotes) with a \\. line. Rows are neither changed nor lost, and a block not larger than "
       "the size is never cut, so sanitizing the output again changes nothing. --copy-batch 0 keeps every block "
       "whole. warn and error report a block larger than the size and leave it whole (error then stops).",
       [] { return std::unique_ptr<Rule>(new OutputStageRule); }},
  };
}

}  // namespace db9
