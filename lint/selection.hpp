// Which rules run and at what severity: defaults, then `select` (replaces the
// default set), `extend-select` (adds), `ignore` (removes), then per-rule
// severity overrides. Entries are codes ("M210"), names ("style-on-unused-id"),
// code prefixes ("M4") or "ALL".
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
  // Whether the rule `code` runs. Parser codes (M1xx) always run.
  bool enabled(std::string_view code) const;
  // The severity a diagnostic of `code` is reported with.
  Severity severity_of(std::string_view code, Severity fallback) const;
  // Entries that name no rule, for a usage error ("M9999", "no-such-rule").
  std::vector<std::string> unknown_entries() const;
};

std::optional<Severity> parse_severity(std::string_view text);
std::string_view severity_name(Severity severity);

}  // namespace merrow::lint
