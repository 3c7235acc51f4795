// The layout as one line of JSON (`merrow layout`), the shape mermaid-ref's
// layout oracle prints so the two compare directly:
// {"width","height","nodes":[{"id","x","y","width","height"}],
//  "edges":[{"from","to","points":[[x,y],...]}],"clusters":[{"id","x","y","width","height"}]}
// x,y are centres; edge points sample the drawn curve every `step` px;
// numbers are rounded to 2 decimals. Deterministic: same input, same bytes.
// The edges together get at most kMaxLayoutJsonPoints samples: when the curves
// are longer than that many steps (tens of thousands of parallel edges, each
// as long as the drawing is tall), the step grows to fit, so the JSON stays
// proportionate (spec-flow-huge-19's 47,917 edges asked for ~5 billion points).
#pragma once
#include <string>

#include "layout/result.hpp"

namespace merrow {

inline constexpr double kMaxLayoutJsonPoints = 2'000'000;

std::string layout_json(const LayoutResult& layout, double step = 5);

}  // namespace merrow
