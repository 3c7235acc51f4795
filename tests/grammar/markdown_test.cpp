// Markdown extraction: which fences are diagrams, and positions that map back
// into the host page (content spans slice the host exactly).
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "grammar/markdown.hpp"
#include "grammar/parse.hpp"

using namespace merrow;

namespace {

std::string slice(std::string_view host, Span span) { return std::string(host.substr(span.begin, span.end - span.begin)); }

}  // namespace

TEST_CASE("markdown: backtick and tilde fences, any length, with an info string") {
  const std::string page =
      "# Title\n"
      "```mermaid\nmindmap\n  a\n```\n"
      "text\n"
      "~~~mermaid\nmindmap\n  b\n~~~\n"
      "`````mermaid title=\"x\"\nmindmap\n  c\n```\n  d\n`````\n"
      "```Mermaid\nmindmap\n  e\n```\n";
  const auto blocks = extract_mermaid_blocks(page);
  REQUIRE(blocks.size() == 4);
  CHECK(blocks[0].text == "mindmap\n  a\n");
  CHECK(blocks[0].first_line == 3);
  CHECK(blocks[1].text == "mindmap\n  b\n");
  CHECK(blocks[1].first_line == 8);
  CHECK(blocks[2].text == "mindmap\n  c\n```\n  d\n");  // a shorter fence does not close
  CHECK(blocks[3].text == "mindmap\n  e\n");
  for (const auto& b : blocks) {
    CHECK(slice(page, b.content) == b.text);  // indent 0: exact round trip
    CHECK(slice(page, b.fence).find(b.text) != std::string::npos);
  }
  CHECK(slice(page, blocks[0].fence) == "```mermaid\nmindmap\n  a\n```\n");
}

TEST_CASE("markdown: MyST's braced language") {
  const auto blocks = extract_mermaid_blocks("```{mermaid}\nmindmap\n  root\n```\n```{code-block} mermaid\nx\n```\n");
  REQUIRE(blocks.size() == 1);
  CHECK(blocks[0].text == "mindmap\n  root\n");
}

TEST_CASE("markdown: other fences are skipped whole") {
  const std::string page =
      "````markdown\n```mermaid\nmindmap\n  shown as an example\n```\n````\n"
      "```js\nlet x = 1;\n```\n"
      "```mermaid\nmindmap\n  real\n```\n";
  const auto blocks = extract_mermaid_blocks(page);
  REQUIRE(blocks.size() == 1);
  CHECK(blocks[0].text == "mindmap\n  real\n");
}

TEST_CASE("markdown: an indented fence in a list strips its indentation") {
  const std::string page =
      "- item\n"
      "\n"
      "   ```mermaid\n"
      "   mindmap\n"
      "     root\n"
      "   ```\n";
  const auto blocks = extract_mermaid_blocks(page);
  REQUIRE(blocks.size() == 1);
  CHECK(blocks[0].indent == 3);
  CHECK(blocks[0].first_line == 4);
  CHECK(blocks[0].text == "mindmap\n  root\n");
  CHECK(slice(page, blocks[0].content) == "   mindmap\n     root\n");
  // Positions map into the host: `root` is on host line 5, column 6.
  const Source source = block_source("page.md", blocks[0]);
  const auto at = source.position(static_cast<uint32_t>(blocks[0].text.find("root")));
  CHECK(at.line == 5);
  CHECK(at.column == 6);
}

TEST_CASE("markdown: a fence inside a block quote") {
  const std::string page = "> ```mermaid\n> mindmap\n>   root\n> ```\n";
  const auto blocks = extract_mermaid_blocks(page);
  REQUIRE(blocks.size() == 1);
  CHECK(blocks[0].text == "mindmap\n  root\n");
  CHECK(blocks[0].indent == 2);
}

TEST_CASE("markdown: `::: mermaid` blocks") {
  const std::string page = "Intro\n::: mermaid\nmindmap\n  root\n:::\nafter\n";
  const auto blocks = extract_mermaid_blocks(page);
  REQUIRE(blocks.size() == 1);
  CHECK(blocks[0].text == "mindmap\n  root\n");
  CHECK(blocks[0].first_line == 3);
}

TEST_CASE("markdown: an unclosed fence runs to the end of the page") {
  const std::string page = "```mermaid\nmindmap\n  root";
  const auto blocks = extract_mermaid_blocks(page);
  REQUIRE(blocks.size() == 1);
  CHECK(blocks[0].text == "mindmap\n  root");
  CHECK(blocks[0].content.end == page.size());
}

TEST_CASE("markdown: a diagnostic in a block reports the host line") {
  std::string page;
  for (int i = 0; i < 119; ++i) page += "filler line\n";
  page += "```mermaid\nmindmap\nroot\nsecond root\n```\n";  // fence on line 120
  const auto blocks = extract_mermaid_blocks(page);
  REQUIRE(blocks.size() == 1);
  const Source source = block_source("page.md", blocks[0]);
  const auto r = parse_diagram(source);
  REQUIRE_FALSE(r.ok());
  CHECK(source.position(r.diagnostics[0].span.begin).line == 123);
}

TEST_CASE("markdown: the seed page's diagrams all parse") {
  std::ifstream in(std::string(MERROW_SOURCE_DIR) + "/samples/os2-organisation.md");
  REQUIRE(in);
  std::stringstream buffer;
  buffer << in.rdbuf();
  const std::string page = buffer.str();
  const auto blocks = extract_mermaid_blocks(page);
  REQUIRE(!blocks.empty());
  for (const auto& block : blocks) {
    CHECK(slice(page, block.content) == block.text);
    const auto r = parse_diagram(block_source("os2-organisation.md", block));
    INFO("block at line " << block.first_line);
    CHECK(r.supported);
    CHECK(r.ok());
  }
}
