// The lexical grammar of psql scripts, as psql itself frames them.
//
// re2c compiles this file into the two scanning functions of db9::Splitter
// (src/splitter.hpp). One call matches tokens until something happens that
// the driver (src/splitter.cpp) must act on: a statement ends, a backslash
// meta-command begins or ends, a COPY data block ends, or the buffer runs out.
//
// What the grammar has to get right, because psql does:
//  * A statement ends at ';' outside quotes and comments, at parenthesis
//    depth 0 (CREATE RULE ... DO (...; ...)), and outside the BEGIN ... END
//    body of CREATE [OR REPLACE] FUNCTION|PROCEDURE ... BEGIN ATOMIC.
//  * Quotes: '...' with '' (and backslash escapes when
//    standard_conforming_strings is off), E'...' with backslash escapes,
//    U&'...', B'...', X'...', N'...', "identifiers" (newlines allowed),
//    $tag$ ... $tag$ dollar quotes.
//  * Comments: -- to the end of the line, nested /* ... */.
//  * A backslash outside quotes starts a meta-command that runs to the end of
//    the line, except "\;" and "\:" which psql keeps in the query text.
//  * COPY data ends at a line that is exactly "\." (LF or CRLF), in text and
//    in CSV format alike: psql's copy loop looks at whole lines only.
//
// Streaming: the buffer ends with a 0 sentinel at the limit. When the
// scanner needs a byte past the limit it calls fill(), which records that it
// looked. A token whose match depended on bytes not yet read is re-scanned
// when more input arrives, unless it is a run (text inside a quote or a
// comment, whitespace, COPY data) that can be split anywhere without changing
// its meaning. So items never depend on how the input was cut into reads.

#include <cstring>

#include "splitter.hpp"

// Each scanning function handles its own subset of conditions; the other
// function's conditions never reach its switch.
#pragma GCC diagnostic ignored "-Wswitch"

