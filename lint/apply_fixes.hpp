// Applying fixes to a host file. Only the named bytes change: Markdown
// around a diagram, line endings and encoding are preserved byte for byte.
// Fixes whose edits overlap an already accepted fix are skipped (the next
// run picks them up), as ruff does.
#pragma once
#include <string>
#include <vector>

#include "lint/located.hpp"

namespace merrow::lint {

struct FixOutcome {
  std::string text;    // the fixed content
  size_t applied = 0;  // fixes applied
  std::vector<size_t> applied_indices;  // indices into the diagnostics
};

// Pre: edit offsets lie inside `content`. `unsafe` also applies unsafe fixes.
FixOutcome apply_fixes(const std::string& content, const std::vector<LocatedDiagnostic>& diagnostics, bool unsafe);

// A unified diff (3 lines of context) from `before` to `after`; empty when equal.
std::string unified_diff(const std::string& path, const std::string& before, const std::string& after);

}  // namespace merrow::lint
