#include "lint/reporter.hpp"

#include <algorithm>

#include "lint/registry.hpp"

namespace merrow::lint {

Diagnostic& Reporter::report(std::string_view code, Span span, std::string message, std::string label) {
  const RuleInfo& info = rule(code);
  // Clamp so that every emitted span lies inside the text, whatever the model holds.
  const auto size = static_cast<uint32_t>(source_.text().size());
  span.begin = std::min(span.begin, size);
  span.end = std::clamp(span.end, span.begin, size);
  Diagnostic diagnostic;
  diagnostic.code = std::string(info.code);
  diagnostic.name = std::string(info.name);
  diagnostic.severity = info.severity;
  diagnostic.message = std::move(message);
  diagnostic.span = span;
  diagnostic.label = std::move(label);
  out_.push_back(std::move(diagnostic));
  return out_.back();
}

}  // namespace merrow::lint
