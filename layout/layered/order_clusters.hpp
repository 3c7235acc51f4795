// Swapping sibling clusters after the sweeps: the sweeps give sibling
// clusters one shared key each, so their order is settled early and
// transposition and sifting, which move single nodes, cannot change it.
#pragma once
#include <vector>

#include "layout/layered/graph.hpp"

namespace merrow::layered {

// Pre: layers ordered, clusters contiguous; `position` matches `layers`.
// Post: never more crossings than before; clusters still contiguous and
//   sibling clusters in the same order on every layer they share.
void swap_clusters(const Graph& graph, std::vector<std::vector<uint32_t>>& layers, const LayerAdjacency& adjacency,
                   std::vector<uint32_t>& position);

}  // namespace merrow::layered
