// `merrow render DIR|FILE... --out-dir D` (cli/render_tree): parallel output
// identical to -j 1, the content-addressed cache, --rewrite/--inline/--in-place,
// the manifest and depfile, errors at host positions, the stdin pipe mode, and
// a real Ninja build that re-renders only the page that changed.
#include <catch2/catch.hpp>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <map>

#include "../render_cli/cli_runner.hpp"

namespace fs = std::filesystem;
using namespace merrow::test;

namespace {

const std::string flow = "flowchart LR\n  A[Hello] --> B(World)\n";
const std::string page_a =
    "# A\n\n```mermaid\n" + flow + "```\n\ntext\n\n```mermaid\nsequenceDiagram\n  A->>B: hi\n```\n\n"
    "- item\n\n  ```mermaid\n  mindmap\n    root\n      child\n  ```\n";
const std::string page_b = "# B\n\n```mermaid\n" + flow + "```\n\n```mermaid\nflowchart TD\n  X --> Y\n```\n";
const std::string broken = "---\ntitle: t\n---\n# C\n\n```mermaid\nflowchart TD\n  A --> B\n  C[oops --> D\n```\n"
                           "\n```mermaid\nflowchart LR\n  P --> Q\n```\n";

// A fresh tree: docs/a.md, docs/sub/b.md, docs/sub/c.mmd.
fs::path make_tree(const std::string& name) {
  const fs::path dir = scratch_path("render-tree-" + name);
  write_file(dir / "docs/a.md", page_a);
  write_file(dir / "docs/sub/b.md", page_b);
  write_file(dir / "docs/sub/c.mmd", "flowchart TB\n  one --> two\n");
  return dir;
}

std::map<std::string, std::string> files_below(const fs::path& dir) {
  std::map<std::string, std::string> out;
  for (const auto& e : fs::recursive_directory_iterator(dir))
    if (e.is_regular_file()) out[fs::relative(e.path(), dir).string()] = read_file(e.path().string());
  return out;
}

std::string q(const fs::path& p) { return shell_quoted(p.string()); }

}  // namespace

TEST_CASE("render tree: -j 2 writes exactly what -j 1 writes") {
  const fs::path dir = make_tree("jobs");
  for (const char* j : {"1", "2"}) {
    const fs::path out = dir / (std::string("out") + j);
    const Run run = run_merrow("render " + q(dir / "docs") + " --out-dir " + q(out) + " --rewrite -j " + j +
                               " --manifest " + q(out / "manifest.json") + " 2>&1");
    CHECK(run.status == 0);
    CHECK(run.out.find("3 files, 6 diagrams: 4 drawn, 1 cached, 1 skipped, 0 failed") != std::string::npos);
  }
  const auto one = files_below(dir / "out1"), two = files_below(dir / "out2");
  CHECK(one.size() == 8);  // 4 images, the sequenceDiagram's .undrawn marker, 2 pages, the manifest
  // The manifest names its own out dir; everything else must be the same bytes.
  for (const auto& [name, bytes] : one) {
    if (name == "manifest.json") continue;
    REQUIRE(two.count(name) == 1);
    CHECK(two.at(name) == bytes);
  }
}

TEST_CASE("render tree: an unchanged tree is all cached, identical diagrams drawn once") {
  const fs::path dir = make_tree("cache");
  const std::string cmd = "render " + q(dir / "docs") + " --out-dir " + q(dir / "out") + " 2>&1";
  CHECK(run_merrow(cmd).out.find("4 drawn, 1 cached") != std::string::npos);  // `flow` twice: drawn once
  CHECK(run_merrow(cmd).out.find("0 drawn, 5 cached, 1 skipped") != std::string::npos);
  write_file(dir / "docs/sub/c.mmd", "flowchart TB\n  one --> three\n");
  CHECK(run_merrow(cmd).out.find("1 drawn, 4 cached") != std::string::npos);
  // Another theme is another image.
  CHECK(run_merrow("render " + q(dir / "docs") + " --out-dir " + q(dir / "out") + " --theme dark 2>&1")
            .out.find("4 drawn, 1 cached") != std::string::npos);
}

