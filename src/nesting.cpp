#include "nesting.hpp"

#include <algorithm>
#include <vector>

#include "big_stack.hpp"
#include "wire.hpp"

namespace db9 {

namespace {

// Measured on the release build (README, performance section): libpg_query
// needs about 180 bytes of stack per message level to build and pack its
// protobuf, protobuf-c about 960 to unpack and free it. Counted with room.
constexpr size_t kStackPerMessage = 2048;
constexpr size_t kMaxDepth = 60000;
constexpr size_t kMaxTokens = 50000;

bool ident_start(unsigned char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_' || c >= 0x80; }
bool ident_cont(unsigned char c) { return ident_start(c) || (c >= '0' && c <= '9') || c == '$'; }
bool tag_cont(unsigned char c) { return ident_start(c) || (c >= '0' && c <= '9'); }
bool space(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

bool word_is(std::string_view w, std::string_view upper) {
  if (w.size() != upper.size()) return false;
  for (size_t i = 0; i < w.size(); ++i) {
    char c = w[i];
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    if (c != upper[i]) return false;
  }
  return true;
}

// The lexer both functions share: one token at a time, comments skipped.
class Lexer {
 public:
  enum class Kind { End, Word, Open, Close, Comma, Other };
  explicit Lexer(std::string_view s) : s_(s) {}

  Kind next(std::string_view& word) {
    for (;;) {
      skip_space();
      if (i_ >= s_.size()) return Kind::End;
      unsigned char c = at(i_);
      if (c == '-' && at(i_ + 1) == '-') {
        size_t nl = s_.find('\n', i_);
        i_ = nl == std::string_view::npos ? s_.size() : nl + 1;
        continue;
      }
      if (c == '/' && at(i_ + 1) == '*') {
        skip_block_comment();
        continue;
      }
      break;
    }
    unsigned char c = at(i_);
    unsigned char d = at(i_ + 1);
    // Quoted constants and identifiers: one token each.
    if ((c == 'e' || c == 'E') && d == '\'') {
      i_ += 2;
      skip_quoted('\'', true);
      return Kind::Other;
    }
    if ((c == 'b' || c == 'B' || c == 'x' || c == 'X' || c == 'n' || c == 'N') && d == '\'') {
      i_ += 2;
      skip_quoted('\'', false);
      return Kind::Other;
    }
    if ((c == 'u' || c == 'U') && d == '&' && (at(i_ + 2) == '\'' || at(i_ + 2) == '"')) {
      unsigned char q = at(i_ + 2);
      i_ += 3;
      skip_quoted(static_cast<char>(q), false);
      return Kind::Other;
    }
    if (c == '\'' || c == '"') {
      ++i_;
      skip_quoted(static_cast<char>(c), false);
      return Kind::Other;
    }
    if (c == '$') {
      size_t j = i_ + 1;
      if (j < s_.size() && at(j) >= '0' && at(j) <= '9') {  // $1
        while (j < s_.size() && at(j) >= '0' && at(j) <= '9') ++j;
        i_ = j;
        return Kind::Other;
      }
      if (j < s_.size() && (at(j) == '$' || ident_start(at(j)))) {
        while (j < s_.size() && at(j) != '$' && tag_cont(at(j))) ++j;
        if (j < s_.size() && at(j) == '$') {  // $tag$ ... $tag$
          std::string_view tag = s_.substr(i_, j + 1 - i_);
          size_t end = s_.find(tag, j + 1);
          i_ = end == std::string_view::npos ? s_.size() : end + tag.size();
          return Kind::Other;
        }
      }
      ++i_;
      return Kind::Other;
    }
    if (ident_start(c)) {
      size_t j = i_;
      while (j < s_.size() && ident_cont(at(j))) ++j;
      word = s_.substr(i_, j - i_);
      i_ = j;
      return Kind::Word;
    }
    if (c >= '0' && c <= '9') {
      while (i_ < s_.size() && (ident_cont(at(i_)) || at(i_) == '.')) ++i_;
      return Kind::Other;
    }
    if (c == ':' && d == ':') {  // a cast: one token, as PostgreSQL's lexer has it
      i_ += 2;
      return Kind::Other;
    }
    ++i_;
    if (c == '(' || c == '[') return Kind::Open;
    if (c == ')' || c == ']') return Kind::Close;
    if (c == ',' || c == ';') return Kind::Comma;
    return Kind::Other;
  }

 private:
  unsigned char at(size_t k) const { return k < s_.size() ? static_cast<unsigned char>(s_[k]) : 0; }
  void skip_space() {
    while (i_ < s_.size() && space(at(i_))) ++i_;
  }
  void skip_block_comment() {  // nested, as PostgreSQL's
    size_t depth = 0;
    while (i_ < s_.size()) {
      if (at(i_) == '/' && at(i_ + 1) == '*') {
        ++depth;
        i_ += 2;
      } else if (at(i_) == '*' && at(i_ + 1) == '/') {
        i_ += 2;
        if (--depth == 0) return;
      } else {
        ++i_;
      }
    }
  }
  // After the opening quote: to after the closing one ('' or "" doubled
  // stay inside; with backslashes, \x escapes the next byte).
  void skip_quoted(char q, bool backslashes) {
    while (i_ < s_.size()) {
      char c = s_[i_];
      if (backslashes && c == '\\') {
        i_ += 2;
        continue;
      }
      ++i_;
      if (c == q) {
        if (i_ < s_.size() && s_[i_] == q) {
          ++i_;
          continue;
        }
        return;
      }
    }
    i_ = s_.size();
  }

  std::string_view s_;
  size_t i_ = 0;
};

// One bracket (or CASE ... END) level of nesting_bound.
struct Group {
  size_t element = 0;    // tokens of the current list element
  size_t children = 0;   // the deepest bracket within it
  size_t best = 0;       // the deepest finished element
  size_t spine = 0;      // UNION / INTERSECT / EXCEPT / JOIN: left-deep across elements
  size_t betweens = 0;   // BETWEENs waiting for their AND
  bool is_case = false;
  void end_element() {
    best = std::max(best, element + children);
    element = children = 0;
  }
  size_t value() {
    end_element();
    return spine + best + 1;
  }
};

}  // namespace

NestingLimits nesting_limits() {
  size_t depth = std::min(kMaxDepth, usable_stack() / kStackPerMessage);
  return NestingLimits{std::min(kMaxTokens, 2 * depth), depth};
}

size_t nesting_bound(std::string_view sql, size_t stop) {
  Lexer lex(sql);
  std::vector<Group> groups(1);
  // The bound so far of the enclosing levels, to stop early.
  size_t outer = 0;
  std::vector<size_t> outer_at;
  auto close = [&]() {
    size_t v = groups.back().value();
    groups.pop_back();
    outer = outer_at.back();
    outer_at.pop_back();
    groups.back().children = std::max(groups.back().children, v);
  };
  for (;;) {
    std::string_view word;
    Lexer::Kind k = lex.next(word);
    if (k == Lexer::Kind::End) break;
    Group& g = groups.back();
    switch (k) {
      case Lexer::Kind::Open:
      case Lexer::Kind::Word:
        if (k == Lexer::Kind::Word) {
          if (word_is(word, "END") && g.is_case && groups.size() > 1) {
            ++g.element;
            close();
            continue;
          }
          if (word_is(word, "AND")) {
            if (g.betweens > 0) {  // x BETWEEN a AND b: one element
              --g.betweens;
              ++g.element;
            } else {
              g.end_element();
            }
            continue;
          }
          // OR: a flat list like AND. ON and USING: a join's condition,
          // beside the join chain that the spine counts.
          if (word_is(word, "OR") || word_is(word, "ON") || word_is(word, "USING")) {
            g.end_element();
            continue;
          }
          // UNION, INTERSECT, EXCEPT, JOIN: one more level of the left-deep
          // chain, and what follows hangs off it as a list element does.
          if (word_is(word, "UNION") || word_is(word, "INTERSECT") || word_is(word, "EXCEPT") ||
              word_is(word, "JOIN")) {
            ++g.spine;
            g.end_element();
            continue;
          }
          ++g.element;
          if (word_is(word, "BETWEEN")) ++g.betweens;
          if (!word_is(word, "CASE")) break;
        } else {
          ++g.element;
        }
        outer_at.push_back(outer);
        outer += g.spine + g.element + 1;
        groups.emplace_back();
        groups.back().is_case = k == Lexer::Kind::Word;
        break;
      case Lexer::Kind::Close:
        ++g.element;
        // A CASE left open inside the bracket closes with it.
        while (groups.size() > 1 && groups.back().is_case) close();
        if (groups.size() > 1) close();
        break;
      case Lexer::Kind::Comma:
        g.end_element();
        break;
      default:
        ++g.element;
        break;
    }
    const Group& now = groups.back();
    if (outer + now.spine + std::max(now.best, now.element + now.children) >= stop) return stop + 1;
  }
  while (groups.size() > 1) close();
  return groups.back().value();
}

size_t message_depth(const uint8_t* data, size_t len, const ProtobufCMessageDescriptor* descriptor, size_t stop) {
  struct Frame {
    const uint8_t* p;
    const uint8_t* end;
    const ProtobufCMessageDescriptor* d;
  };
  std::vector<Frame> stack{{data, data + len, descriptor}};
  size_t deepest = 1;
  while (!stack.empty()) {
    Frame& f = stack.back();
    if (f.p >= f.end) {
      stack.pop_back();
      continue;
    }
    uint64_t key, v;
    if (!read_varint(f.p, f.end, key)) return deepest;  // not protobuf: nothing deeper to find
    switch (key & 7) {
      case 0:
        if (!read_varint(f.p, f.end, v)) return deepest;
        break;
      case 1:
        if (f.end - f.p < 8) return deepest;
        f.p += 8;
        break;
      case 5:
        if (f.end - f.p < 4) return deepest;
        f.p += 4;
        break;
      case 2: {
        if (!read_varint(f.p, f.end, v) || v > static_cast<uint64_t>(f.end - f.p)) return deepest;
        const uint8_t* payload = f.p;
        f.p += v;
        const ProtobufCFieldDescriptor* fd =
            f.d != nullptr ? protobuf_c_message_descriptor_get_field(f.d, static_cast<unsigned>(key >> 3)) : nullptr;
        if (fd != nullptr && fd->type == PROTOBUF_C_TYPE_MESSAGE) {
          const auto* sub = static_cast<const ProtobufCMessageDescriptor*>(fd->descriptor);
          stack.push_back(Frame{payload, payload + v, sub});
          deepest = std::max(deepest, stack.size());
          if (deepest > stop) return deepest;
        }
        break;
      }
      default:
        return deepest;
    }
  }
  return deepest;
}

std::string_view first_word(std::string_view sql) {
  Lexer lex(sql);
  std::string_view word;
  return lex.next(word) == Lexer::Kind::Word ? word : std::string_view();
}

}  // namespace db9
