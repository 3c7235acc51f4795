// A small hand-made flowchart + layout (independent of the layout engine):
// a rect, a rounded node and a diamond in a subgraph, with every edge kind
// and head, an edge label, classDef/style colours and an accTitle.
#pragma once
#include "layout/result.hpp"
#include "model/flowchart.hpp"
#include "render/text/font_measurer.hpp"

namespace merrow::test {

struct Fixture {
  Flowchart chart;
  LayoutResult layout;
};

Fixture small_flowchart(const TextMeasurer& measurer);

}  // namespace merrow::test
