// Where an edge meets a node: the intersection of the segment from the
// node's centre towards a point with the node's drawn outline (mermaid's
// intersect-rect / intersect-polygon / intersect-ellipse per shape).
#pragma once
#include <vector>

#include "layout/geometry.hpp"
#include "model/shape.hpp"

namespace merrow {

// The shape's outline as a polygon around the box centre (ellipses sampled).
std::vector<Point> shape_outline(Shape shape, const Box& box);

// The outline point on the ray from box's centre towards `toward`; the
// centre itself when `toward` is the centre.
Point outline_intersection(Shape shape, const Box& box, Point toward);

// The point where the segment from `inside` (in the box) to `outside` crosses
// the rectangle's border (cluster borders).
Point box_intersection(const Box& box, Point inside, Point outside);

}  // namespace merrow
