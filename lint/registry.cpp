#include "lint/registry.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdlib>

namespace merrow::lint {
namespace {

using enum Severity;

constexpr RuleInfo rule_row(std::string_view code, std::string_view name, Category category, Severity severity,
                            bool enabled, std::string_view summary) {
  const bool configurable = category == Category::lint || category == Category::file;
  return RuleInfo{code, name, category, severity, enabled, configurable, summary};
}
constexpr RuleInfo file_rule(std::string_view code, std::string_view name, Severity severity,
                             std::string_view summary) {
  return rule_row(code, name, Category::file, severity, true, summary);
}
// Checked on the raw bytes before any diagram is read (lint/lint_file.cpp):
// no selection or suppression reaches them.
constexpr RuleInfo encoding(std::string_view code, std::string_view name, std::string_view summary) {
  RuleInfo info = rule_row(code, name, Category::file, error, true, summary);
  info.is_configurable = false;
  return info;
}
constexpr RuleInfo syntax(std::string_view code, std::string_view name, std::string_view summary) {
  return rule_row(code, name, Category::syntax, error, true, summary);
}
constexpr RuleInfo lint_rule(std::string_view code, std::string_view name, Severity severity,
                             std::string_view summary) {
  return rule_row(code, name, Category::lint, severity, true, summary);
}
constexpr RuleInfo opt_in(std::string_view code, std::string_view name, Severity severity,
                          std::string_view summary) {
  return rule_row(code, name, Category::lint, severity, false, summary);
}

constexpr std::array kRules = {
    encoding("M001", "invalid-utf8", "the file is not valid UTF-8"),
    encoding("M002", "nul-byte", "the file contains a NUL byte"),
    file_rule("M003", "empty-diagram", error, "the file or block holds no diagram"),
    file_rule("M004", "unsupported-diagram", info,
              "a diagram type merrow does not check (sequence, class, ...) was skipped"),
    file_rule("M005", "unclosed-fence", error,
              "a Markdown ```mermaid fence never closes, or its closing fence is glued to the last line"),

    // The flowchart grammar (grammar/flowchart/flowchart_errors.hpp).
    syntax("M100", "invalid-header", "`graph`/`flowchart` is not followed by a direction or a line break"),
    syntax("M101", "unclosed-bracket", "a node shape opened with `[`, `(`, `{`, ... is never closed"),
    syntax("M102", "unclosed-string", "a quoted label `\"...` or markdown string `\"`...` is never closed"),
    syntax("M103", "empty-string", "an empty string `\"\"` used as a label"),
    syntax("M104", "invalid-label", "a label is empty or holds characters that need quotes"),
    syntax("M105", "missing-link-target", "a link or `&` has no node after it"),
    syntax("M106", "unclosed-edge-label", "an edge label `A-- text` never reaches its closing link `-->`"),
    syntax("M107", "invalid-edge-label", "an edge label `-- ... -->` that mermaid cannot read"),
    syntax("M108", "unclosed-pipe", "an edge label opened with `|` is never closed"),
    syntax("M109", "unmatched-end", "`end` without an open `subgraph`"),
    syntax("M110", "unclosed-subgraph", "a `subgraph` is never closed with `end`"),
    syntax("M111", "unexpected-token", "text no flowchart statement can start with, or text after a statement"),
    syntax("M112", "keyword-as-id", "a keyword (`end`, `graph`, `style`, ...) where a node id is expected"),
    syntax("M113", "unknown-shape", "`@{ shape: ... }` names a shape mermaid does not have"),
    syntax("M114", "invalid-shape-data", "node data `@{ ... }` that mermaid's YAML reader rejects"),
    syntax("M115", "invalid-statement", "a malformed `style` statement"),
    syntax("M116", "invalid-class", "a malformed `classDef`, `class` or `:::`"),
    syntax("M117", "invalid-click", "a malformed `click` statement"),
    syntax("M118", "invalid-link-style", "a malformed `linkStyle` statement"),
    syntax("M119", "link-style-out-of-range", "`linkStyle N` comes before link N exists"),
    syntax("M120", "invalid-subgraph-title", "a `subgraph` with no id or title, or one that cannot be read"),
    syntax("M122", "too-many-edges", "more links than mermaid's `maxEdges` (500 by default)"),
    rule_row("M149", "internal-error", Category::internal, error, true,
             "the flowchart parser failed inside (a bug in merrow; never expected)"),

    // The mindmap grammar (grammar/mindmap/mindmap_errors.hpp).
    syntax("M150", "mindmap-unrecognized-text", "a lone `{` or `}` mermaid's mindmap lexer cannot read"),
    syntax("M151", "mindmap-missing-keyword", "the mindmap does not start with the keyword `mindmap`"),
    syntax("M152", "mindmap-no-nodes", "the mindmap has no root node"),
    syntax("M153", "mindmap-unclosed-shape", "a mindmap node shape is never closed"),
    syntax("M154", "mindmap-empty-shape", "a mindmap node shape holds no text, e.g. `root[]`"),
    syntax("M155", "mindmap-split-text", "a mindmap node text is cut in two inside its shape"),
    syntax("M156", "mindmap-text-after-node", "text after a mindmap node on the same line"),
    syntax("M157", "mindmap-syntax-error", "other mindmap text mermaid's grammar does not accept"),
    syntax("M158", "mindmap-decoration-before-node", "`::icon()` or `:::class` before the first mindmap node"),

    rule_row("M190", "limit-exceeded", Category::limit, error, true,
             "the diagram is larger than a --max-* limit, so merrow does not check it"),
    rule_row("M199", "internal-error", Category::internal, error, true,
             "merrow failed inside while parsing (a bug in merrow; never expected)"),

    lint_rule("M201", "unknown-diagram-type", error, "the text does not start with a diagram type mermaid knows"),
    lint_rule("M202", "mindmap-multiple-roots", error, "a mindmap line finds no parent, so mermaid sees a second root"),
    lint_rule("M203", "invalid-front-matter", error, "the YAML front matter does not parse"),
    lint_rule("M204", "invalid-init-directive", warning,
              "a `%%{init: ...}%%` directive is not valid JSON, so mermaid ignores it"),
    lint_rule("M210", "style-on-unused-id", warning,
              "`style` names an id used nowhere else, so mermaid draws a stray node"),
    lint_rule("M211", "unknown-target", warning, "`class` or `click` names an id that is not in the diagram"),
    lint_rule("M212", "undefined-class", warning, "a class is applied but no `classDef` defines it"),
    lint_rule("M213", "unused-classdef", warning, "a `classDef` is never applied"),
    lint_rule("M214", "conflicting-labels", warning, "a node id is given two different labels; only the last one shows"),
    lint_rule("M215", "ambiguous-edge-head", warning,
              "`A---oB` / `A---xB` reads as a circle/cross edge to `B`, not an edge to `oB`"),
    lint_rule("M217", "unknown-theme", warning, "the configured theme is not one mermaid has"),
    lint_rule("M218", "unknown-config-key", warning, "a configuration key mermaid does not know"),
    lint_rule("M219", "ignored-css-property", warning, "a CSS property that has no effect on mermaid's SVG shapes"),
    lint_rule("M220", "icon-without-font", warning, "an `fa:` icon only shows where the page loads Font Awesome"),
    lint_rule("M221", "label-runs-on", warning,
              "an edge label `A -- yes B` not closed on its line runs on into the next line"),
    lint_rule("M222", "backslash-quote", warning, "`\\\"` inside a string: a backslash does not escape a quote"),
    lint_rule("M230", "unused-suppression", warning, "a `merrow-disable` comment that suppresses nothing"),
    lint_rule("M300", "script-url", error,
              "a `click` or link URL runs script (`javascript:`, `vbscript:`, `data:text/html`)"),
    opt_in("M400", "orphan-node", info, "a node with no edges in a diagram that has edges"),
    opt_in("M401", "duplicate-edge", warning, "the same edge is written twice"),
    opt_in("M402", "graph-keyword", info, "`graph` is the legacy spelling of `flowchart`"),
    opt_in("M403", "missing-direction", info, "the flowchart header names no direction"),
};

static_assert(std::is_sorted(kRules.begin(), kRules.end(),
                             [](const RuleInfo& a, const RuleInfo& b) { return a.code < b.code; }),
              "the registry is ordered by code");


bool iequals(std::string_view a, std::string_view b) {
  return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](char x, char y) {
    return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
  });
}

}  // namespace

