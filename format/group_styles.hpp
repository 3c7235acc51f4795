// `classDef`, `class`, `style` and `linkStyle` statements grouped at the end
// of a flowchart, after one blank line, in their written order, each with the
// comment lines right above it; a statement moves only when mermaid (flowDb,
// 11.x) draws the same whichever place it stands in:
//   - classDef: classes are compiled into styles when the diagram is drawn,
//     and same-name definitions keep their relative order: always moves;
//   - linkStyle: indices count the links defined so far, which only grow and
//     never renumber, and same-index styles keep their order; but
//     `interpolate` sets the curve of links defined *after* it (default) or
//     races edge data (`e@{curve}`): no linkStyle moves when one interpolates;
//   - class T c: setClass touches only what exists then (a node, an edge id,
//     a subgraph once its `end` is read): moves only when every T already
//     exists (a subgraph only at top level, after it); the class order on a
//     node against later `:::` is checked by the model comparison;
//   - style T: creates T when it does not exist, and every addVertex call
//     advances the counter in the element ids of nodes created later: moves
//     only when T exists (node, or a subgraph at top level after it), T is no
//     edge id, and no node is created after it;
//   - statements inside a subgraph add no member to it (flow.jison returns []
//     for them), so they may leave its body.
// A line holding anything else (two statements, a comment) stays.
#pragma once
#include <optional>
#include <string_view>
#include <vector>

#include "format/format_diagram.hpp"
#include "model/flowchart.hpp"

namespace merrow::format {

// `text` is the composed `out` (one text line per entry) and `chart` its
// parse. nullopt when nothing moves.
std::optional<std::vector<OutLine>> group_styles(std::string_view text, const Flowchart& chart,
                                                 const std::vector<OutLine>& out);

}  // namespace merrow::format
