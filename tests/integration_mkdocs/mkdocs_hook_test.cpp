// integrations/mkdocs/merrow_hook.py with the real MkDocs (Debian 12: 1.4.2).
#include <catch2/catch.hpp>

#include "../integration_seed/integration_runner.hpp"

using namespace merrow::test;

namespace {
std::filesystem::path site(const std::string& name) {
  const auto dir = scratch_path(name);
  write_file(dir / "mkdocs.yml", "site_name: merrow test\nhooks:\n  - " + integration("mkdocs/merrow_hook.py") + "\n");
  return dir;
}
}  // namespace

TEST_CASE("mkdocs: a site holding the seed page gets merrow's inline SVGs") {
  if (missing_tool("mkdocs")) return;
  const auto dir = site("mkdocs");
  write_file(dir / "docs/index.md", seed_page());
  write_file(dir / "docs/other.md", "# Other\n\n```mermaid\nsequenceDiagram\n  A->>B: hi\n```\n");
  const ProcessRun run = run_in(dir, "mkdocs build -q");
  REQUIRE(run.status == 0);
  const std::string index = read_file(dir / "site/index.html");
  CHECK(count(index, "<div class=\"merrow\">\n<svg") == 2);
  CHECK(index.find("```mermaid") == std::string::npos);
  CHECK(read_file(dir / "site/other/index.html").find("sequenceDiagram") != std::string::npos);  // left to mermaid
}

TEST_CASE("mkdocs: a broken diagram fails the build with page:line:col (front matter counted)") {
  if (missing_tool("mkdocs")) return;
  const auto dir = site("mkdocs-broken");
  write_file(dir / "docs/index.md", broken_page);
  const ProcessRun run = run_in(dir, "mkdocs build -q");
  CHECK(run.status != 0);
  CHECK(run.out.find("docs/index.md:10:1: not rendered: node label opened with '[' is never closed") !=
        std::string::npos);
}
