// Routing: undoes normalisation and cycle breaking.
// Pre: positioned (TB frame).
// Post: per input edge a polyline from the source node's centre through its
//   dummies to the target's centre, in the edge's true direction (turned
//   edges reversed back). Through a dummy's rank the line runs vertically
//   over the rank's full height, so it cannot cut a node of that rank; at
//   its ends it crosses the end node's rank band straight below/above it.
//   Bends are pinned (extra points close to them) where the renderer's basis
//   smoothing would otherwise cut a corner through a node.
//   Self-loops go out of the node's right side and back. Cluster boxes come
//   from the border nodes; clusters folded for depth are boxed around their
//   members. Node boxes are the input sizes (TB frame), self-loop room removed.
#include <algorithm>
#include <cmath>
#include <optional>

#include "layout/layered/phases.hpp"
#include "layout/layered/route_obstacles.hpp"
#include "layout/result.hpp"

namespace merrow::layered {

namespace {

std::vector<double> rank_heights(const Graph& graph) {
  std::vector<double> heights(graph.layers.size(), 0);
  for (size_t r = 0; r < graph.layers.size(); ++r) {
    for (uint32_t v : graph.layers[r]) heights[r] = std::max(heights[r], graph.nodes[v].height);
  }
  return heights;
}

void route_self_loops(const Graph& graph, const Input& input, Output& out) {
  std::vector<double> used(graph.nodes.size(), 0);  // loop room taken so far per node
  for (uint32_t e = 0; e < input.edges.size(); ++e) {
    const InputEdge& edge = input.edges[e];
    if (edge.from != edge.to) continue;
    const Box& box = out.nodes[edge.from];
    const double right = box.right() + used[edge.from];
    const double dy = box.height / 4;
    const double reach = right + self_loop_reach;
    out.edges[e] = {{box.cx, box.cy}, {reach, box.cy - dy}, {reach, box.cy + dy}, {box.cx, box.cy}};
    double room = self_loop_reach;
    if (const auto& size = graph.label_size[e]) {
      out.edge_labels[e] = Box{reach + self_loop_gap + size->x / 2, box.cy, size->x, size->y};
      room += self_loop_gap + size->x;
    }
    used[edge.from] += room;
  }
}

// Where an edge leaves (or enters) its end node's rank band: below (above)
// the node, off centre towards the next bend by a monotone, bounded amount
// (under a third of the width), so the edges of a fan keep their order and
// do not cross each other there. Dropping straight through the band keeps
// the edge clear of the band's other nodes, which a diagonal to a far bend
// would cut.
double band_exit_offset(const WorkNode& node, double toward_x) {
  const Box box = node_box(node);
  const double half = std::max(box.width / 2, 1.0);
  return (box.width / 3) * std::tanh((toward_x - box.cx) / (2 * half));
}

// How far past the band a drop's exit sits, of the `room` before the next
// bend: the edge leaves its node heading away from it before it turns,
// instead of running off along the node's side.
double exit_depth(double room) { return std::clamp(0.3 * room, 0.0, 8.0); }

// Several edges dropping through one side of a node get distinct exits
// there, as dagre's get from their distinct first dummies: in the order of
// the bends they head for (so they do not cross), at least `exit_gap` apart
// where they meet the node's outline when the side has room (closer, evenly,
// when not), each as near its own offset as that allows. Edges heading far
// to one side would otherwise all leave from one point.
constexpr double exit_gap = 10;

void spread_exits(std::vector<double>& offsets, double width, double outline_scale) {
  const size_t k = offsets.size();
  if (k == 0) return;
  // What the spread keeps clear at each end of the side: less when many
  // edges need the room.
  const double roomy = std::min(width / 6, 8.0), tight = std::min(roomy, 2.0);
  const double margin = std::clamp((width - static_cast<double>(k - 1) * exit_gap * outline_scale) / 2, tight, roomy);
  const double hi = std::max(width / 2 - margin, 0.0), lo = -hi;
  const double gap = k > 1 ? std::min(exit_gap * outline_scale, (hi - lo) / static_cast<double>(k - 1)) : 0;
  for (size_t i = 0; i < k; ++i) {
    offsets[i] = std::clamp(offsets[i], lo + static_cast<double>(i) * gap, hi - static_cast<double>(k - 1 - i) * gap);
  }
  for (size_t i = 1; i < k; ++i) offsets[i] = std::max(offsets[i], offsets[i - 1] + gap);
  for (size_t i = k - 1; i-- > 0;) offsets[i] = std::min(offsets[i], offsets[i + 1] - gap);
}

// The bends next to an edge's ends (or the other end when it has none), in
// the rank bands' near edges.
std::pair<Point, Point> end_neighbours(const Graph& graph, const std::vector<uint32_t>& chain,
                                       const std::vector<double>& heights) {
  const WorkNode& first = graph.nodes[chain.front()];
  const WorkNode& last = graph.nodes[chain.back()];
  const WorkNode& after_first = graph.nodes[chain[1]];
  const WorkNode& before_last = graph.nodes[chain[chain.size() - 2]];
  const Point next = chain.size() > 2 ? Point{after_first.x, after_first.y - heights[after_first.rank] / 2}
                                      : Point{node_box(last).cx, last.y};
  const Point previous = chain.size() > 2 ? Point{before_last.x, before_last.y + heights[before_last.rank] / 2}
                                          : Point{node_box(first).cx, first.y};
  return {next, previous};
}

// A point `distance` from a bend towards its neighbour `other`, at most a
// quarter of the way there. A basis curve through such a pin turns within
// about a sixth of `distance` of the bend instead of sweeping wide of it.
Point pin_toward(Point bend, Point other, double distance) {
  const double len = std::hypot(other.x - bend.x, other.y - bend.y);
  const double t = len > 0 ? std::min(distance / len, 0.25) : 0;
  return {bend.x + (other.x - bend.x) * t, bend.y + (other.y - bend.y) * t};
}

constexpr double exit_pin = 24;  // how far before a band exit its pin sits

// The renderer smooths an edge's polyline with a basis curve, which pulls
// each bend towards the inside of its angle by up to a sixth of the adjacent
// segments: at a long diagonal off a dummy's vertical run, enough to cut a
// node beside the bend. Where the smoothed line would enter a node that is
// not an end, pin the bend nearest the intrusion with a point along each of
// its segments, as far out as still clears that node (the gentler the pin,
// the more the curve keeps the sweep of its neighbours in a fan, and so stays
// uncrossed by them). Bends elsewhere keep their smooth sweep.
// Only ranks the edge spans are looked at: its curve stays within them.
// Without another real node there nothing can be cut, and the curve is not
// built at all (a bundle of parallel edges between two nodes).
void keep_curve_clear(const Graph& graph, const RouteObstacles& obstacles, const std::vector<uint32_t>& chain,
                      std::vector<Point>& points) {
  const int lo = std::min(graph.nodes[chain.front()].rank, graph.nodes[chain.back()].rank);
  const int hi = std::max(graph.nodes[chain.front()].rank, graph.nodes[chain.back()].rank);
  if (!obstacles.has_other(lo, hi, chain.front(), chain.back())) return;
  auto cut = [&](const std::vector<Point>& line, Point& where) {
    return obstacles.first_cut(curve_path(line, Curve::basis), lo, hi, chain.front(), chain.back(), where);
  };
  std::vector<char> pinned(points.size(), 0);
  for (size_t round = 0; round < 8; ++round) {
    Point where{};
    const uint32_t node = cut(points, where);
    if (node == npos) return;
    size_t bend = 0;
    double best = INFINITY;
    for (size_t i = 1; i + 1 < points.size(); ++i) {
      const double d = std::hypot(points[i].x - where.x, points[i].y - where.y);
      if (!pinned[i] && d < best) best = d, bend = i;
    }
    if (bend == 0) return;
    // Gentlest first: far pins before near ones, and one side's pin (the
    // curve then hugs only that segment) before both.
    std::vector<Point> trial;
    bool clear = false;
    int used = 0;
    for (const double pin : {192.0, 96.0, 48.0, 24.0, 12.0, 6.0}) {  // distances of the pins from the bend
      for (const int sides : {1, 2, 3}) {  // bit 1: pin on the segment before the bend, bit 2: after
        trial = points;
        used = sides;
        if (sides & 2) trial.insert(trial.begin() + static_cast<long>(bend) + 1, pin_toward(points[bend], points[bend + 1], pin));
        if (sides & 1) trial.insert(trial.begin() + static_cast<long>(bend), pin_toward(points[bend], points[bend - 1], pin));
        if ((clear = cut(trial, where) != node)) break;
      }
      if (clear) break;
    }
    // Mark the bend and its pins so that later rounds pin other bends.
    if (used & 2) pinned.insert(pinned.begin() + static_cast<long>(bend) + 1, 1);
    if (used & 1) pinned.insert(pinned.begin() + static_cast<long>(bend), 1);
    pinned[bend + (used & 1)] = 1;
    points = std::move(trial);
  }
}

// Per edge, the offset of its band exit below its first node (`below`) or
// above its last, for the nodes whose edges on that side drop.
std::vector<double> exit_offsets(const Graph& graph, const std::vector<double>& heights,
                                 const std::vector<char>& drops, bool below) {
  std::vector<double> offsets(graph.chains.size(), 0);
  std::vector<std::vector<uint32_t>> at(graph.nodes.size());
  std::vector<double> toward(graph.chains.size(), 0);
  for (uint32_t e = 0; e < graph.chains.size(); ++e) {
    const std::vector<uint32_t>& chain = graph.chains[e];
    if (chain.empty()) continue;
    const uint32_t end = below ? chain.front() : chain.back();
    if (!drops[end]) continue;
    const std::pair<Point, Point> ends = end_neighbours(graph, chain, heights);
    toward[e] = below ? ends.first.x : ends.second.x;
    at[end].push_back(e);
  }
  std::vector<double> wanted;
  for (uint32_t v = 0; v < graph.nodes.size(); ++v) {
    std::vector<uint32_t>& edges = at[v];
    if (edges.empty()) continue;
    std::stable_sort(edges.begin(), edges.end(), [&](uint32_t a, uint32_t b) { return toward[a] < toward[b]; });
    wanted.clear();
    for (uint32_t e : edges) wanted.push_back(band_exit_offset(graph.nodes[v], toward[e]));
    const WorkNode& node = graph.nodes[v];
    spread_exits(wanted, node_box(node).width, heights[node.rank] / std::max(node.height, 1.0));
    for (size_t i = 0; i < edges.size(); ++i) offsets[edges[i]] = wanted[i];
  }
  return offsets;
}

// Where a ray from a box's centre towards `toward` leaves the box.
Point leaves_box(Point centre, double half_width, double half_height, Point toward) {
  const double dx = toward.x - centre.x, dy = toward.y - centre.y;
  const double tx = dx != 0 ? half_width / std::abs(dx) : INFINITY, ty = dy != 0 ? half_height / std::abs(dy) : INFINITY;
  const double t = std::min(tx, ty);
  return std::isfinite(t) ? Point{centre.x + dx * t, centre.y + dy * t} : centre;
}

// The lower (or upper) half of a box's outline as one line from the left
// side's middle round to the right side's: position along it, and back.
struct HalfOutline {
  Point centre;
  double half_width, half_height, side;  // side: +1 lower half, -1 upper
  double length() const { return 2 * half_height + 2 * half_width; }
  double along(Point p) const {
    if (p.x <= centre.x - half_width + 1e-9) return std::abs(p.y - centre.y);
    if (p.x >= centre.x + half_width - 1e-9) return length() - std::abs(p.y - centre.y);
    return half_height + (p.x - (centre.x - half_width));
  }
  Point at(double s) const {
    if (s <= half_height) return {centre.x - half_width, centre.y + side * s};
    if (s >= half_height + 2 * half_width) return {centre.x + half_width, centre.y + side * (length() - s)};
    return {centre.x - half_width + (s - half_height), centre.y + side * half_height};
  }
};

// Edges heading for bends far to one side leave their node's centre at
// nearly one angle, so they meet its outline at nearly one point (mermaid
// piles them so). Where two of a node's edges on one side would meet it
// under exit_gap / 2 apart, that side's ends are spread along the outline
// (in the order they meet it, at least exit_gap apart where it has room);
// each moved end gets a point just outside its new place, through which the
// clipping ray (from the centre, flowchart_layout's clip_ends) then runs.
std::vector<std::optional<Point>> side_ports(const Graph& graph, const std::vector<double>& heights,
                                             const std::vector<char>& drops, bool below) {
  std::vector<std::optional<Point>> ports(graph.chains.size());
  std::vector<std::vector<std::pair<double, uint32_t>>> ends(graph.nodes.size());  // (position along, edge)
  auto outline = [&](uint32_t v) {
    const WorkNode& node = graph.nodes[v];
    const Box box = node_box(node);
    return HalfOutline{{box.cx, node.y}, box.width / 2, node.height / 2, below ? 1.0 : -1.0};
  };
  for (uint32_t e = 0; e < graph.chains.size(); ++e) {
    const std::vector<uint32_t>& chain = graph.chains[e];
    if (chain.empty()) continue;
    const uint32_t v = below ? chain.front() : chain.back();
    if (drops[v] || graph.nodes[v].is_dummy()) continue;
    const std::pair<Point, Point> bends = end_neighbours(graph, chain, heights);
    const HalfOutline half = outline(v);
    const Point meets = leaves_box(half.centre, half.half_width, half.half_height, below ? bends.first : bends.second);
    ends[v].push_back({half.along(meets), e});
  }
  std::vector<double> wanted;
  for (uint32_t v = 0; v < graph.nodes.size(); ++v) {
    auto& at = ends[v];
    if (at.size() < 2) continue;
    std::stable_sort(at.begin(), at.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    bool piled = false;
    for (size_t i = 1; i < at.size(); ++i) piled = piled || at[i].first - at[i - 1].first < exit_gap / 2;
    if (!piled) continue;
    const HalfOutline half = outline(v);
    wanted.clear();
    for (const auto& end : at) wanted.push_back(end.first - half.length() / 2);
    spread_exits(wanted, half.length(), 1);
    for (size_t i = 0; i < at.size(); ++i) {
      if (std::abs(wanted[i] + half.length() / 2 - at[i].first) < 0.5) continue;
      const Point port = half.at(wanted[i] + half.length() / 2);
      const double dx = port.x - half.centre.x, dy = port.y - half.centre.y, len = std::max(std::hypot(dx, dy), 1e-9);
      ports[at[i].second] = Point{port.x + dx / len, port.y + dy / len};
    }
  }
  return ports;
}

void route_edges(const Graph& graph, Output& out) {
  const std::vector<double> heights = rank_heights(graph);
  const RouteObstacles obstacles(graph);
  // Like mermaid, end segments run from the node's centre to the next bend.
  // Where one of a node's edges would cut a neighbour that way, all its
  // edges on that side drop through the band instead, so a fan stays uncrossed.
  std::vector<char> drop_below(graph.nodes.size(), 0), drop_above(graph.nodes.size(), 0);
  for (const std::vector<uint32_t>& chain : graph.chains) {
    if (chain.empty()) continue;
    const auto [next, previous] = end_neighbours(graph, chain, heights);
    const WorkNode& first = graph.nodes[chain.front()];
    const WorkNode& last = graph.nodes[chain.back()];
    if (obstacles.segment_cuts(first.rank, chain.front(), {node_box(first).cx, first.y}, next)) drop_below[chain.front()] = 1;
    if (obstacles.segment_cuts(last.rank, chain.back(), previous, {node_box(last).cx, last.y})) drop_above[chain.back()] = 1;
  }
  const std::vector<std::optional<Point>> port_below = side_ports(graph, heights, drop_below, true);
  const std::vector<std::optional<Point>> port_above = side_ports(graph, heights, drop_above, false);
  const std::vector<double> exit_below = exit_offsets(graph, heights, drop_below, true);
  const std::vector<double> exit_above = exit_offsets(graph, heights, drop_above, false);
  for (uint32_t e = 0; e < graph.chains.size(); ++e) {
    const std::vector<uint32_t>& chain = graph.chains[e];
    if (chain.empty()) continue;
    const WorkNode& first = graph.nodes[chain.front()];
    const WorkNode& last = graph.nodes[chain.back()];
    std::vector<Point>& points = out.edges[e];
    points.push_back({node_box(first).cx, first.y});
    const auto [next, previous] = end_neighbours(graph, chain, heights);
    if (port_below[e]) points.push_back(*port_below[e]);
    if (drop_below[chain.front()]) {
      const double band_bottom = first.y + heights[first.rank] / 2;
      points.push_back({node_box(first).cx + exit_below[e], band_bottom + exit_depth(next.y - band_bottom)});
    }
    for (size_t i = 1; i + 1 < chain.size(); ++i) {
      const WorkNode& dummy = graph.nodes[chain[i]];
      const double half = heights[dummy.rank] / 2;
      if (half > 0) {
        points.push_back({dummy.x, dummy.y - half});
        points.push_back({dummy.x, dummy.y + half});
      } else {
        points.push_back({dummy.x, dummy.y});
      }
    }
    if (port_above[e]) points.push_back(*port_above[e]);
    if (drop_above[chain.back()]) {
      const double band_top = last.y - heights[last.rank] / 2;
      points.push_back({node_box(last).cx + exit_above[e], band_top - exit_depth(band_top - previous.y)});
    }
    points.push_back({node_box(last).cx, last.y});
    // A fan's band exits are pinned on their far side: the smoothed curves
    // then turn close to the exits, clear of the band's wide neighbours, and
    // all alike, so the fan keeps its order (pinning only the edges that would
    // cut a neighbour makes them cross the fan's unpinned ones).
    if (drop_above[chain.back()]) {
      const size_t exit = points.size() - 2;
      points.insert(points.begin() + static_cast<long>(exit), pin_toward(points[exit], points[exit - 1], exit_pin));
    }
    if (drop_below[chain.front()]) points.insert(points.begin() + 2, pin_toward(points[1], points[2], exit_pin));
    keep_curve_clear(graph, obstacles, chain, points);
    if (graph.reversed[e]) std::reverse(points.begin(), points.end());
    if (const uint32_t label = graph.label_node[e]; label != npos) {
      const WorkNode& node = graph.nodes[label];
      out.edge_labels[e] = Box{node.x, node.y, node.width, node.height};
    }
  }
}

// Laid-out clusters span their borders; a folded (too deep) cluster is boxed
// around its members, children first (clusters are listed parents first).
void place_clusters(const Graph& graph, const Input& input, Output& out) {
  const double pad = graph.options.cluster_padding;
  out.clusters.resize(graph.clusters.size());
  std::vector<char> has_box(graph.clusters.size(), 0);
  auto extend = [&](uint32_t c, const Box& box) {
    Box& into = out.clusters[c].box;
    if (!has_box[c]) { into = box; has_box[c] = 1; return; }
    const double l = std::min(into.left(), box.left()), r = std::max(into.right(), box.right());
    const double t = std::min(into.top(), box.top()), b = std::max(into.bottom(), box.bottom());
    into = {(l + r) / 2, (t + b) / 2, r - l, b - t};
  };
  for (uint32_t c = 0; c < graph.clusters.size(); ++c) {
    const WorkCluster& cluster = graph.clusters[c];
    if (cluster.top == npos) continue;
    const WorkNode& top = graph.nodes[cluster.top];
    const WorkNode& bottom = graph.nodes[cluster.bottom];
    double l = top.x - top.width / 2, r = top.x + top.width / 2;
    for (uint32_t v : cluster.left) l = std::min(l, graph.nodes[v].x - graph.nodes[v].width / 2);
    for (uint32_t v : cluster.right) r = std::max(r, graph.nodes[v].x + graph.nodes[v].width / 2);
    const double t = top.y - top.height / 2, b = bottom.y + bottom.height / 2;
    extend(c, {(l + r) / 2, (t + b) / 2, r - l, b - t});
    const Direction d = graph.options.direction;
    if (d == Direction::TB) out.clusters[c].title_x = top.x;
    if (d == Direction::BT) out.clusters[c].title_x = bottom.x;
  }
  for (uint32_t v = 0; v < input.nodes.size(); ++v) {
    const uint32_t c = input.nodes[v].cluster;
    if (c != npos && graph.clusters[c].top == npos) {
      const Box& box = out.nodes[v];
      extend(c, {box.cx, box.cy, box.width + 2 * pad, box.height + 2 * pad});
    }
  }
  for (uint32_t c = static_cast<uint32_t>(graph.clusters.size()); c-- > 0;) {
    const uint32_t parent = input.clusters[c].parent;
    if (graph.clusters[c].top != npos || !has_box[c]) continue;
    const Box& box = out.clusters[c].box;
    extend(c, {box.cx, box.cy - graph.clusters[c].title_height / 2, box.width, box.height + graph.clusters[c].title_height});
    if (parent != npos && graph.clusters[parent].top == npos) {
      const Box& grown = out.clusters[c].box;
      extend(parent, {grown.cx, grown.cy, grown.width + 2 * pad, grown.height + 2 * pad});
    }
  }
}

}  // namespace

Output route(const Graph& graph, const Input& input) {
  Output out;
  out.nodes.resize(input.nodes.size());
  for (uint32_t v = 0; v < input.nodes.size(); ++v) {
    Box box = node_box(graph.nodes[v]);
    box.height = graph.nodes[v].height;
    const bool horizontal = graph.options.direction == Direction::LR || graph.options.direction == Direction::RL;
    box.width = horizontal ? input.nodes[v].height : input.nodes[v].width;
    box.height = horizontal ? input.nodes[v].width : input.nodes[v].height;
    out.nodes[v] = box;
  }
  out.edges.resize(input.edges.size());
  out.edge_labels.resize(input.edges.size());
  route_self_loops(graph, input, out);
  route_edges(graph, out);
  place_clusters(graph, input, out);
  return out;
}

}  // namespace merrow::layered
