// Markdown block extraction on arbitrary pages: block ranges lie inside the
// page and each block's Source maps its positions without crashing.
#include <string_view>

#include "fuzz_checks.hpp"
#include "grammar/markdown.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace merrow;
  const std::string_view page(reinterpret_cast<const char*>(data), size);
  for (const auto& block : extract_mermaid_blocks(page)) {
    fuzz::require(block.fence.begin <= block.content.begin && block.content.end <= block.fence.end &&
                      block.fence.end <= size,
                  "block content inside its fence inside the page");
    const Source source = block_source("fuzz.md", block);
    (void)source.position(static_cast<uint32_t>(source.text().size()));
  }
  return 0;
}
