// One layer's reordering by barycenter, keeping every cluster contiguous
// (dagre's sortSubgraph, made iterative over the cluster tree).
#pragma once
#include <vector>

#include "layout/layered/graph.hpp"

namespace merrow::layered {

// Reorders `layer` by the weighted barycenter of each node's neighbours
// (`neighbours`/`weights` per node, positions from `position`). Nodes without
// neighbours keep their slot. Clusters sort as blocks by the barycenter of
// their members, their side borders at the block's ends.
void sort_layer(const Graph& graph, std::vector<uint32_t>& layer,
                const std::vector<std::vector<uint32_t>>& neighbours,
                const std::vector<std::vector<double>>& weights, const std::vector<uint32_t>& position);

}  // namespace merrow::layered
