// The rule families, one file each. Every family reports through the
// Reporter with the registry's codes; lint() runs them in this order.
#pragma once
#include "lint/reporter.hpp"
#include "model/diagram.hpp"

namespace merrow::lint {

// references.cpp: M210 style-on-unused-id, M211 unknown-target, M212 undefined-class,
// M213 unused-classdef (M200 and M216 were removed: the parser reports M119 first,
// and merges a node into a subgraph of the same id, so neither could fire)
void check_references(const Flowchart& chart, Reporter& reporter);
// labels.cpp: M214 conflicting-labels, M215 ambiguous-edge-head
void check_labels(const Flowchart& chart, Reporter& reporter);
// surprises.cpp: M221 label-runs-on, M222 backslash-quote
void check_surprises(const Flowchart& chart, Reporter& reporter);
// css.cpp: M219 ignored-css-property
void check_css(const Flowchart& chart, Reporter& reporter);
// icons.cpp: M220 icon-without-font
void check_icons(const Flowchart& chart, Reporter& reporter);
void check_icons(const Mindmap& map, Reporter& reporter);
// security.cpp: M300 script-url
void check_security(const Flowchart& chart, Reporter& reporter);
// style.cpp (opt-in): M400 orphan-node, M401 duplicate-edge, M402 graph-keyword, M403 missing-direction
void check_style(const Flowchart& chart, Reporter& reporter);
// mindmap.cpp: M202 mindmap-multiple-roots
void check_mindmap(const Mindmap& map, Reporter& reporter);
// config.cpp: M217 unknown-theme, M218 unknown-config-key
void check_config(const Config& config, Reporter& reporter);
// preamble.cpp: M201 unknown-diagram-type, M203 invalid-front-matter, M204 invalid-init-directive
void check_preamble(const ParseResult& parse, Reporter& reporter);

}  // namespace merrow::lint
