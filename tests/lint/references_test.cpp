#include <catch2/catch.hpp>

#include "lint/lint_file.hpp"
#include "lint_helpers.hpp"

using merrow::test::ChartFixture;
using merrow::test::count_code;
using merrow::test::span_of;
using namespace merrow;

TEST_CASE("M210 style on an id used nowhere else") {
  ChartFixture f("flowchart TD\nA-->B\nstyle C fill:#f9f\n");
  f.edge("A", "B", "-->");
  f.styled_only("C");  // mermaid creates the vertex, which is the problem
  f.chart.style_statements.push_back({"C", {}, span_of(f.text, "style C fill:#f9f")});
  CHECK(count_code(f.lint(), "M210") == 1);
}

TEST_CASE("M210 looks at the diagram, not the text: an id inside a label is not a use") {
  const auto report = lint::lint_text("t.mmd", "flowchart LR\n  A[\"style Z\"] --> B\n  style Z fill:#f00\n",
                                      lint::FileKind::diagram, {});
  REQUIRE(report.diagnostics.size() == 1);
  CHECK(report.diagnostics[0].code == "M210");
  CHECK(report.diagnostics[0].start.line == 3);
  const auto drawn = lint::lint_text("t.mmd", "flowchart LR\n  style Z fill:#f00\n  A --> Z\n",
                                     lint::FileKind::diagram, {});
  CHECK(drawn.diagnostics.empty());  // drawn by a later link
}

TEST_CASE("M210 is quiet for styled nodes that are drawn anyway") {
  ChartFixture f("flowchart TD\nA-->B\nC\nstyle C fill:#f9f\nstyle A fill:#fff\n");
  f.edge("A", "B", "-->");
  f.node("C");
  f.chart.style_statements.push_back({"C", {}, span_of(f.text, "style C")});
  f.chart.style_statements.push_back({"A", {}, span_of(f.text, "style A")});
  CHECK(count_code(f.lint(), "M210") == 0);
}

TEST_CASE("M211 class and click on unknown ids") {
  ChartFixture f("flowchart TD\nA-->B\nclassDef hot fill:red\nclass X hot\nclick Y href \"https://x.org\"\n");
  f.edge("A", "B", "-->");
  f.chart.class_defs.push_back({"hot", {}, span_of(f.text, "classDef hot fill:red")});
  f.chart.class_statements.push_back({{"X"}, "hot", span_of(f.text, "class X hot")});
  Click click;
  click.target = "Y";
  click.href = "https://x.org";
  click.span = span_of(f.text, "click Y");
  f.chart.clicks.push_back(click);
  CHECK(count_code(f.lint(), "M211") == 2);
}

TEST_CASE("M211 accepts known nodes, subgraphs and edge ids") {
  ChartFixture f("flowchart TD\nA e1@-->B\nsubgraph S\nB\nend\nclassDef hot fill:red\nclass A,S,e1 hot\n");
  f.edge("A", "B", "-->").id = "e1";
  f.subgraph("S", "subgraph S");
  f.chart.class_defs.push_back({"hot", {}, span_of(f.text, "classDef hot")});
  f.chart.class_statements.push_back({{"A", "S", "e1"}, "hot", span_of(f.text, "class A,S,e1 hot")});
  CHECK(count_code(f.lint(), "M211") == 0);
}

TEST_CASE("M212 a class no classDef defines, by statement and by :::") {
  ChartFixture f("flowchart TD\nA:::cold-->B\nclass B warm\n");
  f.edge("A", "B", "-->");
  f.chart.class_statements.push_back({{"B"}, "warm", span_of(f.text, "class B warm")});
  const auto found = f.lint();
  CHECK(count_code(found, "M212") == 2);
}

TEST_CASE("M212 and M213 are quiet when classes are defined and used") {
  ChartFixture f("flowchart TD\nA:::cold-->B[\"a:::b\"]\nclassDef cold fill:blue\nclassDef default fill:white\n");
  f.edge("A", "B", "-->");
  f.chart.class_defs.push_back({"cold", {}, span_of(f.text, "classDef cold")});
  f.chart.class_defs.push_back({"default", {}, span_of(f.text, "classDef default")});
  const auto found = f.lint();
  CHECK(count_code(found, "M212") == 0);
  CHECK(count_code(found, "M213") == 0);
}

TEST_CASE("M213 a classDef nobody applies") {
  ChartFixture f("flowchart TD\nA-->B\nclassDef unused fill:red\n");
  f.edge("A", "B", "-->");
  f.chart.class_defs.push_back({"unused", {}, span_of(f.text, "classDef unused fill:red")});
  CHECK(count_code(f.lint(), "M213") == 1);
}

