// The real nodes an edge route must keep out of, indexed for routing's
// intrusion tests (route.cpp). See route_obstacles.cpp.
#pragma once
#include <algorithm>
#include <cstdint>
#include <vector>

#include "layout/geometry.hpp"
#include "layout/layered/graph.hpp"

namespace merrow::layered {

// A real node's box in the TB frame (only x and width are meaningful: its
// height is the node's). The loop room is on the right: the node itself sits
// at the left of its slot.
inline Box node_box(const WorkNode& node) {
  return {node.x - node.loop_extent / 2, node.y, node.width - node.loop_extent, 0};
}

// Whether the segment a-b enters the open box left..right x top..bottom
// (Liang-Barsky clipping).
inline bool segment_enters(Point a, Point b, double left, double right, double top, double bottom) {
  double t0 = 0, t1 = 1;
  const double dx = b.x - a.x, dy = b.y - a.y;
  const double p[4] = {-dx, dx, -dy, dy};
  const double q[4] = {a.x - left, right - a.x, a.y - top, bottom - a.y};
  for (int i = 0; i < 4; ++i) {
    if (p[i] == 0) {
      if (q[i] <= 0) return false;
    } else {
      const double t = q[i] / p[i];
      if (p[i] < 0) t0 = std::max(t0, t);
      else t1 = std::min(t1, t);
    }
  }
  return t0 < t1;
}

class RouteObstacles {
 public:
  explicit RouteObstacles(const Graph& graph);

  // Whether ranks lo..hi hold a real node other than `from` and `to`.
  bool has_other(int lo, int hi, uint32_t from, uint32_t to) const;

  // Whether the segment a-b enters the box of a real node of `rank` other
  // than `except`.
  bool segment_cuts(int rank, uint32_t except, Point a, Point b) const;

  // The first real node of ranks lo..hi (by rank, then layer order) other
  // than `from`/`to` whose box shrunk by a pixel the path enters, or npos;
  // `where` is the path's first point inside it (to within a pixel). On a
  // curve entering very many nodes, the best found within a bounded search.
  uint32_t first_cut(const Path& path, int lo, int hi, uint32_t from, uint32_t to, Point& where) const;

 private:
  // Bounds of a region, edges included.
  struct Bounds {
    double left, right, top, bottom;
  };
  struct Obstacle {
    double left, right, top, bottom;  // the node's box
    double y, half_height;
    uint32_t node;
    uint64_t key;  // rank, then position in the layer: which cut counts as first
  };

  // Calls visit(obstacle) for every real node of ranks lo..hi whose box may
  // meet `bounds` (a superset: callers test the box exactly), until a call
  // returns true; returns whether one did.
  template <class Visit>
  bool for_each_near(int lo, int hi, const Bounds& bounds, Visit&& visit) const;

  struct CutSearch;  // first_cut's walk down the curve (route_obstacles.cpp)

  struct Rank {
    std::vector<Obstacle> nodes;  // sorted by left
    std::vector<double> reach;    // reach[i]: the largest right of nodes[0..i]
    double top, bottom;           // the band of the rank's real nodes (+inf, -inf when none)
  };
  const Graph& graph_;
  std::vector<Rank> ranks_;
  // Monotone envelopes of the bands (largest bottom of ranks 0..r, smallest
  // top of ranks r..), so the ranks a y-range can meet are found by binary
  // search whatever the band heights.
  std::vector<double> bottom_envelope_, top_envelope_;
  std::vector<uint32_t> real_before_;  // real nodes in ranks 0..r-1
};

}  // namespace merrow::layered
