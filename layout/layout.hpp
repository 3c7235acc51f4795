// Layout entry points.
#pragma once
#include "layout/result.hpp"
#include "layout/text/text_measurer.hpp"
#include "model/flowchart.hpp"
#include "model/mindmap.hpp"

namespace merrow {

LayoutResult layout_flowchart(const Flowchart& chart, const TextMeasurer& measurer);
LayoutResult layout_mindmap(const Mindmap& map, const TextMeasurer& measurer);

}  // namespace merrow
