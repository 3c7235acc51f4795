// layout_flowchart() on hand-built flowcharts (no parser: this area links
// only merrow_layout).
#include <catch2/catch.hpp>

#include "layered_fixtures.hpp"
#include "layout/layout.hpp"
#include "layout/layout_json.hpp"

using namespace merrow;
using merrow::layered::test::contains;
using merrow::layered::test::overlaps;

namespace {

struct ChartBuilder {
  Flowchart chart;
  NodeIndex node(const std::string& id, Shape shape = Shape::rect, std::optional<SubgraphIndex> parent = {}) {
    Node n;
    n.id = id;
    n.label.text = id;
    n.shape = shape;
    n.parent = parent;
    chart.nodes.push_back(n);
    if (parent) chart.subgraphs[*parent].nodes.push_back(static_cast<NodeIndex>(chart.nodes.size() - 1));
    return static_cast<NodeIndex>(chart.nodes.size() - 1);
  }
  SubgraphIndex subgraph(const std::string& id, std::optional<SubgraphIndex> parent = {}) {
    Subgraph s;
    s.id = id;
    s.title.text = id;
    s.parent = parent;
    chart.subgraphs.push_back(s);
    const auto index = static_cast<SubgraphIndex>(chart.subgraphs.size() - 1);
    if (parent) chart.subgraphs[*parent].children.push_back(index);
    return index;
  }
  Edge& edge(uint32_t from, uint32_t to, EdgeEnd::Kind to_kind = EdgeEnd::Kind::node) {
    Edge e;
    e.from = {EdgeEnd::Kind::node, from};
    e.to = {to_kind, to};
    chart.edges.push_back(e);
    return chart.edges.back();
  }
};

const FixedWidthMeasurer measurer(0.5);

}  // namespace

TEST_CASE("a two-node flowchart has mermaid's geometry") {
  ChartBuilder b;
  b.node("A");
  b.node("B");
  b.edge(0, 1);
  const LayoutResult result = layout_flowchart(b.chart, measurer);
  // "A" is 8 px wide: rect 8 + 60 by 24 + 30; 8 px diagram padding.
  CHECK(result.nodes[0].box.width == 68);
  CHECK(result.nodes[0].box.height == 54);
  CHECK(result.height == Approx(8 + 54 + 50 + 54 + 8));
  REQUIRE(result.edges.size() == 1);
  const EdgeRoute& edge = result.edges[0];
  CHECK(edge.points.front().y == Approx(result.nodes[0].box.bottom()));
  CHECK(edge.points.back().y == Approx(result.nodes[1].box.top()));
}

TEST_CASE("edge ends sit on the shapes' outlines") {
  ChartBuilder b;
  b.node("A", Shape::diamond);
  b.node("B", Shape::circle);
  b.node("C", Shape::hexagon);
  b.edge(0, 1);
  b.edge(0, 2);
  const LayoutResult result = layout_flowchart(b.chart, measurer);
  const Box& circle = result.nodes[1].box;
  const Point end = result.edges[0].points.back();
  CHECK(std::hypot(end.x - circle.cx, end.y - circle.cy) == Approx(circle.width / 2));
  const Box& diamond = result.nodes[0].box;
  const Point start = result.edges[1].points.front();
  CHECK(std::abs(start.x - diamond.cx) / (diamond.width / 2) + std::abs(start.y - diamond.cy) / (diamond.height / 2) ==
        Approx(1));
}

TEST_CASE("invisible links shape the layout but are not drawn") {
  ChartBuilder b;
  b.node("A");
  b.node("B");
  b.edge(0, 1).stroke = Stroke::invisible;
  const LayoutResult result = layout_flowchart(b.chart, measurer);
  CHECK(result.edges.empty());
  CHECK(result.nodes[1].box.cy > result.nodes[0].box.cy);
}

TEST_CASE("an edge to a subgraph ends on the cluster's border") {
  ChartBuilder b;
  const SubgraphIndex s = b.subgraph("S");
  b.node("A");
  b.node("B", Shape::rect, s);
  b.node("C", Shape::rect, s);
  b.edge(0, s, EdgeEnd::Kind::subgraph);
  b.edge(1, 2);
  const LayoutResult result = layout_flowchart(b.chart, measurer);
  const Box& cluster = result.clusters[s].box;
  const Point end = result.edges[0].points.back();
  CHECK(end.y == Approx(cluster.top()));
  CHECK(result.edges[0].to == "S");
  CHECK(contains(cluster, result.nodes[1].box));
  CHECK_FALSE(overlaps(cluster, result.nodes[0].box));
}

TEST_CASE("a subgraph without crossing edges is laid out in its own direction") {
  ChartBuilder b;
  const SubgraphIndex s = b.subgraph("S");
  b.chart.subgraphs[s].direction = Direction::LR;
  b.node("A", Shape::rect, s);
  b.node("B", Shape::rect, s);
  b.node("C");
  b.edge(0, 1);
  const LayoutResult result = layout_flowchart(b.chart, measurer);
  CHECK(result.nodes[1].box.cx > result.nodes[0].box.right());
  CHECK(result.nodes[1].box.cy == Approx(result.nodes[0].box.cy));
  CHECK(contains(result.clusters[s].box, result.nodes[0].box));
  CHECK(contains(result.clusters[s].box, result.nodes[1].box));
  CHECK_FALSE(overlaps(result.clusters[s].box, result.nodes[2].box));
}

TEST_CASE("mermaid flips an isolated subgraph without direction: TB gives LR") {
  ChartBuilder b;
  const SubgraphIndex s = b.subgraph("S");
  b.node("A", Shape::rect, s);
  b.node("B", Shape::rect, s);
  b.edge(0, 1);
  const LayoutResult result = layout_flowchart(b.chart, measurer);
  CHECK(result.nodes[1].box.cx > result.nodes[0].box.right());
}

TEST_CASE("a subgraph's direction is ignored when an edge crosses its border") {
  ChartBuilder b;
  const SubgraphIndex s = b.subgraph("S");
  b.chart.subgraphs[s].direction = Direction::LR;
  b.node("A", Shape::rect, s);
  b.node("B", Shape::rect, s);
  b.node("C");
  b.edge(0, 1);
  b.edge(2, 0);
  const LayoutResult result = layout_flowchart(b.chart, measurer);
  CHECK(result.nodes[1].box.cy > result.nodes[0].box.bottom());
}

TEST_CASE("layout JSON is deterministic and rounded") {
  ChartBuilder b;
  b.node("A");
  b.node("B", Shape::stadium);
  b.edge(0, 1).has_label = true;
  b.chart.edges[0].label.text = "go";
  const std::string first = layout_json(layout_flowchart(b.chart, measurer));
  CHECK(first == layout_json(layout_flowchart(b.chart, measurer)));
  CHECK(first.rfind("{\"width\":", 0) == 0);
  CHECK(first.find("\"edges\":[{\"from\":\"A\",\"to\":\"B\",\"points\":[[") != std::string::npos);
}
