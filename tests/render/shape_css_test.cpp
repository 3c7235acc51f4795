// The CSS mermaid puts on a drawn shape (classDef / style / linkStyle), as
// the scene carries it: fill-opacity and stroke-opacity fade their colour
// only, opacity fades the shape but not the label, stroke-linecap and
// stroke-linejoin reach the stroke.
#include <catch2/catch.hpp>

#include "grammar/parse.hpp"
#include "layout/layout.hpp"
#include "render/scene/flowchart_scene.hpp"
#include "render/style/resolved_style.hpp"

using namespace merrow;

namespace {

Flowchart chart_of(const char* text) {
  ParseResult parsed = parse_diagram(Source("t.mmd", text));
  auto* chart = std::get_if<Flowchart>(&parsed.diagram);
  REQUIRE(chart != nullptr);
  return *chart;
}

template <class Item>
std::vector<const Item*> items_of(const std::vector<SceneItem>& items) {
  std::vector<const Item*> out;
  for (const SceneItem& item : items) {
    if (const auto* found = std::get_if<Item>(&item)) out.push_back(found);
    if (const auto* group = std::get_if<GroupItem>(&item))
      for (const Item* inner : items_of<Item>(group->items)) out.push_back(inner);
  }
  return out;
}

}  // namespace

TEST_CASE("shape css: each opacity, caps and joins are read from the cascade") {
  const Flowchart chart = chart_of(
      "flowchart LR\n"
      "  classDef faint stroke-opacity:0.3,fill-opacity:50%,stroke-linecap:round\n"
      "  A:::faint --> B\n"
      "  style A stroke-linejoin:bevel,opacity:0.4\n"
      "  linkStyle 0 stroke-opacity:0.25,stroke-linecap:square,stroke-linejoin:round\n");
  const ResolvedStyle a = node_style(chart, chart.nodes[chart.node_by_id.at("A")]);
  CHECK(*a.stroke_opacity == Approx(0.3));
  CHECK(*a.fill_opacity == Approx(0.5));
  CHECK(*a.opacity == Approx(0.4));
  CHECK(*a.cap == StrokeStyle::Cap::round);
  CHECK(*a.join == StrokeStyle::Join::bevel);
  const ResolvedStyle e = edge_style(chart, 0);
  CHECK(*e.stroke_opacity == Approx(0.25));
  CHECK(*e.cap == StrokeStyle::Cap::square);
  CHECK(*e.join == StrokeStyle::Join::round);
}

TEST_CASE("shape css: the scene fades colours by their own opacity and keeps the label opaque") {
  const Flowchart chart = chart_of(
      "flowchart LR\n"
      "  A[Faint] --> B[Plain]\n"
      "  style A fill:#ff0000,stroke:#0000ff,fill-opacity:0.5,stroke-opacity:0.25,opacity:0.8,"
      "stroke-linecap:round,stroke-linejoin:round\n"
      "  linkStyle 0 stroke:#00ff00,stroke-opacity:0.4\n");
  const FixedWidthMeasurer measurer;
  const LayoutResult layout = layout_flowchart(chart, measurer);
  const Scene scene = build_flowchart_scene(chart, layout, theme_variables(chart.config));
  const PathItem* faint = nullptr;
  const PathItem* edge = nullptr;
  for (const PathItem* path : items_of<PathItem>(scene.items)) {
    if (path->fill && path->fill->r == 1 && path->fill->g == 0) faint = path;
    if (!path->fill && path->stroke && path->stroke->color.g == 1 && path->stroke->color.r == 0) edge = path;
  }
  REQUIRE(faint != nullptr);
  CHECK(faint->fill->a == Approx(0.5));
  CHECK(faint->stroke->color.a == Approx(0.25));
  CHECK(faint->opacity == Approx(0.8));
  CHECK(faint->stroke->cap == StrokeStyle::Cap::round);
  CHECK(faint->stroke->join == StrokeStyle::Join::round);
  REQUIRE(edge != nullptr);
  CHECK(edge->stroke->color.a == Approx(0.4));
  for (const TextItem* text : items_of<TextItem>(scene.items)) CHECK(text->opacity == 1);
}
