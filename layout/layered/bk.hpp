// Horizontal coordinates by Brandes & Köpf 2001 ("Fast and Simple Horizontal
// Coordinate Assignment"), as dagre's position/bk.ts does it: four vertical
// alignments (up/down x left/right), each compacted, aligned to the narrowest,
// and balanced by the mean of the two median candidates.
#pragma once
#include <vector>

#include "layout/layered/graph.hpp"

namespace merrow::layered {

// Pre: graph.layers ordered, adjacency over adjacent ranks.
// Post: x per node; neighbours in a layer at least their separation apart
// (half widths + node_sep, edge_sep for dummies); inner segments of long
// edges kept vertical wherever no type-1 conflict forbids it.
std::vector<double> brandes_koepf(const Graph& graph, const LayerAdjacency& adjacency);

}  // namespace merrow::layered
