#include "pipeline.hpp"

#include <algorithm>
#include <iterator>

#include <catch2/catch.hpp>

#include "contract_checks.hpp"
#include "grammar/parse.hpp"
#include "layout/layout.hpp"
#include "lint/lint.hpp"
#include "merrow/merrow.hpp"

namespace merrow::hostile {
namespace {

bool contains(const std::vector<Diagnostic>& diagnostics, const std::string& code) {
  return std::any_of(diagnostics.begin(), diagnostics.end(),
                     [&](const Diagnostic& d) { return d.code == code; });
}

bool any_error(const std::vector<Diagnostic>& diagnostics) {
  return std::any_of(diagnostics.begin(), diagnostics.end(),
                     [](const Diagnostic& d) { return d.severity == Severity::error; });
}

// Layout with the fixed-width measurer: the cases are about sizes and shapes
// of input, not fonts. The drawing's pixel count is the last limit.
void lay_out(Outcome& outcome, const Limits& limits) {
  const FixedWidthMeasurer measurer;
  std::optional<LayoutResult> result;
  if (const auto* chart = std::get_if<Flowchart>(&outcome.parsed.diagram))
    result = layout_flowchart(*chart, measurer);
  else if (const auto* map = std::get_if<Mindmap>(&outcome.parsed.diagram))
    result = layout_mindmap(*map, measurer);
  if (!result) return;
  outcome.laid_out = true;
  CHECK(contracts::layout_violation(*result) == "");
  if (auto too_big = check_output_pixels(result->width, result->height, 1, limits))
    outcome.limits.push_back(std::move(*too_big));
}

}  // namespace

bool Outcome::reports(const std::string& code) const {
  return contains(parsed.diagnostics, code) || contains(limits, code) || contains(lint, code);
}

bool Outcome::has_error() const {
  return any_error(parsed.diagnostics) || any_error(limits) || any_error(lint);
}

std::string Outcome::raise_hint() const {
  for (const auto& d : limits)
    for (const auto& note : d.notes)
      if (note.message.find("--max-") != std::string::npos) return note.message;
  return "";
}

Outcome run_pipeline(std::string text, const Limits& limits) {
  Outcome outcome;
  const Source source("hostile.mmd", std::move(text));
  if (auto too_big = check_input_size(source, limits)) {
    outcome.limits.push_back(std::move(*too_big));
    return outcome;
  }
  outcome.parsed_at_all = true;
  outcome.parsed = parse_diagram(source, limits);  // applies the limits itself
  CHECK(contracts::diagnostics_violation(outcome.parsed.diagnostics, source) == "");
  CHECK(contracts::model_violation(outcome.parsed, source) == "");

  std::copy_if(outcome.parsed.diagnostics.begin(), outcome.parsed.diagnostics.end(),
               std::back_inserter(outcome.limits),
               [](const Diagnostic& d) { return d.code == limit_exceeded_code; });

  // Past a limit nothing else runs: the point of the limit is to bound the work.
  if (!outcome.limits.empty()) return outcome;
  outcome.lint = lint::lint(outcome.parsed, source, {});
  CHECK(contracts::diagnostics_violation(outcome.lint, source) == "");

  if (!any_error(outcome.parsed.diagnostics)) lay_out(outcome, limits);
  // The public API renders with real fonts; it runs only on drawings the
  // pixel limit lets through, as the CLI will.
  if (outcome.laid_out && outcome.limits.empty()) {
    const RenderResult svg = render(source.text(), OutputFormat::svg);
    outcome.rendered = svg.ok() && svg.data.find("<svg") != std::string::npos;
    CHECK(svg.error == "");
  }
  return outcome;
}

}  // namespace merrow::hostile
