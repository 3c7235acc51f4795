#include <catch2/catch.hpp>

#include "lint_helpers.hpp"

using merrow::test::ChartFixture;
using merrow::test::count_code;
using merrow::test::selecting;
using merrow::test::span_of;
using namespace merrow;

namespace {
Click href_click(const ChartFixture& f, const std::string& target, const std::string& href) {
  Click click;
  click.target = target;
  click.href = href;
  click.span = span_of(f.text, "click " + target);
  return click;
}
}  // namespace

TEST_CASE("M219 background and border are ignored by SVG") {
  ChartFixture f("flowchart TD\nA-->B\nstyle A background:#f00,stroke:#333\n");
  f.edge("A", "B", "-->");
  f.chart.style_statements.push_back(
      {"A", {{"background", "#f00", span_of(f.text, "background:#f00")}, {"stroke", "#333", span_of(f.text, "stroke:#333")}},
       span_of(f.text, "style A")});
  const auto found = f.lint();
  REQUIRE(count_code(found, "M219") == 1);
  REQUIRE(found[0].fix);
  CHECK(found[0].fix->edits[0].replacement == "fill");
}

TEST_CASE("M219 is quiet for fill, stroke and color") {
  ChartFixture f("flowchart TD\nA-->B\nclassDef x fill:#f00,color:#fff\nclass A x\n");
  f.edge("A", "B", "-->");
  f.chart.class_defs.push_back({"x", {{"fill", "#f00", span_of(f.text, "fill")}, {"color", "#fff", span_of(f.text, "color")}},
                                span_of(f.text, "classDef x")});
  f.chart.class_statements.push_back({{"A"}, "x", span_of(f.text, "class A x")});
  CHECK(count_code(f.lint(), "M219") == 0);
}

TEST_CASE("M220 Font Awesome icons in labels") {
  ChartFixture f("flowchart TD\nA[fa:fa-car Car]-->B[Bus]\n");
  f.node("A", "fa:fa-car Car");
  f.node("B", "Bus");
  f.edge("A", "B", "-->");
  CHECK(count_code(f.lint(), "M220") == 1);
}

TEST_CASE("M220 is quiet for text that merely contains fa") {
  ChartFixture f("flowchart TD\nA[sofa: comfy]-->B\n");
  f.node("A", "sofa: comfy");
  f.edge("A", "B", "-->");
  CHECK(count_code(f.lint(), "M220") == 0);
}

TEST_CASE("M300 javascript: links are errors, whatever their spelling") {
  ChartFixture f("flowchart TD\nA-->B\nclick A href \" JavaScript:alert(1)\"\n");
  f.edge("A", "B", "-->");
  f.chart.clicks.push_back(href_click(f, "A", " JavaScript:alert(1)"));
  const auto found = f.lint();
  REQUIRE(count_code(found, "M300") == 1);
  CHECK(found[0].severity == Severity::error);
}

TEST_CASE("M300 accepts https links and callbacks") {
  ChartFixture f("flowchart TD\nA-->B\nclick A href \"https://example.org/javascript:x\"\nclick B callback\n");
  f.edge("A", "B", "-->");
  const Click link = href_click(f, "A", "https://example.org/javascript:x");
  Click callback;
  callback.target = "B";
  callback.kind = Click::Kind::callback;
  callback.function = "callback";
  callback.span = span_of(f.text, "click B");
  f.chart.clicks = {link, callback};
  CHECK(count_code(f.lint(), "M300") == 0);
}

TEST_CASE("Style rules are off by default") {
  ChartFixture f("graph\nA-->B\nA-->B\nC\n");
  f.chart.keyword = "graph";
  f.chart.header = span_of(f.text, "graph");
  f.edge("A", "B", "-->");
  f.edge("A", "B", "-->", 1);
  f.node("C");
  const auto found = f.lint();
  for (const char* code : {"M400", "M401", "M402", "M403"}) CHECK(count_code(found, code) == 0);
}

TEST_CASE("M400-M403 when selected") {
  ChartFixture f("graph\nA-->B\nA-->B\nC\n");
  f.chart.keyword = "graph";
  f.chart.header = span_of(f.text, "graph");
  f.edge("A", "B", "-->");
  f.edge("A", "B", "-->", 1);
  f.node("C");
  const auto found = f.lint(selecting({"M4"}));
  CHECK(count_code(found, "M400") == 1);
  CHECK(count_code(found, "M401") == 1);
  CHECK(count_code(found, "M402") == 1);
  CHECK(count_code(found, "M403") == 1);
}

TEST_CASE("M400-M403 quiet on a tidy flowchart") {
  ChartFixture f("flowchart LR\nA-->B\nB-->C\n");
  f.chart.has_direction = true;
  f.edge("A", "B", "-->");
  f.edge("B", "C", "-->", 1);
  const auto found = f.lint(selecting({"ALL"}));
  for (const char* code : {"M400", "M401", "M402", "M403"}) CHECK(count_code(found, code) == 0);
}

TEST_CASE("M202 a mindmap with a second root") {
  const std::string text = "mindmap\n  Root\n  Other\n";
  Mindmap map;
  for (const char* id : {"Root", "Other"}) {
    MindmapNode node;
    node.id = id;
    node.label.text = id;
    node.span = span_of(text, id);
    map.nodes.push_back(node);
  }
  ParseResult parse{map, "mindmap", true, {}};
  CHECK(count_code(lint::lint(parse, Source("m.mmd", text), {}), "M202") == 1);
  map.nodes.pop_back();
  parse.diagram = map;
  CHECK(count_code(lint::lint(parse, Source("m.mmd", text), {}), "M202") == 0);
}
