// Opt-in style rules: nothing here breaks a diagram, they keep a docs tree tidy.
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "lint/rules/families.hpp"

namespace merrow::lint {
namespace {

void check_orphans(const Flowchart& chart, Reporter& reporter) {
  if (chart.edges.empty()) return;  // a diagram of loose boxes is deliberate
  std::vector<bool> linked(chart.nodes.size(), false);
  for (const auto& edge : chart.edges) {
    for (const EdgeEnd& end : {edge.from, edge.to}) {
      if (end.kind == EdgeEnd::Kind::node && end.index < linked.size()) linked[end.index] = true;
    }
  }
  for (size_t i = 0; i < chart.nodes.size(); ++i) {
    if (linked[i]) continue;
    reporter.report("M400", chart.nodes[i].span, "node `" + chart.nodes[i].id + "` has no edges", "orphan");
  }
}

void check_duplicate_edges(const Flowchart& chart, Reporter& reporter) {
  using Key = std::tuple<uint8_t, uint32_t, uint8_t, uint32_t, uint8_t, uint8_t, uint8_t, std::string>;
  std::set<Key> seen;
  for (const auto& edge : chart.edges) {
    const Key key{static_cast<uint8_t>(edge.from.kind), edge.from.index, static_cast<uint8_t>(edge.to.kind),
                  edge.to.index, static_cast<uint8_t>(edge.stroke), static_cast<uint8_t>(edge.head_start),
                  static_cast<uint8_t>(edge.head_end), edge.label.text};
    if (!seen.insert(key).second) {
      reporter.report("M401", edge.span, "this edge repeats an earlier one; mermaid draws both", "duplicate");
    }
  }
}

void check_header(const Flowchart& chart, Reporter& reporter) {
  const std::string_view text = reporter.text();
  const uint32_t at = chart.header.begin;
  if (text.substr(at, chart.keyword.size()) != chart.keyword) return;  // no keyword span to fix
  const auto keyword_end = at + static_cast<uint32_t>(chart.keyword.size());
  if (chart.keyword == "graph") {
    auto& diagnostic = reporter.report("M402", {at, keyword_end},
                                       "`graph` is the legacy keyword; `flowchart` enables the newer renderer "
                                       "features",
                                       "legacy keyword");
    diagnostic.fix = Fix{"replace with `flowchart`", {{{at, keyword_end}, "flowchart"}}, true};
  }
  if (!chart.has_direction) {
    auto& diagnostic = reporter.report("M403", {at, keyword_end},
                                       "the flowchart names no direction; write `TD` (the default) or `LR` "
                                       "so readers need not know the default",
                                       "no direction");
    // Safe: TD is what mermaid assumes, so the drawing does not change.
    diagnostic.fix = Fix{"add ` TD`", {{{keyword_end, keyword_end}, " TD"}}, true};
  }
}

}  // namespace

void check_style(const Flowchart& chart, Reporter& reporter) {
  check_orphans(chart, reporter);
  check_duplicate_edges(chart, reporter);
  check_header(chart, reporter);
}

}  // namespace merrow::lint
