#include "lint/lint.hpp"

#include <algorithm>
#include <set>

#include "lint/registry.hpp"
#include "lint/rules/families.hpp"
#include "lint/suppress.hpp"
#include "lint/syntax_fixes.hpp"

namespace merrow::lint {
namespace {

std::vector<Diagnostic> run_rules(const ParseResult& parse, const Source& source) {
  std::vector<Diagnostic> found;
  Reporter reporter(source, found);
  check_preamble(parse, reporter);
  if (const auto* chart = std::get_if<Flowchart>(&parse.diagram)) {
    check_references(*chart, reporter);
    check_labels(*chart, reporter);
    check_css(*chart, reporter);
    check_icons(*chart, reporter);
    check_security(*chart, reporter);
    check_style(*chart, reporter);
    check_config(chart->config, reporter);
  } else if (const auto* map = std::get_if<Mindmap>(&parse.diagram)) {
    check_mindmap(*map, reporter);
    check_icons(*map, reporter);
    check_config(map->config, reporter);
  }
  return found;
}

uint32_t line_of(const Source& source, const Diagnostic& diagnostic) {
  return source.position(diagnostic.span.begin).line;
}

}  // namespace

std::vector<Diagnostic> lint(const ParseResult& parse, const Source& source, const LintOptions& options) {
  std::vector<Diagnostic> diagnostics = parse.diagnostics;
  add_syntax_fixes(source, diagnostics);

  // The parser may already report what a rule checks again (a second mindmap
  // root, a bad linkStyle index): one report per line is enough.
  std::set<uint32_t> parser_error_lines;
  for (const auto& diagnostic : diagnostics) {
    if (diagnostic.severity == Severity::error) parser_error_lines.insert(line_of(source, diagnostic));
  }
  for (auto& diagnostic : run_rules(parse, source)) {
    if (!options.selection.enabled(diagnostic.code)) continue;
    if (diagnostic.severity == Severity::error && parser_error_lines.contains(line_of(source, diagnostic))) {
      continue;
    }
    diagnostic.severity = options.selection.severity_of(diagnostic.code, diagnostic.severity);
    diagnostics.push_back(std::move(diagnostic));
  }

  apply_suppressions(source, options.selection, diagnostics);
  std::stable_sort(diagnostics.begin(), diagnostics.end(), [](const Diagnostic& a, const Diagnostic& b) {
    if (a.span.begin != b.span.begin) return a.span.begin < b.span.begin;
    return a.code < b.code;
  });
  return diagnostics;
}

}  // namespace merrow::lint
