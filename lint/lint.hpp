// The linter's entry point: a parsed diagram in, every diagnostic out (the
// parser's syntax diagnostics first merged with the rules'), suppressions and
// the rule selection applied, sorted by position.
// Pre: `parse` came from parse_diagram(source) (or was built to look like it).
// Post: deterministic; spans lie inside source.text(); never throws.
#pragma once
#include <vector>

#include "lint/selection.hpp"
#include "model/diagnostic.hpp"
#include "model/diagram.hpp"
#include "model/limits.hpp"
#include "model/source.hpp"

namespace merrow::lint {

struct LintOptions {
  RuleSelection selection;
  Limits limits;  // applied by the parse (parse_diagram) before any rule runs
};

std::vector<Diagnostic> lint(const ParseResult& parse, const Source& source, const LintOptions& options);

}  // namespace merrow::lint
