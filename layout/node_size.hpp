// Node sizes per shape, from the laid-out label and flowchart.padding, as
// mermaid 11's rendering-elements/shapes/*.ts compute them (checked against
// mermaid 11.17 geometry: `mermaid-ref layout`, Liberation Sans 16px).
#pragma once
#include "layout/geometry.hpp"
#include "model/shape.hpp"

namespace merrow {

// Width (x) and height (y) of a node of `shape` holding a text block of
// text_width x text_height, with mermaid's `padding` (flowchart.padding, 15).
Point node_size(Shape shape, double text_width, double text_height, double padding);

// False for the shapes mermaid draws without their label (stateStart,
// stateEnd, filledCircle, crossedCircle, forkJoin, hourglass, lightningBolt,
// anchor: they blank node.label or never call labelHelper).
bool shape_shows_label(Shape shape);

}  // namespace merrow
