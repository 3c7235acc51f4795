// The layout as one line of JSON (`merrow layout`), the shape mermaid-ref's
// layout oracle prints so the two compare directly:
// {"width","height","nodes":[{"id","x","y","width","height"}],
//  "edges":[{"from","to","points":[[x,y],...]}],"clusters":[{"id","x","y","width","height"}]}
// x,y are centres; edge points sample the drawn curve every `step` px;
// numbers are rounded to 2 decimals. Deterministic: same input, same bytes.
#pragma once
#include <string>

#include "layout/result.hpp"

namespace merrow {

std::string layout_json(const LayoutResult& layout, double step = 5);

}  // namespace merrow
