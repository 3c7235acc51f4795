#include <catch2/catch.hpp>

#include "flowchart_test_util.hpp"

using merrow::test::parse_text;

TEST_CASE("flowchart: a two-node chart parses") {
  auto p = parse_text("graph TD;\nA-->B;");
  INFO(p.codes());
  REQUIRE(p.ok());
  REQUIRE(p.chart.nodes.size() == 2);
  REQUIRE(p.chart.edges.size() == 1);
}
