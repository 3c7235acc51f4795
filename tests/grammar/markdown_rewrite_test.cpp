// Markdown rewriting: replaced blocks take the block's place and prefix;
// every byte outside them is kept.
#include <catch2/catch.hpp>

#include "grammar/markdown.hpp"
#include "grammar/markdown_rewrite.hpp"

using namespace merrow;

namespace {

std::string rewrite_all(const std::string& page, const std::string& with) {
  std::vector<BlockReplacement> replacements;
  for (const MarkdownBlock& block : extract_mermaid_blocks(page)) replacements.push_back(replace_block(page, block, with));
  return rewrite_markdown(page, replacements);
}

}  // namespace

TEST_CASE("markdown rewrite: a block becomes its replacement, the prose stays byte for byte") {
  const std::string page = "# Title\r\n\nText before.\n\n```mermaid\nflowchart LR\n  A --> B\n```\n\nText after.  \n";
  CHECK(rewrite_all(page, "![diagram](./out-1.svg)") ==
        "# Title\r\n\nText before.\n\n![diagram](./out-1.svg)\n\nText after.  \n");
}

TEST_CASE("markdown rewrite: blocks inside list items and quotes keep their prefix on every line") {
  const std::string page = "- item\n\n  ```mermaid\n  graph TD\n  A-->B\n  ```\n> ```mermaid\n> graph TD\n> ```\n";
  CHECK(rewrite_all(page, "<svg>\n</svg>") == "- item\n\n  <svg>\n  </svg>\n> <svg>\n> </svg>\n");
}

TEST_CASE("markdown rewrite: a block at the end of a page without a final line break") {
  const std::string page = "x\n```mermaid\ngraph TD\n```";
  CHECK(rewrite_all(page, "IMG\n") == "x\nIMG");
}

TEST_CASE("markdown rewrite: blocks not replaced, and other fences, are untouched") {
  const std::string page = "```js\nlet a;\n```\n```mermaid\ngraph TD\n```\n```mermaid\nsequenceDiagram\n```\n";
  const auto blocks = extract_mermaid_blocks(page);
  REQUIRE(blocks.size() == 2);
  const std::string out = rewrite_markdown(page, {replace_block(page, blocks[0], "IMG")});
  CHECK(out == "```js\nlet a;\n```\nIMG\n```mermaid\nsequenceDiagram\n```\n");
  CHECK(rewrite_markdown(page, {}) == page);
}
