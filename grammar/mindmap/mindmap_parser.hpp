// The mindmap grammar's entry point, called by parse_diagram() once the
// preamble has been read. Same contract as parse_flowchart(), the limits
// included (false: stopped at the node that crossed one; drop the map).
#pragma once
#include <vector>

#include "model/diagnostic.hpp"
#include "model/limits.hpp"
#include "model/mindmap.hpp"
#include "model/source.hpp"

namespace merrow {

bool parse_mindmap(const Source& source, uint32_t body_begin, Mindmap& map,
                   std::vector<Diagnostic>& diagnostics, const Limits& limits = Limits{});

}  // namespace merrow
