// Vertices: ids, bracket shapes, labels, `:::class`, `@{ ... }` data, `&` groups.
#include <catch2/catch.hpp>

#include "flowchart_test_util.hpp"

using merrow::Shape;
using merrow::test::parse_text;

TEST_CASE("flowchart nodes: every classic bracket shape") {
  struct Case {
    const char* text;
    Shape shape;
    const char* label;
  };
  const Case cases[] = {
      {"A[x]", Shape::rect, "x"},          {"A(x)", Shape::rounded, "x"},
      {"A((x))", Shape::circle, "x"},      {"A(((x)))", Shape::double_circle, "x"},
      {"A([x])", Shape::stadium, "x"},     {"A[[x]]", Shape::subroutine, "x"},
      {"A[(x)]", Shape::cylinder, "x"},    {"A>x]", Shape::odd, "x"},
      {"A{x}", Shape::diamond, "x"},       {"A{{x}}", Shape::hexagon, "x"},
      {"A[/x/]", Shape::lean_right, "x"},  {"A[\\x\\]", Shape::lean_left, "x"},
      {"A[/x\\]", Shape::trapezoid, "x"},  {"A[\\x/]", Shape::inv_trapezoid, "x"},
      {"A(-x-)", Shape::rounded, "x"},     {"A[|borders:lt|x]", Shape::rect, "x"},
  };
  for (const auto& c : cases) {
    auto p = parse_text(std::string("flowchart TD\n") + c.text + "\n");
    INFO(c.text << " -> " << p.codes());
    REQUIRE(p.ok());
    CHECK(p.node("A").shape == c.shape);
    CHECK(p.node("A").label.text == c.label);
    CHECK(p.node("A").has_label);
  }
}

TEST_CASE("flowchart nodes: ids follow mermaid's NODE_STRING") {
  auto p = parse_text("graph LR\na-end-node --> __proto__\nÆøå-->v1.2\n1abc-->x_y\n");
  INFO(p.codes());
  REQUIRE(p.ok());
  for (const char* id : {"a-end-node", "__proto__", "Æøå", "v1.2", "1abc", "x_y"}) CHECK(p.chart.node_by_id.contains(id));
  // Order of first appearance.
  REQUIRE(p.chart.nodes.size() == 6);
  CHECK(p.chart.nodes[0].id == "a-end-node");
  CHECK(p.chart.nodes[5].id == "x_y");
}

TEST_CASE("flowchart nodes: mermaid's rejected ids") {
  for (const char* text : {"graph TD\nA-->end\n", "graph TD\nstyle-->B\n", "graph TD\nx-->B\n",
                           "graph TD\nA-->🙂\n", "graph TD\nA=B\n", "graph TD\nA-->B@C\n"}) {
    INFO(text);
    CHECK_FALSE(parse_text(text).ok());
  }
}

TEST_CASE("flowchart nodes: keywords end at a word boundary (mermaid 11)") {
  auto p = parse_text("graph TD\nstylesTS --> class1\nsubgraph1 --> vertex\n");
  INFO(p.codes());
  CHECK(p.ok());
}

TEST_CASE("flowchart nodes: quoted, markdown and unicode labels") {
  auto p = parse_text("flowchart LR\nA[\"a (b) [c]\"] --> B[\"`**bold** _it_\nline2`\"]\nC[Ünïcødé]\n");
  INFO(p.codes());
  REQUIRE(p.ok());
  CHECK(p.node("A").label.text == "a (b) [c]");
  CHECK(p.node("B").label.format == merrow::LabelFormat::markdown);
  CHECK(p.node("B").label.text == "**bold** _it_\nline2");
  CHECK(p.node("C").label.text == "Ünïcødé");
}

TEST_CASE("flowchart nodes: unquoted labels cannot hold brackets") {
  CHECK_FALSE(parse_text("graph TD\nA[a (b) c]\n").ok());
  CHECK_FALSE(parse_text("graph TD\nA[ \"q\" ]\n").ok());
  CHECK_FALSE(parse_text("graph TD\nA[]\n").ok());
  CHECK_FALSE(parse_text("graph TD\nA[\"\"]\n").ok());
}

TEST_CASE("flowchart nodes: classes with ::: and groups with &") {
  auto p = parse_text("graph TD\nA:::hot & B[b]:::cold --> C & D\n");
  INFO(p.codes());
  REQUIRE(p.ok());
  CHECK(p.node("A").classes == std::vector<std::string>{"hot"});
  CHECK(p.node("B").classes == std::vector<std::string>{"cold"});
  REQUIRE(p.chart.edges.size() == 4);
  CHECK(p.chart.edges[1].from.index == p.chart.node_by_id.at("A"));
  CHECK(p.chart.edges[1].to.index == p.chart.node_by_id.at("D"));
}

TEST_CASE("flowchart nodes: @{ } shape data") {
  auto p = parse_text("flowchart TD\nA@{ shape: diam, label: \"Decide, now\" }\nB@{ icon: \"fa:bell\", form: circle, pos: b, h: 60 }\n");
  INFO(p.codes());
  REQUIRE(p.ok());
  CHECK(p.node("A").shape == Shape::diamond);
  CHECK(p.node("A").label.text == "Decide, now");
  CHECK(p.node("B").icon == "fa:bell");
  CHECK(p.node("B").form == "circle");
  CHECK(p.node("B").label_pos == "b");
  REQUIRE(p.node("B").height);
  CHECK(*p.node("B").height == 60);
}

TEST_CASE("flowchart nodes: an unknown shape name is an error") {
  auto p = parse_text("flowchart TD\nA@{ shape: blob }\nB@{ shape: Rect }\n");
  CHECK(p.codes() == "M113,M113");
}

TEST_CASE("flowchart nodes: spans point at the first appearance") {
  const std::string text = "graph TD\n  Alpha --> Beta\n  Beta --> Alpha\n";
  auto p = parse_text(text);
  REQUIRE(p.ok());
  const auto& alpha = p.node("Alpha");
  CHECK(text.substr(alpha.span.begin, alpha.span.end - alpha.span.begin) == "Alpha");
  CHECK(alpha.span.begin == 11);
  CHECK(p.node("Beta").span.begin == 21);
}
