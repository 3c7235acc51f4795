// What each fuzz target checks on one input, as functions that name the first
// broken contract ("" when all hold). The fuzzers abort on a violation, so
// libFuzzer saves the input like any other crash; tests/hostile's
// fuzz_regressions_test replays fuzz/regressions/ through the same functions
// in the ordinary (and the sanitized) test suite, without clang or libFuzzer.
// Contracts themselves live in tests/hostile/contract_checks.hpp.
#pragma once
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <variant>

#include "grammar/markdown.hpp"
#include "grammar/parse.hpp"
#include "layout/layout.hpp"
#include "lint/lint.hpp"
#include "merrow/merrow.hpp"
#include "model/limits.hpp"
#include "tests/hostile/contract_checks.hpp"
#include "tests/hostile/svg_safety.hpp"

namespace merrow::fuzz {

inline Source source_from(std::string_view bytes) { return Source("fuzz.mmd", std::string(bytes)); }

// parse_diagram on arbitrary bytes: never throws, never crashes, and every span
// it returns lies inside the text. Limits are checked too, as the CLI will.
inline std::string check_parse(std::string_view bytes) {
  const Source source = source_from(bytes);
  const ParseResult parsed = parse_diagram(source);
  if (auto broken = contracts::diagnostics_violation(parsed.diagnostics, source); !broken.empty())
    return broken;
  if (auto broken = contracts::model_violation(parsed, source); !broken.empty()) return broken;
  return contracts::diagnostics_violation(check_limits(source, parsed, Limits{}), source);
}

// The whole linter (parser diagnostics merged with every rule): deterministic,
// spans inside the text, never throws.
inline std::string check_lint(std::string_view bytes) {
  const Source source = source_from(bytes);
  const ParseResult parsed = parse_diagram(source);
  const auto diagnostics = lint::lint(parsed, source, lint::LintOptions{});
  if (auto broken = contracts::diagnostics_violation(diagnostics, source); !broken.empty()) return broken;
  const auto again = lint::lint(parsed, source, lint::LintOptions{});
  return again.size() == diagnostics.size() ? "" : "lint is not deterministic";
}

// Parse, then lay out whatever parsed: geometry finite, one box per node.
// Diagrams over the default limits are skipped, as the CLI skips them.
inline std::string check_layout(std::string_view bytes) {
  const Source source = source_from(bytes);
  const ParseResult parsed = parse_diagram(source);
  if (!check_limits(source, parsed, Limits{}).empty()) return "";
  const FixedWidthMeasurer measurer;
  if (const auto* chart = std::get_if<Flowchart>(&parsed.diagram)) {
    const LayoutResult result = layout_flowchart(*chart, measurer);
    if (auto broken = contracts::layout_violation(result); !broken.empty()) return broken;
    return result.nodes.size() == chart->nodes.size() ? "" : "not one box per flowchart node";
  }
  if (const auto* map = std::get_if<Mindmap>(&parsed.diagram)) {
    const LayoutResult result = layout_mindmap(*map, measurer);
    if (auto broken = contracts::layout_violation(result); !broken.empty()) return broken;
    return result.nodes.size() == map->nodes.size() ? "" : "not one box per mindmap node";
  }
  return "";
}

// The public API end to end (parse, layout with real fonts, scene, Cairo SVG):
// no crash, no exception, and the SVG is safe whatever the labels, links and
// styles held. Oversized diagrams are skipped as the CLI skips them.
inline std::string check_render(std::string_view bytes) {
  const Source source = source_from(bytes);
  if (!check_limits(source, parse_diagram(source), Limits{}).empty()) return "";
  const RenderResult svg = render(source.text(), OutputFormat::svg);
  return svg.ok() ? svg_safety::first_unsafe(svg.data) : "";
}

// Markdown block extraction on arbitrary pages: block ranges lie inside the
// page and each block's Source maps its positions without crashing.
inline std::string check_markdown(std::string_view page) {
  for (const auto& block : extract_mermaid_blocks(page)) {
    if (!(block.fence.begin <= block.content.begin && block.content.end <= block.fence.end &&
          block.fence.end <= page.size()))
      return "block content not inside its fence inside the page";
    const Source source = block_source("fuzz.md", block);
    (void)source.position(static_cast<uint32_t>(source.text().size()));
  }
  return "";
}

// For the fuzzers: a broken contract aborts, so libFuzzer keeps the input.
inline void require(const std::string& violation) {
  if (violation.empty()) return;
  std::fprintf(stderr, "contract violated: %s\n", violation.c_str());
  std::abort();
}

inline std::string_view bytes_of(const uint8_t* data, size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

}  // namespace merrow::fuzz