std::span<const RuleInfo> all_rules() { return kRules; }

std::string_view category_name(Category category) {
  switch (category) {
    case Category::file: return "file";
    case Category::syntax: return "syntax";
    case Category::limit: return "limit";
    case Category::internal: return "internal";
    case Category::lint: return "lint";
  }
  return "lint";
}

const RuleInfo* find_code(std::string_view code_or_name) {
  // Asked for every diagnostic and selection check: an exact code is found
  // by binary search in the sorted table; lower-case codes and names by the scan.
  const auto* exact = std::lower_bound(kRules.begin(), kRules.end(), code_or_name,
                                       [](const RuleInfo& info, std::string_view code) { return info.code < code; });
  if (exact != kRules.end() && exact->code == code_or_name) return exact;
  for (const auto& info : kRules) {
    if (iequals(info.code, code_or_name) || info.name == code_or_name) return &info;
  }
  return nullptr;
}

const RuleInfo* find_rule(std::string_view code_or_name) {
  const RuleInfo* info = find_code(code_or_name);
  return info != nullptr && info->configurable() ? info : nullptr;
}

const RuleInfo& rule(std::string_view code) {
  const RuleInfo* info = find_code(code);
  if (info == nullptr) std::abort();  // a rule reporting an unregistered code is a programming error
  return *info;
}

}  // namespace merrow::lint
