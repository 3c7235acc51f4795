// Rewrites a Markdown page with some of its mermaid blocks replaced (by an
// image link, an inline SVG, ...): the one implementation behind
// `merrow-mmdc -i page.md -o out.md` and `merrow render ... --rewrite`.
// Everything outside the replaced blocks is kept byte for byte.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "grammar/markdown.hpp"

namespace merrow {

struct BlockReplacement {
  Span fence;        // the host range to replace: MarkdownBlock::fence (fences included)
  std::string text;  // what stands there instead, without the block's container prefix
};

// `replacement` re-indented as the block stood (a block inside a list item or a
// quote keeps its prefix on every line) and ending with a line break when the
// block did, so the page's structure around it is unchanged.
BlockReplacement replace_block(std::string_view page, const MarkdownBlock& block, std::string_view replacement);

// Pre: replacements do not overlap (any order). Post: the page with each range
// swapped for its text; bytes outside the ranges unchanged.
std::string rewrite_markdown(std::string_view page, std::vector<BlockReplacement> replacements);

}  // namespace merrow