TEST_CASE("render tree: --rewrite copies pages with image links; the source is never touched") {
  const fs::path dir = make_tree("rewrite");
  REQUIRE(run_merrow("render " + q(dir / "docs") + " --out-dir " + q(dir / "out") + " --rewrite -q").status == 0);
  CHECK(read_file((dir / "docs/a.md").string()) == page_a);
  const std::string a = read_file((dir / "out/a.md").string());
  CHECK(a.find("sequenceDiagram\n  A->>B: hi\n```") != std::string::npos);  // undrawn: left to mermaid
  CHECK(a.find("```mermaid\nflowchart") == std::string::npos);
  CHECK(a.find("- item\n\n  ![diagram](") != std::string::npos);  // the list item keeps its indent
  const std::string b = read_file((dir / "out/sub/b.md").string());
  const auto link = b.find("![diagram](../");
  REQUIRE(link != std::string::npos);
  const std::string image = b.substr(link + 14, b.find(')', link) - link - 14);
  CHECK(read_file((dir / "out" / image).string()).find("<svg") != std::string::npos);
  // Inline: the SVG stands in the page, in an HTML block.
  REQUIRE(run_merrow("render " + q(dir / "docs") + " --out-dir " + q(dir / "inl") + " --rewrite --inline -q").status == 0);
  const std::string inl = read_file((dir / "inl/sub/b.md").string());
  CHECK(inl.find("<div class=\"merrow\">\n<svg") != std::string::npos);
  CHECK(inl.find("\n\n", inl.find("<svg")) > inl.find("</svg>"));  // no blank line ends the HTML block early
}

TEST_CASE("render tree: --in-place rewrites atomically, bytes outside the blocks kept") {
  const fs::path dir = make_tree("inplace");
  REQUIRE(run_merrow("render " + q(dir / "docs/sub/b.md") + " --out-dir " + q(dir / "img") + " --in-place -q").status == 0);
  const std::string b = read_file((dir / "docs/sub/b.md").string());
  CHECK(b.starts_with("# B\n\n![diagram]("));
  CHECK(b.find(")\n\n![diagram](") != std::string::npos);
  CHECK(b.find("mermaid") == std::string::npos);
  const auto link = b.find("](") + 2;
  CHECK(fs::exists(dir / "docs/sub" / b.substr(link, b.find(')', link) - link)));  // the link resolves from the page
  // Without --out-dir (and not inline in place) there is nowhere for the images: a usage error.
  CHECK(run_merrow("render " + q(dir / "docs") + " --rewrite 2>/dev/null").status == 2);
}

TEST_CASE("render tree: a broken diagram is reported at its host position, the others still drawn") {
  const fs::path dir = make_tree("broken");
  write_file(dir / "docs/sub/c.md", broken);
  const Run run = run_merrow("render " + q(dir / "docs") + " --out-dir " + q(dir / "out") + " --rewrite 2>&1");
  CHECK(run.status == 1);
  // Line 10 of the page (front matter counted): the closing fence: where mermaid stops reading.
  CHECK(run.out.find("docs/sub/c.md:10:1: not rendered: node label opened with '[' is never closed") !=
        std::string::npos);
  CHECK(run.out.find("1 failed") != std::string::npos);
  // Again, unchanged: the error comes from the cache (HASH.error), at the same place; copied to
  // another page at another line, it is reported there.
  write_file(dir / "docs/d.md", "\n\n" + broken);
  const Run again = run_merrow("render " + q(dir / "docs") + " --out-dir " + q(dir / "out") + " 2>&1");
  CHECK(again.status == 1);
  CHECK(again.out.find("docs/sub/c.md:10:1: not rendered: node label opened with '[' is never closed") !=
        std::string::npos);
  CHECK(again.out.find("docs/d.md:12:1: not rendered: node label opened with '[' is never closed") !=
        std::string::npos);
  CHECK(again.out.find("0 drawn") != std::string::npos);
  fs::remove(dir / "docs/d.md");
  const std::string c = read_file((dir / "out/sub/c.md").string());
  CHECK(c.find("C[oops --> D") != std::string::npos);   // the broken block stays
  CHECK(c.find("P --> Q") == std::string::npos);        // the good one is drawn
  // The single-file mode reports the same host position.
  const Run single = run_merrow("render " + q(dir / "docs/sub/c.md") + " -o " + q(dir / "single.svg") + " 2>&1");
  CHECK(single.status == 1);
  CHECK(single.out.find("c.md:10:1: not rendered") != std::string::npos);
}

