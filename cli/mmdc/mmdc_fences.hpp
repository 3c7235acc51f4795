// Which Markdown blocks mmdc 11 draws, and how it numbers them. mmdc finds
// its blocks with one regular expression, not a Markdown parser:
//   /^[^\S\n]*[`:]{3}(?:mermaid)([^\S\n]*\r?\n([\s\S]*?))[`:]{3}[^\S\n]*$/gm
// so it takes only exactly-three-character ``` / ::: fences followed by
// exactly "mermaid" (no ~~~, no ````, no info string, nothing in block
// quotes), but also a ```mermaid shown inside a ````markdown example.
#pragma once
#include <cstdint>
#include <string_view>
#include <vector>

namespace merrow::mmdc {

// The host offsets of the lines where the expression's successive matches
// begin, in page order: match k is mmdc's image number k + 1.
std::vector<uint32_t> mmdc_block_starts(std::string_view page);

}  // namespace merrow::mmdc
