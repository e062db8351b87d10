// .db9-sanitize.toml: settings a project keeps beside its schema. The file
// is turned into command-line arguments (each with the line it came from),
// which go in front of the real command line, so the command line wins and
// every key takes exactly the path its option takes.
#pragma once

#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace db9 {

struct ConfigError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

struct ConfigArg {
  std::string arg;   // e.g. "--action=rls=warn"
  std::string key;   // e.g. "actions.rls", for messages
  long line = 0;
};

// The nearest .db9-sanitize.toml in `dir` or a directory above it.
std::optional<std::string> discover_config(const std::string& dir);

// Reads a config file. Throws ConfigError ("FILE:LINE: message") for bad
// TOML, unknown keys and values of the wrong type.
std::vector<ConfigArg> load_config(const std::string& path);

}  // namespace db9
