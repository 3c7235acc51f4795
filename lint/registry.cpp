#include "lint/registry.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdlib>

namespace merrow::lint {
namespace {

using enum Severity;

constexpr std::array kRules = {
    RuleInfo{"M001", "invalid-utf8", error, true, "the file is not valid UTF-8"},
    RuleInfo{"M002", "nul-byte", error, true, "the file contains a NUL byte"},
    RuleInfo{"M003", "empty-diagram", warning, true, "the file or block holds no diagram"},
    RuleInfo{"M004", "unsupported-diagram", info, true,
             "a diagram type merrow does not check (sequence, class, ...) was skipped"},
    RuleInfo{"M200", "linkstyle-index-out-of-range", error, true,
             "`linkStyle` names an edge index the diagram does not have"},
    RuleInfo{"M201", "unknown-diagram-type", error, true,
             "the text does not start with a diagram type mermaid knows"},
    RuleInfo{"M202", "mindmap-multiple-roots", error, true,
             "a mindmap line finds no parent, so mermaid sees a second root"},
    RuleInfo{"M203", "invalid-front-matter", error, true, "the YAML front matter does not parse"},
    RuleInfo{"M204", "invalid-init-directive", warning, true,
             "a `%%{init: ...}%%` directive is not valid JSON, so mermaid ignores it"},
    RuleInfo{"M210", "style-on-unused-id", warning, true,
             "`style` names an id used nowhere else, so mermaid draws a stray node"},
    RuleInfo{"M211", "unknown-target", warning, true,
             "`class` or `click` names an id that is not in the diagram"},
    RuleInfo{"M212", "undefined-class", warning, true, "a class is applied but no `classDef` defines it"},
    RuleInfo{"M213", "unused-classdef", warning, true, "a `classDef` is never applied"},
    RuleInfo{"M214", "conflicting-labels", warning, true,
             "a node id is given two different labels; only the last one shows"},
    RuleInfo{"M215", "ambiguous-edge-head", warning, true,
             "`A---oB` / `A---xB` reads as a circle/cross edge to `B`, not an edge to `oB`"},
    RuleInfo{"M216", "subgraph-id-is-node-id", warning, true, "a subgraph and a node share an id"},
    RuleInfo{"M217", "unknown-theme", warning, true, "the configured theme is not one mermaid has"},
    RuleInfo{"M218", "unknown-config-key", warning, true, "a configuration key mermaid does not know"},
    RuleInfo{"M219", "ignored-css-property", warning, true,
             "a CSS property that has no effect on mermaid's SVG shapes"},
    RuleInfo{"M220", "icon-without-font", warning, true,
             "an `fa:` icon only shows where the page loads Font Awesome"},
    RuleInfo{"M230", "unused-suppression", warning, true,
             "a `merrow-disable` comment that suppresses nothing"},
    RuleInfo{"M300", "script-url", error, true,
             "a `click` or link URL runs script (`javascript:`, `vbscript:`, `data:text/html`)"},
    RuleInfo{"M400", "orphan-node", info, false, "a node with no edges in a diagram that has edges"},
    RuleInfo{"M401", "duplicate-edge", warning, false, "the same edge is written twice"},
    RuleInfo{"M402", "graph-keyword", info, false, "`graph` is the legacy spelling of `flowchart`"},
    RuleInfo{"M403", "missing-direction", info, false, "the flowchart header names no direction"},
};

bool iequals(std::string_view a, std::string_view b) {
  return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](char x, char y) {
    return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
  });
}

}  // namespace

std::span<const RuleInfo> all_rules() { return kRules; }

const RuleInfo* find_rule(std::string_view code_or_name) {
  for (const auto& info : kRules) {
    if (iequals(info.code, code_or_name) || info.name == code_or_name) return &info;
  }
  return nullptr;
}

const RuleInfo& rule(std::string_view code) {
  const RuleInfo* info = find_rule(code);
  if (info == nullptr) std::abort();  // a rule reporting an unregistered code is a programming error
  return *info;
}

}  // namespace merrow::lint
