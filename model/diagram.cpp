// ParseResult::ok(): usable means a model exists and no diagnostic is an error
// (warnings, e.g. an ignored init directive, do not make a diagram unusable).
#include "model/diagram.hpp"

#include <algorithm>

namespace merrow {

bool ParseResult::ok() const {
  if (std::holds_alternative<std::monostate>(diagram)) return false;
  return std::none_of(diagnostics.begin(), diagnostics.end(),
                      [](const Diagnostic& d) { return d.severity == Severity::error; });
}

}  // namespace merrow
