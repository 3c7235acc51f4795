#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "cli_helpers.hpp"

using merrow::test::Scratch;

namespace {
const std::string kPage =
    "# Org\n\nIntro text.\n\n- A list\n\n  ```mermaid\n  graph\n    A --> B\n    style Z fill:#f00\n  ```\n\n"
    "```mermaid\nsequenceDiagram\n  A->>B: hi\n```\n";
}

TEST_CASE("lint: exit 0 on a clean file, 1 on an error, 2 on a missing file") {
  Scratch dir("exit");
  dir.write("ok.mmd", "flowchart LR\n  A[Start] --> B[End]\n");
  dir.write("bad.mmd", "flowchart LR\n  A[Start --> B\n");
  CHECK(dir.merrow("lint ok.mmd").exit_code == 0);
  const auto bad = dir.merrow("lint --format concise bad.mmd");
  CHECK(bad.exit_code == 1);
  CHECK(bad.out == "bad.mmd:3:1: M101 node label opened with '[' is never closed (note: '[' opened here, 2:4)\n");
  const auto missing = dir.merrow("lint ok.mmd nope.mmd");
  CHECK(missing.exit_code == 2);
  CHECK(missing.err.find("nope.mmd: no such file") != std::string::npos);
  CHECK(dir.merrow("lint --format nonsense ok.mmd").exit_code == 2);
  CHECK(dir.merrow("lint --ignore M9999 ok.mmd").exit_code == 2);
}

TEST_CASE("lint: Markdown positions are host lines; other diagram types are skipped with an info line") {
  Scratch dir("markdown");
  dir.write("page.md", kPage);
  const auto run = dir.merrow("lint --format concise page.md");
  CHECK(run.exit_code == 0);  // warnings and infos do not fail
  CHECK(run.out.find("page.md:10:5: M210 ") != std::string::npos);
  CHECK(run.out.find("page.md:14:1: M004 ") != std::string::npos);
}

TEST_CASE("lint: --diff shows fixes without writing; --fix rewrites only the diagram's bytes") {
  Scratch dir("fix");
  dir.write("page.md", kPage);
  const auto diff = dir.merrow("lint --extend-select M402 --diff page.md");
  CHECK(diff.out.find("-  graph\n+  flowchart\n") != std::string::npos);
  CHECK(dir.read("page.md") == kPage);
  const auto fix = dir.merrow("lint --extend-select M402 --fix --format concise page.md");
  CHECK(fix.exit_code == 0);
  std::string expected = kPage;
  expected.replace(expected.find("  graph\n"), 8, "  flowchart\n");
  CHECK(dir.read("page.md") == expected);
  CHECK(fix.out.find("M402") == std::string::npos);  // fixed, so no longer reported
}

TEST_CASE("lint: invalid UTF-8, NUL bytes and empty files are diagnostics, not crashes") {
  Scratch dir("bytes");
  dir.write("latin1.mmd", "flowchart LR\n  A[Caf\xe9] --> B\n");
  dir.write("nul.mmd", std::string("flowchart LR\n\0A", 15));
  dir.write("empty.mmd", "");
  const auto run = dir.merrow("lint --format concise latin1.mmd nul.mmd empty.mmd");
  CHECK(run.exit_code == 1);
  CHECK(run.out.find("latin1.mmd:2:8: M001") != std::string::npos);
  CHECK(run.out.find("nul.mmd:2:1: M002") != std::string::npos);
  CHECK(run.out.find("empty.mmd:1:1: M003") != std::string::npos);
}

TEST_CASE("lint: directories expand recursively in sorted order; stdin with -") {
  Scratch dir("tree");
  dir.write("docs/b.mmd", "flowchart LR\n  A --> B\n  classDef x fill:red\n");
  dir.write("docs/a/z.md", "```mermaid\nflowchart LR\n  A --> B\n  classDef y fill:red\n```\n");
  dir.write("docs/.hidden/c.mmd", "flowchart LR\n  A --> B\n  classDef z fill:red\n");
  dir.write("docs/notes.txt", "not linted");
  const auto run = dir.merrow("lint --format concise -j 2 docs");
  CHECK(run.out == "docs/a/z.md:4:3: M213 classDef `y` is never applied\n"
                   "docs/b.mmd:3:3: M213 classDef `x` is never applied\n");
  const auto piped = dir.merrow("lint --format concise -", "flowchart LR\n  A --> B\n  classDef q fill:red\n");
  CHECK(piped.out == "-:3:3: M213 classDef `q` is never applied\n");
}

