// The nesting guard: how deep a statement's parse tree can be, measured
// before anything recursive walks it.
//
// libpg_query turns its parse tree into protobuf recursively (and, in the
// version Debian ships, its own stack depth check is compiled out), and
// protobuf-c unpacks and frees recursively: a 35 KB chain of `||` is 5,000
// levels and ran out of the 8 MiB main stack. So:
//  * before parsing, a statement too long to be harmless (more bytes than
//    the token limit) is scanned once (nesting_bound): an upper bound of its
//    tree's depth in tokens, from brackets, CASE ... END, and the tokens of
//    each list element (lists are flat); over the limit, it is not parsed;
//  * after parsing, before unpacking, the protobuf's message nesting is
//    measured without recursion (message_depth); over the limit, the tree
//    is never unpacked.
// A statement refused either way is a parse error (passed through, or an
// error under --strict), as PostgreSQL 15 refuses it too: the limits are
// about twice the deepest statement PostgreSQL 15 takes with its default
// max_stack_depth (2 MB) and more: 13,085 casts `1::integer::...` (26,179
// messages, 26,173 tokens), 7,274 UNIONs, 6,225 `+`, 4,076 `||` (README).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include <protobuf-c/protobuf-c.h>

namespace db9 {

struct NestingLimits {
  size_t tokens;  // for nesting_bound
  size_t depth;   // for message_depth
};
// The limits for the calling thread's stack (usable_stack()): at most
// 50,000 tokens and 60,000 messages deep, on a stack of 1 GiB. (Deeper
// would cost more time than stack: libpg_query packs a tree in time
// quadratic in its depth, 2.6 s at 100,000 messages.)
NestingLimits nesting_limits();

// An upper bound of the depth of the parse tree of `sql`, in tokens: a
// bracket or CASE ... END adds a level; within one, the tokens of a list
// element (between commas, semicolons, AND, OR, and the ON or USING of a
// join) count, and the left-deep chains that cross list elements (UNION,
// INTERSECT, EXCEPT, JOIN) add one level each. Quotes, comments and dollar quotes are single tokens, read
// as libpg_query reads them (standard_conforming_strings on). Linear, no
// recursion. `stop`: return as soon as the bound is known to exceed it.
size_t nesting_bound(std::string_view sql, size_t stop = SIZE_MAX);

// The nesting depth of the protobuf message in `data` (1 for a message
// without message fields), read from the wire with `descriptor`'s schema,
// without recursion. `stop`: return as soon as the depth exceeds it.
size_t message_depth(const uint8_t* data, size_t len, const ProtobufCMessageDescriptor* descriptor,
                     size_t stop = SIZE_MAX);

// The first word of `sql` outside comments and whitespace, as written (""
// when it begins with something else): cheap, for text too large to scan.
std::string_view first_word(std::string_view sql);

}  // namespace db9
