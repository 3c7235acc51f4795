// integrations/pandoc/merrow.lua with the real pandoc (Debian 12: 2.17).
#include <catch2/catch.hpp>

#include "../integration_seed/integration_runner.hpp"

using namespace merrow::test;

TEST_CASE("pandoc: the seed page to HTML inlines merrow's SVGs, docx gets PNGs") {
  if (!have_tool("pandoc")) {
    WARN("pandoc not installed: skipped");
    return;
  }
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
  if (!have_tool("pandoc")) {
    WARN("pandoc not installed: skipped");
    return;
  }
  const auto dir = scratch_path("pandoc-broken");
  write_file(dir / "bad.md", broken_page);
  const ProcessRun run = run_in(dir, "pandoc bad.md --lua-filter '" + integration("pandoc/merrow.lua") + "' -o bad.html");
  CHECK(run.status != 0);
  CHECK(run.out.find("bad.md:10:1: not rendered: node label opened with '[' is never closed") != std::string::npos);
}
