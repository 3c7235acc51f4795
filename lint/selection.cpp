#include "lint/selection.hpp"

#include <algorithm>
#include <cctype>

#include "lint/registry.hpp"

namespace merrow::lint {
namespace {

std::string upper(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

// Does a selector entry name the code? (Whether the selection may act on it
// is the caller's business: syntax, limit and internal codes are fixed.)
bool matches(std::string_view entry, std::string_view code) {
  if (upper(entry) == "ALL") return true;
  if (const RuleInfo* info = find_code(entry)) return info->code == code;
  const std::string prefix = upper(entry);
  return prefix.size() >= 2 && prefix[0] == 'M' && code.starts_with(prefix);
}

bool any_matches(const std::vector<std::string>& entries, std::string_view code) {
  return std::any_of(entries.begin(), entries.end(),
                     [&](const std::string& entry) { return matches(entry, code); });
}

bool names_something(std::string_view entry) {
  if (upper(entry) == "ALL" || find_code(entry) != nullptr) return true;
  return std::any_of(all_rules().begin(), all_rules().end(),
                     [&](const RuleInfo& info) { return matches(entry, info.code); });
}

}  // namespace

void RuleSelection::merge(const RuleSelection& overlay) {
  if (overlay.select) select = overlay.select;
  extend_select.insert(extend_select.end(), overlay.extend_select.begin(), overlay.extend_select.end());
  ignore.insert(ignore.end(), overlay.ignore.begin(), overlay.ignore.end());
  for (const auto& [key, value] : overlay.severity) severity[key] = value;
}

bool RuleSelection::enabled(std::string_view code) const {
  const RuleInfo* info = find_rule(code);
  if (info == nullptr) return true;  // syntax, limit and internal codes always run
  // An explicit ignore beats any select, as in ruff.
  if (any_matches(ignore, code)) return false;
  if (any_matches(extend_select, code)) return true;
  if (select) return any_matches(*select, code);
  return info->enabled_by_default;
}

Severity RuleSelection::severity_of(std::string_view code, Severity fallback) const {
  if (find_rule(code) == nullptr) return fallback;  // only configurable rules are re-graded
  for (const auto& [key, value] : severity) {
    if (const RuleInfo* info = find_rule(key); info != nullptr && info->code == code) return value;
  }
  return fallback;
}

std::vector<std::string> RuleSelection::unknown_entries() const {
  std::vector<std::string> unknown;
  auto check = [&](const std::vector<std::string>& entries) {
    for (const auto& entry : entries) {
      if (!names_something(entry)) unknown.push_back(entry);
    }
  };
  if (select) check(*select);
  check(extend_select);
  check(ignore);
  for (const auto& [key, value] : severity) {
    if (find_code(key) == nullptr) unknown.push_back(key);
  }
  return unknown;
}

std::vector<std::string> RuleSelection::fixed_entries() const {
  std::vector<std::string> fixed;
  // An entry that names registered codes, none of which the selection may act on.
  auto only_fixed = [](std::string_view entry) {
    if (upper(entry) == "ALL") return false;
    bool any = false;
    for (const auto& info : all_rules()) {
      if (!matches(entry, info.code)) continue;
      if (info.configurable()) return false;
      any = true;
    }
    return any;
  };
  for (const auto& entry : ignore) {
    if (only_fixed(entry)) fixed.push_back(entry);
  }
  for (const auto& [key, value] : severity) {
    if (only_fixed(key)) fixed.push_back(key);
  }
  return fixed;
}

std::optional<Severity> parse_severity(std::string_view text) {
  if (text == "error") return Severity::error;
  if (text == "warning" || text == "warn") return Severity::warning;
  if (text == "info") return Severity::info;
  return std::nullopt;
}

std::string_view severity_name(Severity severity) {
  switch (severity) {
    case Severity::error: return "error";
    case Severity::warning: return "warning";
    case Severity::info: return "info";
  }
  return "error";
}

}  // namespace merrow::lint
