// Shared by tests/integration_{pandoc,mkdocs,jekyll}: runs a doc tool in a
// scratch directory with MERROW set to the built binary, and the seed page
// (a copy of ../shared/seed/os2-organisation.md, so CI needs no ../shared).
#pragma once
#include <catch2/catch.hpp>
#include <filesystem>
#include <string>

#include "../support/process.hpp"

namespace merrow::test {

// `command` runs in `dir` (sh -c) with MERROW pointing at the built merrow; `out` has stdout and stderr.
inline ProcessRun run_in(const std::filesystem::path& dir, const std::string& command) {
  return run_shell("cd " + shell_quoted(dir.string()) + " && MERROW=" + shell_quoted(MERROW_BINARY) + " " + command,
                   Stderr::merged);
}

// True (and the test says it is skipped) when the doc tool is not on PATH: CI may lack it.
inline bool missing_tool(const std::string& name) {
  if (have_tool(name)) return false;
  WARN(name << " not installed: skipped");
  return true;
}

inline std::string seed_page() {
  return read_file(std::string(MERROW_SOURCE_DIR) + "/tests/integration_seed/os2-organisation.md");
}
inline std::string integration(const std::string& path) { return std::string(MERROW_SOURCE_DIR) + "/integrations/" + path; }

inline size_t count(const std::string& text, const std::string& what) {
  size_t n = 0;
  for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

// A page with one broken diagram under front matter: the error stands on line 10 (the closing fence).
inline const std::string broken_page =
    "---\ntitle: Broken\n---\n\n# Broken\n\n```mermaid\nflowchart TD\n  A[oops --> B\n```\n";

}  // namespace merrow::test
