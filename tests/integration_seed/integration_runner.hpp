// Shared by tests/integration_{pandoc,mkdocs,jekyll}: runs a doc tool in a
// scratch directory with MERROW set to the built binary, and the seed page
// (a copy of ../shared/seed/os2-organisation.md, so CI needs no ../shared).
#pragma once
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

namespace merrow::test {

struct ToolRun {
  int status = -1;
  std::string out;  // stdout and stderr
};

// `command` runs in `dir` (sh -c) with MERROW pointing at the built merrow.
inline ToolRun run_in(const std::filesystem::path& dir, const std::string& command) {
  ToolRun run;
  const std::string full = "cd '" + dir.string() + "' && MERROW='" + MERROW_BINARY + "' " + command + " 2>&1";
  FILE* pipe = ::popen(full.c_str(), "r");
  if (!pipe) return run;
  char buffer[65536];
  size_t n;
  while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) run.out.append(buffer, n);
  const int raw = ::pclose(pipe);
  run.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  return run;
}

inline bool have_tool(const std::string& name) {
  return std::system(("command -v " + name + " >/dev/null 2>&1").c_str()) == 0;
}

inline std::filesystem::path scratch(const std::string& name) {
  const auto dir = std::filesystem::temp_directory_path() / ("merrow-" + name + "-" + std::to_string(::getpid()));
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}

inline void write_file(const std::filesystem::path& path, const std::string& text) {
  std::filesystem::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << text;
}

inline std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), {}};
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
