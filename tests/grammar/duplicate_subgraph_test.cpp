// rw-110 (issue 13): two subgraphs of one id are one cluster, as mermaid
// 11.17 draws them (mermaid-ref layout: `subgraph S [One]; a; end;
// subgraph S [Two]; b; end` is one cluster S titled One holding a and b; a
// later S nested in T makes the one S nested in T; the first's direction
// wins, a later one's counts when the first has none).
#include <catch2/catch.hpp>

#include "flowchart_test_util.hpp"

using merrow::SubgraphIndex;
using merrow::test::parse_text;

TEST_CASE("duplicate subgraph ids: one subgraph, members of both, the first's title") {
  auto p = parse_text(
      "flowchart TB\n  subgraph S [One]\n    direction LR\n    a\n  end\n  x --> S\n"
      "  subgraph S [Two]\n    direction TB\n    b\n  end\n  subgraph T\n    c\n  end\n");
  INFO(p.codes());
  REQUIRE(p.ok());
  REQUIRE(p.chart.subgraphs.size() == 2);
  const auto& s = p.chart.subgraphs.at(p.chart.subgraph_by_id.at("S"));
  CHECK(s.title.text == "One");
  CHECK(s.direction == merrow::Direction::LR);
  REQUIRE(s.nodes.size() == 2);
  CHECK(p.chart.nodes[s.nodes[0]].id == "a");
  CHECK(p.chart.nodes[s.nodes[1]].id == "b");
  CHECK(p.chart.nodes[s.nodes[1]].parent == std::optional<SubgraphIndex>(p.chart.subgraph_by_id.at("S")));
  CHECK(p.chart.subgraphs.at(p.chart.subgraph_by_id.at("T")).nodes.size() == 1);
  REQUIRE(p.chart.edges.size() == 1);
  CHECK(p.chart.edges[0].to.kind == merrow::EdgeEnd::Kind::subgraph);
  CHECK(p.chart.edges[0].to.index == p.chart.subgraph_by_id.at("S"));
}

TEST_CASE("duplicate subgraph ids: a later one nested in T nests the one subgraph in T") {
  auto p = parse_text(
      "flowchart TB\n  subgraph S [One]\n    a\n  end\n  subgraph T [Tee]\n    subgraph S [Two]\n      b\n    end\n  end\n");
  INFO(p.codes());
  REQUIRE(p.ok());
  REQUIRE(p.chart.subgraphs.size() == 2);
  const SubgraphIndex s = p.chart.subgraph_by_id.at("S"), t = p.chart.subgraph_by_id.at("T");
  CHECK(t < s);  // parents come first
  CHECK(p.chart.subgraphs[s].parent == std::optional<SubgraphIndex>(t));
  CHECK(p.chart.subgraphs[t].children == std::vector<SubgraphIndex>{s});
  CHECK(p.chart.subgraphs[s].nodes.size() == 2);
  CHECK(p.chart.subgraphs[s].title.text == "One");
}

TEST_CASE("duplicate subgraph ids: one nested in itself does not loop") {
  auto p = parse_text("flowchart TB\n  subgraph S\n    a\n    subgraph S\n      b\n    end\n  end\n");
  REQUIRE(p.chart.subgraphs.size() == 1);
  CHECK_FALSE(p.chart.subgraphs[0].parent);
  CHECK(p.chart.subgraphs[0].nodes.size() == 2);
}

TEST_CASE("labels: HTML's legacy entities decode without their semicolon, as a browser does") {
  // mermaid-ref: `A[&nbsp x &amp y &lt;z &copy q &notanentity &ampx]` shows
  // "x & y <z © q ¬anentity &x" (the leading no-break space trimmed away).
  auto p = parse_text("flowchart TB\n  A[&nbsp x &amp y &lt;z &copy q &notanentity &ampx #nbsp]\n");
  REQUIRE(p.ok());
  const merrow::RichText text = merrow::decode_label(p.chart.nodes.at(0).label);
  REQUIRE(text.lines.size() == 1);
  std::string shown;
  for (const auto& run : text.lines[0].runs) shown += run.text;
  CHECK(shown == "\u00a0 x & y <z \u00a9 q \u00acanentity &x #nbsp");
}
