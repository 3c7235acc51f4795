#include "layout/layered/bk.hpp"

#include <algorithm>
#include <limits>
#include <set>
#include <utility>

namespace merrow::layered {

namespace {

using Conflicts = std::set<std::pair<uint32_t, uint32_t>>;  // ordered pairs (min, max)

bool has_conflict(const Conflicts& conflicts, uint32_t v, uint32_t w) {
  return conflicts.count({std::min(v, w), std::max(v, w)}) > 0;
}

// Type-1 conflicts: a segment that crosses an inner segment loses, so inner
// segments stay vertical. Run twice: with inner = dummy-to-dummy (the paper:
// long edges straight) and with inner = cluster side border to border (so
// cluster boxes have straight sides and siblings cannot overlap), where any
// other segment crossing a border loses.
void mark_conflicts(const Graph& graph, const LayerAdjacency& adjacency, bool (*inner)(const WorkNode&),
                    Conflicts& conflicts) {
  for (size_t r = 1; r < graph.layers.size(); ++r) {
    const auto& layer = graph.layers[r];
    const uint32_t previous_size = static_cast<uint32_t>(graph.layers[r - 1].size());
    uint32_t k0 = 0;
    size_t scan = 0;
    for (size_t i = 0; i < layer.size(); ++i) {
      const uint32_t v = layer[i];
      uint32_t upper = npos;
      if (inner(graph.nodes[v])) {
        for (uint32_t u : adjacency.up[v]) if (inner(graph.nodes[u])) upper = u;
      }
      const uint32_t k1 = upper != npos ? graph.nodes[upper].order : previous_size;
      if (upper == npos && i + 1 != layer.size()) continue;
      for (; scan <= i; ++scan) {
        const uint32_t s = layer[scan];
        for (uint32_t u : adjacency.up[s]) {
          const uint32_t pos = graph.nodes[u].order;
          if ((pos < k0 || k1 < pos) && !(inner(graph.nodes[u]) && inner(graph.nodes[s]))) {
            conflicts.insert({std::min(u, s), std::max(u, s)});
          }
        }
      }
      k0 = k1;
    }
  }
}

bool is_dummy(const WorkNode& node) { return node.is_dummy(); }
bool is_side_border(const WorkNode& node) {
  return node.kind == NodeKind::border_left || node.kind == NodeKind::border_right;
}

Conflicts type1_conflicts(const Graph& graph, const LayerAdjacency& adjacency) {
  Conflicts conflicts;
  mark_conflicts(graph, adjacency, is_dummy, conflicts);
  mark_conflicts(graph, adjacency, is_side_border, conflicts);
  return conflicts;
}

double separation(const Graph& graph, uint32_t left, uint32_t right) {
  const WorkNode& a = graph.nodes[left];
  const WorkNode& b = graph.nodes[right];
  const Options& o = graph.options;
  const double gap = a.width / 2 + (a.is_dummy() ? o.edge_sep : o.node_sep) / 2 +
                     (b.is_dummy() ? o.edge_sep : o.node_sep) / 2 + b.width / 2;
  const bool horizontal = o.direction == Direction::LR || o.direction == Direction::RL;
  if (!horizontal || a.kind != NodeKind::border_left) return gap;
  // LR/RL: the TB frame's left is the drawing's top, where the title sits.
  // Whatever follows the left border (node, edge, label) stays below the
  // title's strip; the usual gap often holds it already, as in mermaid.
  const double strip = graph.clusters[a.origin].title_height + o.cluster_padding;
  return std::max(gap, a.width / 2 + strip + b.width / 2);
}

struct Alignment {
  std::vector<uint32_t> root, align;
};

Alignment vertical_alignment(const Graph& graph, const std::vector<std::vector<uint32_t>>& layers,
                             const std::vector<std::vector<uint32_t>>& neighbours,
                             const std::vector<uint32_t>& position, const Conflicts& conflicts) {
  Alignment a;
  a.root.resize(graph.nodes.size());
  a.align.resize(graph.nodes.size());
  for (uint32_t v = 0; v < graph.nodes.size(); ++v) a.root[v] = a.align[v] = v;
  std::vector<uint32_t> ws;
  for (const auto& layer : layers) {
    long previous = -1;
    for (uint32_t v : layer) {
      ws = neighbours[v];
      if (ws.empty()) continue;
      std::sort(ws.begin(), ws.end(), [&](uint32_t x, uint32_t y) { return position[x] < position[y]; });
      const double mid = (static_cast<double>(ws.size()) - 1) / 2;
      for (size_t i = static_cast<size_t>(mid); i <= static_cast<size_t>(mid + 0.5); ++i) {
        const uint32_t w = ws[i];
        if (a.align[v] == v && previous < static_cast<long>(position[w]) && !has_conflict(conflicts, v, w)) {
          a.align[w] = v;
          a.align[v] = a.root[v] = a.root[w];
          previous = position[w];
        }
      }
    }
  }
  return a;
}

// Places blocks left to right as tightly as separations allow (pass 1), then
// pulls each block right towards its successors where there is room (pass 2).
std::vector<double> horizontal_compaction(const Graph& graph, const std::vector<std::vector<uint32_t>>& layers,
                                          const Alignment& a, bool reversed) {
  const size_t n = graph.nodes.size();
  struct BlockEdge { uint32_t from, to; double sep; };
  std::vector<BlockEdge> block_edges;
  for (const auto& layer : layers) {
    for (size_t i = 1; i < layer.size(); ++i) {
      const double sep = reversed ? separation(graph, layer[i], layer[i - 1]) : separation(graph, layer[i - 1], layer[i]);
      block_edges.push_back({a.root[layer[i - 1]], a.root[layer[i]], sep});
    }
  }
  std::vector<std::vector<std::pair<uint32_t, double>>> in(n), out(n);
  std::vector<uint32_t> in_degree(n, 0);
  for (const BlockEdge& e : block_edges) {
    out[e.from].push_back({e.to, e.sep});
    in[e.to].push_back({e.from, e.sep});
    ++in_degree[e.to];
  }
  std::vector<uint32_t> topo, ready;
  for (uint32_t v = 0; v < n; ++v) if (a.root[v] == v && in_degree[v] == 0) ready.push_back(v);
  while (!ready.empty()) {
    const uint32_t v = ready.back();
    ready.pop_back();
    topo.push_back(v);
    for (const auto& [w, sep] : out[v]) if (--in_degree[w] == 0) ready.push_back(w);
  }
  std::vector<double> xs(n, 0);
  for (uint32_t v : topo) {
    for (const auto& [u, sep] : in[v]) xs[v] = std::max(xs[v], xs[u] + sep);
  }
  const NodeKind pinned = reversed ? NodeKind::border_left : NodeKind::border_right;
  for (auto it = topo.rbegin(); it != topo.rend(); ++it) {
    const uint32_t v = *it;
    double least = std::numeric_limits<double>::infinity();
    for (const auto& [w, sep] : out[v]) least = std::min(least, xs[w] - sep);
    if (least != std::numeric_limits<double>::infinity() && graph.nodes[v].kind != pinned) {
      xs[v] = std::max(xs[v], least);
    }
  }
  for (uint32_t v = 0; v < n; ++v) xs[v] = xs[a.root[v]];
  return xs;
}

}  // namespace

std::vector<double> brandes_koepf(const Graph& graph, const LayerAdjacency& adjacency) {
  const size_t n = graph.nodes.size();
  const Conflicts conflicts = type1_conflicts(graph, adjacency);
  std::vector<std::vector<double>> xss;
  for (int vertical = 0; vertical < 2; ++vertical) {
    for (int horizontal = 0; horizontal < 2; ++horizontal) {
      std::vector<std::vector<uint32_t>> layers = graph.layers;
      if (vertical == 1) std::reverse(layers.begin(), layers.end());
      if (horizontal == 1) for (auto& layer : layers) std::reverse(layer.begin(), layer.end());
      std::vector<uint32_t> position(n);
      for (const auto& layer : layers) {
        for (uint32_t i = 0; i < layer.size(); ++i) position[layer[i]] = i;
      }
      const Alignment a = vertical_alignment(graph, layers, vertical == 0 ? adjacency.up : adjacency.down,
                                             position, conflicts);
      std::vector<double> xs = horizontal_compaction(graph, layers, a, horizontal == 1);
      if (horizontal == 1) for (double& x : xs) x = -x;
      xss.push_back(std::move(xs));
    }
  }
  // Align all four to the narrowest: left ones by their minimum, right ones by their maximum.
  auto extent = [&](const std::vector<double>& xs) {
    double lo = std::numeric_limits<double>::infinity(), hi = -lo;
    for (uint32_t v = 0; v < n; ++v) {
      lo = std::min(lo, xs[v] - graph.nodes[v].width / 2);
      hi = std::max(hi, xs[v] + graph.nodes[v].width / 2);
    }
    return std::pair{lo, hi};
  };
  size_t narrowest = 0;
  for (size_t i = 1; i < 4; ++i) {
    const auto [lo, hi] = extent(xss[i]);
    const auto [blo, bhi] = extent(xss[narrowest]);
    if (hi - lo < bhi - blo) narrowest = i;
  }
  auto min_max = [&](const std::vector<double>& xs) {
    return std::pair{*std::min_element(xs.begin(), xs.end()), *std::max_element(xs.begin(), xs.end())};
  };
  const auto [align_lo, align_hi] = min_max(xss[narrowest]);
  for (size_t i = 0; i < 4; ++i) {
    if (i == narrowest) continue;
    const auto [lo, hi] = min_max(xss[i]);
    const double delta = i % 2 == 0 ? align_lo - lo : align_hi - hi;
    for (double& x : xss[i]) x += delta;
  }
  std::vector<double> x(n);
  for (uint32_t v = 0; v < n; ++v) {
    double c[4] = {xss[0][v], xss[1][v], xss[2][v], xss[3][v]};
    std::sort(c, c + 4);
    x[v] = (c[1] + c[2]) / 2;
  }
  return x;
}

}  // namespace merrow::layered
