// The size and outline of each mindmap shape around its label, as mermaid
// 11.17 draws them (rendering-util shapes defaultMindmapNode, rect, rounded,
// mindmapCircle, bang, cloud, hexagon, with mindmapRenderer's padding
// overrides). Measured against mermaid-ref SVGs: a 16px label 24px high gives
// plain 34px, [square] 44px, (rounded) 54px, {{hexagon}} 44px high.
// Layout uses the outline's extent as the node box (cloud and bang bulge
// outside their body); render draws the same outline, so the two agree.
// Pre: label_width, label_height >= 0; padding = config.mindmap.padding (10).
// Post: outline is closed and relative to the body centre (0,0); extent
// contains the whole outline.
#pragma once
#include "layout/geometry.hpp"
#include "model/mindmap.hpp"

namespace merrow {

struct MindmapShapeGeometry {
  double body_width = 0, body_height = 0;  // mermaid's node width/height
  Path outline;                            // relative to the body centre
  Box extent;                              // outline bounds, relative to the body centre
  bool underline = false;                  // plain nodes: mermaid's line along the bottom
};

MindmapShapeGeometry mindmap_shape_geometry(MindmapShape shape, double label_width,
                                            double label_height, double padding);

// Bounds of a path, cubics sampled (tight enough for layout boxes).
Box path_extent(const Path& path);

}  // namespace merrow
