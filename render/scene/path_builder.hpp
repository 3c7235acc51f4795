// Small builders for scene paths (lines, polygons, rounded rectangles,
// ellipses and elliptical arcs as cubic Béziers), so shapes and markers are
// written as geometry, not as cairo calls.
#pragma once
#include <initializer_list>
#include <vector>

#include "layout/geometry.hpp"

namespace merrow {

class PathBuilder {
 public:
  PathBuilder& move(Point p);
  PathBuilder& line(Point p);
  PathBuilder& cubic(Point c1, Point c2, Point end);
  // Elliptical arc around (cx, cy) from angle a0 to a1 (radians, y down,
  // a1 < a0 runs anticlockwise on screen); starts with a line to the arc's
  // start unless the path is empty (then a move).
  PathBuilder& arc(Point centre, double rx, double ry, double a0, double a1);
  PathBuilder& close();
  PathBuilder& polygon(const std::vector<Point>& points);  // closed
  PathBuilder& rect(const Box& box, double radius = 0);    // closed, rounded corners
  PathBuilder& ellipse(Point centre, double rx, double ry); // closed

  Path build() const { return path_; }
  bool empty() const { return path_.empty(); }
  Point current() const { return current_; }

 private:
  Path path_;
  Point current_;
};

}  // namespace merrow
