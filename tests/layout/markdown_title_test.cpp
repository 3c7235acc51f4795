// Issue 13: a markdown subgraph title ("`...`") wraps at the subgraph's own
// width, as mermaid 11.17's clusters draw it (mermaid-ref: the title
// "`**bold** long title that is long enough to wrap at two hundred pixels
// surely`" over one node wraps at 143 px, the cluster's width, and the
// cluster grows to the title + 8 px; a plain title never wraps). merrow also
// keeps the wrapped lines clear of the content (mermaid lets them overlap).
#include <catch2/catch.hpp>

#include "layout/layout.hpp"

using namespace merrow;

namespace {
const char* kLongTitle = "**bold** long title that is long enough to wrap at two hundred pixels surely";

// Subgraph S holding a --> b, linked from outside (x --> a) or not.
Flowchart chart_with_title(LabelFormat format, bool linked) {
  Flowchart chart;
  chart.direction = Direction::LR;
  Subgraph s;
  s.id = "S";
  s.title = Label{kLongTitle, format};
  s.nodes = {0, 1};
  chart.subgraphs.push_back(s);
  for (const char* id : {"a", "b", "x"}) {
    Node n;
    n.id = n.label.text = id;
    if (std::string(id) != "x") n.parent = 0;
    chart.nodes.push_back(n);
  }
  Edge inside;
  inside.from = {EdgeEnd::Kind::node, 0};
  inside.to = {EdgeEnd::Kind::node, 1};
  chart.edges.push_back(inside);
  if (linked) {
    Edge in;
    in.from = {EdgeEnd::Kind::node, 2};
    in.to = {EdgeEnd::Kind::node, 0};
    chart.edges.push_back(in);
  }
  return chart;
}
}  // namespace

TEST_CASE("a markdown subgraph title wraps at the subgraph's width, clear of its content") {
  const FixedWidthMeasurer measurer(0.5);  // 8 px per character at 16 px
  for (const bool linked : {false, true}) {
    INFO((linked ? "laid out in the outer graph" : "laid out as its own graph"));
    const LayoutResult plain = layout_flowchart(chart_with_title(LabelFormat::plain, linked), measurer);
    const LayoutResult wrapped = layout_flowchart(chart_with_title(LabelFormat::markdown, linked), measurer);
    const ClusterBox& p = plain.clusters.at(0);
    const ClusterBox& m = wrapped.clusters.at(0);
    CHECK(p.text.lines.size() == 1);  // plain titles stay whole
    CHECK(m.text.lines.size() > 1);
    CHECK(m.box.width < p.text.width / 2);  // the whole title, unwrapped
    CHECK(m.text.width <= m.box.width);
    for (uint32_t v : {0u, 1u}) {
      CHECK(m.title.bottom() <= wrapped.nodes[v].box.top());
      CHECK(wrapped.nodes[v].box.bottom() <= m.box.bottom());
    }
  }
}
