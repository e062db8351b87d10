#include "statement.hpp"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <cstring>
#include <unordered_map>
#include <vector>

#include "ascii.hpp"
#include "nesting.hpp"
#include "wire.hpp"

#if defined(__SANITIZE_ADDRESS__)
#define DB9_ADDRESS_SANITIZER 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define DB9_ADDRESS_SANITIZER 1
#endif
#endif
#ifndef DB9_ADDRESS_SANITIZER
#define DB9_ADDRESS_SANITIZER 0
#endif

namespace db9 {

// A bump allocator for protobuf_c_message_unpack: blocks from malloc, the
// first sized from the packed bytes (the unpacked structs are some ten
// times larger), each next one twice the last; nothing is freed before
// the whole tree is. Under AddressSanitizer the tree is malloc'd node by
// node instead, so that an overrun inside it is still caught.
class TreeArena {
 public:
  explicit TreeArena(size_t packed_bytes) : next_size_(std::max<size_t>(4096, packed_bytes * 12)) {
    allocator_.alloc = &TreeArena::alloc;
    allocator_.free = &TreeArena::free;
    allocator_.allocator_data = this;
  }
  TreeArena(const TreeArena&) = delete;
  TreeArena& operator=(const TreeArena&) = delete;
  ~TreeArena() {
    while (blocks_ != nullptr) {
      Block* b = blocks_;
      blocks_ = b->next;
      std::free(b);
    }
  }
  ProtobufCAllocator* allocator() { return &allocator_; }

 private:
  struct alignas(alignof(std::max_align_t)) Block {
    Block* next;
  };
  static constexpr size_t kAlign = alignof(std::max_align_t);

  static void* alloc(void* self, size_t n) { return static_cast<TreeArena*>(self)->take(n); }
  static void free(void*, void*) {}

  void* take(size_t n) {
    n = (n + kAlign - 1) & ~(kAlign - 1);
    if (n > left_) {
      size_t size = std::max(next_size_, n + sizeof(Block));
      next_size_ = size * 2;
      Block* b = static_cast<Block*>(std::malloc(size));
      if (b == nullptr) return nullptr;  // protobuf-c reports the failure
      b->next = blocks_;
      blocks_ = b;
      cursor_ = reinterpret_cast<char*>(b) + sizeof(Block);
      left_ = size - sizeof(Block);
    }
    void* p = cursor_;
    cursor_ += n;
    left_ -= n;
    return p;
  }

