// integrations/pandoc/merrow.lua with the real pandoc (Debian 12: 2.17).
#include <catch2/catch.hpp>

#include "../integration_seed/integration_runner.hpp"

using namespace merrow::test;

TEST_CASE("pandoc: the seed page to HTML inlines merrow's SVGs, docx gets PNGs") {
  if (missing_tool("pandoc")) return;
  const auto dir = scratch_path("pandoc");
  write_file(dir / "page.md", seed_page() + "\n```mermaid\nsequenceDiagram\n  A->>B: hi\n```\n");
  const std::string filter = " --lua-filter '" + integration("pandoc/merrow.lua") + "'";
  const ProcessRun html = run_in(dir, "pandoc page.md -s" + filter + " -o page.html");
  REQUIRE(html.status == 0);
  const std::string page = read_file(dir / "page.html");
  CHECK(count(page, "<div class=\"merrow\">\n<svg") == 2);  // both seed diagrams, inline
  CHECK(page.find("sequenceDiagram") != std::string::npos);  // left to mermaid
  CHECK(page.find("class=\"mermaid\"") != std::string::npos);
  // The docx's file list (python3 comes with MkDocs and Sphinx; unzip may be missing).
  const ProcessRun docx = run_in(dir, "pandoc page.md" + filter +
                                       " -o page.docx && python3 -c \"import sys, zipfile; "
                                       "print(*zipfile.ZipFile(sys.argv[1]).namelist())\" page.docx");
  REQUIRE(docx.status == 0);
  CHECK(count(docx.out, ".png") == 2);
  const ProcessRun latex = run_in(dir, "pandoc page.md" + filter + " -t latex --extract-media=media -o page.tex");
  REQUIRE(latex.status == 0);
  CHECK(count(read_file(dir / "page.tex"), "includegraphics") == 2);
}

TEST_CASE("pandoc: a broken diagram fails the conversion with page:line:col") {
  if (missing_tool("pandoc")) return;
  const auto dir = scratch_path("pandoc-broken");
  write_file(dir / "bad.md", broken_page);
  const ProcessRun run = run_in(dir, "pandoc bad.md --lua-filter '" + integration("pandoc/merrow.lua") + "' -o bad.html");
  CHECK(run.status != 0);
  CHECK(run.out.find("bad.md:10:1: not rendered: node label opened with '[' is never closed") != std::string::npos);
}

// pandoc hands the filter a list item's or block quote's code without its container prefix; the
// filter finds the block's lines in the page under that prefix, so merrow reports the page's own
// line:col, the same as `merrow lint` on the page.
TEST_CASE("pandoc: broken diagrams in a list item and a block quote fail at the page's line:col") {
  if (missing_tool("pandoc")) return;
  const auto dir = scratch_path("pandoc-indented");
  const std::string filter = " --lua-filter '" + integration("pandoc/merrow.lua") + "'";
  // The good block comes first, and the broken one repeats its first line, so a search that
  // ignores the prefix would stop at the wrong block.
  write_file(dir / "list.md",
             "# List\n\n- one\n\n  ```mermaid\n  flowchart LR\n    A --> B\n  ```\n\n- two\n\n"
             "  ```mermaid\n  flowchart LR\n\n    C[oops --> D\n  ```\n");
  write_file(dir / "quote.md", "# Quote\n\n> text\n>\n> ```mermaid\n> flowchart TD\n>   X((bad --> Y\n> ```\n");
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"list.md", "list.md:16:3: not rendered: node label opened with '[' is never closed"},
      {"quote.md", "quote.md:8:3: not rendered: node label opened with '((' is never closed"}};
  for (const auto& [page, says] : cases) {
    INFO(page);
    const ProcessRun run = run_in(dir, "pandoc " + page + filter + " -o out.html");
    CHECK(run.status != 0);
    CHECK(run.out.find(says) != std::string::npos);
    // The same position as merrow's own reading of the page.
    const ProcessRun lint = run_in(dir, shell_quoted(MERROW_BINARY) + " lint --format concise " + page);
    CHECK(lint.out.substr(0, lint.out.find(": M1")) == says.substr(0, says.find(": not")));
  }
}

TEST_CASE("pandoc: indented diagrams in lists and block quotes are drawn without their prefix") {
  if (missing_tool("pandoc")) return;
  const auto dir = scratch_path("pandoc-indented-ok");
  write_file(dir / "page.md",
             "- item\n\n  ```mermaid\n  flowchart TD\n    A --> B\n  ```\n\n"
             "> ```mermaid\n> flowchart LR\n>\n>   P --> Q\n> ```\n");
  const ProcessRun run = run_in(dir, "pandoc page.md --lua-filter '" + integration("pandoc/merrow.lua") + "' -o page.html");
  REQUIRE(run.status == 0);
  const std::string html = read_file(dir / "page.html");
  CHECK(count(html, "<div class=\"merrow\">\n<svg") == 2);
  CHECK(count(html, "\n> ") == 0);  // no block quote marker left in the SVG
  CHECK(count(html, "\n  <") == 0);  // nor the list item's indentation
}
