// Issue 13 point 8: flowDb's subgraph rules, checked with mermaid-ref 11.17.2
// (`mermaid-ref layout`: cluster ids and nesting of the same texts).
#include <catch2/catch.hpp>

#include "flowchart_test_util.hpp"

using merrow::SubgraphIndex;
using merrow::test::parse_text;

namespace {
const merrow::Subgraph& by_id(const merrow::Flowchart& chart, const std::string& id) {
  return chart.subgraphs.at(chart.subgraph_by_id.at(id));
}
}  // namespace

TEST_CASE("subgraph rules: untitled ids count subgraphs as they close, inner ones first") {
  // mermaid-ref: `inner x` is subGraph0, `one two` subGraph1, `three four` subGraph2.
  auto p = parse_text(
      "flowchart TB\n subgraph one two\n  subgraph inner x\n   i1\n  end\n  o1\n end\n"
      " subgraph named\n  n1\n end\n subgraph three four\n  t1\n end\n"
      " style subGraph0 fill:#f00\n style subGraph3 fill:#0f0\n");
  INFO(p.codes());
  REQUIRE(p.ok());
  CHECK(by_id(p.chart, "subGraph0").title.text == "inner x");
  CHECK(by_id(p.chart, "subGraph1").title.text == "one two");
  CHECK(by_id(p.chart, "subGraph3").title.text == "three four");  // `named` took number 2
  CHECK_FALSE(p.chart.subgraph_by_id.contains("subGraph2"));
  CHECK(by_id(p.chart, "subGraph0").style.size() == 1);  // `style subGraphN` reaches that subgraph
  CHECK(by_id(p.chart, "subGraph3").style.front().value == "#0f0");
  CHECK(p.chart.nodes.size() == 4);  // i1 o1 n1 t1: the styled ids are the subgraphs, not nodes
}

TEST_CASE("subgraph rules: a subgraph named inside a later subgraph is nested into it") {
  // mermaid-ref: cluster A lies inside B in both texts (a lone mention, or an edge).
  for (const char* text : {"flowchart TB\n subgraph A\n  a1 --> a2\n end\n subgraph B\n  A\n  b1\n end\n",
                           "flowchart TB\n subgraph A\n  a1 --> a2\n end\n subgraph B\n  b1 --> A\n end\n"}) {
    auto p = parse_text(text);
    INFO(text << p.codes());
    REQUIRE(p.ok());
    REQUIRE(p.chart.subgraphs.size() == 2);
    // Parents are renumbered before their children: B is 0, A is 1.
    const auto& b = p.chart.subgraphs[0];
    const auto& a = p.chart.subgraphs[1];
    CHECK(b.id == "B");
    CHECK(a.id == "A");
    CHECK(a.parent == std::optional<SubgraphIndex>(0));
    CHECK(b.children == std::vector<SubgraphIndex>{1});
    CHECK(p.node("a1").parent == std::optional<SubgraphIndex>(1));
    CHECK(p.node("b1").parent == std::optional<SubgraphIndex>(0));
    CHECK(p.chart.subgraph_by_id.at("A") == 1);
  }
}

TEST_CASE("subgraph rules: mentions never make a subgraph hold itself or its ancestor") {
  auto p = parse_text("flowchart TB\n subgraph outer\n  subgraph inner\n   outer --> x\n  end\n end\n");
  INFO(p.codes());
  REQUIRE(p.ok());
  CHECK_FALSE(by_id(p.chart, "outer").parent);
  CHECK(by_id(p.chart, "inner").parent == std::optional<SubgraphIndex>(p.chart.subgraph_by_id.at("outer")));
  auto q = parse_text("flowchart TB\n subgraph B\n  A\n end\n subgraph A\n  B\n end\n");
  REQUIRE(q.ok());
  // B closes first and claims A; A's later mention of B would make a cycle.
  CHECK(by_id(q.chart, "A").parent == std::optional<SubgraphIndex>(q.chart.subgraph_by_id.at("B")));
  CHECK_FALSE(by_id(q.chart, "B").parent);
}
