// Issue 13: `htmlLabels: false` draws labels as SVG <text>, sized as mermaid
// 11.17 sizes those (mermaid-ref, 16 px: one line 17 px high, each further
// line 17.6 px, "Load Balancer" 163.86 x 47 instead of 163.19 x 54, a
// 4-line html label 3 lines; an edge label's box is its text + 2 px around).
// The top-level key switches every label; flowchart.htmlLabels only edge
// labels, and only when the top-level key is unset.
#include <catch2/catch.hpp>

#include "layout/layout.hpp"
#include "layout/text/svg_text_block.hpp"

using namespace merrow;

namespace {
const FixedWidthMeasurer kMeasurer(0.5);  // 8 px per character; ascent 12.8, descent 3.2 at 16 px

RichText plain(const std::string& text) { return decode_label(Label{text, LabelFormat::plain}); }

std::string line_text(const PlacedLine& line) {
  std::string text;
  for (const PlacedRun& run : line.runs) text += run.run.text;
  return text;
}

// A --> |label| B, both with labels of a few words.
Flowchart two_nodes(std::optional<bool> top, std::optional<bool> flowchart) {
  Flowchart chart;
  chart.config.html_labels = top;
  chart.config.flowchart.html_labels = flowchart;
  for (const char* id : {"A", "B"}) {
    Node n;
    n.id = id;
    n.label.text = std::string("node ") + id;
    chart.nodes.push_back(n);
  }
  Edge e;
  e.from = {EdgeEnd::Kind::node, 0};
  e.to = {EdgeEnd::Kind::node, 1};
  e.label.text = "edge label";
  e.has_label = true;
  chart.edges.push_back(e);
  return chart;
}
}  // namespace

TEST_CASE("svg labels: lines 1.1 em apart, the first as tall as rounded ascent + descent") {
  const FontSpec font;
  const TextBlock one = layout_svg_text(plain("one line"), font, kMeasurer, 200, 0);
  CHECK(one.height == Approx(13 + 3));
  CHECK(one.width == Approx(64));
  CHECK(one.lines.at(0).baseline == Approx(13));
  const TextBlock two = layout_svg_text(plain("two<br>lines"), font, kMeasurer, 200, 0);
  CHECK(two.height == Approx(16 + 17.6));
  CHECK(two.lines.at(1).baseline == Approx(13 + 17.6));
  const TextBlock padded = layout_svg_text(plain("one line"), font, kMeasurer, 200, 2);
  CHECK(padded.width == Approx(64 + 4));
  CHECK(padded.height == Approx(16 + 4));
}

TEST_CASE("svg labels: words fill a line up to the wrap width, a longer word is cut") {
  const FontSpec font;
  const TextBlock words = layout_svg_text(plain("aaa bbb ccc"), font, kMeasurer, 60, 0);
  REQUIRE(words.lines.size() == 2);
  CHECK(line_text(words.lines[0]) == "aaa bbb");  // 56 px: within 60 (html wrapping keeps the space, 64)
  CHECK(line_text(words.lines[1]) == "ccc");
  const TextBlock word = layout_svg_text(plain("abcdefghijklmnop x"), font, kMeasurer, 60, 0);
  REQUIRE(word.lines.size() == 3);
  CHECK(line_text(word.lines[0]) == "abcdefg");
  CHECK(line_text(word.lines[1]) == "hijklmn");
  CHECK(line_text(word.lines[2]) == "op x");
  CHECK(word.width <= 60);
}

TEST_CASE("svg labels: the top-level htmlLabels sizes nodes and edge labels, flowchart's only edge labels") {
  const LayoutResult html = layout_flowchart(two_nodes(std::nullopt, std::nullopt), kMeasurer);
  const LayoutResult top = layout_flowchart(two_nodes(false, true), kMeasurer);
  const LayoutResult edges_only = layout_flowchart(two_nodes(std::nullopt, false), kMeasurer);
  const LayoutResult html_wins = layout_flowchart(two_nodes(true, false), kMeasurer);
  CHECK(html.nodes[0].box.height == Approx(24 + 30));
  CHECK(top.nodes[0].box.height == Approx(16 + 30));
  CHECK(edges_only.nodes[0].box.height == Approx(24 + 30));
  REQUIRE(html.edges.at(0).label);
  REQUIRE(top.edges.at(0).label);
  REQUIRE(edges_only.edges.at(0).label);
  REQUIRE(html_wins.edges.at(0).label);
  CHECK(html.edges[0].label->height == Approx(24));
  CHECK(top.edges[0].label->height == Approx(16 + 4));
  CHECK(top.edges[0].label->width == Approx(80 + 4));
  CHECK(edges_only.edges[0].label->height == Approx(16 + 4));
  CHECK(html_wins.edges[0].label->height == Approx(24));
}
