// `.merrow.toml`, found by walking up from the linted file's directory:
//
//   select = ["ALL"]              # replaces the default rule set (optional)
//   extend-select = ["M400"]      # adds to it
//   ignore = ["icon-without-font"]
//   [severity]
//   M215 = "error"
//   [[overrides]]
//   files = ["legacy/**"]         # globs relative to the config's directory
//   ignore = ["M210"]
//
// Errors (bad TOML, an unknown key, a wrong type) are returned as text with
// the file and line, for a usage error (exit 2).
#pragma once
#include <filesystem>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "lint/selection.hpp"

namespace merrow::lint {

struct ConfigFile {
  std::filesystem::path path;
  RuleSelection selection;
  struct Override {
    std::vector<std::string> files;
    RuleSelection selection;
  };
  std::vector<Override> overrides;

  // The selection for `file`: the base, then every override whose glob matches.
  RuleSelection selection_for(const std::filesystem::path& file) const;
};

struct ConfigLoad {
  std::optional<ConfigFile> config;
  std::string error;  // non-empty on failure
};

ConfigLoad load_config_file(const std::filesystem::path& path);

// `*` matches within a path segment, `**` across segments, `?` one character.
bool glob_match(std::string_view pattern, std::string_view path);

// Finds and caches the nearest .merrow.toml above each directory.
// Thread-safe. An explicit --config file overrides the search.
class ConfigResolver {
 public:
  explicit ConfigResolver(std::optional<std::filesystem::path> explicit_config = std::nullopt);

  // The config that governs `file` (nullptr: none), or an error in `error`.
  const ConfigFile* config_for(const std::filesystem::path& file, std::string& error);

 private:
  const ConfigFile* load_cached(const std::filesystem::path& path, std::string& error);

  std::optional<std::filesystem::path> explicit_;
  std::mutex mutex_;
  std::map<std::filesystem::path, std::optional<std::filesystem::path>> nearest_;  // directory -> config path
  std::map<std::filesystem::path, ConfigLoad> loaded_;
};

}  // namespace merrow::lint
