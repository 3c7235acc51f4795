// The layered layout as a list of phases (dagre's layout.ts, Gansner et al.).
// Each transform is undone in reverse order: nesting by nesting_cleanup,
// normalize and acyclic by route (dummies become bends, turned edges are
// drawn in their true direction), the TB frame by orient().
#include "layout/layered/phases.hpp"

namespace merrow::layered {

Graph run_until(const Input& input, const Options& options, Phase until) {
  Graph graph = build_graph(input, options);  // TB frame: LR/RL sizes swapped
  acyclic_run(graph);
  if (until == Phase::acyclic) return graph;
  nesting_run(graph);
  if (until == Phase::nesting) return graph;
  rank(graph);
  nesting_cleanup(graph);
  if (until == Phase::rank) return graph;
  normalize_run(graph);
  add_border_segments(graph);
  if (until == Phase::normalize) return graph;
  order(graph);
  if (until == Phase::order) return graph;
  position(graph);
  return graph;
}

}  // namespace merrow::layered
