#include "lint/config_file.hpp"

#include <toml++/toml.h>

namespace merrow::lint {
namespace fs = std::filesystem;
namespace {

std::string where(const toml::node& node, const fs::path& path) {
  return path.string() + ":" + std::to_string(node.source().begin.line);
}

// Reads a list of strings at `key`; false (and `error`) when it is not one.
bool read_list(const toml::table& table, std::string_view key, const fs::path& path,
               std::vector<std::string>& out, std::string& error) {
  const toml::node* node = table.get(key);
  if (node == nullptr) return true;
  const toml::array* array = node->as_array();
  if (array == nullptr) {
    error = where(*node, path) + ": `" + std::string(key) + "` must be a list of rule codes or names";
    return false;
  }
  for (const auto& item : *array) {
    const auto value = item.value<std::string>();
    if (!value) {
      error = where(item, path) + ": `" + std::string(key) + "` entries must be strings";
      return false;
    }
    out.push_back(*value);
  }
  return true;
}

bool read_selection(const toml::table& table, const fs::path& path, RuleSelection& selection, std::string& error,
                    bool allow_files) {
  for (const auto& [key, node] : table) {
    const std::string_view name = key.str();
    const bool known = name == "select" || name == "extend-select" || name == "ignore" || name == "severity" ||
                       (allow_files ? name == "files" : name == "overrides");
    if (!known) {
      error = where(node, path) + ": unknown key `" + std::string(name) + "`";
      return false;
    }
  }
  if (table.contains("select")) {
    selection.select.emplace();
    if (!read_list(table, "select", path, *selection.select, error)) return false;
  }
  if (!read_list(table, "extend-select", path, selection.extend_select, error) ||
      !read_list(table, "ignore", path, selection.ignore, error)) {
    return false;
  }
  if (const toml::node* node = table.get("severity")) {
    const toml::table* severities = node->as_table();
    if (severities == nullptr) {
      error = where(*node, path) + ": `severity` must be a table: [severity] M215 = \"error\"";
      return false;
    }
    for (const auto& [rule, value] : *severities) {
      const auto text = value.value<std::string>();
      const auto severity = text ? parse_severity(*text) : std::nullopt;
      if (!severity) {
        error = where(value, path) + ": severity must be \"error\", \"warning\" or \"info\"";
        return false;
      }
      selection.severity[std::string(rule.str())] = *severity;
    }
  }
  const auto unknown = selection.unknown_entries();
  if (!unknown.empty()) {
    error = path.string() + ": `" + unknown.front() + "` is not a merrow rule";
    return false;
  }
  return true;
}

bool glob_at(std::string_view pattern, std::string_view path) {
  if (pattern.empty()) return path.empty();
  if (pattern.starts_with("**")) {
    std::string_view rest = pattern.substr(2);
    if (rest.starts_with('/')) rest.remove_prefix(1);
    for (size_t i = 0; i <= path.size(); ++i) {
      if (glob_at(rest, path.substr(i))) return true;
    }
    return false;
  }
  if (pattern.front() == '*') {
    for (size_t i = 0; i <= path.size(); ++i) {
      if (glob_at(pattern.substr(1), path.substr(i))) return true;
      if (i < path.size() && path[i] == '/') break;
    }
    return false;
  }
  if (path.empty()) return false;
  if (pattern.front() == '?' ? path.front() != '/' : pattern.front() == path.front()) {
    return glob_at(pattern.substr(1), path.substr(1));
  }
  return false;
}

}  // namespace

bool glob_match(std::string_view pattern, std::string_view path) { return glob_at(pattern, path); }

RuleSelection ConfigFile::selection_for(const fs::path& file) const {
  RuleSelection out = selection;
  std::error_code ignored;  // absolute() only fails on an empty path; never throw from here
  const fs::path base = fs::absolute(path, ignored).lexically_normal().parent_path();
  const std::string relative =
      fs::absolute(file, ignored).lexically_normal().lexically_relative(base).generic_string();
  for (const auto& override_entry : overrides) {
    for (const auto& pattern : override_entry.files) {
      if (glob_match(pattern, relative)) {
        out.merge(override_entry.selection);
        break;
      }
    }
  }
  return out;
}

ConfigLoad load_config_file(const fs::path& path) {
  ConfigLoad load;
  toml::table table;
  try {
    table = toml::parse_file(path.string());
  } catch (const toml::parse_error& e) {
    load.error = path.string() + ":" + std::to_string(e.source().begin.line) + ": " + std::string(e.description());
    return load;
  }
  ConfigFile config;
  config.path = path;
  if (!read_selection(table, path, config.selection, load.error, false)) return load;
  if (const toml::node* node = table.get("overrides")) {
    const toml::array* array = node->as_array();
    if (array == nullptr || !array->is_array_of_tables()) {
      load.error = where(*node, path) + ": `overrides` must be [[overrides]] tables";
      return load;
    }
    for (const auto& item : *array) {
      const toml::table& entry = *item.as_table();
      ConfigFile::Override override_entry;
      if (!read_list(entry, "files", path, override_entry.files, load.error) ||
          !read_selection(entry, path, override_entry.selection, load.error, true)) {
        return load;
      }
      config.overrides.push_back(std::move(override_entry));
    }
  }
  load.config = std::move(config);
  return load;
}

ConfigResolver::ConfigResolver(std::optional<fs::path> explicit_config) : explicit_(std::move(explicit_config)) {}

const ConfigFile* ConfigResolver::load_cached(const fs::path& path, std::string& error) {
  auto it = loaded_.find(path);
  if (it == loaded_.end()) it = loaded_.emplace(path, load_config_file(path)).first;
  error = it->second.error;
  return it->second.config ? &*it->second.config : nullptr;
}

const ConfigFile* ConfigResolver::config_for(const fs::path& file, std::string& error) {
  const std::lock_guard lock(mutex_);
  if (explicit_) return load_cached(*explicit_, error);
  std::error_code ignored;
  fs::path directory = fs::absolute(file, ignored).parent_path();
  std::vector<fs::path> visited;
  std::optional<fs::path> found;
  for (;;) {
    if (const auto it = nearest_.find(directory); it != nearest_.end()) {
      found = it->second;
      break;
    }
    visited.push_back(directory);
    if (fs::is_regular_file(directory / ".merrow.toml", ignored)) {
      found = directory / ".merrow.toml";
      break;
    }
    if (!directory.has_parent_path() || directory.parent_path() == directory) break;
    directory = directory.parent_path();
  }
  for (const auto& path : visited) nearest_[path] = found;
  if (!found) return nullptr;
  return load_cached(*found, error);
}

}  // namespace merrow::lint
