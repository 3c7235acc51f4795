// One place that builds a parser Diagnostic, so every grammar file fills the
// same fields the same way (code, kebab-case name, severity, span, caret label).
#pragma once
#include <string>
#include <string_view>

#include "model/diagnostic.hpp"

namespace merrow::grammar {

inline Diagnostic make_diagnostic(std::string_view code, std::string_view name, Severity severity,
                                  std::string message, Span span, std::string label = {}) {
  Diagnostic d;
  d.code = std::string(code);
  d.name = std::string(name);
  d.severity = severity;
  d.message = std::move(message);
  d.span = span;
  d.label = std::move(label);
  return d;
}

}  // namespace merrow::grammar
