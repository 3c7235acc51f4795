// The CSS cascade of a flowchart element, resolved to typed values.
//
// Order (later wins, as mermaid's generated CSS + inline styles behave):
//   theme -> `classDef default` -> each class of the element in source order
//   (`class` statements and `:::`) -> the element's `style` declarations.
// Edges: theme -> edge classes -> every `linkStyle default` -> every
// `linkStyle <indices>` naming the edge (mermaid concatenates the default
// styles first, whatever the source order).
// Unknown properties and unparsable values are ignored, never an error.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "model/flowchart.hpp"
#include "render/color/color.hpp"
#include "render/scene.hpp"

namespace merrow {

struct ResolvedStyle {
  std::optional<Color> fill;
  std::optional<Color> stroke;
  std::optional<double> stroke_width;        // px
  std::optional<std::vector<double>> dash;   // empty vector: solid (`stroke-dasharray: 0`/none)
  std::optional<Color> color;                // text colour
  std::optional<double> opacity;             // the whole element (shape and label)
  std::optional<double> fill_opacity;        // the fill colour's alpha, times
  std::optional<double> stroke_opacity;      // the stroke colour's alpha, times
  std::optional<StrokeStyle::Cap> cap;       // stroke-linecap
  std::optional<StrokeStyle::Join> join;     // stroke-linejoin
  std::optional<double> font_size;           // px
  std::optional<bool> bold;
  std::optional<bool> italic;
  std::optional<std::string> font_family;
};

// Applies declarations in order onto `style`.
void apply_declarations(ResolvedStyle& style, const std::vector<StyleDecl>& decls);

// The author styles (no theme) of a node, a subgraph and an edge
// (model/style_cascade.hpp walks the declarations).
ResolvedStyle node_style(const Flowchart& chart, const Node& node);
ResolvedStyle subgraph_style(const Flowchart& chart, const Subgraph& subgraph);
ResolvedStyle edge_style(const Flowchart& chart, EdgeIndex edge);
// mermaid 11 colours an edge's markers with the *first* `stroke` of its
// linkStyle declarations (marker id pointEnd__888), not the winning one.
std::optional<Color> edge_marker_color(const Flowchart& chart, EdgeIndex edge);
// `color` with its alpha multiplied by `opacity` (fill-opacity, stroke-opacity).
Color with_opacity(Color color, const std::optional<double>& opacity);

}  // namespace merrow
