// Suggested fixes for obvious syntax errors the parser reports without one:
// `A[foo --> B` gets "did you mean `A[foo] --> B`?" (an unsafe fix: the
// author may have meant something else).
#pragma once
#include <vector>

#include "model/diagnostic.hpp"
#include "model/source.hpp"

namespace merrow::lint {

// Post: only diagnostics with no fix gain one; nothing else changes.
void add_syntax_fixes(const Source& source, std::vector<Diagnostic>& diagnostics);

}  // namespace merrow::lint
