// Sifting of single nodes after the sweeps (small graphs only: each node
// tries every slot, O(V * width * E log V)).
#pragma once
#include <vector>

#include "layout/layered/graph.hpp"

namespace merrow::layered {

// Pre: layers ordered, clusters contiguous; `position` matches `layers`.
// Post: never more crossings than before; clusters still contiguous.
void sift(const Graph& graph, std::vector<std::vector<uint32_t>>& layers, const LayerAdjacency& adjacency,
          std::vector<uint32_t>& position);

}  // namespace merrow::layered
