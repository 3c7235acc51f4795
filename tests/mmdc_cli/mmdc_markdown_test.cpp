// Markdown mode (-i page.md -o out.md) against mmdc's own output of the same page (fixtures/).
#include <catch2/catch.hpp>
#include <sstream>

#include "mmdc_runner.hpp"

using namespace merrow::test;

namespace {

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

}  // namespace

TEST_CASE("Markdown mode numbers and links the images as mmdc does") {
  const std::string dir = scratch("markdown");
  write_file(dir + "/page.md", read_file(fixture("page.md")));
  std::filesystem::create_directories(dir + "/site");
  const MmdcRun run = mmdc(dir, "-i page.md -o site/out.md");
  CHECK(run.status == 0);
  // mmdc's numbers: 2 is a sequenceDiagram (left for the site's mermaid), the ~~~ fence has none
  // (mmdc skips it), 3 is :::mermaid, 4 inside a ````markdown example (mmdc draws it; merrow keeps
  // the example).
  for (int n : {1, 3, 5, 6}) CHECK(std::filesystem::exists(dir + "/site/out-" + std::to_string(n) + ".svg"));
  for (int n : {2, 4, 7}) CHECK(!std::filesystem::exists(dir + "/site/out-" + std::to_string(n) + ".svg"));
  CHECK(run.err.find("page.md:13:1: warning: 'sequenceDiagram' diagrams are not drawn") != std::string::npos);
  CHECK(run.out.find(" \u2705 ./out-1.svg") != std::string::npos);

  const std::vector<std::string> ours = lines_of(read_file(dir + "/site/out.md"));
  const std::vector<std::string> theirs = lines_of(read_file(fixture("page.mmdc-out.md")));
  const auto has = [](const std::vector<std::string>& v, const std::string& line) {
    return std::find(v.begin(), v.end(), line) != v.end();
  };
  // accTitle -> title, accDescr -> alt, escaped as mmdc escapes them: the same line.
  const std::string first = R"(![A \[bracketed\] description \\ with backslash](./out-1.svg "My \"quoted\" title"))";
  CHECK(has(theirs, first));
  CHECK(has(ours, first));
  CHECK(has(theirs, "![Multi line"));  // a multi-line accDescr, its lines' indentation dropped
  CHECK(has(ours, "![Multi line"));
  CHECK(has(ours, "description here](./out-6.svg)"));
  CHECK(has(theirs, "![diagram](./out-3.svg)"));
  CHECK(has(ours, "![diagram](./out-3.svg)"));
  CHECK(has(ours, "  ![diagram](./out-5.svg)"));  // mmdc drops the list indentation; merrow keeps the list
  CHECK(has(ours, "sequenceDiagram"));            // the undrawn block, as it was
  CHECK(has(ours, "~~~mermaid"));
  CHECK(has(ours, "  In --> Code"));              // the example
  // Everything else: mmdc's page line for line.
  for (const char* line : {"# Page", "Some text.", "````markdown", "- item"}) CHECK(has(ours, line));
}

TEST_CASE("Markdown mode: one broken diagram does not stop the others and the exit code says so") {
  const std::string dir = scratch("markdown-broken");
  write_file(dir + "/doc.markdown",
            "# Doc\n\n```mermaid\nflowchart LR\n  A[oops --> B\n```\n\n```mermaid\nflowchart LR\n  C --> D\n```\n");
  const MmdcRun run = mmdc(dir, "-q -i doc.markdown -o out.markdown");
  CHECK(run.status == 1);
  CHECK(run.err.find("doc.markdown:6:1: error:") != std::string::npos);
  CHECK(!std::filesystem::exists(dir + "/out-1.svg"));
  CHECK(std::filesystem::exists(dir + "/out-2.svg"));
  const std::string page = read_file(dir + "/out.markdown");
  CHECK(page.find("A[oops --> B") != std::string::npos);  // the broken block stays
  CHECK(page.find("![diagram](./out-2.svg)") != std::string::npos);
}

TEST_CASE("Markdown mode: -e png, image outputs, -a artefacts, a page without diagrams") {
  const std::string dir = scratch("markdown-options");
  write_file(dir + "/p.md", "```mermaid\nflowchart LR\n  A --> B\n```\n");
  REQUIRE(mmdc(dir, "-q -i p.md -o out.md -e png").status == 0);
  CHECK(png_size(read_file(dir + "/out-1.png")).width > 0);
  CHECK(read_file(dir + "/out.md") == "![diagram](./out-1.png)\n");
  REQUIRE(mmdc(dir, "-q -i p.md -o img.pdf").status == 0);  // image output: images only, numbered
  CHECK(read_file(dir + "/img-1.pdf").substr(0, 5) == "%PDF-");
  std::filesystem::create_directories(dir + "/docs");
  REQUIRE(mmdc(dir, "-q -i p.md -o docs/page.md -a docs/img").status == 0);
  CHECK(std::filesystem::exists(dir + "/docs/img/page-1.svg"));
  CHECK(read_file(dir + "/docs/page.md") == "![diagram](./img/page-1.svg)\n");
  REQUIRE(mmdc(dir, "-q -i p.md").status == 0);  // mmdc's default: p.md.svg -> p.md-1.svg
  CHECK(std::filesystem::exists(dir + "/p.md-1.svg"));
  write_file(dir + "/none.md", "# nothing\n");
  const MmdcRun none = mmdc(dir, "-i none.md -o none-out.md");
  CHECK(none.status == 0);
  CHECK(none.out.find("No mermaid charts found in Markdown input") != std::string::npos);
  CHECK(read_file(dir + "/none-out.md") == "# nothing\n");
  CHECK(read_file(dir + "/p.md") == "```mermaid\nflowchart LR\n  A --> B\n```\n");  // input untouched
}

TEST_CASE("Markdown mode: the seed page's out.md is byte for byte mmdc's") {
  const std::string seed = std::string(MERROW_SHARED_DIR) + "/seed/os2-organisation.md";
  if (!std::filesystem::exists(seed)) {
    WARN("skipped: no " << seed);
    return;
  }
  const std::string dir = scratch("markdown-seed");
  write_file(dir + "/page.md", read_file(seed));
  REQUIRE(mmdc(dir, "-q -i page.md -o out.md").status == 0);
  CHECK(read_file(dir + "/out.md") == read_file(fixture("seed.mmdc-out.md")));
  CHECK(svg_size(read_file(dir + "/out-1.svg")).width > 0);
  CHECK(svg_size(read_file(dir + "/out-2.svg")).width > 0);
}
