// The colours of a mindmap, as mermaid's mindmap styles.ts assigns them:
// the root takes git0 / gitBranchLabel0 (`.section-root`, which wins over its
// `.section--1`); the first-level branch k and everything below it take
// section s = k mod 11 (MAX_SECTIONS - 1), drawn with palette entry s + 1:
// fill cScale, text cScaleLabel, the plain node's underline cScaleInv, and the
// edge into a node its section's cScale.
// Pre: vars from theme_variables(config). Post: never throws.
#pragma once
#include <cstdint>
#include <vector>

#include "model/mindmap.hpp"
#include "render/color/color.hpp"
#include "render/theme/theme.hpp"

namespace merrow {

struct MindmapNodeColors {
  Color fill, label, underline;
};

// Section of every node: -1 for the root, else its first-level branch index mod 11.
std::vector<int> mindmap_sections(const Mindmap& map);

MindmapNodeColors mindmap_node_colors(const ThemeVariables& vars, int section);

// mermaid's `.edge-depth-<d>` stroke width with d = parent level + 1, where a
// level is the indentation in columns relative to the root (mermaid counts
// spaces, not tree depth: with 2-space indents the depths run 1, 3, 5...).
// 14 - 3d while positive; otherwise the CSS is invalid and `.edge` gives 3.
double mindmap_edge_width(int depth);
int mindmap_level(const Mindmap& map, uint32_t node);

}  // namespace merrow
