// Finds the mermaid diagrams in a Markdown page: ```mermaid and ~~~mermaid
// fences (any fence length, indented inside lists or quotes) and `::: mermaid`
// blocks (Azure DevOps / MkDocs style).
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "model/source.hpp"

namespace merrow {

struct MarkdownBlock {
  std::string text;          // the diagram text, the common indentation stripped
  uint32_t first_line = 1;   // host line of the text's first line
  uint32_t indent = 0;       // characters stripped from each line
  Span content;              // host byte range of the block's content (for rewriting)
  Span fence;                // host byte range of the whole block, fences included
  bool closed = true;        // false: no closing fence, the block runs to the end of the page
  // Only from extract_mermaid_blocks_for_lint: the host offset of a closing
  // fence glued to the end of a content line (`  A-->B```), where that
  // reading ends the block; 0 when there is none.
  uint32_t glued_close = 0;
};

std::vector<MarkdownBlock> extract_mermaid_blocks(std::string_view markdown);

// As extract_mermaid_blocks, but a content line ending in the block's fence
// (`  A-->B```) closes the block there and sets glued_close: the author's
// intent, so the linter checks the diagram that was meant and the blocks
// after it, and reports the glued fence once.
std::vector<MarkdownBlock> extract_mermaid_blocks_for_lint(std::string_view markdown);

// A Source for one block, positions mapped into the host file.
Source block_source(const std::string& host_origin, const MarkdownBlock& block);

}  // namespace merrow
