// Arrowheads as mermaid's flowchart markers draw them (marker viewBox and
// refX/refY mapped to px): `point` an 8 x 8 triangle whose tip touches the
// node outline, `circle` an 11 px disc 1.1 px short of the outline, `cross`
// an X of 2 px strokes centred 6.5 px short of it.
#pragma once
#include <vector>

#include "layout/geometry.hpp"
#include "model/flowchart.hpp"
#include "render/scene/node_shapes.hpp"

namespace merrow {

// Pre: `dir` is a unit vector along the edge, pointing towards `end` (into
// the node). Post: empty for Head::none.
std::vector<ShapePart> edge_marker(Head head, Point end, Point dir);

// How far (px) mermaid pulls the line back from the outline for this head
// (markerOffsets.arrow_point = 4; circle and cross: 0).
double marker_line_inset(Head head);

}  // namespace merrow
