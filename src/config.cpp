#include "config.hpp"

#include <filesystem>
#include <toml++/toml.h>

namespace db9 {

namespace {

namespace fs = std::filesystem;

long line_of(const toml::node& n) { return static_cast<long>(n.source().begin.line); }

[[noreturn]] void fail(const std::string& path, long line, const std::string& message) {
  throw ConfigError(path + ":" + std::to_string(line) + ": " + message);
}

std::string string_value(const std::string& path, const std::string& key, const toml::node& n) {
  if (const auto* s = n.as_string()) return s->get();
  fail(path, line_of(n), "'" + key + "' takes a string");
}

// Top-level keys that are one option each: key → (option, kind).
struct Scalar {
  const char* key;
  const char* option;
  enum Kind { String, Flag, Size } kind;
};
const Scalar kScalars[] = {
    {"format", "--format", Scalar::String},
    {"target", "--target", Scalar::String},
    {"strict", "--strict", Scalar::Flag},
    {"keep-owners", "--keep-owners", Scalar::Flag},
    {"keep-privileges", "--keep-privileges", Scalar::Flag},
    {"max-statement-bytes", "--max-statement-bytes", Scalar::Size},
    // The import paths' COPY data.
    {"copy-batch", "--copy-batch", Scalar::Size},
    {"insert-batch", "--insert-batch", Scalar::Size},
    {"insert-batch-bytes", "--insert-batch-bytes", Scalar::Size},
    // Policies of the partition, inheritance and dependent-object rules.
    {"partitions", "--partitions", Scalar::String},
    {"inheritance", "--inheritance", Scalar::String},
    {"on-dependents", "--on-dependents", Scalar::String},
};

const char* kKnown =
    "format, target, strict, keep-owners, keep-privileges, max-statement-bytes, copy-batch, insert-batch, "
    "insert-batch-bytes, partitions, inheritance, "
    "on-dependents, [rules] enable/disable, [actions], [extensions] allow/deny, [schemas]";

}  // namespace

std::optional<std::string> discover_config(const std::string& start) {
  std::error_code ec;
  fs::path cwd = fs::current_path(ec);
  if (ec) return std::nullopt;
  fs::path dir = start == "." ? cwd : fs::absolute(start, ec).lexically_normal();
  if (ec) return std::nullopt;
  for (;;) {
    fs::path candidate = dir / ".db9-sanitize.toml";
    // Named relative to the current directory in messages.
    if (fs::is_regular_file(candidate, ec)) return candidate.lexically_relative(cwd).string();
    if (!dir.has_relative_path()) return std::nullopt;  // the root
    dir = dir.parent_path();
  }
}

std::vector<ConfigArg> load_config(const std::string& path) {
  toml::table root;
  try {
    root = toml::parse_file(path);
  } catch (const toml::parse_error& e) {
    std::string what(e.description());
    if (e.source().begin.line == 0) throw ConfigError(path + ": " + what);
    fail(path, static_cast<long>(e.source().begin.line), "bad TOML: " + what);
  }
  std::vector<ConfigArg> out;
  auto add = [&](std::string arg, std::string key, const toml::node& n) {
    out.push_back(ConfigArg{std::move(arg), std::move(key), line_of(n)});
  };
  // A list of strings (or one string).
  auto strings = [&](const std::string& key, const toml::node& n) {
    std::vector<std::pair<std::string, const toml::node*>> v;
    if (const auto* s = n.as_string()) {
      v.emplace_back(s->get(), &n);
    } else if (const auto* a = n.as_array()) {
      for (const toml::node& e : *a) {
        if (!e.is_string()) fail(path, line_of(e), "'" + key + "' takes a list of strings");
        v.emplace_back(e.as_string()->get(), &e);
      }
    } else {
      fail(path, line_of(n), "'" + key + "' takes a list of strings");
    }
    return v;
  };
  for (const auto& [k, node] : root) {
    std::string key(k.str());
    const Scalar* scalar = nullptr;
    for (const Scalar& s : kScalars)
      if (key == s.key) scalar = &s;
    if (scalar != nullptr) {
      switch (scalar->kind) {
        case Scalar::String:
          add(std::string(scalar->option) + "=" + string_value(path, key, node), key, node);
          break;
        case Scalar::Flag:
          if (!node.is_boolean()) fail(path, line_of(node), "'" + key + "' takes true or false");
          if (node.as_boolean()->get()) add(scalar->option, key, node);
          break;
        case Scalar::Size:
          if (const auto* i = node.as_integer())
            add(std::string(scalar->option) + "=" + std::to_string(i->get()), key, node);
          else
            add(std::string(scalar->option) + "=" + string_value(path, key, node), key, node);
          break;
      }
      continue;
    }
    const toml::table* table = node.as_table();
    if (key == "rules" && table != nullptr) {
      // Disabled first, then enabled: disable = ["all"], enable = ["rls"].
      for (const char* which : {"disable", "enable"}) {
        if (const toml::node* list = table->get(which))
          for (auto& [id, at] : strings(std::string("rules.") + which, *list))
            add(std::string("--") + which + "=" + id, std::string("rules.") + which, *at);
      }
      for (const auto& [sub, n] : *table) {
        if (sub.str() != "disable" && sub.str() != "enable")
          fail(path, line_of(n), "unknown key 'rules." + std::string(sub.str()) + "' (known: enable, disable)");
      }
      continue;
    }
    if (key == "actions" && table != nullptr) {
      for (const auto& [rule, n] : *table) {
        std::string name = "actions." + std::string(rule.str());
        add("--action=" + std::string(rule.str()) + "=" + string_value(path, name, n), name, n);
      }
      continue;
    }
    if (key == "extensions" && table != nullptr) {
      for (const auto& [sub, n] : *table) {
        std::string name = "extensions." + std::string(sub.str());
        if (sub.str() != "allow" && sub.str() != "deny")
          fail(path, line_of(n), "unknown key '" + name + "' (known: allow, deny)");
        for (auto& [ext, at] : strings(name, n)) add("--" + std::string(sub.str()) + "-extension=" + ext, name, *at);
      }
      continue;
    }
    if (key == "schemas" && table != nullptr) {
      for (const auto& [from, n] : *table) {
        std::string name = "schemas." + std::string(from.str());
        add("--map-schema=" + std::string(from.str()) + "=" + string_value(path, name, n), name, n);
      }
      continue;
    }
    if (key == "rules" || key == "actions" || key == "extensions" || key == "schemas")
      fail(path, line_of(node), "'" + key + "' is a table: write [" + key + "]");
    fail(path, line_of(node), "unknown key '" + key + "' (known: " + kKnown + ")");
  }
  return out;
}

}  // namespace db9
