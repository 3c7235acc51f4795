// Disconnected components (OGDF's SugiyamaLayout: lay out each separately,
// then pack). A component is closed under edges and cluster membership, so
// a cluster and all its members are always laid out together.
// Post: each component laid out in the TB frame, packed left to right in
// order of their first node (first cluster for node-less ones), tops aligned,
// options.component_sep apart; then the whole drawing is turned into the
// requested direction (dagre's coordinate-system undo).
#include <algorithm>
#include <numeric>
#include <optional>

#include "layout/layered/phases.hpp"
#include "layout/layered/route_obstacles.hpp"
#include "layout/result.hpp"

namespace merrow::layered {

namespace {

struct UnionFind {
  std::vector<uint32_t> parent;
  explicit UnionFind(size_t n) : parent(n) { std::iota(parent.begin(), parent.end(), 0u); }
  uint32_t find(uint32_t x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
  }
  void join(uint32_t a, uint32_t b) {
    a = find(a), b = find(b);
    if (a != b) parent[std::max(a, b)] = std::min(a, b);  // smallest id leads: deterministic
  }
};

struct Component {
  Input input;
  std::vector<uint32_t> nodes, edges, clusters;  // original indices
};

std::vector<Component> split(const Input& input) {
  const uint32_t n = static_cast<uint32_t>(input.nodes.size());
  UnionFind sets(n + input.clusters.size());
  for (const InputEdge& edge : input.edges) sets.join(edge.from, edge.to);
  for (uint32_t v = 0; v < n; ++v) {
    if (input.nodes[v].cluster != npos) sets.join(v, n + input.nodes[v].cluster);
  }
  for (uint32_t c = 0; c < input.clusters.size(); ++c) {
    if (input.clusters[c].parent != npos) sets.join(n + c, n + input.clusters[c].parent);
  }
  std::vector<uint32_t> component_of(sets.parent.size(), npos), local(sets.parent.size(), 0);
  std::vector<Component> components;
  for (uint32_t x = 0; x < sets.parent.size(); ++x) {
    const uint32_t leader = sets.find(x);
    if (component_of[leader] == npos) {
      component_of[leader] = static_cast<uint32_t>(components.size());
      components.emplace_back();
    }
    Component& component = components[component_of[leader]];
    if (x < n) {
      local[x] = static_cast<uint32_t>(component.nodes.size());
      component.nodes.push_back(x);
    } else {
      local[x] = static_cast<uint32_t>(component.clusters.size());
      component.clusters.push_back(x - n);
    }
  }
  auto local_cluster = [&](uint32_t c) { return c == npos ? npos : local[n + c]; };
  for (Component& component : components) {
    for (uint32_t v : component.nodes) {
      component.input.nodes.push_back({input.nodes[v].width, input.nodes[v].height,
                                       local_cluster(input.nodes[v].cluster)});
    }
    for (uint32_t c : component.clusters) {
      InputCluster cluster = input.clusters[c];
      cluster.parent = local_cluster(cluster.parent);
      component.input.clusters.push_back(cluster);
    }
  }
  for (uint32_t e = 0; e < input.edges.size(); ++e) {
    InputEdge edge = input.edges[e];
    Component& component = components[component_of[sets.find(edge.from)]];
    edge.from = local[edge.from];
    edge.to = local[edge.to];
    component.edges.push_back(e);
    component.input.edges.push_back(edge);
  }
  return components;
}

Box shifted(Box box, double dx) { return {box.cx + dx, box.cy, box.width, box.height}; }

// TB frame -> requested direction (LR: transpose; BT/RL: mirror).
void orient(Output& out, Direction direction) {
  const bool horizontal = direction == Direction::LR || direction == Direction::RL;
  const bool mirror = direction == Direction::BT || direction == Direction::RL;
  const double depth = out.height;  // the TB frame's y extent
  auto point = [&](Point p) {
    if (mirror) p.y = depth - p.y;
    return horizontal ? Point{p.y, p.x} : p;
  };
  auto box = [&](Box b) {
    const Point c = point({b.cx, b.cy});
    return horizontal ? Box{c.x, c.y, b.height, b.width} : Box{c.x, c.y, b.width, b.height};
  };
  for (Box& b : out.nodes) b = box(b);
  for (auto& points : out.edges) for (Point& p : points) p = point(p);
  for (auto& label : out.edge_labels) if (label) label = box(*label);
  for (OutputCluster& cluster : out.clusters) cluster.box = box(cluster.box);
  if (horizontal) std::swap(out.width, out.height);
}

void measure(Output& out) {
  double r = 0, b = 0;
  for (const Box& box : out.nodes) r = std::max(r, box.right()), b = std::max(b, box.bottom());
  for (const auto& label : out.edge_labels) if (label) r = std::max(r, label->right()), b = std::max(b, label->bottom());
  for (const OutputCluster& c : out.clusters) r = std::max(r, c.box.right()), b = std::max(b, c.box.bottom());
  for (const auto& points : out.edges) for (const Point& p : points) r = std::max(r, p.x), b = std::max(b, p.y);
  out.width = r, out.height = b;
}

// Whether an edge (its polyline, a few px of curve slack) or an edge label meets the box.
bool crossed(const Output& out, Box box) {
  box.width += 6, box.height += 6;
  for (const auto& points : out.edges) {
    for (size_t i = 1; i < points.size(); ++i) if (segment_enters(points[i - 1], points[i], box.left(), box.right(), box.top(), box.bottom())) return true;
  }
  for (const auto& label : out.edge_labels) {
    if (label && label->left() < box.right() && box.left() < label->right() && label->top() < box.bottom() &&
        box.top() < label->bottom()) {
      return true;
    }
  }
  return false;
}

// The title's centre along the box's top nearest the middle where no edge or
// edge label meets it (with crossed()'s slack), or the middle when none is:
// LR/RL, whose titles span the ranks edges run along, and crossed TB slots.
double clear_title_x(const Output& out, const Box& title, const Box& box) {
  const double slack = 3, half = title.width / 2 + slack;
  const double top = title.top() - slack, bottom = title.bottom() + slack;
  std::vector<std::pair<double, double>> blocked;  // title centres that would meet something
  auto block_line = [&](const std::vector<Point>& points) {
    for (size_t i = 1; i < points.size(); ++i) {
      const Point a = points[i - 1], b = points[i];
      if (std::max(a.y, b.y) < top || std::min(a.y, b.y) > bottom) continue;
      double t0 = 0, t1 = 1;  // the part of the segment within the title's rows
      if (a.y != b.y) {
        const double ta = (top - a.y) / (b.y - a.y), tb = (bottom - a.y) / (b.y - a.y);
        t0 = std::max(0.0, std::min(ta, tb)), t1 = std::min(1.0, std::max(ta, tb));
      }
      const double x0 = a.x + (b.x - a.x) * t0, x1 = a.x + (b.x - a.x) * t1;
      blocked.push_back({std::min(x0, x1) - half, std::max(x0, x1) + half});
    }
  };
  // The polyline, and the basis curve mermaid draws through it by default
  // (it swings off the polyline at bends).
  // Only edges near the title's rows: the curve stays within its points' hull.
  for (const auto& points : out.edges) {
    double y0 = INFINITY, y1 = -INFINITY, x0 = INFINITY, x1 = -INFINITY;
    for (const Point& p : points) y0 = std::min(y0, p.y), y1 = std::max(y1, p.y), x0 = std::min(x0, p.x), x1 = std::max(x1, p.x);
    if (y1 < top || y0 > bottom || x1 < box.left() || x0 > box.right()) continue;
    block_line(points), block_line(sample_path(curve_path(points, Curve::basis), 4));
  }
  for (const auto& label : out.edge_labels) {
    if (label && label->top() < bottom && top < label->bottom()) blocked.push_back({label->left() - half, label->right() + half});
  }
  const double lo = box.left() + title.width / 2, hi = std::max(lo, box.right() - title.width / 2);
  std::vector<double> candidates{lo, hi};
  for (const auto& [l, r] : blocked) candidates.push_back(std::clamp(l, lo, hi)), candidates.push_back(std::clamp(r, lo, hi));
  double best = title.cx, distance = INFINITY;
  for (const double x : candidates) {
    const bool free = std::none_of(blocked.begin(), blocked.end(), [&](const auto& b) { return b.first < x && x < b.second; });
    if (free && std::abs(x - title.cx) < distance) best = x, distance = std::abs(x - title.cx);
  }
  return best;
}

bool boxes_meet(const Box& a, const Box& b) {
  return a.left() < b.right() && b.left() < a.right() && a.top() < b.bottom() && b.top() < a.bottom();
}

bool inside_cluster(const Input& input, uint32_t inner, uint32_t outer) {
  for (uint32_t c = inner; c != npos; c = input.clusters[c].parent) {
    if (c == outer) return true;
  }
  return false;
}

// The title's box in the TB frame: the top strip, or the bottom one for BT
// (orient() mirrors it to the top).
Box title_box(const Input& input, const Options& options, uint32_t c, const Box& box) {
  const double h = input.clusters[c].title_height, w = input.clusters[c].title_width;
  const double inset = options.cluster_padding / 2 + h / 2;
  return {box.cx, options.direction == Direction::BT ? box.bottom() - inset : box.top() + inset, w, h};
}

// A layout without title slots (dagre's borders): each cluster widened to
// its title as mermaid widens it, centred, children before parents. Usable
// when that widening moves no cluster onto a node or cluster outside it and
// every title has a place along its top that no edge or edge label meets.
std::optional<Output> without_title_slots(const Input& input, Options options) {
  options.title_slots = false;
  const Graph graph = run_until(input, options, Phase::position);
  Output out = route(graph, input);
  const double pad = options.cluster_padding;
  for (uint32_t c = static_cast<uint32_t>(input.clusters.size()); c-- > 0;) {
    Box& box = out.clusters[c].box;
    box.width = std::max(box.width, input.clusters[c].title_width + 2 * pad);
    out.clusters[c].title_x.reset();
    const uint32_t parent = input.clusters[c].parent;
    if (parent == npos) continue;
    Box& outer = out.clusters[parent].box;
    const double l = std::min(outer.left(), box.left() - pad), r = std::max(outer.right(), box.right() + pad);
    outer.cx = (l + r) / 2, outer.width = r - l;
  }
  double least = 0;  // a widened cluster may reach left of the origin
  for (const OutputCluster& cluster : out.clusters) least = std::min(least, cluster.box.left());
  for (Box& b : out.nodes) b.cx -= least;
  for (auto& points : out.edges) for (Point& p : points) p.x -= least;
  for (auto& label : out.edge_labels) if (label) label->cx -= least;
  for (OutputCluster& cluster : out.clusters) cluster.box.cx -= least;
  for (uint32_t c = 0; c < input.clusters.size(); ++c) {
    const Box& box = out.clusters[c].box;
    for (uint32_t v = 0; v < input.nodes.size(); ++v) {
      if (!inside_cluster(input, input.nodes[v].cluster, c) && boxes_meet(box, out.nodes[v])) return std::nullopt;
    }
    for (uint32_t d = c + 1; d < input.clusters.size(); ++d) {
      if (!inside_cluster(input, d, c) && !inside_cluster(input, c, d) && boxes_meet(box, out.clusters[d].box)) {
        return std::nullopt;
      }
    }
    // Titles stay readable (issue 13 point 4): where an edge or edge label
    // meets the centred title and no clear place along the top is left, the
    // slotted layout is kept.
    Box title = title_box(input, options, c, box);
    if (crossed(out, title)) title.cx = clear_title_x(out, title, box);
    if (crossed(out, title)) return std::nullopt;
  }
  return out;
}

// One component. In TB/BT, titles get their own slots (edges pass beside
// them) unless that costs more than a quarter of the area over mermaid's
// way (issue 13: chains of edges into a titled cluster widened it ~1.5x).
Output lay_out_component(const Input& input, const Options& options) {
  Output slotted = route(run_until(input, options, Phase::position), input);
  measure(slotted);
  const bool vertical = options.direction == Direction::TB || options.direction == Direction::BT;
  // The second layout and its overlap checks (clusters x nodes) are for
  // charts of a readable size; huge generated ones keep the slots.
  constexpr size_t most_clusters = 256, most_nodes = 4096;
  if (!vertical || input.clusters.empty() || input.clusters.size() > most_clusters || input.nodes.size() > most_nodes) {
    return slotted;
  }
  std::optional<Output> plain = without_title_slots(input, options);
  if (!plain) return slotted;
  measure(*plain);
  if (plain->width * plain->height * 1.25 < slotted.width * slotted.height) return std::move(*plain);
  return slotted;
}

}  // namespace

Output layout(const Input& input, const Options& options) {
  Output out;
  out.nodes.resize(input.nodes.size());
  out.edges.resize(input.edges.size());
  out.edge_labels.resize(input.edges.size());
  out.clusters.resize(input.clusters.size());
  double left = 0;
  for (const Component& component : split(input)) {
    Output part = lay_out_component(component.input, options);
    for (size_t i = 0; i < component.nodes.size(); ++i) out.nodes[component.nodes[i]] = shifted(part.nodes[i], left);
    for (size_t i = 0; i < component.edges.size(); ++i) {
      const uint32_t e = component.edges[i];
      out.edges[e] = std::move(part.edges[i]);
      for (Point& p : out.edges[e]) p.x += left;
      if (part.edge_labels[i]) out.edge_labels[e] = shifted(*part.edge_labels[i], left);
    }
    for (size_t i = 0; i < component.clusters.size(); ++i) {
      OutputCluster& cluster = out.clusters[component.clusters[i]];
      cluster.box = shifted(part.clusters[i].box, left);
      if (part.clusters[i].title_x) cluster.title_x = *part.clusters[i].title_x + left;
    }
    left += part.width + options.component_sep;
  }
  measure(out);
  orient(out, options.direction);
  // The title sits at the top of the box whatever the direction (mermaid);
  // the TB frame reserved that strip (top border, or left borders for LR/RL).
  for (uint32_t c = 0; c < input.clusters.size(); ++c) {
    const Box& box = out.clusters[c].box;
    const double h = input.clusters[c].title_height, w = input.clusters[c].title_width;
    // Centred as mermaid's; when an edge or edge label would cross it there,
    // at the slot that ordering kept clear of edges (TB/BT), else the nearest
    // clear place along the top.
    Box title{box.cx, box.top() + options.cluster_padding / 2 + h / 2, w, h};
    if (out.clusters[c].title_x && crossed(out, title)) {
      title.cx = std::clamp(*out.clusters[c].title_x, box.left() + w / 2, std::max(box.left() + w / 2, box.right() - w / 2));
    }
    if (crossed(out, title)) title.cx = clear_title_x(out, {box.cx, title.cy, w, h}, box);
    out.clusters[c].title = title;
  }
  return out;
}

}  // namespace merrow::layered
