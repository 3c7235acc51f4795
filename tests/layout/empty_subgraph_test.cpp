// rw-74 (issue 13): mermaid 11.17 draws an empty subgraph as a node, not as a
// box around nothing: a rect of the title plus 16 px each side and 8 px above
// and below (mermaid-ref layout of rw-74: `subgraph OS2Adgang["⚙️ OS2Adgang"]
// end` is a 137.97 x 40 node, label 105.97 x 24), title centred, laid out
// with the nodes of the subgraph that holds it.
#include <catch2/catch.hpp>

#include "layout/layout.hpp"

using namespace merrow;

namespace {
// TB chart: subgraph C holds node a and the empty subgraph E; X --> E.
Flowchart chart_with_empty_subgraph() {
  Flowchart chart;
  Subgraph c;
  c.id = c.title.text = "C";
  c.nodes = {0};
  c.children = {1};
  Subgraph e;
  e.id = "E";
  e.title.text = "Empty one";
  e.parent = 0;
  chart.subgraphs = {c, e};
  for (const char* id : {"a", "X"}) {
    Node n;
    n.id = n.label.text = id;
    if (std::string(id) == "a") n.parent = 0;
    chart.nodes.push_back(n);
  }
  Edge to_empty;
  to_empty.from = {EdgeEnd::Kind::node, 1};
  to_empty.to = {EdgeEnd::Kind::subgraph, 1};
  chart.edges = {to_empty};
  return chart;
}
}  // namespace

TEST_CASE("an empty subgraph is laid out as a node of mermaid's size") {
  const FixedWidthMeasurer measurer(0.5);  // 8 px per character at 16 px
  const LayoutResult result = layout_flowchart(chart_with_empty_subgraph(), measurer);
  REQUIRE(result.clusters.size() == 2);
  const ClusterBox& empty = result.clusters[1];
  const double title_w = empty.text.width, title_h = empty.text.height;
  REQUIRE(title_w == Approx(9 * 8));
  CHECK(empty.box.width == Approx(title_w + 32));
  CHECK(empty.box.height == Approx(title_h + 16));
  CHECK(empty.title.cx == Approx(empty.box.cx));
  CHECK(empty.title.cy == Approx(empty.box.cy));
  // Still inside the subgraph that holds it, clear of its sibling node.
  const Box& outer = result.clusters[0].box;
  CHECK(empty.box.left() > outer.left());
  CHECK(empty.box.right() < outer.right());
  CHECK(empty.box.bottom() < outer.bottom());
  const Box& a = result.nodes[0].box;
  CHECK((a.right() <= empty.box.left() || empty.box.right() <= a.left() || a.bottom() <= empty.box.top() ||
         empty.box.bottom() <= a.top()));
  // The edge ends on its border.
  REQUIRE(result.edges.size() == 1);
  const Point end = result.edges[0].points.back();
  CHECK(end.y == Approx(empty.box.top()).margin(0.5));
}
