// The rule registry: every lint rule's stable code, kebab-case name, default
// severity, whether it runs by default, a one-line summary and its doc page.
// Codes: M0xx file-level, M2xx semantic, M3xx security, M4xx opt-in style.
// (M100-M169 belong to the parser and are not in this table.)
#pragma once
#include <span>
#include <string>
#include <string_view>

#include "model/diagnostic.hpp"

namespace merrow::lint {

struct RuleInfo {
  std::string_view code;     // "M210"
  std::string_view name;     // "style-on-unused-id"
  Severity severity;         // default severity
  bool enabled_by_default;   // opt-in style rules are false
  std::string_view summary;  // one line, no trailing period

  std::string doc_path() const { return "docs/rules/" + std::string(name) + ".md"; }
};

// All rules, ordered by code.
std::span<const RuleInfo> all_rules();
// The rule with this code ("M210", case-insensitive) or name; nullptr if none.
const RuleInfo* find_rule(std::string_view code_or_name);
// The rule with exactly this code. Pre: the code is registered (a typo is a bug).
const RuleInfo& rule(std::string_view code);

}  // namespace merrow::lint
