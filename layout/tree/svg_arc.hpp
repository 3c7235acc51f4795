// SVG elliptical arcs as cubic Béziers, because merrow's Path has only cubics
// and mermaid's cloud and bang outlines are written as `a rx,ry rot large,sweep dx,dy`.
// Pre: `path` is non-empty (the current point is the end of its last command).
// Post: appends cubics (at most one per 90° of sweep) ending exactly at `to`;
// degenerate radii give a straight line, as SVG 1.1 F.6.2 says.
#pragma once
#include "layout/geometry.hpp"

namespace merrow {

struct SvgArc {
  double rx = 0, ry = 0;
  double rotation_deg = 0;
  bool large_arc = false;
  bool sweep = false;
};

void append_svg_arc(Path& path, Point from, const SvgArc& arc, Point to);

// The current point of a path (end of the last command); (0,0) when empty.
Point path_end(const Path& path);

}  // namespace merrow
