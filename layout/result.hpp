// The geometry of a laid-out diagram: what render draws and `merrow layout`
// prints. No colours, no styles.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "layout/geometry.hpp"
#include "layout/text/text_block.hpp"
#include "model/flowchart.hpp"
#include "model/mindmap.hpp"

namespace merrow {

enum class Curve : uint8_t {
  basis, linear, cardinal, catmull_rom, monotone_x, monotone_y, natural, step, step_before,
  step_after, bump_x, bump_y
};

Curve curve_from_name(const std::string& name);  // unknown -> basis

struct NodeBox {
  std::string id;
  uint32_t index = 0;  // Flowchart::nodes or Mindmap::nodes index
  Box box;
  TextBlock text;      // the label laid out, centred in the box by render
};

struct ClusterBox {
  std::string id;
  uint32_t index = 0;  // Flowchart::subgraphs index
  Box box;
  Box title;           // where the title text block sits
  TextBlock text;
};

struct EdgeRoute {
  uint32_t index = 0;  // Flowchart::edges index (or the child's index for mindmaps)
  std::string from, to;
  std::vector<Point> points;  // polyline control points; first/last on the end shapes' outlines
  Curve curve = Curve::basis;
  Path path;                  // the drawn curve (points smoothed by `curve`)
  std::optional<Box> label;   // edge label box, when the edge has a label
  TextBlock text;
};

struct LayoutResult {
  double width = 0, height = 0;  // the drawing, origin at (0,0), padding included
  std::vector<NodeBox> nodes;
  std::vector<ClusterBox> clusters;
  std::vector<EdgeRoute> edges;  // invisible links are omitted
};

// Smoothing of a polyline as d3's curves do it (mermaid draws with d3).
Path curve_path(const std::vector<Point>& points, Curve curve);
// The path sampled about every `step` px (for the layout JSON).
std::vector<Point> sample_path(const Path& path, double step);
// The length of the path's control polygon, in px: at least its drawn length, found
// without flattening (a 47,917-edge chart's curves are a million px long each).
double path_length(const Path& path);

}  // namespace merrow
