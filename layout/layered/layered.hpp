// The layered (Sugiyama) layout engine, shape- and text-agnostic: boxes,
// edges and nested clusters in, positions and polylines out. The flowchart
// front end (layout/flowchart_layout.cpp) sizes nodes and clips edges at the
// real shape outlines; this engine only knows rectangles.
#pragma once
#include <cstdint>
#include <limits>
#include <optional>
#include <vector>

#include "layout/geometry.hpp"
#include "model/flowchart.hpp"

namespace merrow::layered {

inline constexpr uint32_t npos = std::numeric_limits<uint32_t>::max();

struct InputNode {
  double width = 0, height = 0;  // as drawn, in the final orientation
  uint32_t cluster = npos;       // innermost cluster holding it
};

struct InputEdge {
  uint32_t from = 0, to = 0;  // node indices; from == to is a self-loop
  uint32_t minlen = 1;        // ranks spanned at least (mermaid's link length)
  double weight = 1;
  std::optional<Point> label;  // label size (x = width, y = height), when labelled
};

struct InputCluster {
  uint32_t parent = npos;
  double title_width = 0, title_height = 0;
};

struct Options {
  Direction direction = Direction::TB;
  double node_sep = 50;  // between neighbours in a rank
  double rank_sep = 50;  // between ranks (halved internally: labels take a rank, as dagre)
  double edge_sep = 20;  // dagre's default edgesep, between dummies
  double cluster_padding = 8;
  double component_sep = 50;  // between disconnected components
  int order_iterations = 24;  // Graphviz MaxIter
  int order_quit = 8;         // Graphviz MinQuit: stop after this many non-improving sweeps
  int max_cluster_depth = 48; // deeper clusters are boxed around their members only
  // TB/BT: the border holding a cluster's title is as wide as the title, so
  // edges pass beside it; false: dagre's zero-width border (edges may cross
  // the title, as mermaid's do). layout() tries both where it matters.
  bool title_slots = true;
};

struct Input {
  std::vector<InputNode> nodes;
  std::vector<InputEdge> edges;
  std::vector<InputCluster> clusters;  // parents before children
};

struct OutputCluster {
  Box box;    // encloses members and the title
  Box title;  // the title's slot at the top (TB frame: top edge)
  // TB/BT: the x of the border node that holds the title's slot; ordering
  // keeps edge dummies beside it, so a title drawn there is never crossed.
  std::optional<double> title_x;
};

struct Output {
  double width = 0, height = 0;  // bounding box of everything; origin (0,0), no padding
  std::vector<Box> nodes;
  // Per input edge: polyline from the source node's centre through the
  // bends to the target node's centre, in the edge's true direction.
  std::vector<std::vector<Point>> edges;
  std::vector<std::optional<Box>> edge_labels;
  std::vector<OutputCluster> clusters;
};

// The phases in pipeline order; run_until stops after the named one.
enum class Phase : uint8_t { acyclic, nesting, rank, normalize, order, position, route };

Output layout(const Input& input, const Options& options);

}  // namespace merrow::layered
