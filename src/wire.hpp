// The protobuf wire format's varint, for the few places that read
// libpg_query's packed parse result without unpacking it (statement spans
// and kinds in statement.cpp, nesting depth in nesting.cpp).
#pragma once

#include <cstdint>

namespace db9 {

// Reads a base-128 varint at p (advanced past it) into v; false when the
// bytes end first or it runs past 64 bits.
inline bool read_varint(const uint8_t*& p, const uint8_t* end, uint64_t& v) {
  v = 0;
  for (int shift = 0; p < end && shift < 64; shift += 7) {
    uint8_t b = *p++;
    v |= static_cast<uint64_t>(b & 0x7f) << shift;
    if ((b & 0x80) == 0) return true;
  }
  return false;
}

}  // namespace db9
