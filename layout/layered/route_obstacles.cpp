// The real nodes an edge route must keep out of, for routing's intrusion
// tests (route.cpp: which band exits to drop, which bends to pin).
// Pre: positioned (TB frame): every node has its rank, x, y and size, and
//   graph.layers lists each rank's nodes in order.
// Post: the index answers the questions routing asks by looking only at the
//   nodes that can be touched: the ranks a region's y-range meets (binary
//   search over monotone envelopes of the rank bands) and, in each, the nodes
//   whose x-range meets it (binary search over the rank's nodes sorted by x).
//   has_other and segment_cuts answer exactly as a scan of every node of the
//   spanned ranks would; first_cut finds the lowest-ordered node a curve
//   enters as the scan did, but to within a pixel (the scan took 2 px
//   samples), with a bound on the search (below); on the corpus the routes
//   are the same.
//
// Why: routing used to scan every node of the spanned ranks against every
// 2 px sample of each trial curve. With n real nodes in a rank (a fan-in of n
// sources) that is n curves x n nodes x O(n) samples (the curves lengthen as
// the rank widens): 21 s for n = 1,000, and a 36 KB bundle of parallel edges
// took seconds in sample_path alone (docs/performance.md, "Hostile input").
// A curve is now tested piece by piece: a piece whose control hull meets no
// node is clear (a Bezier curve lies inside its control hull), and only
// pieces near a node are split down to pixel size, so the cost follows the
// length of curve that passes close to nodes, not the curve's length.
#include "layout/layered/route_obstacles.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace merrow::layered {

namespace {

constexpr double infinity = std::numeric_limits<double>::infinity();

struct Cubic {
  Point a, b, c, d;  // start, controls, end
};

// The path as cubic pieces in drawing order; a line is the cubic with its
// controls on it.
std::vector<Cubic> cubic_pieces(const Path& path) {
  std::vector<Cubic> pieces;
  Point current, start;
  auto line = [&](Point to) {
    pieces.push_back({current, {current.x + (to.x - current.x) / 3, current.y + (to.y - current.y) / 3},
                      {current.x + 2 * (to.x - current.x) / 3, current.y + 2 * (to.y - current.y) / 3}, to});
    current = to;
  };
  for (const PathCommand& command : path) {
    switch (command.kind) {
      case PathCommand::Kind::move: current = start = command.p[0]; break;
      case PathCommand::Kind::line: line(command.p[0]); break;
      case PathCommand::Kind::cubic:
        pieces.push_back({current, command.p[0], command.p[1], command.p[2]});
        current = command.p[2];
        break;
      case PathCommand::Kind::close: line(start); break;
    }
  }
  return pieces;
}

// de Casteljau at t = 1/2.
std::pair<Cubic, Cubic> halves(const Cubic& q) {
  auto mid = [](Point u, Point v) { return Point{(u.x + v.x) / 2, (u.y + v.y) / 2}; };
  const Point ab = mid(q.a, q.b), bc = mid(q.b, q.c), cd = mid(q.c, q.d);
  const Point abc = mid(ab, bc), bcd = mid(bc, cd), m = mid(abc, bcd);
  return {{q.a, ab, abc, m}, {m, bcd, cd, q.d}};
}

}  // namespace