TEST_CASE("render tree: the stdin pipe mode writes the rewritten page to stdout") {
  const fs::path dir = make_tree("pipe");
  write_file(dir / "body.md", broken.substr(broken.find("# C")));
  const Run run = run_merrow("render - --stdin-filename docs/c.md --stdin-first-line 4 --rewrite --inline -o - < " +
                             q(dir / "body.md") + " 2>" + q(dir / "err"));
  CHECK(run.status == 1);
  CHECK(run.out.starts_with("# C\n"));
  CHECK(run.out.find("<svg") != std::string::npos);
  CHECK(read_file((dir / "err").string()).find("docs/c.md:10:1: not rendered") != std::string::npos);
}

TEST_CASE("render tree: the manifest and the depfile") {
  const fs::path dir = make_tree("manifest");
  REQUIRE(run_merrow("render " + q(dir / "docs") + " --out-dir " + q(dir / "out") + " --rewrite -q --manifest " +
                     q(dir / "m.json") + " --depfile " + q(dir / "d.d")).status == 0);
  const std::string m = read_file((dir / "m.json").string());
  CHECK(m.find("\"line\": 3,") != std::string::npos);
  CHECK(m.find("\"status\": \"skipped\"") != std::string::npos);
  CHECK(m.find("\"hash\": \"") != std::string::npos);
  const std::string d = read_file((dir / "d.d").string());
  CHECK(d.starts_with((dir / "m.json").string() + ":"));  // the one target: the first output
  CHECK(d.find("docs/sub/c.mmd") > d.find(':'));
}

TEST_CASE("render tree: a Ninja build re-renders only the page that changed") {
  if (std::system("command -v ninja >/dev/null 2>&1") != 0) {
    WARN("ninja not installed (ninja-build): skipped");
    return;
  }
  const fs::path dir = make_tree("ninja");
  std::ofstream(dir / "build.ninja")
      << "rule merrow\n  command = " << MERROW_BINARY
      << " render $in --root docs --out-dir out --rewrite -q --depfile $out.d\n  depfile = $out.d\n"
         "build out/a.md: merrow docs/a.md\nbuild out/sub/b.md: merrow docs/sub/b.md\n";
  const std::string ninja = "cd " + q(dir) + " && ninja 2>&1";
  const Run first = run_merrow_env("", "--version >/dev/null; " + ninja);
  CHECK(first.out.find("[2/2]") != std::string::npos);
  CHECK(run_merrow_env("", "--version >/dev/null; " + ninja).out.find("no work to do") != std::string::npos);
  write_file(dir / "docs/sub/b.md", page_b + "\n```mermaid\nflowchart LR\n  new --> node\n```\n");
  const Run again = run_merrow_env("", "--version >/dev/null; " + ninja);
  CHECK(again.out.find("[1/1]") != std::string::npos);
  CHECK(again.out.find("out/sub/b.md") != std::string::npos);
  CHECK(again.out.find("out/a.md") == std::string::npos);
  CHECK(read_file((dir / "out/sub/b.md").string()).find("new --> node") == std::string::npos);
}
