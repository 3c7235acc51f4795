#include "render/mindmap/mindmap_palette.hpp"

namespace merrow {

namespace {
constexpr int kSectionCount = 11;  // mermaid's MAX_SECTIONS (12) - 1
}

std::vector<int> mindmap_sections(const Mindmap& map) {
  std::vector<int> section(map.nodes.size(), -1);
  if (map.nodes.empty()) return section;
  const auto& branches = map.nodes[0].children;
  for (size_t k = 0; k < branches.size(); ++k) section[branches[k]] = static_cast<int>(k % kSectionCount);
  // Parents come before children in the model, so one forward pass suffices.
  for (size_t v = 1; v < map.nodes.size(); ++v) {
    const int32_t parent = map.nodes[v].parent;
    if (parent > 0) section[v] = section[static_cast<size_t>(parent)];
  }
  return section;
}

MindmapNodeColors mindmap_node_colors(const ThemeVariables& vars, int section) {
  if (section < 0) {
    const SectionColors entry0 = mindmap_section_colors(vars, 0);
    return {vars.color("git0", entry0.fill), vars.color("gitBranchLabel0", entry0.label), entry0.inv};
  }
  const SectionColors c = mindmap_section_colors(vars, section + 1);
  return {c.fill, c.label, c.inv};
}

double mindmap_edge_width(int depth) {
  const int width = 14 - 3 * depth;
  return width > 0 ? width : 3;
}

int mindmap_level(const Mindmap& map, uint32_t node) {
  if (node == 0 || map.nodes.empty()) return 0;
  return static_cast<int>(map.nodes[node].indent) - static_cast<int>(map.nodes[0].indent);
}

}  // namespace merrow
