// measure_nodes: label block and shape outline of every node.
// Pre: map.config.mindmap.padding >= 0. Post: one entry per node; width and
// height are the outline's extent (> 0 for any shape).
#include "layout/tree/mindmap_phases.hpp"
#include "layout/tree/node_label.hpp"

namespace merrow {

std::vector<MeasuredNode> measure_nodes(const Mindmap& map, const TextMeasurer& measurer) {
  std::vector<MeasuredNode> measured;
  measured.reserve(map.nodes.size());
  for (const MindmapNode& node : map.nodes) {
    MeasuredNode m;
    m.text = mindmap_label_block(node, map.config, measurer);
    m.shape = mindmap_shape_geometry(node.shape, m.text.width, m.text.height,
                                     map.config.mindmap.padding);
    m.width = m.shape.extent.width;
    m.height = m.shape.extent.height;
    measured.push_back(std::move(m));
  }
  return measured;
}

}  // namespace merrow
