// Stroke, heads and length of a link token, as flowDb.destructLink reads
// them: `-->` is length 1, `--->` 2, `---` 1, `-..->` 2 (dots count),
// `<-->`/`x--x`/`o--o` are double-headed, and a labelled link takes its heads
// from both halves (`<-- text -->`).
// Pre: tokens as matched by the link scanners (surrounding spaces allowed).
#pragma once
#include <string_view>

#include "grammar/flowchart/state.hpp"

namespace merrow::flowchart_grammar {

// `start` is empty for an unlabelled link.
void decode_link(std::string_view end_token, std::string_view start_token, PendingLink& link);

}  // namespace merrow::flowchart_grammar
