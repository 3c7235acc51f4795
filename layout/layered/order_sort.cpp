#include "layout/layered/order_sort.hpp"

#include <algorithm>
#include <unordered_map>

namespace merrow::layered {

namespace {

struct Item {
  bool is_cluster = false;
  uint32_t id = 0;  // node or cluster
  double bary_sum = 0, weight_sum = 0;
  uint32_t first = 0;  // smallest current index of its nodes (the tie-break and slot)
  bool sortable() const { return weight_sum > 0; }
};

struct Block {
  std::vector<Item> items;
  uint32_t left = npos, right = npos;
  double bary_sum = 0, weight_sum = 0;
  uint32_t first = UINT32_MAX;
};

// Sortable items by barycenter (ties: current order); unsortable ones keep
// their index among the block's items (dagre's sort with unsortable slots).
void sort_items(std::vector<Item>& items, bool bias_right) {
  std::sort(items.begin(), items.end(), [](const Item& a, const Item& b) { return a.first < b.first; });
  std::vector<Item> sortable;
  for (const Item& item : items) if (item.sortable()) sortable.push_back(item);
  // Ties: clusters by id (the same in every layer); nodes by current order,
  // or against it when biased right (dagre alternates the bias between sweeps
  // so that ties get both chances).
  std::stable_sort(sortable.begin(), sortable.end(), [bias_right](const Item& a, const Item& b) {
    const double ka = a.bary_sum / a.weight_sum, kb = b.bary_sum / b.weight_sum;
    if (ka != kb) return ka < kb;
    if (a.is_cluster && b.is_cluster) return a.id < b.id;
    return bias_right && a.first > b.first;
  });
  size_t next = 0;
  for (Item& item : items) {
    if (item.sortable()) item = sortable[next++];
  }
}

}  // namespace

void sort_layer(const Graph& graph, std::vector<uint32_t>& layer,
                const std::vector<std::vector<uint32_t>>& neighbours,
                const std::vector<std::vector<double>>& weights, const std::vector<uint32_t>& position,
                const std::vector<double>& cluster_key, bool bias_right) {
  // Blocks keyed by cluster; npos is the root. Clusters appear only through
  // the nodes of this layer, so the work is proportional to the layer.
  std::unordered_map<uint32_t, Block> blocks;  // looked up only; output order comes from sorting
  std::vector<uint32_t> present;
  auto block = [&](uint32_t c) -> Block& {
    auto [it, inserted] = blocks.try_emplace(c);
    if (inserted && c != npos) present.push_back(c);
    return it->second;
  };
  block(npos);
  for (uint32_t index = 0; index < layer.size(); ++index) {
    const uint32_t v = layer[index];
    const WorkNode& node = graph.nodes[v];
    Block& home = block(node.cluster);
    home.first = std::min(home.first, index);
    if (node.kind == NodeKind::border_left) { home.left = v; continue; }
    if (node.kind == NodeKind::border_right) { home.right = v; continue; }
    Item item{false, v, 0, 0, index};
    for (size_t i = 0; i < neighbours[v].size(); ++i) {
      item.bary_sum += weights[v][i] * position[neighbours[v][i]];
      item.weight_sum += weights[v][i];
    }
    home.bary_sum += item.bary_sum;
    home.weight_sum += item.weight_sum;
    home.items.push_back(item);
  }
  // Make sure every ancestor of a present cluster has a block.
  for (size_t i = 0; i < present.size(); ++i) {
    const uint32_t parent = graph.clusters[present[i]].parent;
    block(parent);
  }
  // Children before parents: deeper clusters fold into their parent's items.
  std::vector<uint32_t> by_depth = present;
  std::sort(by_depth.begin(), by_depth.end(), [&](uint32_t a, uint32_t b) {
    const int da = graph.clusters[a].depth, db = graph.clusters[b].depth;
    return da != db ? da > db : a < b;
  });
  for (uint32_t c : by_depth) {
    Block& child = blocks[c];
    Block& parent = blocks[graph.clusters[c].parent];
    if (cluster_key.empty()) {
      parent.items.push_back({true, c, child.bary_sum, child.weight_sum, child.first});
    } else {
      parent.items.push_back({true, c, cluster_key[c], 1, child.first});
    }
    parent.bary_sum += child.bary_sum;
    parent.weight_sum += child.weight_sum;
    parent.first = std::min(parent.first, child.first);
  }
  for (auto& [c, b] : blocks) sort_items(b.items, bias_right);
  // Flatten from the root with an explicit stack (nesting is user-controlled).
  layer.clear();
  struct Frame { const Block* block; size_t next; };
  std::vector<Frame> stack{{&blocks[npos], 0}};
  while (!stack.empty()) {
    Frame& frame = stack.back();
    if (frame.next == 0 && frame.block->left != npos) layer.push_back(frame.block->left);
    if (frame.next == frame.block->items.size()) {
      if (frame.block->right != npos) layer.push_back(frame.block->right);
      stack.pop_back();
      continue;
    }
    const Item& item = frame.block->items[frame.next++];
    if (!item.is_cluster) {
      layer.push_back(item.id);
    } else {
      stack.push_back({&blocks[item.id], 0});
    }
  }
}

std::vector<double> cluster_keys(const Graph& graph, const std::vector<std::vector<uint32_t>>& neighbours,
                                 const std::vector<std::vector<double>>& weights,
                                 const std::vector<uint32_t>& position) {
  std::vector<double> sum(graph.clusters.size(), 0), weight(graph.clusters.size(), 0);
  std::vector<double> own_sum(graph.clusters.size(), 0), own_count(graph.clusters.size(), 0);
  for (uint32_t v = 0; v < graph.nodes.size(); ++v) {
    double node_sum = 0, node_weight = 0;
    for (size_t i = 0; i < neighbours[v].size(); ++i) {
      node_sum += weights[v][i] * position[neighbours[v][i]];
      node_weight += weights[v][i];
    }
    // Ancestors are few: clusters deeper than max_cluster_depth were folded.
    for (uint32_t c = graph.nodes[v].cluster; c != npos; c = graph.clusters[c].parent) {
      sum[c] += node_sum, weight[c] += node_weight;
      own_sum[c] += position[v], own_count[c] += 1;
    }
  }
  std::vector<double> key(graph.clusters.size(), 0);
  for (uint32_t c = 0; c < key.size(); ++c) {
    key[c] = weight[c] > 0 ? sum[c] / weight[c] : own_count[c] > 0 ? own_sum[c] / own_count[c] : 0;
  }
  return key;
}

}  // namespace merrow::layered
