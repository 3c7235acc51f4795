// Which subgraphs mermaid lays out as graphs of their own. A subgraph with
// no edge crossing its border (and something inside) is laid out
// recursively and placed as one big node (mermaid's dagre-wrapper: a
// "clusterNode" when !externalConnections). Its direction is its own
// `direction`, or else the flip of its parent graph's: TB gives LR, any other
// gives TB (mermaid-graphlib: `rankdir === 'TB' ? 'LR' : 'TB'`).
#pragma once
#include <cstdint>
#include <vector>

#include "layout/layered/layered.hpp"
#include "model/flowchart.hpp"

namespace merrow {

inline constexpr uint32_t root_scope = layered::npos;

struct Scopes {
  std::vector<char> own_graph;           // per subgraph: laid out as its own graph
  std::vector<uint32_t> subgraph_scope;  // per subgraph: the scope it is laid out in
  std::vector<uint32_t> node_scope;      // per node
  std::vector<Direction> direction;      // per subgraph that is a scope
  std::vector<int> depth;                // per subgraph
};

Scopes find_scopes(const Flowchart& chart);

}  // namespace merrow
