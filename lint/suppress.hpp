// Suppression comments inside a diagram:
//   %% merrow-disable-next-line M210 style-on-unused-id   (the next line only)
//   %% merrow-disable M220                                (the whole diagram)
// With no codes they cover every rule. Syntax errors cannot be suppressed.
// A suppression that hides nothing is reported as M230 unused-suppression,
// with a safe fix that deletes the comment line.
#pragma once
#include <vector>

#include "lint/selection.hpp"
#include "model/diagnostic.hpp"
#include "model/source.hpp"

namespace merrow::lint {

// Pre: diagnostics' spans lie inside source.text(). Post: suppressed ones
// removed; M230 appended when `selection` enables it.
void apply_suppressions(const Source& source, const RuleSelection& selection,
                        std::vector<Diagnostic>& diagnostics);

}  // namespace merrow::lint
