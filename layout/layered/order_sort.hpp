// One layer's reordering by barycenter, keeping every cluster contiguous
// (dagre's sortSubgraph, made iterative over the cluster tree).
#pragma once
#include <vector>

#include "layout/layered/graph.hpp"

namespace merrow::layered {

// Reorders `layer` by the weighted barycenter of each node's neighbours
// (`neighbours`/`weights` per node, positions from `position`). Nodes without
// neighbours keep their slot. Clusters sort as blocks by the barycenter of
// their members, their side borders at the block's ends. When `cluster_key`
// is given, clusters sort by it instead: one key per cluster for all layers,
// so sibling clusters come in the same order in every layer and their boxes
// cannot interleave (dagre's subgraph constraints serve the same end).
void sort_layer(const Graph& graph, std::vector<uint32_t>& layer,
                const std::vector<std::vector<uint32_t>>& neighbours,
                const std::vector<std::vector<double>>& weights, const std::vector<uint32_t>& position,
                const std::vector<double>& cluster_key, bool bias_right = false);

// Each cluster's barycenter over all its layers at once (its members'
// neighbours in the sweep direction, current positions).
std::vector<double> cluster_keys(const Graph& graph, const std::vector<std::vector<uint32_t>>& neighbours,
                                 const std::vector<std::vector<double>>& weights,
                                 const std::vector<uint32_t>& position);

}  // namespace merrow::layered
