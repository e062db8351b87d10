// ASCII case folding, the one place for it: SQL keywords and the words the
// rules look for are ASCII, and the locale's tolower() costs a call per
// byte (and folds other bytes under some locales). Used by the parse layer
// (statement.cpp, copy_data.cpp) and by the rules (rule.cpp, model.cpp).
#pragma once

#include <cstddef>
#include <string_view>

namespace db9 {

constexpr char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + ('a' - 'A')) : c; }

// a == b, ASCII letters in any case.
inline bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i)
    if (ascii_lower(a[i]) != ascii_lower(b[i])) return false;
  return true;
}

// Whether text at p begins with `word` (given in lower case), any case.
inline bool starts_with_ci(std::string_view text, size_t p, std::string_view word) {
  return p <= text.size() && iequals(text.substr(p, word.size()), word);
}

// Where `word` first occurs in hay, ASCII letters in any case (npos if not):
// no copy, cheap enough to run on every statement.
inline size_t find_ci(std::string_view hay, std::string_view word) {
  if (word.empty()) return 0;
  const char first = ascii_lower(word[0]);
  // For a letter, c | 0x20 equals it exactly when c is that letter in either
  // case (the bit tells 'A' from 'a'): one branch-free test per byte.
  const bool letter = first >= 'a' && first <= 'z';
  for (size_t k = 0; k + word.size() <= hay.size(); ++k) {
    if (letter ? static_cast<char>(hay[k] | 0x20) != first : hay[k] != first) continue;
    if (iequals(hay.substr(k + 1, word.size() - 1), word.substr(1))) return k;
  }
  return std::string_view::npos;
}

}  // namespace db9
