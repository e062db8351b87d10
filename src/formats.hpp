// Diagnostic formats: gcc (FILE:LINE:COL: severity: message [rule]), human
// (gcc's line, then the source line and a caret, coloured on a terminal),
// json (one document) and SARIF 2.1.0 (one document, for code scanning).
// JSON and SARIF are built with nlohmann-json.
#pragma once

#include <cstdio>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "diagnostics.hpp"

namespace db9 {

enum class Format { Human, Gcc, Json, Sarif };
std::optional<Format> parse_format(std::string_view name);
const char* to_string(Format);

// The writer for a format. `out` is not closed. `colour` only matters for
// human.
std::unique_ptr<DiagnosticWriter> make_writer(Format format, std::FILE* out, bool colour);

// Whether a stream is a terminal that should get colour: a tty, and the
// NO_COLOR environment variable unset or empty.
bool colour_terminal(std::FILE* f);

}  // namespace db9