  ProtobufCAllocator allocator_{};
  Block* blocks_ = nullptr;
  char* cursor_ = nullptr;
  size_t left_ = 0;
  size_t next_size_;
};

ParsedStatement::ParsedStatement(ParsedStatement&& o) noexcept { *this = std::move(o); }

ParsedStatement& ParsedStatement::operator=(ParsedStatement&& o) noexcept {
  if (this != &o) {
    release();
    ok_ = o.ok_;
    too_deep_ = o.too_deep_;
    error_message_ = std::move(o.error_message_);
    error_offset_ = o.error_offset_;
    raw_ = o.raw_;
    have_raw_ = o.have_raw_;
    tree_ = o.tree_;
    arena_ = std::move(o.arena_);
    types_ = std::move(o.types_);
    spans_ = std::move(o.spans_);
    types_read_ = o.types_read_;
    o.have_raw_ = false;
    o.tree_ = nullptr;
    o.ok_ = false;
  }
  return *this;
}

ParsedStatement::~ParsedStatement() { release(); }

void ParsedStatement::release() {
  if (tree_ != nullptr && arena_ == nullptr) pg_query__parse_result__free_unpacked(tree_, nullptr);
  tree_ = nullptr;
  arena_.reset();  // the tree's blocks, if it has them
  if (have_raw_) pg_query_free_protobuf_parse_result(raw_);
  have_raw_ = false;
}

namespace {

// Protobuf wire format, just enough to walk to a oneof's field number.
struct Wire {
  const uint8_t* p;
  const uint8_t* end;
  uint64_t value = 0;  // the last varint field's value
  bool varint(uint64_t& v) { return read_varint(p, end, v); }
  // Next field: number and, for length-delimited ones, the payload.
  bool field(uint32_t& number, Wire& payload) {
    uint64_t key;
    if (!varint(key)) return false;
    number = static_cast<uint32_t>(key >> 3);
    switch (key & 7) {
      case 0:
        return varint(value);
      case 1: p += 8; return p <= end;
      case 5: p += 4; return p <= end;
      case 2: {
        uint64_t len;
        if (!varint(len) || len > static_cast<uint64_t>(end - p)) return false;
        payload = Wire{p, p + len};
        p += len;
        return true;
      }
      default: return false;
    }
  }
};

}  // namespace

const std::vector<PgQuery__Node__NodeCase>& ParsedStatement::statement_types() const {
  if (types_read_ || !ok_) return types_;
  types_read_ = true;
  // ParseResult { 1: version; 2: repeated RawStmt { 1: Node { oneof: field = case } } }
  Wire result{reinterpret_cast<const uint8_t*>(raw_.parse_tree.data),
              reinterpret_cast<const uint8_t*>(raw_.parse_tree.data) + raw_.parse_tree.len};
  uint32_t number;
  Wire raw_stmt{nullptr, nullptr};
  bool clean = true;
  while (clean && result.p < result.end) {
    clean = result.field(number, raw_stmt);
    if (!clean || number != 2) continue;
    // RawStmt { 1: stmt; 2: stmt_location; 3: stmt_len } (zeros are not written)
    PgQuery__Node__NodeCase type = PG_QUERY__NODE__NODE__NOT_SET;
    uint64_t location = 0, length = 0;
    Wire node{nullptr, nullptr}, inner{nullptr, nullptr};
    uint32_t field;
    while (raw_stmt.p < raw_stmt.end && raw_stmt.field(field, node)) {
      uint32_t member;
      if (field == 1 && node.p != nullptr && node.field(member, inner)) type = static_cast<PgQuery__Node__NodeCase>(member);
      else if (field == 2) location = raw_stmt.value;
      else if (field == 3) length = raw_stmt.value;
    }
    types_.push_back(type);
    spans_.emplace_back(static_cast<size_t>(location), static_cast<size_t>(length));
  }
  if (!clean) {  // not what we expect of the wire: ask the unpacked tree
    types_.clear();
    spans_.clear();
    if (const PgQuery__ParseResult* t = tree())
      for (size_t i = 0; i < t->n_stmts; ++i) {
        types_.push_back(t->stmts[i]->stmt ? t->stmts[i]->stmt->node_case : PG_QUERY__NODE__NODE__NOT_SET);
        spans_.emplace_back(static_cast<size_t>(t->stmts[i]->stmt_location), static_cast<size_t>(t->stmts[i]->stmt_len));
      }
  }
  return types_;
}

const PgQuery__ParseResult* ParsedStatement::tree() const {
  if (tree_ == nullptr && ok_) {
#if DB9_ADDRESS_SANITIZER
    ProtobufCAllocator* allocator = nullptr;
#else
    arena_ = std::make_unique<TreeArena>(raw_.parse_tree.len);
    ProtobufCAllocator* allocator = arena_->allocator();
#endif
    tree_ = pg_query__parse_result__unpack(allocator, raw_.parse_tree.len,
                                           reinterpret_cast<const uint8_t*>(raw_.parse_tree.data));
    if (tree_ == nullptr) arena_.reset();
  }
  return tree_;
}

ParsedStatement Parser::parse(std::string_view text, const std::vector<std::pair<size_t, char>>& patches) {
  scratch_.assign(text.data(), text.size());
  for (const auto& [at, byte] : patches)
    if (at < scratch_.size()) scratch_[at] = byte;
  return parse_scratch(text);
}

ParsedStatement Parser::parse(std::string_view text) {
  scratch_.assign(text.data(), text.size());
  return parse_scratch(text);
}

ParsedStatement Parser::parse_scratch(std::string_view text) {
  ParsedStatement out;
  // The nesting guard (src/nesting.hpp): a tree too deep for the stack is
  // never built, or never unpacked.
  NestingLimits limits = nesting_limits();
  auto too_deep = [&](const char* what, size_t limit) {
    out.ok_ = false;
    out.too_deep_ = true;
    out.error_message_ = std::string(what) + " more than " + std::to_string(limit) + " levels deep";
    return std::move(out);
  };
  // A statement of fewer bytes than the limit has fewer tokens.
  if (scratch_.size() > limits.tokens) {
    size_t bound = nesting_bound(scratch_, limits.tokens);
    if (bound > limits.tokens) return too_deep("by its tokens, nested", limits.tokens);
  }
  out.raw_ = pg_query_parse_protobuf(scratch_.c_str());
  out.have_raw_ = true;
  // Each level of messages takes at least two bytes (a tag and a length).
  if (out.raw_.error == nullptr && out.raw_.parse_tree.len / 2 > limits.depth) {
    size_t depth = message_depth(reinterpret_cast<const uint8_t*>(out.raw_.parse_tree.data), out.raw_.parse_tree.len,
                                 &pg_query__parse_result__descriptor, limits.depth);
    if (depth > limits.depth) {
      out.release();
      return too_deep("its parse tree is", limits.depth);
    }
  }
  if (out.raw_.error != nullptr) {
    out.ok_ = false;
    out.error_message_ = out.raw_.error->message ? out.raw_.error->message : "syntax error";
    // cursorpos is 1-based, 0 when the error has no position.
    if (out.raw_.error->cursorpos > 0) {
      out.error_offset_ = std::min<size_t>(static_cast<size_t>(out.raw_.error->cursorpos - 1),
                                           text.empty() ? 0 : text.size() - 1);
    }
  } else {
    out.ok_ = true;
  }
  return out;
}

namespace {

const char* str_or_empty(const char* s) { return s != nullptr ? s : ""; }

// The text of a DefElem's argument when it is a string or a name.
std::optional<std::string> defelem_string(const PgQuery__DefElem* d) {
  if (d->arg == nullptr) return std::nullopt;
  const PgQuery__Node* a = d->arg;
  if (a->node_case == PG_QUERY__NODE__NODE_STRING) return std::string(str_or_empty(a->string->sval));
  if (a->node_case == PG_QUERY__NODE__NODE_A_CONST && a->a_const->val_case == PG_QUERY__A__CONST__VAL_SVAL)
    return std::string(str_or_empty(a->a_const->sval->sval));
  return std::nullopt;
}

}  // namespace

std::string quote_ident(std::string_view name) {
  bool plain = !name.empty() && !(name[0] >= '0' && name[0] <= '9');
  for (char c : name) plain = plain && ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_');
  if (plain) {
    // Whether it is a keyword: the parser's scanner knows. Names repeat
    // (a table in each of its statements' messages), so the answers are
    // kept, a few thousand at most.
    thread_local std::unordered_map<std::string, bool> keyword;
    std::string z(name);
    auto known = keyword.find(z);
    if (known != keyword.end()) {
      plain = !known->second;
    } else {
      PgQueryScanResult scan = pg_query_scan(z.c_str());
      bool is_keyword = true;
      if (scan.error == nullptr) {
        PgQuery__ScanResult* r =
            pg_query__scan_result__unpack(nullptr, scan.pbuf.len, reinterpret_cast<const uint8_t*>(scan.pbuf.data));
        // As PostgreSQL's quote_ident: an unreserved keyword is a name anywhere.
        is_keyword = !(r != nullptr && r->n_tokens == 1 &&
                       (r->tokens[0]->keyword_kind == PG_QUERY__KEYWORD_KIND__NO_KEYWORD ||
                        r->tokens[0]->keyword_kind == PG_QUERY__KEYWORD_KIND__UNRESERVED_KEYWORD));
        if (r != nullptr) pg_query__scan_result__free_unpacked(r, nullptr);
      }
      pg_query_free_scan_result(scan);
      if (keyword.size() >= 4096) keyword.clear();
      keyword.emplace(std::move(z), is_keyword);
      plain = !is_keyword;
    }
  }
  if (plain) return std::string(name);
  std::string out = "\"";
  for (char c : name) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::optional<CopyFormat> copy_from_stdin(const PgQuery__Node* stmt) {
  if (stmt == nullptr || stmt->node_case != PG_QUERY__NODE__NODE_COPY_STMT) return std::nullopt;
  const PgQuery__CopyStmt* c = stmt->copy_stmt;
  if (!c->is_from || c->is_program || (c->filename != nullptr && c->filename[0] != '\0')) return std::nullopt;
  CopyFormat fmt;
  bool escape_set = false;
  for (size_t i = 0; i < c->n_options; ++i) {
    const PgQuery__Node* o = c->options[i];
    if (o->node_case != PG_QUERY__NODE__NODE_DEF_ELEM) continue;
    const PgQuery__DefElem* d = o->def_elem;
    std::string_view name = str_or_empty(d->defname);
    std::optional<std::string> value = defelem_string(d);
    if (name == "format" && value) {
      fmt.csv = iequals(*value, "csv");
    } else if (name == "quote" && value && value->size() == 1) {
      fmt.quote = (*value)[0];
    } else if (name == "escape" && value && value->size() == 1) {
      fmt.escape = (*value)[0];
      escape_set = true;
    }
  }
  if (!escape_set) fmt.escape = fmt.quote;
  return fmt;
}

std::string copy_target(const PgQuery__Node* stmt) {
  if (stmt == nullptr || stmt->node_case != PG_QUERY__NODE__NODE_COPY_STMT) return "";
  const PgQuery__RangeVar* r = stmt->copy_stmt->relation;
  if (r == nullptr) return "";
  std::string name;
  if (r->schemaname != nullptr && r->schemaname[0] != '\0') {
    name += r->schemaname;
    name += '.';
  }
  name += str_or_empty(r->relname);
  return name;
}

std::optional<bool> sets_standard_conforming_strings(const PgQuery__Node* stmt) {
  if (stmt == nullptr || stmt->node_case != PG_QUERY__NODE__NODE_VARIABLE_SET_STMT) return std::nullopt;
  const PgQuery__VariableSetStmt* s = stmt->variable_set_stmt;
  if (!iequals(str_or_empty(s->name), "standard_conforming_strings")) return std::nullopt;
  if (s->kind == PG_QUERY__VARIABLE_SET_KIND__VAR_SET_DEFAULT ||
      s->kind == PG_QUERY__VARIABLE_SET_KIND__VAR_RESET)
    return true;  // the server default
  if (s->kind != PG_QUERY__VARIABLE_SET_KIND__VAR_SET_VALUE || s->n_args != 1) return std::nullopt;
  const PgQuery__Node* a = s->args[0];
  if (a->node_case != PG_QUERY__NODE__NODE_A_CONST) return std::nullopt;
  const PgQuery__AConst* c = a->a_const;
  if (c->val_case == PG_QUERY__A__CONST__VAL_IVAL) return c->ival->ival != 0;
  if (c->val_case != PG_QUERY__A__CONST__VAL_SVAL) return std::nullopt;
  std::string_view v = str_or_empty(c->sval->sval);
  for (const char* t : {"on", "true", "yes", "1"})
    if (iequals(v, t)) return true;
  for (const char* f : {"off", "false", "no", "0"})
    if (iequals(v, f)) return false;
  return std::nullopt;
}

std::optional<CopyFormat> copy_from_stdin_by_tokens(std::string_view text) {
  // Only a COPY is of interest: other text, however long, is not scanned
  // (the scan's token list would take many times its size).
  if (!iequals(first_word(text), "copy")) return std::nullopt;
  std::string z(text);
  PgQueryScanResult scan = pg_query_scan(z.c_str());
  std::optional<CopyFormat> out;
  if (scan.error == nullptr) {
    PgQuery__ScanResult* r = pg_query__scan_result__unpack(
        nullptr, scan.pbuf.len, reinterpret_cast<const uint8_t*>(scan.pbuf.data));
    if (r != nullptr) {
      auto word = [&](size_t i) {
        const PgQuery__ScanToken* t = r->tokens[i];
        return std::string_view(z).substr(static_cast<size_t>(t->start),
                                          static_cast<size_t>(t->end - t->start));
      };
      if (r->n_tokens > 0 && iequals(word(0), "copy")) {
        bool from_stdin = false;
        bool csv = false;
        for (size_t i = 0; i + 1 < r->n_tokens; ++i) {
          if (iequals(word(i), "from") && (iequals(word(i + 1), "stdin"))) from_stdin = true;
          if (iequals(word(i + 1), "csv")) csv = true;
        }
        if (from_stdin) {
          CopyFormat fmt;
          fmt.csv = csv;
          out = fmt;
        }
      }
      pg_query__scan_result__free_unpacked(r, nullptr);
    }
  }
  pg_query_free_scan_result(scan);
  return out;
}

std::optional<CopyFormat> meta_copy_from_stdin(std::string_view line) {
  // Words of the line, lower-cased, quotes ignored: enough to see
  // "\copy <target> from stdin|pstdin ... csv".
  std::vector<std::string> words;
  std::string w;
  for (char ch : line) {
    unsigned char c = static_cast<unsigned char>(ch);
    if (std::isalnum(c) || c == '_' || c == '\\' || c >= 0x80) {
      w += static_cast<char>(std::tolower(c));
    } else if (!w.empty()) {
      words.push_back(std::move(w));
      w.clear();
    }
  }
  if (!w.empty()) words.push_back(std::move(w));
  if (words.empty() || words[0] != "\\copy") return std::nullopt;
  bool from_stdin = false;
  bool csv = false;
  for (size_t i = 1; i < words.size(); ++i) {
    if (words[i] == "from" && i + 1 < words.size() && (words[i + 1] == "stdin" || words[i + 1] == "pstdin"))
      from_stdin = true;
    if (words[i] == "csv") csv = true;
  }
  if (!from_stdin) return std::nullopt;
  CopyFormat fmt;
  fmt.csv = csv;
  return fmt;
}

}  // namespace db9
