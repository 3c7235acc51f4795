// The docs-tree cache is pruned (cli/render_tree/cache_prune.hpp): --prune-cache
// keeps exactly this run's entries; a separate --cache-dir loses entries unused
// for 30 days after every run; out-dir entries are never pruned unasked; files
// that are not entries are never touched.
#include <catch2/catch.hpp>

#include <chrono>
#include <filesystem>
#include <set>

#include "../render_cli/cli_runner.hpp"

namespace fs = std::filesystem;
using namespace merrow::test;

namespace {

const std::string kUnusedHash = "0123456789abcdef0123456789abcdef";

std::string q(const fs::path& p) { return shell_quoted(p.string()); }

std::set<std::string> names_in(const fs::path& dir) {
  std::set<std::string> out;
  for (const auto& e : fs::directory_iterator(dir)) out.insert(e.path().filename().string());
  return out;
}

void age(const fs::path& path, std::chrono::hours by) {
  fs::last_write_time(path, fs::file_time_type::clock::now() - by);
}

fs::path two_pages(const std::string& name) {
  const fs::path dir = scratch_path("prune-" + name);
  write_file(dir / "docs/a.md", "# A\n\n```mermaid\nflowchart LR\n  A --> B\n```\n");
  write_file(dir / "docs/b.md", "# B\n\n```mermaid\nflowchart LR\n  C --> D\n```\n\n```mermaid\nsequenceDiagram\n  X->>Y: hi\n```\n");
  return dir;
}

}  // namespace

TEST_CASE("render tree: --prune-cache keeps exactly this run's entries, and nothing but entries goes") {
  const fs::path dir = two_pages("flag");
  const std::string render = "render " + q(dir / "docs") + " --out-dir " + q(dir / "out") + " --rewrite ";
  REQUIRE(run_merrow(render + "2>&1").status == 0);
  const std::set<std::string> first = names_in(dir / "out");  // 2 images, the sequenceDiagram's .undrawn, 2 pages
  REQUIRE(first.size() == 5);
  // Not entries: never removed, whatever their name looks like.
  for (const char* other : {"notes.txt", "0123456789ABCDEF0123456789ABCDEF.svg", "0123456789abcdef.svg"})
    write_file(dir / "out" / other, "keep");
  // A's diagram changes: its old image is no longer used.
  write_file(dir / "docs/a.md", "# A\n\n```mermaid\nflowchart LR\n  A --> E\n```\n");
  const ProcessRun pruned = run_merrow(render + "--prune-cache 2>&1");
  REQUIRE(pruned.status == 0);
  CHECK(pruned.out.find("1 drawn, 1 cached, 1 skipped, 0 failed, 1 pruned") != std::string::npos);
  const std::set<std::string> after = names_in(dir / "out");
  CHECK(after.size() == first.size() + 3);  // one image out, one in, the three other files kept
  CHECK(after.count("notes.txt") == 1);
  CHECK(after.count("0123456789ABCDEF0123456789ABCDEF.svg") == 1);
  // The same inputs leave the same files: a fresh out dir pruned the same way holds the same set.
  REQUIRE(run_merrow("render " + q(dir / "docs") + " --out-dir " + q(dir / "fresh") + " --rewrite --prune-cache -q")
              .status == 0);
  for (const char* other : {"notes.txt", "0123456789ABCDEF0123456789ABCDEF.svg", "0123456789abcdef.svg"})
    write_file(dir / "fresh" / other, "keep");
  CHECK(names_in(dir / "fresh") == after);
  // Nothing left to prune: the summary says nothing about it.
  CHECK(run_merrow(render + "--prune-cache 2>&1").out.find("pruned") == std::string::npos);
}

TEST_CASE("render tree: a separate --cache-dir loses entries unused for 30 days; a hit counts as a use") {
  const fs::path dir = two_pages("aged");
  const std::string render = "render " + q(dir / "docs") + " --out-dir " + q(dir / "out") + " --cache-dir " +
                             q(dir / "cache") + " -q";
  REQUIRE(run_merrow(render).status == 0);
  std::set<std::string> used = names_in(dir / "cache");
  REQUIRE(used.size() == 3);
  const fs::path old_unused = dir / "cache" / (kUnusedHash + ".svg");
  const fs::path new_unused = dir / "cache" / std::string(1, 'f').append(kUnusedHash, 1).append(".png");
  const fs::path old_temp = dir / "cache" / ("." + kUnusedHash + ".svg.merrow-1-0.tmp");
  const fs::path new_temp = dir / "cache" / ("." + kUnusedHash + ".svg.merrow-2-0.tmp");
  for (const fs::path& p : {old_unused, new_unused, old_temp, new_temp}) write_file(p, "x");
  age(old_unused, std::chrono::hours(24 * 31));
  age(old_temp, std::chrono::hours(25));
  for (const std::string& name : used) age(dir / "cache" / name, std::chrono::hours(24 * 40));  // used, but long ago

  REQUIRE(run_merrow(render).status == 0);
  const std::set<std::string> after = names_in(dir / "cache");
  CHECK(after.count(old_unused.filename().string()) == 0);
  CHECK(after.count(old_temp.filename().string()) == 0);
  CHECK(after.count(new_unused.filename().string()) == 1);  // unused, but not for 30 days
  CHECK(after.count(new_temp.filename().string()) == 1);    // a writer may still be at it
  for (const std::string& name : used) {
    INFO(name);
    CHECK(after.count(name) == 1);
    // This run used it: its age starts again.
    CHECK(fs::file_time_type::clock::now() - fs::last_write_time(dir / "cache" / name) < std::chrono::hours(1));
  }
}

TEST_CASE("render tree: out-dir entries are outputs, never pruned unasked; stdin cannot prune") {
  const fs::path dir = two_pages("outputs");
  const std::string render = "render " + q(dir / "docs/a.md") + " --out-dir " + q(dir / "out") + " -q";
  REQUIRE(run_merrow(render).status == 0);
  const fs::path other_page_image = dir / "out" / (kUnusedHash + ".svg");  // as if b.md's, drawn by another run
  write_file(other_page_image, "<svg/>");
  age(other_page_image, std::chrono::hours(24 * 365));
  REQUIRE(run_merrow(render).status == 0);
  CHECK(fs::exists(other_page_image));
  const ProcessRun piped = run_merrow("render - --out-dir " + q(dir / "out") + " --rewrite --prune-cache -o - 2>&1 </dev/null");
  CHECK(piped.status == 2);
  CHECK(piped.out.find("--prune-cache needs the whole docs tree") != std::string::npos);
  CHECK(fs::exists(other_page_image));
}
