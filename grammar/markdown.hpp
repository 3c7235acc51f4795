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
};

std::vector<MarkdownBlock> extract_mermaid_blocks(std::string_view markdown);

// A Source for one block, positions mapped into the host file.
Source block_source(const std::string& host_origin, const MarkdownBlock& block);

}  // namespace merrow
