// The label of a mindmap node laid out as mermaid shows it: every mindmap
// label is markdown to mermaid (labelType "markdown"), so it wraps at
// config.mindmap.max_node_width (200px); `<br>` and newlines break lines;
// lines are 1.5 em apart (layout_text). A wrapped
// label is exactly max_node_width wide, as mermaid's `width: 200px` div is.
// `::icon(fa fa-book)` takes no room: mermaid 11.17 passes node.icon to its
// mindmap shapes and none of them reads it (mermaid-ref: a node with and
// without the icon has the same size and no icon element). `fa:fa-car` in
// the label is an icon run, 1.25 em wide as in flowcharts.
// Pre: node belongs to a mindmap whose config is `config`.
// Post: block.width <= max(max_node_width, widest unbreakable word).
#pragma once
#include "layout/text/text_block.hpp"
#include "model/config.hpp"
#include "model/mindmap.hpp"

namespace merrow {

FontSpec mindmap_font(const Config& config);

TextBlock mindmap_label_block(const MindmapNode& node, const Config& config,
                              const TextMeasurer& measurer);

}  // namespace merrow
