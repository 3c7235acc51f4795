// Weighted crossing count between adjacent layers with an accumulator tree
// (Barth, Jünger, Mutzel 2004: "Simple and efficient bilayer cross counting"),
// O(E log V) per layer pair.
#pragma once
#include <cstdint>
#include <vector>

#include "layout/layered/graph.hpp"

namespace merrow::layered {

// Crossings between `upper` and `lower`, where `down` lists each node's
// neighbours on the next layer and `position` gives each node's index in its layer.
double cross_count_pair(const std::vector<uint32_t>& upper, size_t lower_size,
                        const LayerAdjacency& adjacency, const std::vector<uint32_t>& position);

double cross_count(const std::vector<std::vector<uint32_t>>& layers, const LayerAdjacency& adjacency,
                   const std::vector<uint32_t>& position);

}  // namespace merrow::layered