RouteObstacles::RouteObstacles(const Graph& graph) : graph_(graph) {
  const size_t count = graph.layers.size();
  ranks_.resize(count);
  real_before_.assign(count + 1, 0);
  for (size_t r = 0; r < count; ++r) {
    Rank& rank = ranks_[r];
    rank.top = infinity, rank.bottom = -infinity;
    for (size_t position = 0; position < graph.layers[r].size(); ++position) {
      const uint32_t v = graph.layers[r][position];
      const WorkNode& node = graph.nodes[v];
      if (node.is_dummy()) continue;
      const Box box = node_box(node);
      const double top = node.y - node.height / 2, bottom = node.y + node.height / 2;
      rank.nodes.push_back({box.left(), box.right(), top, bottom, node.y, node.height / 2, v,
                            (uint64_t{static_cast<uint32_t>(r)} << 32) | position});
      rank.top = std::min(rank.top, top), rank.bottom = std::max(rank.bottom, bottom);
    }
    // Positioning keeps a rank's boxes apart in layer order, so this is
    // usually already sorted; the key makes ties deterministic.
    std::sort(rank.nodes.begin(), rank.nodes.end(),
              [](const Obstacle& a, const Obstacle& b) { return a.left != b.left ? a.left < b.left : a.key < b.key; });
    double reach = -infinity;
    for (const Obstacle& o : rank.nodes) rank.reach.push_back(reach = std::max(reach, o.right));
    real_before_[r + 1] = real_before_[r] + static_cast<uint32_t>(rank.nodes.size());
  }
  bottom_envelope_.resize(count), top_envelope_.resize(count);
  double lowest = -infinity, highest = infinity;
  for (size_t r = 0; r < count; ++r) bottom_envelope_[r] = lowest = std::max(lowest, ranks_[r].bottom);
  for (size_t r = count; r-- > 0;) top_envelope_[r] = highest = std::min(highest, ranks_[r].top);
}

// Stops and returns true as soon as visit(obstacle) returns true.
template <class Visit>
bool RouteObstacles::for_each_near(int lo, int hi, const Bounds& bounds, Visit&& visit) const {
  // Rank r can meet the bounds only if bottom_envelope_[r] >= top and
  // top_envelope_[r] <= bottom; both envelopes are non-decreasing in r.
  const int first = static_cast<int>(
      std::lower_bound(bottom_envelope_.begin(), bottom_envelope_.end(), bounds.top) - bottom_envelope_.begin());
  const int last = static_cast<int>(
      std::upper_bound(top_envelope_.begin(), top_envelope_.end(), bounds.bottom) - top_envelope_.begin()) - 1;
  for (int r = std::max({lo, first, 0}); r <= std::min(hi, last); ++r) {
    const Rank& rank = ranks_[r];
    if (rank.bottom < bounds.top || rank.top > bounds.bottom) continue;
    // The first node whose right (or an earlier node's) reaches the bounds.
    size_t i = std::lower_bound(rank.reach.begin(), rank.reach.end(), bounds.left) - rank.reach.begin();
    for (; i < rank.nodes.size() && rank.nodes[i].left <= bounds.right; ++i) {
      const Obstacle& o = rank.nodes[i];
      if (o.right >= bounds.left && o.bottom >= bounds.top && o.top <= bounds.bottom && visit(o)) return true;
    }
  }
  return false;
}

bool RouteObstacles::has_other(int lo, int hi, uint32_t from, uint32_t to) const {
  lo = std::max(lo, 0), hi = std::min(hi, static_cast<int>(ranks_.size()) - 1);
  if (lo > hi) return false;
  int64_t others = int64_t{real_before_[hi + 1]} - real_before_[lo];
  for (const uint32_t end : {from, to}) {
    const WorkNode& node = graph_.nodes[end];
    if (!node.is_dummy() && node.rank >= lo && node.rank <= hi) --others;
    if (from == to) break;
  }
  return others > 0;
}

bool RouteObstacles::segment_cuts(int rank, uint32_t except, Point a, Point b) const {
  const Rank& band = ranks_[rank];
  if (band.nodes.empty()) return false;
  // Only the part of the segment inside the rank's band can enter a box of
  // the rank: its x-range (a pixel wider, for rounding) bounds the candidates.
  const double dx = b.x - a.x, dy = b.y - a.y;
  double from = 0, to = 1;
  if (dy != 0) {
    const double at_top = (band.top - a.y) / dy, at_bottom = (band.bottom - a.y) / dy;
    from = std::max(0.0, std::min(at_top, at_bottom)), to = std::min(1.0, std::max(at_top, at_bottom));
    if (from > to) return false;
  } else if (a.y < band.top || a.y > band.bottom) {
    return false;
  }
  const double x0 = a.x + dx * from, x1 = a.x + dx * to;
  // The candidates: nodes whose x-range meets that part (a pixel wider, for
  // rounding), nearest `a` first, since an end segment that cuts a node at
  // all usually cuts the one next to its end.
  const size_t begin = std::lower_bound(band.reach.begin(), band.reach.end(), std::min(x0, x1) - 1) - band.reach.begin();
  const size_t end = std::upper_bound(band.nodes.begin(), band.nodes.end(), std::max(x0, x1) + 1,
                                      [](double x, const Obstacle& o) { return x < o.left; }) - band.nodes.begin();
  auto cuts = [&](const Obstacle& o) {
    if (o.node == except) return false;
    return segment_enters(a, b, o.left, o.right, o.top, o.bottom);
  };
  if (dx >= 0) {
    for (size_t i = begin; i < end; ++i) if (cuts(band.nodes[i])) return true;
  } else {
    for (size_t i = end; i-- > begin;) if (cuts(band.nodes[i])) return true;
  }
  return false;
}

