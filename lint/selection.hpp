// Which rules run and at what severity: defaults, then `select` (replaces the
// default set), `extend-select` (adds), `ignore` (removes), then per-rule
// severity overrides. Entries are codes ("M210"), names ("style-on-unused-id"),
// code prefixes ("M4") or "ALL".
// Only configurable rules (registry category file or lint) are selected,
// ignored or re-graded: syntax errors (mermaid rejects the diagram), limit and
// internal codes are always reported at their registered severity, whatever
// the entries say ("ALL" and "M1" included). An entry naming only such codes
// is accepted but has no effect; fixed_entries() lists them for a warning.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "model/diagnostic.hpp"

namespace merrow::lint {

struct RuleSelection {
  std::optional<std::vector<std::string>> select;  // nullopt: the defaults
  std::vector<std::string> extend_select;
  std::vector<std::string> ignore;
  std::map<std::string, Severity> severity;  // key: code or name

  // Later layers win: `overlay` replaces select when it has one and adds to the lists.
  void merge(const RuleSelection& overlay);
  // Whether the rule `code` runs. Syntax, limit, internal and unregistered codes always run.
  bool enabled(std::string_view code) const;
  // The severity a diagnostic of `code` is reported with: `fallback` (the
  // emitted severity) unless `code` is a configurable rule with an override.
  Severity severity_of(std::string_view code, Severity fallback) const;
  // Entries that name no registered code, for a usage error ("M9999", "no-such-rule").
  std::vector<std::string> unknown_entries() const;
  // `ignore` entries and severity keys that name only codes the selection
  // cannot act on ("M101", "unclosed-bracket", "M19"): they have no effect.
  std::vector<std::string> fixed_entries() const;
};

std::optional<Severity> parse_severity(std::string_view text);
std::string_view severity_name(Severity severity);

}  // namespace merrow::lint
