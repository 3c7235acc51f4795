// integrations/jekyll/merrow.rb with the real Jekyll (Debian 12: 4.3.1).
#include <catch2/catch.hpp>

#include "../integration_seed/integration_runner.hpp"

using namespace merrow::test;

namespace {
std::filesystem::path site(const std::string& name) {
  const auto dir = scratch_path(name);
  write_file(dir / "_config.yml", "title: merrow test\n");
  write_file(dir / "_plugins/merrow.rb", read_file(integration("jekyll/merrow.rb")));
  return dir;
}
}  // namespace

TEST_CASE("jekyll: the seed page and a post get inline SVGs, cached by content") {
  if (missing_tool("jekyll")) return;
  const auto dir = site("jekyll");
  write_file(dir / "index.md", seed_page());  // a Jekyll page: front matter, layout: default
  write_file(dir / "_posts/2024-01-01-hello.md",
             "---\ntitle: Hello\n---\n\n```mermaid\nflowchart LR\n  P --> Q\n```\n\n"
             "```mermaid\nsequenceDiagram\n  A->>B: hi\n```\n");
  const ProcessRun run = run_in(dir, "jekyll build -q");
  REQUIRE(run.status == 0);
  CHECK(count(read_file(dir / "_site/index.html"), "<div class=\"merrow\">\n<svg") == 2);
  const std::string post = read_file(dir / "_site/2024/01/01/hello.html");
  CHECK(count(post, "<svg") == 1);
  CHECK(post.find("sequenceDiagram") != std::string::npos);  // left to mermaid
  size_t cached = 0;
  for (const auto& e : std::filesystem::directory_iterator(dir / ".jekyll-cache/merrow")) cached += e.path().extension() == ".svg";
  CHECK(cached == 3);
}

TEST_CASE("jekyll: a broken diagram fails the build with page:line:col (front matter counted)") {
  if (missing_tool("jekyll")) return;
  const auto dir = site("jekyll-broken");
  write_file(dir / "bad.md", broken_page);
  const ProcessRun run = run_in(dir, "jekyll build -q");
  CHECK(run.status != 0);
  CHECK(run.out.find("bad.md:10:1: not rendered: node label opened with '[' is never closed") != std::string::npos);
}