// Walks the path's pieces in drawing order, halving a piece while its hull
// meets a node's shrunk box and it is over a pixel wide, and testing the ends
// of the pixel-sized pieces. The cut reported is the node of the lowest rank,
// then the lowest order, that the path enters (as the scan it replaced did:
// on stress graphs it leaves fewer curves through nodes than the first node
// entered), at the path's first point in it: once a node is found, only
// nodes that come before it are looked for. That continuation is bounded:
// a curve that sweeps through a wide rank (a far source of a fan, before it
// is pinned) enters hundreds of nodes, each ordered before the last, and
// following them all made a fan-in of n sources quadratic again. Past the
// bound the best node found so far is reported.
struct RouteObstacles::CutSearch {
  static constexpr int continuation = 64;  // halvings allowed once a cut is found

  const RouteObstacles& obstacles;
  int lo, hi;
  uint32_t from, to;
  uint64_t best_key = std::numeric_limits<uint64_t>::max();
  uint32_t best = npos;
  Point where{};
  int budget = continuation;

  bool candidate(const Obstacle& o) const { return o.key < best_key && o.node != from && o.node != to; }

  // Whether the shrunk box (open) meets `bounds` (closed).
  static bool shrunk_meets(const Obstacle& o, const Bounds& bounds) {
    return bounds.left < o.right - 1 && bounds.right > o.left + 1 && bounds.top < o.y + o.half_height - 1 &&
           bounds.bottom > o.y - o.half_height + 1;
  }

  void test(Point p) {
    obstacles.for_each_near(lo, hi, {p.x, p.x, p.y, p.y}, [&](const Obstacle& o) {
      if (candidate(o) && p.x > o.left + 1 && p.x < o.right - 1 && std::abs(p.y - o.y) < o.half_height - 1) {
        best_key = o.key, best = o.node, where = p;
      }
      return false;
    });
  }

  void search(const Cubic& q, int depth) {
    if (best != npos && budget-- <= 0) return;
    const Bounds hull{std::min({q.a.x, q.b.x, q.c.x, q.d.x}), std::max({q.a.x, q.b.x, q.c.x, q.d.x}),
                      std::min({q.a.y, q.b.y, q.c.y, q.d.y}), std::max({q.a.y, q.b.y, q.c.y, q.d.y})};
    // Asked with the hull shrunk as the boxes are, the index skips the ranks
    // and nodes the hull only touches: a fan's curves leave along the bottom
    // of their band, level with the bottoms of all its nodes.
    const Bounds inner{hull.left + 1, hull.right - 1, hull.top + 1, hull.bottom - 1};
    const bool near = obstacles.for_each_near(
        lo, hi, inner, [&](const Obstacle& o) { return candidate(o) && shrunk_meets(o, hull); });
    if (!near) return;
    // 48 halvings take any finite drawing below a pixel; the bound only
    // guards against non-finite coordinates.
    if (std::max(hull.right - hull.left, hull.bottom - hull.top) <= 1 || depth >= 48) {
      test(q.a);
      test(q.d);
      return;
    }
    const auto [first, second] = halves(q);
    search(first, depth + 1);
    search(second, depth + 1);
  }
};

uint32_t RouteObstacles::first_cut(const Path& path, int lo, int hi, uint32_t from, uint32_t to,
                                   Point& where) const {
  CutSearch walk{*this, lo, hi, from, to};
  for (const Cubic& piece : cubic_pieces(path)) walk.search(piece, 0);
  if (walk.best != npos) where = walk.where;
  return walk.best;
}

}  // namespace merrow::layered
