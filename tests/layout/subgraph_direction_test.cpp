// Issue 13 point 8: an edge to the subgraph itself keeps the subgraph's own
// `direction` (mermaid-ref 11.17.2, `flowchart LR; subgraph S; direction TB;
// a1 --> a2; end; X --> S`: a1 above a2). An edge from inside to outside does not.
#include <catch2/catch.hpp>

#include "layout/flowchart_scopes.hpp"
#include "layout/layout.hpp"

using namespace merrow;

namespace {
// LR chart: subgraph S (direction TB) holding a1 --> a2; node X; X --> S.
Flowchart chart_with_edge_to_subgraph() {
  Flowchart chart;
  chart.direction = Direction::LR;
  Subgraph s;
  s.id = s.title.text = "S";
  s.direction = Direction::TB;
  s.nodes = {0, 1};
  chart.subgraphs.push_back(s);
  for (const char* id : {"a1", "a2", "X"}) {
    Node n;
    n.id = n.label.text = id;
    if (std::string(id) != "X") n.parent = 0;
    chart.nodes.push_back(n);
  }
  Edge inside;
  inside.from = {EdgeEnd::Kind::node, 0};
  inside.to = {EdgeEnd::Kind::node, 1};
  Edge to_cluster;
  to_cluster.from = {EdgeEnd::Kind::node, 2};
  to_cluster.to = {EdgeEnd::Kind::subgraph, 0};
  chart.edges = {inside, to_cluster};
  return chart;
}
}  // namespace

TEST_CASE("subgraph direction: an edge to the subgraph itself keeps its direction") {
  const Flowchart chart = chart_with_edge_to_subgraph();
  const Scopes scopes = find_scopes(chart);
  CHECK(scopes.own_graph[0]);
  CHECK(scopes.direction[0] == Direction::TB);
  const FixedWidthMeasurer measurer(0.5);
  const LayoutResult result = layout_flowchart(chart, measurer);
  REQUIRE(result.nodes.size() == 3);
  CHECK(result.nodes[0].box.cy < result.nodes[1].box.cy);  // a1 above a2 (TB)
  CHECK(result.nodes[0].box.cx == Approx(result.nodes[1].box.cx));
}

TEST_CASE("subgraph direction: an edge leaving the subgraph from a member still drops it") {
  Flowchart chart = chart_with_edge_to_subgraph();
  Edge out;
  out.from = {EdgeEnd::Kind::node, 1};
  out.to = {EdgeEnd::Kind::node, 2};
  chart.edges.push_back(out);
  const Scopes scopes = find_scopes(chart);
  CHECK_FALSE(scopes.own_graph[0]);  // mermaid: externalConnections, laid out in the LR graph
}
