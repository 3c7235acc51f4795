// Subgraphs: ids and titles, nesting, direction, membership, edges to subgraphs.
#include <catch2/catch.hpp>

#include "flowchart_test_util.hpp"

using merrow::EdgeEnd;
using merrow::test::parse_text;

TEST_CASE("flowchart subgraphs: id and title forms") {
  auto p = parse_text(
      "graph TD\nsubgraph one\nA\nend\nsubgraph two [Second one]\nB\nend\nsubgraph \"Third title\"\nC\nend\n"
      "subgraph \"`**md**`\"\nD\nend\n");
  INFO(p.codes());
  REQUIRE(p.ok());
  REQUIRE(p.chart.subgraphs.size() == 4);
  CHECK(p.chart.subgraphs[0].id == "one");
  CHECK(p.chart.subgraphs[0].title.text == "one");
  CHECK(p.chart.subgraphs[1].id == "two");
  CHECK(p.chart.subgraphs[1].title.text == "Second one");
  CHECK(p.chart.subgraphs[2].id == "subGraph2");
  CHECK(p.chart.subgraphs[2].title.text == "Third title");
  CHECK(p.chart.subgraphs[3].title.format == merrow::LabelFormat::markdown);
}

TEST_CASE("flowchart subgraphs: a bare `subgraph` fails (flowDb reads undefined.text)") {
  CHECK(parse_text("graph TD\nsubgraph\nD\nend\n").codes() == "M120");
}

TEST_CASE("flowchart subgraphs: nesting, direction and membership") {
  auto p = parse_text("graph TD\nsubgraph outer\ndirection LR\nA-->B\nsubgraph inner\nB-->C\nend\nend\nD\n");
  INFO(p.codes());
  REQUIRE(p.ok());
  REQUIRE(p.chart.subgraphs.size() == 2);
  const auto& outer = p.chart.subgraphs[0];
  const auto& inner = p.chart.subgraphs[1];
  CHECK(outer.direction == merrow::Direction::LR);
  CHECK(inner.parent == std::optional<merrow::SubgraphIndex>(0));
  CHECK(outer.children == std::vector<merrow::SubgraphIndex>{1});
  // Inner claims B and C first (it closes first); A stays in outer.
  CHECK(p.node("A").parent == std::optional<merrow::SubgraphIndex>(0));
  CHECK(p.node("B").parent == std::optional<merrow::SubgraphIndex>(1));
  CHECK(p.node("C").parent == std::optional<merrow::SubgraphIndex>(1));
  CHECK_FALSE(p.node("D").parent);
}

TEST_CASE("flowchart subgraphs: an edge to a subgraph id ends at the subgraph") {
  auto p = parse_text("graph TD\nsubgraph S\nA\nend\nB --> S\nS --> A\n");
  INFO(p.codes());
  REQUIRE(p.ok());
  REQUIRE(p.chart.edges.size() == 2);
  CHECK(p.chart.edges[0].to == EdgeEnd{EdgeEnd::Kind::subgraph, 0});
  CHECK(p.chart.edges[1].from == EdgeEnd{EdgeEnd::Kind::subgraph, 0});
  CHECK(p.chart.edges[1].to == EdgeEnd{EdgeEnd::Kind::node, p.chart.node_by_id.at("A")});
  CHECK_FALSE(p.chart.node_by_id.contains("S"));
  for (const auto& [id, index] : p.chart.node_by_id) CHECK(p.chart.nodes[index].id == id);
}

TEST_CASE("flowchart subgraphs: missing and extra end") {
  CHECK(parse_text("graph TD\nsubgraph S\nA\n").codes() == "M110");
  CHECK(parse_text("graph TD\nA\nend\n").codes() == "M109");
}

TEST_CASE("flowchart subgraphs: 100,000 nested subgraphs do not overflow the stack") {
  std::string text = "graph TD\n";
  const int depth = 100000;
  for (int i = 0; i < depth; ++i) text += "subgraph s" + std::to_string(i) + "\n";
  text += "A\n";
  for (int i = 0; i < depth; ++i) text += "end\n";
  auto p = parse_text(text);
  REQUIRE(p.ok());
  CHECK(p.chart.subgraphs.size() == static_cast<std::size_t>(depth));
  CHECK(p.node("A").parent == std::optional<merrow::SubgraphIndex>(depth - 1));
}
