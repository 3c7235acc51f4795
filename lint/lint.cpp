#include "lint/lint.hpp"

#include <algorithm>
#include <set>

#include "lint/guidance/guidance.hpp"
#include "lint/registry.hpp"
#include "lint/rules/families.hpp"
#include "lint/suppress.hpp"
#include "lint/syntax_fixes.hpp"
#include "lint/text_scan.hpp"

namespace merrow::lint {
namespace {

std::vector<Diagnostic> run_rules(const ParseResult& parse, const Source& source) {
  std::vector<Diagnostic> found;
  Reporter reporter(source, found);
  check_preamble(parse, reporter);
  if (const auto* chart = std::get_if<Flowchart>(&parse.diagram)) {
    check_references(*chart, reporter);
    check_labels(*chart, reporter);
    check_surprises(*chart, reporter);
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

// A statement that failed to parse never reached the model, so the names it
// held look unused or undefined to the reference rules: `A[x (y)]:::hot`
// would add "classDef `hot` is never applied". Those knock-on reports go.
bool is_knock_on(const Diagnostic& diagnostic, const Source& source, const std::vector<Diagnostic>& parser) {
  static constexpr std::string_view kReferenceCodes[] = {"M210", "M211", "M212", "M213"};
  if (std::find(std::begin(kReferenceCodes), std::end(kReferenceCodes), diagnostic.code) == std::end(kReferenceCodes))
    return false;
  const size_t open = diagnostic.message.find('`');
  const size_t close = open == std::string::npos ? open : diagnostic.message.find('`', open + 1);
  if (close == std::string::npos) return false;
  const std::string_view name = std::string_view(diagnostic.message).substr(open + 1, close - open - 1);
  for (const auto& error : parser) {
    if (error.severity != Severity::error) continue;
    std::vector<uint32_t> lines{error.span.begin};
    for (const auto& note : error.notes)
      if (note.span) lines.push_back(note.span->begin);
    for (const uint32_t at : lines) {
      const std::string_view line = source.line_at(std::min<uint32_t>(at, static_cast<uint32_t>(source.text().size())));
      const auto begin = static_cast<uint32_t>(line.data() - source.text().data());
      if (!find_word(source.text(), name, {begin, begin + static_cast<uint32_t>(line.size())}).empty()) return true;
    }
  }
  return false;
}

}  // namespace

std::vector<Diagnostic> lint(const ParseResult& parse, const Source& source, const LintOptions& options) {
  // The parser reports some registered codes itself (M001-M003, M201-M204);
  // those obey the selection like any rule. Syntax codes (M1xx) always stay.
  std::vector<Diagnostic> diagnostics;
  for (const auto& diagnostic : parse.diagnostics) {
    if (!options.selection.enabled(diagnostic.code)) continue;
    diagnostics.push_back(diagnostic);
    if (find_rule(diagnostic.code) != nullptr) {
      diagnostics.back().severity = options.selection.severity_of(diagnostic.code, diagnostic.severity);
    }
  }
  add_guidance(source, diagnostics);
  add_syntax_fixes(source, diagnostics);

  // The parser may already report what a rule checks again (a second mindmap
  // root, broken front matter): one report per line and code is enough, and
  // none from a rule on a line where the parser found a syntax error.
  std::set<uint32_t> parser_error_lines;
  std::set<std::pair<uint32_t, std::string>> parser_reports;
  for (const auto& diagnostic : parse.diagnostics) {
    const uint32_t line = line_of(source, diagnostic);
    if (diagnostic.severity == Severity::error) parser_error_lines.insert(line);
    parser_reports.emplace(line, diagnostic.code);
  }
  for (auto& diagnostic : run_rules(parse, source)) {
    if (!options.selection.enabled(diagnostic.code)) continue;
    const uint32_t line = line_of(source, diagnostic);
    if (parser_reports.contains({line, diagnostic.code})) continue;
    if (diagnostic.severity == Severity::error && parser_error_lines.contains(line)) continue;
    if (!parser_error_lines.empty() && is_knock_on(diagnostic, source, parse.diagnostics)) continue;
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
