// The code registry: every diagnostic code merrow can emit, with its stable
// code, kebab-case name, category, default severity, whether it runs by
// default, a one-line summary and its doc page (docs/rules/<name>.md).
// It is the single source of names and severities: the parser's error tables
// (grammar/flowchart/flowchart_errors.hpp, grammar/mindmap/mindmap_errors.hpp),
// the preamble, the limits (model/limits.hpp) and the lint rules must agree
// with it (tests/lint/registry_test.cpp checks every code emitted anywhere).
//
// Codes: M0xx file-level, M100-M149 flowchart syntax, M150-M169 mindmap
// syntax, M190 limits, M199 internal, M2xx semantic, M3xx security, M4xx
// opt-in style.
//
// Configurable codes are *rules*: the selection (select, ignore, severity
// overrides) and suppression comments act on them. They are the `lint` codes
// and the `file` codes M003/M004. `syntax` (mermaid rejects the diagram),
// `limit` and `internal` codes, and the encoding checks M001/M002 (made
// before any diagram is read), are always reported at their registered
// severity: they cannot be ignored, re-graded or suppressed (docs/rules/README.md).
#pragma once
#include <cstdint>
#include <span>
#include <string>
#include <string_view>

#include "model/diagnostic.hpp"

namespace merrow::lint {

enum class Category : uint8_t {
  file,      // M001-M004: the file or block as a whole
  syntax,    // the parser: mermaid rejects the diagram
  limit,     // M190: a --max-* limit of merrow's; the diagram is not checked
  internal,  // M149, M199: merrow failed (never expected)
  lint,      // M2xx-M4xx: semantic, security and style rules
};

std::string_view category_name(Category category);  // "file", "syntax", ...

struct RuleInfo {
  std::string_view code;     // "M210"
  std::string_view name;     // "style-on-unused-id"
  Category category;
  Severity severity;         // default severity
  bool enabled_by_default;   // opt-in style rules are false
  bool is_configurable;      // see configurable()
  std::string_view summary;  // one line, no trailing period

  // Whether select/ignore, severity overrides and suppressions act on it.
  constexpr bool configurable() const { return is_configurable; }
  std::string doc_path() const { return "docs/rules/" + std::string(name) + ".md"; }
};

// Every registered code, ordered by code.
std::span<const RuleInfo> all_rules();
// The registered code with this code ("M101", case-insensitive) or name
// ("unclosed-bracket"); nullptr if none. A name shared by several codes
// (internal-error: M149 and M199) finds the first.
const RuleInfo* find_code(std::string_view code_or_name);
// Like find_code, but only configurable rules: nullptr for syntax, limit,
// internal and encoding codes, which no selection or suppression may turn off.
const RuleInfo* find_rule(std::string_view code_or_name);
// The entry with exactly this code. Pre: the code is registered (a typo is a bug).
const RuleInfo& rule(std::string_view code);

}  // namespace merrow::lint