namespace db9 {


/*!re2c
  re2c:api:style = free-form;
  re2c:define:YYCTYPE = "unsigned char";
  re2c:define:YYCURSOR = "cur";
  re2c:define:YYMARKER = "mar";
  re2c:define:YYLIMIT = "lim";
  re2c:define:YYFILL = "fill()";
  re2c:define:YYGETCONDITION = "cond_";
  re2c:define:YYSETCONDITION = "cond_ = @@;";
  re2c:define:YYCONDTYPE = "Cond";
  re2c:condenumprefix = "Cond::";
  re2c:eof = 0;

  id_start = [A-Za-z_\x80-\xff];
  id_cont  = [A-Za-z_0-9$\x80-\xff];
  dq_tag   = [A-Za-z_\x80-\xff] [A-Za-z_0-9\x80-\xff]*;
  space    = [ \t\n\r\f\v];
*/

// Driver macros used by the actions below.
//  SAVE: write the lexer's cursor back to the object.
//  PENDING: this token depends on unread input; re-scan it later.
#define SAVE() (cur_ = static_cast<size_t>(cur - base))
#define PENDING_UNLESS_EOF()                                    \
  do {                                                          \
    if (hit_limit_ && !eof_) {                                  \
      cur_ = static_cast<size_t>(tok - base);                   \
      return Lex::NeedMore;                                     \
    }                                                           \
  } while (0)
#define BODY()                                                  \
  do {                                                          \
    if (!has_body_) {                                           \
      has_body_ = true;                                         \
      body_ = static_cast<size_t>(tok - base) - start_;         \
    }                                                           \
  } while (0)
#define OPEN_HERE() (open_at_ = static_cast<size_t>(tok - base) - start_)

Splitter::Lex Splitter::lex_sql() {
  const unsigned char* base = reinterpret_cast<const unsigned char*>(buf_.data());
  const unsigned char* cur = base + cur_;
  const unsigned char* lim = base + lim_;
  const unsigned char* mar = cur;
  for (;;) {
    const unsigned char* tok = cur;
    hit_limit_ = false;
    (void)mar;
/*!re2c
  <sql, after_semi, semi_comment, line_comment, block_comment, squote, estring, dquote, dollar, meta, word_rest> $
                        { cur_ = static_cast<size_t>(tok - base); return Lex::NeedMore; }

  // ---- SQL text outside quotes and comments -------------------------------
  <sql> space+          { continue; }
  <sql> "--"            { PENDING_UNLESS_EOF(); return_cond_ = Cond::sql; cond_ = Cond::line_comment; continue; }
  <sql> "/*"            { PENDING_UNLESS_EOF(); OPEN_HERE(); return_cond_ = Cond::sql;
                          comment_depth_ = 1; cond_ = Cond::block_comment; continue; }
  <sql> [eE] "'"        { PENDING_UNLESS_EOF(); BODY(); OPEN_HERE(); plain_string_escapes_ = false;
                          cond_ = Cond::estring; continue; }
  <sql> ([uU] "&" | [bBxX]) "'"
                        { PENDING_UNLESS_EOF(); BODY(); OPEN_HERE(); cond_ = Cond::squote; continue; }
  <sql> [nN]? "'"       { PENDING_UNLESS_EOF(); BODY(); OPEN_HERE();
                          plain_string_escapes_ = !std_strings_;
                          cond_ = std_strings_ ? Cond::squote : Cond::estring; continue; }
  <sql> ([uU] "&")? "\""
                        { PENDING_UNLESS_EOF(); BODY(); OPEN_HERE(); cond_ = Cond::dquote; continue; }
  <sql> "$" dq_tag? "$" { PENDING_UNLESS_EOF(); BODY(); OPEN_HERE();
                          dollar_tag_.assign(reinterpret_cast<const char*>(tok), static_cast<size_t>(cur - tok));
                          cond_ = Cond::dollar; continue; }
  <sql> "$" [0-9]+      { PENDING_UNLESS_EOF(); BODY(); continue; }
  <sql> id_start id_cont*
                        { if (hit_limit_ && !eof_) {
                            // A word may go on in the next read; re-scan it,
                            // unless it is far too long to be a keyword.
                            if (cur - tok < 256) { cur_ = static_cast<size_t>(tok - base); return Lex::NeedMore; }
                            BODY(); ++word_count_; cond_ = Cond::word_rest; continue;
                          }
                          BODY(); on_word(tok, cur); continue; }
  <sql> "("             { BODY(); ++paren_depth_; continue; }
  <sql> ")"             { BODY(); if (paren_depth_ > 0) --paren_depth_; continue; }
  <sql> ";"             { BODY();
                          if (paren_depth_ == 0 && begin_depth_ == 0) {
                            cond_ = Cond::after_semi;
                          }
                          continue; }
  <sql> "\\" [;:]       { PENDING_UNLESS_EOF(); BODY();
                          parse_patches_.emplace_back(static_cast<size_t>(tok - base) - start_, ' ');
                          continue; }
  <sql> "\\"            { PENDING_UNLESS_EOF();
                          cur_ = static_cast<size_t>(tok - base); cond_ = Cond::meta; return Lex::MetaBegin; }
  <sql> [^]             { PENDING_UNLESS_EOF(); BODY(); continue; }

  // ---- the rest of a word too long to wait for (not a keyword) -------------
  <word_rest> id_cont+  { continue; }
  <word_rest> [^]       { cur = tok; cond_ = Cond::sql; continue; }

  // ---- the rest of the line after a statement's ';' ------------------------
  <after_semi> [ \t]* "\r"? "\n"
                        { PENDING_UNLESS_EOF(); SAVE(); cond_ = Cond::sql; return Lex::StatementEnd; }
  <after_semi> [^]      { PENDING_UNLESS_EOF(); cur = tok; SAVE(); cond_ = Cond::sql; return Lex::StatementEnd; }
  // A -- comment after the ';' on the same line belongs to the statement
  // (where "-- db9-sanitize: ignore[...]" may stand).
  <after_semi> [ \t]* "--"
                        { PENDING_UNLESS_EOF(); cond_ = Cond::semi_comment; continue; }
  <semi_comment> [^\r\n]+ { continue; }
  <semi_comment> "\r\n" | [\r\n]
                        { PENDING_UNLESS_EOF(); SAVE(); cond_ = Cond::sql; return Lex::StatementEnd; }

  // ---- comments ---------------------------------------------------------------
  <line_comment> [^\r\n]+ { continue; }
  <line_comment> [\r\n] { cond_ = return_cond_; continue; }

  <block_comment> "/*"  { PENDING_UNLESS_EOF(); ++comment_depth_; continue; }
  <block_comment> "*/"  { PENDING_UNLESS_EOF(); if (--comment_depth_ == 0) cond_ = return_cond_; continue; }
  <block_comment> [^*/]+ { continue; }
  <block_comment> [^]   { PENDING_UNLESS_EOF(); continue; }

  // ---- quoted text ------------------------------------------------------------
  <squote> "''"         { PENDING_UNLESS_EOF(); continue; }
  <squote> "'"          { PENDING_UNLESS_EOF(); cond_ = Cond::sql; continue; }
  <squote> [^']+        { continue; }

  <estring> "\\'"       { PENDING_UNLESS_EOF();
                          if (plain_string_escapes_)
                            parse_patches_.emplace_back(static_cast<size_t>(tok - base) - start_, '\'');
                          continue; }
  <estring> "''" | "\\" [^] { PENDING_UNLESS_EOF(); continue; }
  <estring> "'"         { PENDING_UNLESS_EOF(); cond_ = Cond::sql; continue; }
  <estring> [^'\\]+     { continue; }
  <estring> [^]         { PENDING_UNLESS_EOF(); continue; }

  <dquote> "\"\""       { PENDING_UNLESS_EOF(); continue; }
  <dquote> "\""         { PENDING_UNLESS_EOF(); cond_ = Cond::sql; continue; }
  <dquote> [^"]+        { continue; }

  <dollar> "$" dq_tag? "$"
                        { PENDING_UNLESS_EOF();
                          size_t n = static_cast<size_t>(cur - tok);
                          if (n == dollar_tag_.size() && std::memcmp(tok, dollar_tag_.data(), n) == 0) {
                            cond_ = Cond::sql;
                          } else {
                            --cur;  // the closing '$' may open the real end tag
                          }
                          continue; }
  <dollar> [^$]+        { continue; }
  <dollar> [^]          { PENDING_UNLESS_EOF(); continue; }

  // ---- a backslash meta-command: the rest of the line -----------------------
  <meta> [^\n]+         { continue; }
  <meta> "\n"           { SAVE(); cond_ = Cond::sql; return Lex::MetaEnd; }
*/
  }
}

// COPY ... FROM stdin data. A block ends at a line that is exactly "\."
// (psql's rule, for text and CSV alike). Everything else is data, skipped
// in bulk by skip_copy_data(), which stops only at a backslash that begins
// a line.
Splitter::Lex Splitter::lex_copy() {
  const unsigned char* base = reinterpret_cast<const unsigned char*>(buf_.data());
  const unsigned char* cur = base + cur_;
  const unsigned char* lim = base + lim_;
  const unsigned char* mar = cur;
  for (;;) {
    const unsigned char* tok = cur;
    hit_limit_ = false;
    (void)mar;
/*!re2c
  <copy_bol, copy_mid> $ { cur_ = static_cast<size_t>(tok - base); return Lex::NeedMore; }

  <copy_bol> "\\." "\r"? "\n"
                        { PENDING_UNLESS_EOF(); copy_end_at_ = static_cast<size_t>(tok - base);
                          SAVE(); return Lex::CopyEndLine; }
  <copy_bol> "\\."      { PENDING_UNLESS_EOF();
                          if (cur == lim) {  // "\." at the very end of the input
                            copy_end_at_ = static_cast<size_t>(tok - base);
                            SAVE(); return Lex::CopyEndLine;
                          }
                          cur = tok; skip_copy_data(cur, true); continue; }
  <copy_bol> [^]        { PENDING_UNLESS_EOF(); cur = tok; skip_copy_data(cur, true); continue; }
  <copy_mid> [^]        { cur = tok; skip_copy_data(cur, false); continue; }
*/
  }
}

#undef SAVE
#undef PENDING_UNLESS_EOF
#undef BODY
#undef OPEN_HERE

}  // namespace db9
