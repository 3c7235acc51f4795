// Whether two parsed diagrams mean the same drawing: every field of the model
// that reaches layout, render or lint, compared in order, with source spans
// left out (what the formatter is allowed to change); of a mindmap node's
// written indentation only its level (relative to the root's) counts, for a
// node with children (mermaid draws the edges below it by it). The formatter accepts a rewrite only when
// this holds for the re-parsed text; the format tests sweep it over the corpus.
#pragma once
#include <string>

#include "model/diagram.hpp"

namespace merrow::format {

// Empty when `a` and `b` mean the same; otherwise the first difference found
// ("edge 3: label"), for a test's failure message.
std::string meaning_difference(const ParseResult& a, const ParseResult& b);

inline bool same_meaning(const ParseResult& a, const ParseResult& b) { return meaning_difference(a, b).empty(); }

}  // namespace merrow::format
