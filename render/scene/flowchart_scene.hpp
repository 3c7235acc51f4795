// LayoutResult + Flowchart + theme -> Scene. Paint order as mermaid's SVG:
// clusters (outer first), edge paths with their markers, edge labels, nodes.
// Pre: `layout` was computed for `chart` (indices refer to its vectors).
// Post: no diagram semantics remain in the Scene; deterministic.
#pragma once
#include "layout/result.hpp"
#include "model/flowchart.hpp"
#include "render/scene.hpp"
#include "render/theme/theme.hpp"

namespace merrow {

Scene build_flowchart_scene(const Flowchart& chart, const LayoutResult& layout,
                            const ThemeVariables& theme);

// A `click ... href` target when it is safe to link (http, https, mailto);
// "" otherwise.
std::string safe_link(std::string_view url);

}  // namespace merrow
