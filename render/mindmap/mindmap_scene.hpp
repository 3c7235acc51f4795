// The scene of a laid-out mindmap in mermaid's look: section colours per
// first-level branch, edges as tapered bands under the nodes (widths from
// mermaid's edge-depth classes), every shape's outline from the same
// geometry the layout sized it with, labels centred in the shape body (their
// `fa:fa-car` icons drawn as flowchart labels draw them), the plain node's
// underline. `::icon(fa fa-book)` draws nothing: mermaid 11.17's mindmap
// shapes ignore node.icon (layout/tree/node_label.hpp). No node strokes:
// mermaid's mindmap CSS sets fills only.
// `:::class` names are kept as nothing more than the node's presence: the
// mindmap grammar has no classDef, and the classes mermaid users write refer
// to the host page's CSS, which merrow cannot see.
// Pre: layout = layout_mindmap(map, measurer) for the same map; vars from
// theme_variables(map.config). Post: scene.width/height = layout's; items
// are painted edges first, then nodes in model order.
#pragma once
#include "layout/result.hpp"
#include "model/mindmap.hpp"
#include "render/scene.hpp"
#include "render/theme/theme.hpp"

namespace merrow {

Scene build_mindmap_scene(const Mindmap& map, const LayoutResult& layout, const ThemeVariables& vars);

}  // namespace merrow
