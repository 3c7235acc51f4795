// The CSS cascade of a flowchart element, as mermaid applies it, read once
// for layout (label fonts) and render (paints):
//   nodes:     classDef default -> classes in order -> `style`
//   subgraphs: classes in order -> `style`
//   edges:     classes in order -> linkStyle default -> linkStyle <index>
// (later wins), and the two readings every consumer shares: a declaration's
// normalised text and a CSS length.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/flowchart.hpp"

namespace merrow {

// Calls `apply(const StyleDecl&)` for each declaration of the element, in
// cascade order.
template <class Apply>
void for_each_node_declaration(const Flowchart& chart, const Node& node, Apply&& apply);
template <class Apply>
void for_each_subgraph_declaration(const Flowchart& chart, const Subgraph& subgraph, Apply&& apply);
template <class Apply>
void for_each_edge_declaration(const Flowchart& chart, EdgeIndex index, Apply&& apply);

// The linkStyle declarations of an edge in mermaid's order: every `default`
// first, then those naming the edge's index (the parser stores them so in
// Edge::style; reading them is O(1), which keeps big styled charts linear).
const std::vector<StyleDecl>& link_declarations(const Flowchart& chart, EdgeIndex index);

// A declaration's property or value, trimmed, lower-cased, without `;` and `!important`.
std::string css_lower_trimmed(std::string_view text);
// "2px", "2", "1.5em"/"1.5rem" (of 16 px), "12pt", "120%" of `percent_base`; nullopt otherwise.
std::optional<double> parse_css_length(std::string_view value, double percent_base = 16);

// --- implementation ---

template <class Apply>
void for_each_class_declaration(const Flowchart& chart, std::string_view name, Apply& apply) {
  for (const auto& def : chart.class_defs)
    if (def.name == name)
      for (const StyleDecl& d : def.decls) apply(d);
}

template <class Apply>
void for_each_node_declaration(const Flowchart& chart, const Node& node, Apply&& apply) {
  for_each_class_declaration(chart, "default", apply);
  for (const auto& c : node.classes) for_each_class_declaration(chart, c, apply);
  for (const StyleDecl& d : node.style) apply(d);
}

template <class Apply>
void for_each_subgraph_declaration(const Flowchart& chart, const Subgraph& subgraph, Apply&& apply) {
  for (const auto& c : subgraph.classes) for_each_class_declaration(chart, c, apply);
  for (const StyleDecl& d : subgraph.style) apply(d);
}

template <class Apply>
void for_each_edge_declaration(const Flowchart& chart, EdgeIndex index, Apply&& apply) {
  if (index >= chart.edges.size()) return;
  for (const auto& c : chart.edges[index].classes) for_each_class_declaration(chart, c, apply);
  for (const StyleDecl& d : link_declarations(chart, index)) apply(d);
}

}  // namespace merrow
