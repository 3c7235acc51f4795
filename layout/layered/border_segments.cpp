// Cluster side borders (dagre's addBorderSegments).
// Pre: ranked and normalised; cluster min_rank/max_rank set.
// Post: every laid-out cluster has a left and a right border node on each
//   rank from its top to its bottom. Ordering keeps them at the ends of the
//   cluster's block and positioning keeps order, so the box spanned by the
//   borders holds exactly the cluster's members on every rank. In LR/RL the
//   TB frame's left is the drawing's top: the title's strip is kept free by
//   the separation after a left border (bk.cpp), not by a wide border. Consecutive borders on one side are joined by an edge
//   (weight 1, no input edge), as dagre does, so ordering keeps them in line
//   and Brandes–Köpf aligns them into one vertical block: the box's sides
//   are straight.
#include "layout/layered/phases.hpp"

namespace merrow::layered {

void add_border_segments(Graph& graph) {
  for (uint32_t c = 0; c < graph.clusters.size(); ++c) {
    WorkCluster& cluster = graph.clusters[c];
    if (cluster.top == npos) continue;
    for (int r = cluster.min_rank; r <= cluster.max_rank; ++r) {
      for (NodeKind kind : {NodeKind::border_left, NodeKind::border_right}) {
        WorkNode border;
        border.kind = kind;
        border.cluster = c;
        border.origin = c;
        border.rank = r;
        graph.nodes.push_back(border);
        std::vector<uint32_t>& side = kind == NodeKind::border_left ? cluster.left : cluster.right;
        const uint32_t id = static_cast<uint32_t>(graph.nodes.size() - 1);
        if (!side.empty()) graph.edges.push_back({side.back(), id, 1, 1, npos, false});
        side.push_back(id);
      }
    }
  }
}

}  // namespace merrow::layered
