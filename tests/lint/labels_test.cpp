#include <catch2/catch.hpp>

#include "lint_helpers.hpp"

using merrow::test::ChartFixture;
using merrow::test::count_code;
using merrow::test::span_of;
using namespace merrow;

TEST_CASE("M214 one id, two labels") {
  ChartFixture f("flowchart TD\nA[Start]-->B\nA[Begin]-->C\n");
  f.node("A", "Begin");
  f.edge("A", "B", "-->");
  f.edge("A", "C", "-->", 1);
  const auto found = f.lint();
  REQUIRE(count_code(found, "M214") == 1);
  CHECK(found[0].message.find("\"Start\" on line 2") != std::string::npos);
}

TEST_CASE("M214 repeating the same label or using the bare id is fine") {
  ChartFixture f("flowchart TD\nA[\"Start\"]-->B\nA[Start]-->C\nA-->D\n");
  f.node("A", "Start");
  f.edge("A", "B", "-->");
  f.edge("A", "C", "-->", 1);
  f.edge("A", "D", "-->", 2);
  CHECK(count_code(f.lint(), "M214") == 0);
}

TEST_CASE("M215 A---oB reads as a circle edge to B") {
  ChartFixture f("flowchart LR\nA---oB\n");
  f.edge("A", "B", "---o").head_end = Head::circle;
  const auto found = f.lint();
  REQUIRE(count_code(found, "M215") == 1);
  REQUIRE(found[0].fix);
  CHECK_FALSE(found[0].fix->safe);
  CHECK(found[0].fix->edits[0].replacement == " ");
}

TEST_CASE("M215 is quiet for a spaced circle edge") {
  ChartFixture f("flowchart LR\nA --o B\n");
  f.edge("A", "B", " --o ").head_end = Head::circle;
  CHECK(count_code(f.lint(), "M215") == 0);
}

TEST_CASE("M215 is quiet for A--xB when B is a node in its own right") {
  ChartFixture f("flowchart LR\nA--xB\nB-->C\n");
  f.edge("A", "B", "--x").head_end = Head::cross;
  f.edge("B", "C", "-->");
  CHECK(count_code(f.lint(), "M215") == 0);
}

TEST_CASE("M215 flags A--xB when a node xB exists elsewhere") {
  ChartFixture f("flowchart LR\nA--xB\nxB-->B\n");
  f.edge("A", "B", "--x").head_end = Head::cross;
  f.edge("xB", "B", "-->", 0);
  CHECK(count_code(f.lint(), "M215") == 1);
}

TEST_CASE("M214 ignores an id mentioned inside another node's label") {
  ChartFixture f("flowchart LR\nA[Start]-->B[calls A(x)]\n");
  f.node("A", "Start");
  f.node("B", "calls A(x)");
  f.edge("A", "B", "-->");
  CHECK(count_code(f.lint(), "M214") == 0);
}