TEST_CASE("lint: .merrow.toml is found upward; overrides apply by path; --config wins") {
  Scratch dir("config");
  const std::string chart = "flowchart LR\n  A --> B\n  classDef x fill:red\n";
  dir.write("docs/legacy/old.mmd", chart);
  dir.write("docs/new.mmd", chart);
  dir.write(".merrow.toml",
            "extend-select = [\"M402\"]\n[severity]\nunused-classdef = \"error\"\n"
            "[[overrides]]\nfiles = [\"docs/legacy/**\"]\nignore = [\"M213\"]\n");
  const auto run = dir.merrow("lint --format concise docs");
  CHECK(run.exit_code == 1);
  CHECK(run.out == "docs/new.mmd:3:3: M213 classDef `x` is never applied\n");
  dir.write("other.toml", "ignore = [\"M213\"]\n");
  CHECK(dir.merrow("lint --config other.toml docs").exit_code == 0);
  dir.write("broken.toml", "ignore = [\"M213\"\n");
  const auto broken = dir.merrow("lint --config broken.toml docs");
  CHECK(broken.exit_code == 2);
  CHECK(broken.err.find("broken.toml:") != std::string::npos);
}

TEST_CASE("lint: json and sarif through the CLI parse") {
  Scratch dir("formats");
  dir.write("page.md", kPage);
  const auto json = nlohmann::json::parse(dir.merrow("lint --format json page.md").out);
  REQUIRE(json.size() == 2);
  CHECK(json[0]["file"] == "page.md");
  CHECK(json[0]["start"]["line"] == 10);
  const auto sarif = nlohmann::json::parse(dir.merrow("lint --format sarif page.md").out);
  CHECK(sarif["runs"][0]["results"].size() == 2);
  const auto github = dir.merrow("lint --format github page.md").out;
  CHECK(github.starts_with("::warning file=page.md,line=10,col=5,"));
}

TEST_CASE("rules: lists every rule and prints one rule's page") {
  Scratch dir("rules");
  const auto list = dir.merrow("rules");
  CHECK(list.exit_code == 0);
  CHECK(list.out.find("M210  style-on-unused-id") != std::string::npos);
  const auto page = dir.merrow("rules M300");
  CHECK(page.exit_code == 0);
  CHECK(page.out.starts_with("# script-url (M300)"));
  CHECK(dir.merrow("rules no-such-rule").exit_code == 2);
}

TEST_CASE("lint: nothing readable gives no 'All checks passed' next to exit 2") {
  Scratch dir("nothing-read");
  const auto missing = dir.merrow("lint nope.mmd");
  CHECK(missing.exit_code == 2);
  CHECK(missing.out.find("All checks passed") == std::string::npos);
  CHECK(missing.err.find("no such file") != std::string::npos);
}

TEST_CASE("lint: --diff shows lines between two fixes as context") {
  Scratch dir("diff-context");
  dir.write("a.mmd", "flowchart TD\n  A[Call init()] --> B\n  B --> C\n  C --> D[Load (cfg)]\n");
  const auto diff = dir.merrow("lint --diff a.mmd");
  CHECK(diff.out.find("\n   B --> C\n") != std::string::npos);
  CHECK(diff.out.find("-  B --> C") == std::string::npos);
  CHECK(diff.out.find("+  A[\"Call init()\"] --> B") != std::string::npos);
  CHECK(diff.out.find("+  C --> D[\"Load (cfg)\"]") != std::string::npos);
}

TEST_CASE("lint: a Markdown comment above a fence suppresses rules in that block; unsafe fixes name their flags") {
  Scratch dir("md-suppress");
  dir.write("page.md", "Text.\n\n<!-- merrow-disable-next-line M213 -->\n```mermaid\nflowchart TD\n  A --> B\n"
                       "  classDef unused fill:#f00\n```\n\n```mermaid\nflowchart TD\n  A --> B\n"
                       "  classDef unused fill:#f00\n  style A border:1px solid red\n```\n");
  const auto run = dir.merrow("lint page.md");
  CHECK(run.out.find("page.md:7:") == std::string::npos);  // suppressed
  CHECK(run.out.find("page.md:13:") != std::string::npos);  // the second block still reports it
  CHECK(run.out.find("(unsafe fix: --fix --unsafe-fixes)") != std::string::npos);
  const auto diff = dir.merrow("lint --diff --unsafe-fixes page.md");
  CHECK(diff.out.find("style A stroke-width:1px,stroke:red") != std::string::npos);
}
