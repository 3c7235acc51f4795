// The working graph the phases share: dense ids, one typed record per node
// and edge, side arrays per phase result (rank, order, x, y live on the node
// because every later phase reads them; each phase documents which it sets).
#pragma once
#include <cstdint>
#include <optional>
#include <vector>

#include "layout/layered/layered.hpp"

namespace merrow::layered {

enum class NodeKind : uint8_t {
  real,           // an input node (or the placeholder of an empty cluster)
  edge_dummy,     // a bend of a long edge
  edge_label,     // the dummy carrying an edge label
  border_top,     // cluster top border (holds the title)
  border_bottom,  // cluster bottom border
  border_left,    // cluster left border, one per rank
  border_right,   // cluster right border, one per rank
};

// A self-loop leaves a node's right side, reaches self_loop_reach px out and
// comes back; its label sits self_loop_gap px beyond the loop.
inline constexpr double self_loop_reach = 25;
inline constexpr double self_loop_gap = 5;

struct WorkNode {
  NodeKind kind = NodeKind::real;
  double width = 0, height = 0;  // in the TB frame
  double loop_extent = 0;        // room for self-loops on the right, included in width
  uint32_t cluster = npos;       // innermost (layout) cluster
  uint32_t origin = npos;        // input node, or input edge for dummies, or cluster for borders
  int rank = 0;
  uint32_t order = 0;
  double x = 0, y = 0;
  bool is_dummy() const { return kind != NodeKind::real; }
};

struct WorkEdge {
  uint32_t from = 0, to = 0;
  int minlen = 1;
  double weight = 1;
  uint32_t origin = npos;  // input edge; npos for nesting edges
  bool reversed = false;   // turned by the acyclic phase
};

struct WorkCluster {
  uint32_t parent = npos;
  int depth = 0;
  double title_width = 0, title_height = 0;
  uint32_t top = npos, bottom = npos;  // border nodes (set by nesting)
  int min_rank = 0, max_rank = 0;      // ranks of top and bottom
  std::vector<uint32_t> left, right;   // border nodes per rank min_rank..max_rank
};

struct Graph {
  std::vector<WorkNode> nodes;
  std::vector<WorkEdge> edges;
  std::vector<WorkCluster> clusters;
  std::vector<std::vector<uint32_t>> layers;  // node ids by rank, in order (set by normalize/order)
  // Per input edge (set by normalize): its nodes in the acyclic direction,
  // both ends included (empty for self-loops), and whether it was turned.
  std::vector<std::vector<uint32_t>> chains;
  std::vector<char> reversed;
  std::vector<uint32_t> label_node;           // per input edge: its label dummy or npos
  std::vector<std::optional<Point>> label_size;  // per input edge, TB frame (x = width)
  int rank_factor = 1;  // set by nesting: real nodes sit on multiples of it until nesting_cleanup
  Options options;
};

// Adjacency over edges that join adjacent ranks (after normalize).
struct LayerAdjacency {
  std::vector<std::vector<uint32_t>> up, down;          // neighbour node ids
  std::vector<std::vector<double>> up_weight, down_weight;
};
LayerAdjacency layer_adjacency(const Graph& graph);

}  // namespace merrow::layered
