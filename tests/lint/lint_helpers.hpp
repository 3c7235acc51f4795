// Hand-built models for rule tests: the rules read the model and the text, so
// each test writes the text and the model the parser would make of it.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "lint/lint.hpp"

namespace merrow::test {

// The span of the `nth` occurrence of `needle` in `text`. Pre: it occurs.
inline Span span_of(std::string_view text, std::string_view needle, int nth = 0) {
  size_t at = text.find(needle);
  while (nth-- > 0) at = text.find(needle, at + 1);
  return {static_cast<uint32_t>(at), static_cast<uint32_t>(at + needle.size())};
}

struct ChartFixture {
  std::string text;
  Flowchart chart;

  explicit ChartFixture(std::string source) : text(std::move(source)) { chart.header = span_of(text, chart.keyword); }

  NodeIndex node(const std::string& id, std::string label = "") {
    if (auto it = chart.node_by_id.find(id); it != chart.node_by_id.end()) return it->second;
    Node node;
    node.id = id;
    node.has_label = !label.empty();
    node.declared = true;
    node.label.text = label.empty() ? id : label;
    node.span = span_of(text, id);
    chart.node_by_id[id] = static_cast<NodeIndex>(chart.nodes.size());
    chart.nodes.push_back(std::move(node));
    return chart.node_by_id[id];
  }

  // A node only a `style` statement names (mermaid still creates it).
  NodeIndex styled_only(const std::string& id) {
    const NodeIndex index = node(id);
    chart.nodes[index].declared = false;
    return index;
  }

  Edge& edge(const std::string& from, const std::string& to, std::string_view link, int nth = 0) {
    Edge edge;
    edge.from.index = node(from);
    edge.to.index = node(to);
    edge.span = span_of(text, link, nth);
    chart.edges.push_back(edge);
    return chart.edges.back();
  }

  SubgraphIndex subgraph(const std::string& id, std::string_view line) {
    Subgraph subgraph;
    subgraph.id = id;
    subgraph.title.text = id;
    subgraph.span = span_of(text, line);
    chart.subgraph_by_id[id] = static_cast<SubgraphIndex>(chart.subgraphs.size());
    chart.subgraphs.push_back(std::move(subgraph));
    return chart.subgraph_by_id[id];
  }

  std::vector<Diagnostic> lint(lint::LintOptions options = {}) const {
    ParseResult parse;
    parse.diagram = chart;
    parse.type = "flowchart";
    parse.supported = true;
    return lint::lint(parse, Source("test.mmd", text), options);
  }
};

inline lint::LintOptions selecting(std::vector<std::string> codes) {
  lint::LintOptions options;
  options.selection.extend_select = std::move(codes);
  return options;
}

inline size_t count_code(const std::vector<Diagnostic>& diagnostics, std::string_view code) {
  size_t n = 0;
  for (const auto& d : diagnostics) n += d.code == code ? 1 : 0;
  return n;
}

}  // namespace merrow::test
