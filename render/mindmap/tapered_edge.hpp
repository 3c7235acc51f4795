// A mindmap edge as a filled band whose width runs from start_width at the
// parent to end_width at the child: mermaid strokes each edge with its
// depth's width (11, 8, 5 ... px), so a branch steps down in thickness from
// the root outwards; tapering inside each edge makes those steps continuous.
// Pre: centreline starts with a move and has only line/cubic commands after it.
// Post: a closed path (empty if the centreline has no length).
#pragma once
#include "layout/geometry.hpp"

namespace merrow {

Path tapered_band(const Path& centreline, double start_width, double end_width);

}  // namespace merrow
